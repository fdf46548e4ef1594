"""Pages of the meetings: list, meeting page, edit pages, agenda builder, attachments and the action-item tracker.

Views are thin: permission (rules) -> form -> service -> redirect.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import CreateView, DetailView, FormView, TemplateView, UpdateView
from django_filters.views import FilterView

from jointcouncils.forms import VersionedFormMixin
from jointcouncils.page_cache import MINUTE, PageCacheMixin
from jointcouncils.services import MissingVersionError, StaleEditError
from jointcouncils.views_mixins import (
    PortalPermissionMixin,
    RolePermissionMixin,
    ServiceFormMixin,
    VersionRequiredMixin,
    version_refused,
)

from . import selectors, services
from .attachments import CONTENT_TYPES
from .filters import ActionItemFilter, MeetingFilter
from .forms import (
    ActionItemForm,
    ActionItemStatusForm,
    AgendaItemForm,
    AttachmentForm,
    AttendanceForm,
    AttendanceRosterForm,
    DecisionForm,
    MeetingForm,
)
from .models import ActionItem, AgendaItem, Attachment, Attendance, Decision, Meeting

STATUS_PERMISSION = "meetings.update_status_actionitem"


class FormPageMixin:
    """Context of templates/meetings/form_page.html: heading, the meeting, where Cancel goes."""

    template_name = "meetings/form_page.html"
    heading = ""
    submit_label = ""

    def get_heading(self) -> str:
        return self.heading

    def get_cancel_url(self) -> str:
        return self.meeting.get_absolute_url()

    def get_context_data(self, **kwargs):
        context = {
            "nav": "meetings",
            "heading": self.get_heading(),
            "submit_label": self.submit_label or _("Save"),
            "cancel_url": self.get_cancel_url(),
            "meeting": getattr(self, "meeting", None),
        }
        context.update(kwargs)
        return super().get_context_data(**context)


class MeetingChildMixin:
    """Pages under /meetings/<pk>/...: the meeting comes from the URL."""

    @cached_property
    def meeting(self) -> Meeting:
        return get_object_or_404(Meeting.objects.select_related("council"), pk=self.kwargs["pk"])

    def get_success_url(self) -> str:
        return self.meeting.get_absolute_url()


# Meetings -----------------------------------------------------------------------------------------


class MeetingListView(PageCacheMixin, RolePermissionMixin, TemplateView):
    page_cache_freshness = MINUTE  # coming or past: compared with now
    permission_required = "meetings.view_meeting"
    template_name = "meetings/meeting_list.html"
    paginate_by = 25

    def get_context_data(self, **kwargs):
        filterset = MeetingFilter(self.request.GET or None, queryset=selectors.meeting_list())
        meetings = filterset.qs if filterset.is_bound else filterset.queryset
        upcoming, past = selectors.split_upcoming(meetings)
        page_obj = Paginator(past, self.paginate_by).get_page(self.request.GET.get("page"))
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            nav="meetings",
            filter=filterset,
            upcoming=list(upcoming),
            page_obj=page_obj,
            past=page_obj.object_list,
            query_string=query.urlencode(),
            **kwargs,
        )


class MeetingDetailView(PageCacheMixin, RolePermissionMixin, DetailView):
    page_cache_freshness = MINUTE  # coming or past: compared with now
    permission_required = "meetings.view_meeting"
    template_name = "meetings/meeting_detail.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return Meeting.objects.select_related("council")

    def get_context_data(self, **kwargs):
        meeting = self.object
        user = self.request.user
        items = list(selectors.agenda_items(meeting))
        attendance = list(selectors.attendance(meeting))
        raised = list(selectors.action_items_raised(meeting))
        carried = list(selectors.carried_forward(meeting))
        for action_item in [*raised, *carried]:
            action_item.can_update = user.has_perm(STATUS_PERMISSION, action_item)
        return super().get_context_data(
            nav="meetings",
            agenda_items=items,
            attendance=attendance,
            present_count=sum(1 for row in attendance if row.status == Attendance.Status.PRESENT),
            regrets_count=sum(1 for row in attendance if row.status == Attendance.Status.REGRETS),
            represented_count=sum(1 for row in attendance if row.status == Attendance.Status.REPRESENTED),
            levels=selectors.attendance_by_level(attendance),
            decisions=list(selectors.decisions(meeting)),
            raised=raised,
            carried=carried,
            history_rows=selectors.meeting_history(meeting, [item.pk for item in items]),
            **kwargs,
        )


class MeetingCreateView(RolePermissionMixin, ServiceFormMixin, FormPageMixin, CreateView):
    permission_required = "meetings.add_meeting"
    form_class = MeetingForm
    submit_label = ""

    def get_heading(self):
        return _("New meeting")

    def get_cancel_url(self):
        return reverse("meetings:list")

    def write(self, form):
        change = self.change(form)
        change.pop("expected_version")
        return services.meeting_create(meeting=form.save(commit=False), **change)

    def get_success_url(self):
        return self.object.get_absolute_url()


class MeetingUpdateView(RolePermissionMixin, ServiceFormMixin, FormPageMixin, UpdateView):
    permission_required = "meetings.change_meeting"
    form_class = MeetingForm

    def get_queryset(self):
        return Meeting.objects.select_related("council")

    @property
    def meeting(self):
        return self.object

    def get_heading(self):
        return _("Edit the meeting “%(title)s”") % {"title": self.object.title}

    def write(self, form):
        return services.meeting_update(meeting=form.save(commit=False), **self.change(form))

    def get_success_url(self):
        return self.object.get_absolute_url()


# Agenda -------------------------------------------------------------------------------------------


class AgendaBuilderView(RolePermissionMixin, DetailView):
    permission_required = "meetings.change_agendaitem"
    template_name = "meetings/agenda_builder.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return Meeting.objects.select_related("council")

    def get_context_data(self, **kwargs):
        items = list(selectors.agenda_items(self.object))
        return super().get_context_data(
            nav="meetings",
            agenda_items=items,
            standard_items=services.STANDARD_ITEMS,
            **kwargs,
        )


def agenda_url(meeting_id: int, item_id: int | None = None) -> str:
    url = reverse("meetings:agenda", args=[meeting_id])
    return f"{url}#item-{item_id}" if item_id else url


class AgendaItemCreateView(RolePermissionMixin, MeetingChildMixin, ServiceFormMixin, FormPageMixin, CreateView):
    permission_required = "meetings.add_agendaitem"
    form_class = AgendaItemForm

    def get_heading(self):
        return _("Add an agenda item to “%(title)s”") % {"title": self.meeting.title}

    def get_cancel_url(self):
        return agenda_url(self.meeting.pk)

    def write(self, form):
        item = services.agendaitem_create(
            meeting=self.meeting, item=form.save(commit=False), by=self.request.user, reason=form.cleaned_data["change_reason"]
        )
        form.save_m2m()
        return item

    def get_success_url(self):
        return agenda_url(self.meeting.pk, self.object.pk)


class AgendaItemMixin:
    """Pages of one agenda item: /meetings/agenda/<item_pk>/..."""

    @cached_property
    def agenda_item(self) -> AgendaItem:
        return get_object_or_404(AgendaItem.objects.select_related("meeting__council"), pk=self.kwargs["item_pk"])

    @property
    def meeting(self) -> Meeting:
        return self.agenda_item.meeting

    def get_cancel_url(self):
        return agenda_url(self.meeting.pk, self.agenda_item.pk)

    def get_success_url(self):
        return agenda_url(self.meeting.pk, self.agenda_item.pk)


class AgendaItemUpdateView(RolePermissionMixin, AgendaItemMixin, ServiceFormMixin, FormPageMixin, UpdateView):
    permission_required = "meetings.change_agendaitem"
    form_class = AgendaItemForm

    def get_object(self, queryset=None):
        return self.agenda_item

    def get_heading(self):
        return _("Edit the agenda item “%(title)s”") % {"title": self.agenda_item.title}

    def write(self, form):
        item = services.agendaitem_update(item=form.save(commit=False), **self.change(form))
        form.save_m2m()
        return item


class ReasonForm(VersionedFormMixin):
    """A confirmation of a removal that only asks why (kept in history); it carries the version the page showed."""

    edits_existing_record = True


def posted_version(request) -> int | None:
    """The version of the record the page showed (hidden expected_version), or None when absent or not a number."""
    try:
        return int(request.POST["expected_version"])
    except (KeyError, ValueError):
        return None


class RemovalFormMixin(VersionRequiredMixin):
    """A removal page: the form carries the record's version; stale answers 409, missing 400, nothing removed."""

    def versioned_record(self):
        raise NotImplementedError

    def get_initial(self):
        return {**super().get_initial(), "expected_version": self.versioned_record().version}

    def remove(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            response = self.remove(form)
        except StaleEditError as exc:
            form.add_error(None, exc.user_message())
            return self.render_to_response(self.get_context_data(form=form), status=409)
        except MissingVersionError as exc:
            form.add_error(None, exc.user_message())
            return self.render_to_response(self.get_context_data(form=form), status=400)
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        return response


class AgendaItemDeleteView(RolePermissionMixin, AgendaItemMixin, RemovalFormMixin, FormPageMixin, FormView):
    permission_required = "meetings.delete_agendaitem"
    form_class = ReasonForm
    submit_label = ""

    def versioned_record(self):
        return self.agenda_item

    def get_heading(self):
        return _("Remove the agenda item “%(title)s”") % {"title": self.agenda_item.title}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            warning=_("The item, its attachments and its place on the agenda are removed. Its history is kept."),
            submit_label=_("Remove the item"),
            **kwargs,
        )

    def remove(self, form):
        meeting_id = self.meeting.pk
        services.agendaitem_delete(
            item=self.agenda_item,
            by=self.request.user,
            reason=form.cleaned_data["change_reason"],
            expected_version=form.cleaned_data["expected_version"],
        )
        messages.success(self.request, _("The agenda item was removed."))
        return HttpResponseRedirect(agenda_url(meeting_id))


