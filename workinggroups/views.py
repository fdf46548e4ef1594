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
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.generic import CreateView, DetailView, FormView, TemplateView, UpdateView

from jointcouncils.record_version import cached
from jointcouncils.views_mixins import PortalPermissionMixin, ServiceFormMixin, add_validation_error

from . import selectors, services
from .forms import (
    CochairChangeForm,
    CochairSeatForm,
    CochairTermEndForm,
    CochairTermForm,
    WorkingGroupCreateForm,
    WorkingGroupForm,
)
from .models import MAX_COCHAIR_SEATS, CochairSeat, CochairTerm, WorkingGroup


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


class WorkingGroupListView(PortalPermissionMixin, SectionMixin, TemplateView):
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


class WorkingGroupDetailView(PortalPermissionMixin, SectionMixin, DetailView):
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
        return super().get_context_data(
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
