"""Pages of working-group reporting: status updates and their review, workplans, and the review of outstanding tasks.

Views are thin: permission (rules) → form → service → redirect. The services check the permission again.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.generic import FormView, ListView, TemplateView, View

from jointcouncils import roles
from jointcouncils.services import MissingVersionError, StaleEditError
from jointcouncils.views_mixins import PortalPermissionMixin, ServiceFormMixin, add_validation_error

from ..models import Milestone, OutstandingTask, StatusUpdate, WorkingGroup
from . import selectors, services
from .forms import MilestoneForm, OutstandingTaskForm, ReturnForm, StatusUpdateForm, TaskReviewForm

NAV = "workinggroups"


def posted_version(request) -> int | None:
    """The version of the record the page showed (hidden expected_version), or None when absent or not a number."""
    try:
        return int(request.POST["expected_version"])
    except (KeyError, ValueError):
        return None


class GroupMixin:
    """Views under groups/<slug>/: the group is the permission object."""

    @cached_property
    def group(self) -> WorkingGroup:
        return get_object_or_404(WorkingGroup, slug=self.kwargs["slug"])

    def get_permission_object(self):
        return self.group


# Status updates ----------------------------------------------------------------------------------------------


class MyUpdatesView(PortalPermissionMixin, TemplateView):
    """A co-chair's groups and the state of each group's current update; staff go to the review queue."""

    permission_required = "workinggroups.view_statusupdate"
    template_name = "workinggroups/reporting/my_updates.html"

    def get(self, request, *args, **kwargs):
        if roles.is_secretariat(request.user):
            return redirect("reporting:review_queue")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            nav=NAV, groups=selectors.cochaired_groups_with_current_update(self.request.user), **kwargs
        )


class StatusUpdateFormMixin(ServiceFormMixin):
    """The update form: Save draft or Submit (the submit button sends action=submit), through the services."""

    form_class = StatusUpdateForm
    template_name = "workinggroups/reporting/update_form.html"

    @property
    def submitting(self) -> bool:
        return self.request.method == "POST" and self.request.POST.get("action") == "submit"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(working_group=self.group, submitting=self.submitting)
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        previous = None
        start = self._period_start()
        if start:
            previous = StatusUpdate(working_group=self.group, period_start=start).previous_approved()
        context.update(nav=NAV, group=self.group, previous_approved=previous)
        return context

    def _period_start(self):
        return getattr(getattr(self, "update", None), "period_start", None) or self.get_initial().get("period_start")

    def get_success_message(self) -> str:
        if self.object.state == StatusUpdate.State.SUBMITTED:
            return _("The update was submitted to the secretariat for review.")
        return _("The draft was saved. Submit it when it is ready.")

    def get_success_url(self):
        return reverse("reporting:update_detail", args=[self.object.pk])


class StatusUpdateCreateView(GroupMixin, StatusUpdateFormMixin, PortalPermissionMixin, FormView):
    """A co-chair (or the secretariat) starts the group's update for a period."""

    permission_required = "workinggroups.add_statusupdate"

    def get_initial(self):
        """Start where the last update ended, with its RAG status."""
        last = self.group.status_updates.order_by("-period_end").first()
        if last is None:
            return {}
        return {
            "period_start": last.period_end + datetime.timedelta(days=1),
            "rag": last.rag,
        }

    def write(self, form) -> StatusUpdate:
        update = services.statusupdate_create(working_group=self.group, by=self.request.user, **form.service_fields())
        if form.submitting:
            # The draft was created just above, in the same transaction: submitted at the version it was saved at.
            update = services.statusupdate_submit(update=update, by=self.request.user, expected_version=update.version)
        return update