class AgendaItemMoveView(RolePermissionMixin, AgendaItemMixin, View):
    """POST direction=up|down: one place up or down the agenda (a plain form button; works without JavaScript)."""

    permission_required = "meetings.change_agendaitem"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        direction = request.POST.get("direction")
        url = agenda_url(self.meeting.pk, self.agenda_item.pk)
        if direction not in {"up", "down"}:
            messages.error(request, _("Choose whether to move the item up or down."))
            return HttpResponseRedirect(url)
        try:
            services.agendaitem_move(
                item=self.agenda_item, direction=direction, by=request.user, expected_version=posted_version(request)
            )
        except (MissingVersionError, StaleEditError) as exc:
            return version_refused(request, exc, back_url=url)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _("“%(title)s” moved up.") % {"title": self.agenda_item.title}
                if direction == "up"
                else _("“%(title)s” moved down.") % {"title": self.agenda_item.title},
            )
        return HttpResponseRedirect(agenda_url(self.meeting.pk, self.agenda_item.pk))


class AgendaStandardItemsView(RolePermissionMixin, MeetingChildMixin, View):
    """POST: add the standard agenda items the meeting does not have yet."""

    permission_required = "meetings.add_agendaitem"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        added = services.agendaitem_create_standard(meeting=self.meeting, by=request.user)
        if added:
            messages.success(request, _("The standard items that were missing were added to the agenda."))
        else:
            messages.info(request, _("The agenda already has every standard item; nothing was added."))
        return HttpResponseRedirect(agenda_url(self.meeting.pk))


