"""The portal's working-group pages: list, detail, edit, create, and co-chair seat and term management.

Views are thin: permission (rules) -> form -> service -> redirect. The edit views write through
jointcouncils.views_mixins.ServiceFormMixin (a stale edit answers 409 with the form and a clear message), with
write() calling this app's services, so that every write goes through workinggroups.services.
"""

import hashlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.generic import CreateView, DetailView, FormView, TemplateView, UpdateView

from jointcouncils.page_cache import PageCacheMixin
from jointcouncils.record_version import cached
from jointcouncils.services import MissingVersionError, StaleEditError
from jointcouncils.views_mixins import PortalPermissionMixin, ServiceFormMixin, add_validation_error

from . import selectors, services
from .forms import (
    CochairChangeForm,
    CochairSeatForm,
    CochairTermEndForm,
    CochairTermForm,
    TermChangeAcceptForm,
    TermChangeDeclineForm,
    TermChangeRequestForm,
    WorkingGroupCreateForm,
    WorkingGroupForm,
)
from .models import MAX_COCHAIR_SEATS, CochairSeat, CochairTerm, TermChangeRequest, WorkingGroup


class SectionMixin:
    """Marks "Working groups" as the current section in the main navigation."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(nav="workinggroups", **kwargs)


class GroupObjectMixin:
    """The group named by the URL's slug, fetched once per request."""

    def get_group(self) -> WorkingGroup:
        if not hasattr(self, "_group"):
            self._group = get_object_or_404(WorkingGroup, slug=self.kwargs["slug"])
        return self._group


def filter_fields_html(filterset, data) -> str:
    """The filter form's fields as HTML, made once per record version, language and filter values: rendering the
    choices (councils, priorities, outcomes) is most of the list page's time, and they change only with the record.
    The fields are the same for every user (only the rows depend on who reads)."""
    values = sorted((name, value) for name in filterset.form.fields for value in data.getlist(name))
    digest = hashlib.sha256(repr(values).encode()).hexdigest()[:32]
    return cached(
        "wg-filter-fields",
        lambda: render_to_string("workinggroups/_filter_fields.html", {"filter": filterset}),
        digest,
        per_language=True,
    )


class WorkingGroupListView(PageCacheMixin, PortalPermissionMixin, SectionMixin, TemplateView):
    """Every group with its council, co-chairs and gaps; filters above, 25 a page."""

    permission_required = "workinggroups.view_workinggroup"
    template_name = "workinggroups/workinggroup_list.html"

    def get_context_data(self, **kwargs):
        filterset = selectors.workinggroup_filterset(user=self.request.user, data=self.request.GET)
        page_obj = Paginator(filterset.qs, selectors.LIST_PAGE_SIZE).get_page(self.request.GET.get("page"))
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            filter=filterset,
            filter_fields=filter_fields_html(filterset, self.request.GET),
            page_obj=page_obj,
            groups=page_obj.object_list,
            query_string=query.urlencode(),
            is_filtered=any(value for key, value in query.items()),
            can_create=self.request.user.has_perm("workinggroups.add_workinggroup"),
            **kwargs,
        )


class WorkingGroupDetailView(PageCacheMixin, PortalPermissionMixin, SectionMixin, DetailView):
    """A group's facts, mandate, reporting lines, seats and terms, members, alignment and change history."""

    permission_required = "workinggroups.view_workinggroup"
    template_name = "workinggroups/workinggroup_detail.html"
    context_object_name = "group"

    def get_object(self, queryset=None):
        if not hasattr(self, "_group"):
            self._group = selectors.workinggroup_detail(slug=self.kwargs["slug"])
        return self._group

    def get_context_data(self, **kwargs):
        group = self.object
        user = self.request.user
        can_manage_terms = user.has_perm("workinggroups.add_cochairterm", group)
        can_decide = user.has_perm("workinggroups.decide_termchangerequest", group)
        return super().get_context_data(
            can_propose=user.has_perm("workinggroups.add_termchangerequest", group),
            pending_requests=selectors.termchangerequest_pending(group=group) if can_decide else [],
            seat_rows=selectors.workinggroup_seat_rows(group),
            alignments=selectors.workinggroup_alignments(group),
            history_rows=selectors.workinggroup_history(group),
            can_edit=user.has_perm("workinggroups.change_workinggroup", group),
            can_add_seat=user.has_perm("workinggroups.add_cochairseat", group) and len(group.seats.all()) < MAX_COCHAIR_SEATS,
            can_manage_terms=can_manage_terms,
            **kwargs,
        )