class StatusUpdateEditView(StatusUpdateFormMixin, PortalPermissionMixin, FormView):
    """Change a draft or a returned update; a returned one shows the secretariat's reason first."""

    permission_required = "workinggroups.change_statusupdate"

    @cached_property
    def update(self) -> StatusUpdate:
        return get_object_or_404(selectors.statusupdate_for_page(), pk=self.kwargs["pk"])

    @property
    def group(self) -> WorkingGroup:
        return self.update.working_group

    def get_permission_object(self):
        return self.update

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.update}

    def get_context_data(self, **kwargs):
        return super().get_context_data(update=self.update, **kwargs)

    def _refuse_when_locked(self):
        if self.update.is_editable_by_author:
            return None
        messages.error(
            self.request,
            _("This update is %(state)s; only a draft or a returned update can be edited.")
            % {"state": self.update.get_state_display()},
        )
        return redirect("reporting:update_detail", pk=self.update.pk)

    def get(self, request, *args, **kwargs):
        return self._refuse_when_locked() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self._refuse_when_locked() or super().post(request, *args, **kwargs)

    def write(self, form) -> StatusUpdate:
        update = services.statusupdate_update(
            update=self.update,
            by=self.request.user,
            expected_version=form.cleaned_data.get("expected_version"),
            **form.service_fields(),
        )
        if form.submitting:
            # Submitted in the same transaction as the save above, at the version that save wrote.
            update = services.statusupdate_submit(update=update, by=self.request.user, expected_version=update.version)
        return update


class StatusUpdateDetailMixin(PortalPermissionMixin):
    """An update's page: its content in both languages, the workflow actions the user may take, its history."""

    permission_required = "workinggroups.view_statusupdate"

    @cached_property
    def update(self) -> StatusUpdate:
        return get_object_or_404(selectors.statusupdate_for_page(), pk=self.kwargs["pk"])

    def get_permission_object(self):
        return self.update

    def render_page(self, *, return_form=None, status=200):
        user, update = self.request.user, self.update
        editable = update.is_editable_by_author
        show_history = user.has_perm("workinggroups.change_statusupdate", update)
        can_review = update.state == StatusUpdate.State.SUBMITTED and user.has_perm("workinggroups.review_statusupdate", update)
        context = {
            "nav": NAV,
            "update": update,
            "group": update.working_group,
            "previous_approved": update.previous_approved(),
            "can_edit": editable and user.has_perm("workinggroups.change_statusupdate", update),
            "can_submit": editable and user.has_perm("workinggroups.submit_statusupdate", update),
            "can_review": can_review,
            "return_form": return_form or (ReturnForm() if can_review else None),
            # The history holds the drafts' texts and the return reasons: for the group's co-chairs and staff only.
            "show_history": show_history,
            "history_rows": selectors.statusupdate_history(update) if show_history else [],
            "content": [
                (_("Reason for the RAG status"), update.rag_rationale_en, update.rag_rationale_fr),
                (_("Accomplishments"), update.accomplishments_en, update.accomplishments_fr),
                (_("Next steps"), update.next_steps_en, update.next_steps_fr),
                (_("Risks and issues"), update.risks_issues_en, update.risks_issues_fr),
                (_("Asks of the councils"), update.asks_en, update.asks_fr),
            ],
        }
        return render(self.request, "workinggroups/reporting/update_detail.html", context, status=status)


class StatusUpdateDetailView(StatusUpdateDetailMixin, View):
    def get(self, request, *args, **kwargs):
        return self.render_page()


class StatusUpdateSubmitView(StatusUpdateDetailMixin, View):
    """Submit a draft or returned update from its page."""

    permission_required = "workinggroups.submit_statusupdate"

    def post(self, request, *args, **kwargs):
        try:
            services.statusupdate_submit(update=self.update, by=request.user, expected_version=posted_version(request))
        except StaleEditError as exc:
            messages.error(request, exc.user_message())
            return self.render_page(status=409)
        except MissingVersionError as exc:
            messages.error(request, exc.user_message())
            return self.render_page(status=400)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            if self.update.is_editable_by_author:
                return redirect("reporting:update_edit", pk=self.update.pk)
        else:
            messages.success(request, _("The update was submitted to the secretariat for review."))
        return redirect("reporting:update_detail", pk=self.update.pk)