# Attachments --------------------------------------------------------------------------------------


class AttachmentCreateView(RolePermissionMixin, AgendaItemMixin, FormPageMixin, FormView):
    permission_required = "meetings.add_attachment"
    form_class = AttachmentForm

    def get_heading(self):
        return _("Attach a document to “%(title)s”") % {"title": self.agenda_item.title}

    def get_context_data(self, **kwargs):
        return super().get_context_data(submit_label=_("Upload"), **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            attachment = services.attachment_create(
                agenda_item=self.agenda_item,
                upload=data["file"],
                title_en=data["title_en"],
                title_fr=data["title_fr"],
                language=data["language"],
                by=self.request.user,
            )
        except ValidationError as exc:
            form.add_error("file", exc.messages)
            return self.form_invalid(form)
        messages.success(self.request, _("“%(name)s” was attached.") % {"name": attachment.original_name})
        return HttpResponseRedirect(self.get_success_url())


class AttachmentMixin:
    @cached_property
    def attachment(self) -> Attachment:
        return get_object_or_404(Attachment.objects.select_related("agenda_item__meeting"), pk=self.kwargs["attachment_pk"])


class AttachmentDownloadView(RolePermissionMixin, AttachmentMixin, View):
    """Sends the stored file under its original name, to readers only (never through MEDIA_URL)."""

    permission_required = "meetings.view_attachment"
    http_method_names = ["get", "head"]

    def get(self, request, *args, **kwargs):
        attachment = self.attachment
        try:
            handle = attachment.file.open("rb")
        except FileNotFoundError as exc:
            raise Http404(_("The file of this attachment is missing.")) from exc
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=attachment.original_name,
            content_type=CONTENT_TYPES.get(attachment.kind, "application/octet-stream"),
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        return response


class AttachmentDeleteView(RolePermissionMixin, AttachmentMixin, RemovalFormMixin, FormPageMixin, FormView):
    permission_required = "meetings.delete_attachment"
    form_class = ReasonForm

    def versioned_record(self):
        return self.attachment

    @property
    def meeting(self):
        return self.attachment.agenda_item.meeting

    def get_heading(self):
        return _("Remove the attachment “%(title)s”") % {"title": self.attachment.title}

    def get_cancel_url(self):
        return agenda_url(self.meeting.pk, self.attachment.agenda_item_id)

    def get_context_data(self, **kwargs):
        return super().get_context_data(submit_label=_("Remove the attachment"), **kwargs)

    def remove(self, form):
        url = self.get_cancel_url()
        services.attachment_delete(
            attachment=self.attachment,
            by=self.request.user,
            reason=form.cleaned_data["change_reason"],
            expected_version=form.cleaned_data["expected_version"],
        )
        messages.success(self.request, _("The attachment was removed."))
        return HttpResponseRedirect(url)


# Attendance and decisions -------------------------------------------------------------------------


class AttendanceCreateView(RolePermissionMixin, MeetingChildMixin, ServiceFormMixin, FormPageMixin, CreateView):
    permission_required = "meetings.add_attendance"
    form_class = AttendanceForm

    def get_heading(self):
        return _("Record attendance at “%(title)s”") % {"title": self.meeting.title}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": Attendance(meeting=self.meeting)}

    def write(self, form):
        change = self.change(form)
        change.pop("expected_version")
        return services.attendance_create(attendance=form.save(commit=False), **change)

    def get_success_url(self):
        return self.meeting.get_absolute_url() + "#attendance-heading"


class AttendanceRosterView(RolePermissionMixin, MeetingChildMixin, ServiceFormMixin, FormPageMixin, FormView):
    """The whole roster of the council in one form: present, regrets or represented, a guest, one reason."""

    permission_required = "meetings.add_attendance"
    form_class = AttendanceRosterForm
    template_name = "meetings/attendance_roster.html"

    def get_heading(self):
        return _("Attendance at “%(title)s”") % {"title": self.meeting.title}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "meeting": self.meeting, "roster": selectors.meeting_roster(self.meeting)}

    def write(self, form):
        saved = services.attendance_roster_save(
            meeting=self.meeting,
            rows=form.roster_rows(),
            guest=form.guest(),
            by=self.request.user,
            reason=form.cleaned_data["change_reason"],
        )
        self.success_message = ngettext(
            "Attendance saved: %(count)d row changed.", "Attendance saved: %(count)d rows changed.", len(saved)
        ) % {"count": len(saved)}
        return self.meeting

    def get_success_url(self):
        return self.meeting.get_absolute_url() + "#attendance-heading"