class WorkingGroupUpdateView(PortalPermissionMixin, SectionMixin, ServiceFormMixin, UpdateView):
    """Secretariat and the group's own co-chairs edit names, mandate, kind, status and dates."""

    permission_required = "workinggroups.change_workinggroup"
    template_name = "workinggroups/workinggroup_form.html"
    form_class = WorkingGroupForm
    context_object_name = "group"

    def get_object(self, queryset=None):
        if not hasattr(self, "_group"):
            self._group = get_object_or_404(WorkingGroup, slug=self.kwargs["slug"])
        return self._group

    def write(self, form):
        return services.workinggroup_update(workinggroup=form.instance, data=form.group_data(), **self.change(form))


class WorkingGroupCreateView(PortalPermissionMixin, SectionMixin, CreateView):
    """The secretariat records a new group and the council it reports to."""

    permission_required = "workinggroups.add_workinggroup"
    template_name = "workinggroups/workinggroup_form.html"
    form_class = WorkingGroupCreateForm

    def form_valid(self, form):
        try:
            self.object = services.workinggroup_create(
                data=form.group_data(),
                council=form.cleaned_data.get("council"),
                by=self.request.user,
                reason=form.cleaned_data["change_reason"],
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("The working group was created."))
        return HttpResponseRedirect(self.object.get_absolute_url())


class CochairSeatAddView(PortalPermissionMixin, SectionMixin, GroupObjectMixin, FormView):
    """The secretariat adds a co-chair seat (at most three)."""

    permission_required = "workinggroups.add_cochairseat"
    template_name = "workinggroups/cochairseat_form.html"
    form_class = CochairSeatForm

    def get_object(self):
        return self.get_group()

    def get_context_data(self, **kwargs):
        group = self.get_group()
        return super().get_context_data(group=group, seat_count=group.seats.count(), **kwargs)

    def form_valid(self, form):
        group = self.get_group()
        try:
            seat = services.cochairseat_create(
                workinggroup=group,
                note_en=form.cleaned_data["note_en"],
                note_fr=form.cleaned_data["note_fr"],
                by=self.request.user,
                reason=form.cleaned_data["change_reason"],
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Seat %(number)s was added.") % {"number": seat.number})
        return HttpResponseRedirect(group.get_absolute_url())


class CochairTermAddView(PortalPermissionMixin, SectionMixin, GroupObjectMixin, FormView):
    """Give a seat a holder for a period: secretariat, or a co-chair of the group."""

    permission_required = "workinggroups.add_cochairterm"
    template_name = "workinggroups/cochairterm_form.html"
    form_class = CochairTermForm

    def get_object(self):
        if not hasattr(self, "_seat"):
            self._seat = get_object_or_404(
                CochairSeat.objects.select_related("working_group"),
                working_group__slug=self.kwargs["slug"],
                number=self.kwargs["number"],
            )
        return self._seat

    def get_context_data(self, **kwargs):
        seat = self.get_object()
        return super().get_context_data(seat=seat, group=seat.working_group, **kwargs)

    def form_valid(self, form):
        seat = self.get_object()
        data = form.cleaned_data
        try:
            services.cochairterm_create(
                seat=seat,
                person=data["person"],
                organisation=data["organisation"],
                on_behalf_of=data["on_behalf_of"],
                start_date=data["start_date"],
                end_date=data["end_date"],
                council_member_attested=data["council_member_attested"],
                by=self.request.user,
                reason=data["change_reason"],
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("The term was added to seat %(number)s.") % {"number": seat.number})
        return HttpResponseRedirect(seat.working_group.get_absolute_url())


class CochairChangeView(CochairTermAddView):
    """Change a seat's co-chair in one form: end the current term and start the next on one date, one reason."""

    template_name = "workinggroups/cochair_change.html"
    form_class = CochairChangeForm

    def get_context_data(self, **kwargs):
        seat = self.get_object()
        current = seat.current_term()
        return super().get_context_data(current=current, **kwargs)

    def form_valid(self, form):
        seat = self.get_object()
        data = form.cleaned_data
        try:
            term = services.cochairterm_change(
                seat=seat,
                change_date=data["change_date"],
                person=data["person"],
                organisation=data["organisation"],
                on_behalf_of=data["on_behalf_of"],
                council_member_attested=data["council_member_attested"],
                by=self.request.user,
                reason=data["change_reason"],
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(holder)s holds seat %(number)s from %(date)s.")
            % {"holder": term.holder_name, "number": seat.number, "date": date_format(term.start_date, "DATE_FORMAT")},
        )
        return HttpResponseRedirect(seat.working_group.get_absolute_url() + "#cochairs-heading")


class CochairTermEndView(PortalPermissionMixin, SectionMixin, ServiceFormMixin, FormView):
    """End a term: secretariat, or a co-chair of the group."""

    permission_required = "workinggroups.change_cochairterm"
    template_name = "workinggroups/cochairterm_end.html"
    form_class = CochairTermEndForm
    success_message = _lazy("The term was ended.")

    def get_object(self):
        if not hasattr(self, "_term"):
            self._term = get_object_or_404(
                CochairTerm.objects.select_related("seat__working_group", "person", "organisation"),
                seat__working_group__slug=self.kwargs["slug"],
                pk=self.kwargs["pk"],
            )
        return self._term

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "term": self.get_object()}

    def get_context_data(self, **kwargs):
        term = self.get_object()
        return super().get_context_data(term=term, group=term.seat.working_group, **kwargs)

    def write(self, form):
        return services.cochairterm_end(term=self.get_object(), end_date=form.cleaned_data["end_date"], **self.change(form))

    def get_success_url(self):
        return self.get_object().seat.working_group.get_absolute_url()