class StatusUpdateApproveView(StatusUpdateDetailMixin, View):
    """The secretariat approves a submitted update."""

    permission_required = "workinggroups.review_statusupdate"

    def post(self, request, *args, **kwargs):
        try:
            services.statusupdate_approve(update=self.update, by=request.user, expected_version=posted_version(request))
        except StaleEditError as exc:
            messages.error(request, exc.user_message())
            return self.render_page(status=409)
        except MissingVersionError as exc:
            messages.error(request, exc.user_message())
            return self.render_page(status=400)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect("reporting:update_detail", pk=self.update.pk)
        messages.success(request, _("The update was approved; dashboards and reports now show it."))
        return redirect("reporting:review_queue")


class StatusUpdateReturnView(StatusUpdateDetailMixin, View):
    """The secretariat returns a submitted update with a reason the co-chair will see."""

    permission_required = "workinggroups.review_statusupdate"

    def post(self, request, *args, **kwargs):
        form = ReturnForm(request.POST)
        if not form.is_valid():
            return self.render_page(return_form=form, status=400)
        try:
            services.statusupdate_return(
                update=self.update,
                by=request.user,
                reason=form.cleaned_data["reason"],
                reason_translation=form.cleaned_data["reason_translation"],
                expected_version=posted_version(request),
            )
        except StaleEditError as exc:
            messages.error(request, exc.user_message())
            return self.render_page(return_form=form, status=409)
        except MissingVersionError as exc:
            messages.error(request, exc.user_message())
            return self.render_page(return_form=form, status=400)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect("reporting:update_detail", pk=self.update.pk)
        messages.success(request, _("The update was returned to the group's co-chairs with your reason."))
        return redirect("reporting:review_queue")


class ReviewQueueView(PortalPermissionMixin, ListView):
    """The secretariat's queue: submitted updates, the longest waiting first."""

    permission_required = "workinggroups.review_statusupdate"
    template_name = "workinggroups/reporting/review_queue.html"
    context_object_name = "updates"
    paginate_by = 50

    def get_queryset(self):
        return selectors.statusupdate_review_queue()

    def get_context_data(self, **kwargs):
        return super().get_context_data(nav=NAV, **kwargs)


# Workplans ---------------------------------------------------------------------------------------------------


class WorkplanView(GroupMixin, PortalPermissionMixin, TemplateView):
    """A group's milestones (overdue ones flagged) and outstanding tasks with their last review."""

    permission_required = "workinggroups.view_milestone"
    template_name = "workinggroups/reporting/workplan.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            nav=NAV,
            group=self.group,
            milestones=selectors.milestones_of(self.group),
            tasks=selectors.outstanding_tasks_of(self.group),
            can_edit_milestones=user.has_perm("workinggroups.change_milestone", self.group),
            can_edit_tasks=user.has_perm("workinggroups.change_outstandingtask", self.group),
            can_write_update=user.has_perm("workinggroups.add_statusupdate", self.group),
            **kwargs,
        )


class WorkplanFormView(ServiceFormMixin, PortalPermissionMixin, FormView):
    """Add or change a milestone or a task of a group's workplan (the group's co-chairs and the secretariat)."""

    template_name = "workinggroups/reporting/workplan_form.html"
    success_message = _lazy("The workplan was saved.")
    instance = None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "working_group": self.group, "instance": self.instance}

    def get_context_data(self, **kwargs):
        return super().get_context_data(nav=NAV, group=self.group, object=self.instance, heading=self.heading(), **kwargs)

    def get_success_url(self):
        return reverse("reporting:workplan", args=[self.group.slug])


class MilestoneCreateView(GroupMixin, WorkplanFormView):
    permission_required = "workinggroups.add_milestone"
    form_class = MilestoneForm

    def heading(self):
        return _("Add a milestone")

    def write(self, form):
        return services.milestone_create(
            working_group=self.group, by=self.request.user, reason=form.cleaned_data["change_reason"], **form.service_fields()
        )