class AttendanceUpdateView(RolePermissionMixin, ServiceFormMixin, FormPageMixin, UpdateView):
    permission_required = "meetings.change_attendance"
    form_class = AttendanceForm
    pk_url_kwarg = "attendance_pk"

    def get_queryset(self):
        return Attendance.objects.select_related("meeting__council", "person")

    @property
    def meeting(self):
        return self.object.meeting

    def get_heading(self):
        return _("Edit the attendance of %(person)s") % {"person": self.object.person}

    def write(self, form):
        return services.attendance_update(attendance=form.save(commit=False), **self.change(form))

    def get_success_url(self):
        return self.meeting.get_absolute_url() + "#attendance-heading"


class DecisionCreateView(RolePermissionMixin, MeetingChildMixin, ServiceFormMixin, FormPageMixin, CreateView):
    permission_required = "meetings.add_decision"
    form_class = DecisionForm

    def get_heading(self):
        return _("Record a decision of “%(title)s”") % {"title": self.meeting.title}

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = Decision(meeting=self.meeting, decided_on=self.meeting.date)
        kwargs["meeting"] = self.meeting
        return kwargs

    def write(self, form):
        change = self.change(form)
        change.pop("expected_version")
        decision = services.decision_create(decision=form.save(commit=False), **change)
        form.save_m2m()
        return decision

    def get_success_url(self):
        return self.meeting.get_absolute_url() + "#decisions-heading"