# Term change requests: a co-chair proposes, the secretariat accepts or declines ------------------------------------

ACCEPT_PREFIX, DECLINE_PREFIX = "accept", "decline"


class TermChangeRequestCreateView(PortalPermissionMixin, SectionMixin, GroupObjectMixin, FormView):
    """A co-chair of the group proposes a change of its co-chair terms."""

    permission_required = "workinggroups.add_termchangerequest"
    template_name = "workinggroups/term_request_form.html"
    form_class = TermChangeRequestForm

    def get_permission_object(self):
        return self.get_group()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "group": self.get_group()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(group=self.get_group(), **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            request = services.termchangerequest_create(
                working_group=self.get_group(),
                kind=data["kind"],
                seat=data["seat"],
                term=data["term"],
                proposed_person=data["proposed_person"],
                proposed_holder=data["proposed_holder"],
                proposed_date=data["proposed_date"],
                proposed_date_precision=data["proposed_date_precision"],
                reason=data["reason"],
                by=self.request.user,
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(self.request, _("Your proposal was sent to the secretariat, who will accept or decline it."))
        return HttpResponseRedirect(request.get_absolute_url())

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class TermChangeRequestListView(PortalPermissionMixin, SectionMixin, TemplateView):
    """The secretariat's queue of pending requests (and the decided ones); a co-chair's own requests."""

    permission_required = "workinggroups.list_termchangerequest"
    template_name = "workinggroups/term_request_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**selectors.termchangerequest_lists(self.request.user), **kwargs)


class TermChangeRequestDetailView(PortalPermissionMixin, SectionMixin, TemplateView):
    """A request, its decision and its history; the secretariat accepts or declines it here."""

    permission_required = "workinggroups.view_termchangerequest"
    template_name = "workinggroups/term_request_detail.html"

    def get_permission_object(self):
        return self.term_request

    @cached_property
    def term_request(self) -> TermChangeRequest:
        return get_object_or_404(selectors.termchangerequest_for_page(), pk=self.kwargs["pk"])

    def get_context_data(self, accept_form=None, decline_form=None, **kwargs):
        request = self.term_request
        can_decide = request.is_pending and self.request.user.has_perm("workinggroups.decide_termchangerequest", request)
        if can_decide:
            accept_form = accept_form or TermChangeAcceptForm(request=request, prefix=ACCEPT_PREFIX)
            decline_form = decline_form or TermChangeDeclineForm(request=request, prefix=DECLINE_PREFIX)
        return super().get_context_data(
            term_request=request,
            group=request.working_group,
            can_decide=can_decide,
            accept_form=accept_form,
            decline_form=decline_form,
            history_rows=selectors.termchangerequest_history(request),
            **kwargs,
        )


class TermChangeDecisionView(TermChangeRequestDetailView):
    """POST only: the secretariat accepts (the term change is made) or declines (with a reason)."""

    permission_required = "workinggroups.decide_termchangerequest"
    http_method_names = ["post"]
    accept = True

    def post(self, request, *args, **kwargs):
        term_request = self.term_request
        form_class, prefix = (TermChangeAcceptForm, ACCEPT_PREFIX) if self.accept else (TermChangeDeclineForm, DECLINE_PREFIX)
        form = form_class(request.POST, request=term_request, prefix=prefix)
        forms_kwarg = {"accept_form" if self.accept else "decline_form": form}
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                if self.accept:
                    services.termchangerequest_accept(
                        request=term_request,
                        by=request.user,
                        effective_date=data["effective_date"],
                        person=data.get("person"),
                        decision_reason=data["decision_reason"],
                        expected_version=data["expected_version"],
                    )
                    messages.success(request, _("The request was accepted and the co-chair terms were changed."))
                else:
                    services.termchangerequest_decline(
                        request=term_request,
                        by=request.user,
                        decision_reason=data["decision_reason"],
                        expected_version=data["expected_version"],
                    )
                    messages.success(request, _("The request was declined; the co-chair can read your reason."))
                return HttpResponseRedirect(reverse("workinggroups:term_request_detail", args=[term_request.pk]))
            except StaleEditError as exc:
                form.add_error(None, exc.user_message())
                status = 409
            except MissingVersionError as exc:
                form.add_error(None, exc.user_message())
            except ValidationError as exc:
                add_validation_error(form, exc)
        return self.render_to_response(self.get_context_data(**forms_kwarg), status=status)