class MilestoneEditView(WorkplanFormView):
    permission_required = "workinggroups.change_milestone"
    form_class = MilestoneForm

    @cached_property
    def instance(self) -> Milestone:
        return get_object_or_404(Milestone.objects.select_related("working_group"), pk=self.kwargs["pk"])

    @property
    def group(self) -> WorkingGroup:
        return self.instance.working_group

    def get_permission_object(self):
        return self.instance

    def heading(self):
        return _("Change the milestone “%(title)s”") % {"title": self.instance}

    def write(self, form):
        return services.milestone_update(
            milestone=self.instance,
            by=self.request.user,
            reason=form.cleaned_data["change_reason"],
            expected_version=form.cleaned_data.get("expected_version"),
            **form.service_fields(),
        )


class TaskCreateView(GroupMixin, WorkplanFormView):
    permission_required = "workinggroups.add_outstandingtask"
    form_class = OutstandingTaskForm

    def heading(self):
        return _("Add an outstanding task")

    def write(self, form):
        return services.outstandingtask_create(
            working_group=self.group, by=self.request.user, reason=form.cleaned_data["change_reason"], **form.service_fields()
        )


class TaskEditView(WorkplanFormView):
    permission_required = "workinggroups.change_outstandingtask"
    form_class = OutstandingTaskForm

    @cached_property
    def instance(self) -> OutstandingTask:
        return get_object_or_404(OutstandingTask.objects.select_related("working_group"), pk=self.kwargs["pk"])

    @property
    def group(self) -> WorkingGroup:
        return self.instance.working_group

    def get_permission_object(self):
        return self.instance

    def heading(self):
        return _("Change the task “%(title)s”") % {"title": self.instance}

    def write(self, form):
        return services.outstandingtask_update(
            task=self.instance,
            by=self.request.user,
            reason=form.cleaned_data["change_reason"],
            expected_version=form.cleaned_data.get("expected_version"),
            **form.service_fields(),
        )


# Review of outstanding tasks ---------------------------------------------------------------------------------


def _review_prefix(task: OutstandingTask) -> str:
    return f"task-{task.pk}"


class TaskReviewQueueView(PortalPermissionMixin, TemplateView):
    """The secretariat's queue of tasks not reviewed for six months, each with a form to record the review."""

    permission_required = "workinggroups.review_outstandingtask"
    template_name = "workinggroups/reporting/task_review_queue.html"

    def get_context_data(self, bound_form=None, bound_task_id=None, **kwargs):
        tasks = list(selectors.outstandingtask_review_queue())
        for task in tasks:
            task.review_form = (
                bound_form
                if task.pk == bound_task_id
                else TaskReviewForm(prefix=_review_prefix(task), auto_id="id_%s", initial={"expected_version": task.version})
            )
        return super().get_context_data(nav=NAV, tasks=tasks, **kwargs)


class TaskReviewView(TaskReviewQueueView):
    """Record the review of one task from the queue."""

    @cached_property
    def task(self) -> OutstandingTask:
        return get_object_or_404(OutstandingTask, pk=self.kwargs["pk"])

    def get_permission_object(self):
        return self.task

    def get(self, request, *args, **kwargs):
        return redirect("reporting:task_review_queue")

    def post(self, request, *args, **kwargs):
        form = TaskReviewForm(request.POST, prefix=_review_prefix(self.task), auto_id="id_%s")
        if form.is_valid():
            try:
                services.outstandingtask_review(
                    task=self.task,
                    by=request.user,
                    decision=form.cleaned_data["decision"],
                    note=form.cleaned_data["note"],
                    expected_version=form.cleaned_data.get("expected_version"),
                )
            except StaleEditError as exc:
                # The task may have left the queue (reviewed meanwhile): say so at the top of the page.
                messages.error(request, exc.user_message())
                return self.render_to_response(self.get_context_data(), status=409)
            except MissingVersionError as exc:
                form.add_error(None, exc.user_message())
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                messages.success(request, _("The review of “%(task)s” was recorded.") % {"task": self.task})
                return redirect("reporting:task_review_queue")
        context = self.get_context_data(bound_form=form, bound_task_id=self.task.pk)
        return self.render_to_response(context, status=400)