class DecisionUpdateView(RolePermissionMixin, ServiceFormMixin, FormPageMixin, UpdateView):
    permission_required = "meetings.change_decision"
    form_class = DecisionForm
    pk_url_kwarg = "decision_pk"

    def get_queryset(self):
        return Decision.objects.select_related("meeting__council")

    @property
    def meeting(self):
        return self.object.meeting

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "meeting": self.meeting}

    def get_heading(self):
        return _("Edit a decision of “%(title)s”") % {"title": self.meeting.title}

    def write(self, form):
        decision = services.decision_update(decision=form.save(commit=False), **self.change(form))
        form.save_m2m()
        return decision

    def get_success_url(self):
        return self.meeting.get_absolute_url() + "#decisions-heading"


# Action items -------------------------------------------------------------------------------------


class ActionItemCreateView(RolePermissionMixin, MeetingChildMixin, ServiceFormMixin, FormPageMixin, CreateView):
    permission_required = "meetings.add_actionitem"
    form_class = ActionItemForm

    def get_heading(self):
        return _("Add an action item to “%(title)s”") % {"title": self.meeting.title}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": ActionItem(meeting=self.meeting), "meeting": self.meeting}

    def write(self, form):
        return services.actionitem_create(
            meeting=self.meeting, item=form.save(commit=False), by=self.request.user, reason=form.cleaned_data["change_reason"]
        )

    def get_success_url(self):
        return self.meeting.get_absolute_url() + "#action-items-heading"


class ActionItemUpdateView(RolePermissionMixin, ServiceFormMixin, FormPageMixin, UpdateView):
    permission_required = "meetings.change_actionitem"
    form_class = ActionItemForm
    pk_url_kwarg = "item_pk"

    def get_queryset(self):
        return ActionItem.objects.select_related("meeting__council")

    @property
    def meeting(self):
        return self.object.meeting

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "meeting": self.meeting}

    def get_heading(self):
        return _("Edit an action item of “%(title)s”") % {"title": self.meeting.title}

    def write(self, form):
        return services.actionitem_update(item=form.save(commit=False), **self.change(form))

    def get_success_url(self):
        return self.meeting.get_absolute_url() + "#action-items-heading"


class ActionItemStatusView(PortalPermissionMixin, ServiceFormMixin, FormPageMixin, FormView):
    """Secretariat, or a co-chair of the owning working group: status and closing note only."""

    permission_required = STATUS_PERMISSION
    form_class = ActionItemStatusForm

    @cached_property
    def action_item(self) -> ActionItem:
        return get_object_or_404(
            ActionItem.objects.select_related(
                "meeting__council", "owner_person", "owner_organisation", "owner_group", "owner_council"
            ),
            pk=self.kwargs["item_pk"],
        )

    def get_permission_object(self):
        return self.action_item

    @property
    def meeting(self):
        return self.action_item.meeting

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.action_item}

    def get_heading(self):
        return _("Update the status of an action item")

    @property
    def from_tracker(self) -> bool:
        return self.request.GET.get("from") == "tracker"

    def get_cancel_url(self):
        return (
            reverse("meetings:action_items") if self.from_tracker else self.meeting.get_absolute_url() + "#action-items-heading"
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(action_item=self.action_item, **kwargs)

    def write(self, form):
        data = form.cleaned_data
        return services.actionitem_set_status(
            item=self.action_item,
            status=data["status"],
            closing_note_en=data["closing_note_en"],
            closing_note_fr=data["closing_note_fr"],
            **self.change(form),
        )

    def get_success_url(self):
        return self.get_cancel_url()


class ActionItemListView(PageCacheMixin, RolePermissionMixin, FilterView):
    """The tracker: every action item across meetings; open ones by default; overdue ones flagged in words."""

    permission_required = "meetings.view_actionitem"
    template_name = "meetings/action_item_list.html"
    filterset_class = ActionItemFilter
    paginate_by = 25
    context_object_name = "action_items"

    def get_queryset(self):
        return selectors.action_item_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        for item in context["action_items"]:
            item.can_update = user.has_perm(STATUS_PERMISSION, item)
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(nav="meetings", query_string=query.urlencode())
        return context
