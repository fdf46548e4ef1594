"""What each list of the portal exports: its permission, its rows (the list's own FilterSet and selector, every
page) and its columns. Headers are translated when the file is written, in the user's language; content fields
come out in that language too (modeltranslation reads the active language).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import django_filters
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from councils import selectors as council_selectors
from councils.filters import PersonFilter
from councils.models import Council
from meetings import selectors as meeting_selectors
from meetings.filters import ActionItemFilter, MeetingFilter
from priorities import selectors as priority_selectors
from priorities.filters import PriorityFilter
from workinggroups import selectors as workinggroup_selectors
from workinggroups.models import Milestone
from workinggroups.reporting import selectors as reporting_selectors

from .fileformats import Column


@dataclass(frozen=True)
class ExportSpec:
    """One exportable list."""

    name: str
    permission: str
    rows: Callable[[HttpRequest], Sequence[Any] | Any]
    columns: Callable[[], list[Column]]


def _get(request: HttpRequest):
    """The filters of the page, without its page number."""
    data = request.GET.copy()
    data.pop("page", None)
    return data


def _names(objects, attr: str = "name") -> list[str]:
    return [getattr(obj, attr) for obj in objects]


# Working groups -------------------------------------------------------------------------------------------


def _group_rows(request):

    return workinggroup_selectors.workinggroup_filterset(user=request.user, data=_get(request)).qs


def _group_cochairs(group) -> list[str]:
    holders = []
    for term in group.current_terms():
        organisation = term.holder_organisation
        name = term.holder_name
        holders.append(f"{name} ({organisation.short_name})" if organisation and term.person_id else name)
    return holders


def _group_columns() -> list[Column]:
    return [
        (_("Working group"), "name"),
        (_("Acronym"), "acronym"),
        (_("Short name"), "slug"),
        (_("Kind"), "get_kind_display"),
        (_("Reports to"), lambda g: g.current_council.acronym if g.current_council else ""),
        (_("Co-chairs"), _group_cochairs),
        (_("Member co-chairs"), "member_cochairs"),
        (_("Vacant seats"), "vacant_seat_count"),
        (_("Status"), "get_status_display"),
        (_("Start date"), "start_date"),
        (_("Planned end date"), "planned_end_date"),
    ]


# People, organisations, councils --------------------------------------------------------------------------


def _people_rows(request):

    return PersonFilter(_get(request) or None, queryset=council_selectors.person_list()).qs


def _people_columns() -> list[Column]:
    return [
        (_("Family name"), "family_name"),
        (_("Given name"), "given_name"),
        (_("Email"), "email"),
        (_("Title"), "title"),
        (_("Organisation"), lambda p: p.organisation.short_name if p.organisation_id else ""),
        (_("Jurisdiction level"), lambda p: p.organisation.jurisdiction.get_level_display() if p.organisation_id else ""),
        (
            _("Council seats"),
            lambda p: [f"{seat.council.acronym} ({seat.get_role_display()})" for seat in p.current_council_seats],
        ),
        (_("Co-chair seats"), lambda p: [term.seat.working_group.name for term in p.current_cochair_terms]),
        (_("Preferred official language"), "get_preferred_language_display"),
    ]


def _organisation_rows(request):

    return council_selectors.organisation_load()


def _organisation_columns() -> list[Column]:
    return [
        (_("Organisation"), "name"),
        (_("Acronym"), "acronym"),
        (_("Kind"), "get_kind_display"),
        (_("Jurisdiction"), "jurisdiction.name"),
        (_("Jurisdiction level"), "jurisdiction.get_level_display"),
        (_("People"), "people_count"),
        (_("Council seats"), "council_seat_count"),
        (_("Co-chair seats"), "cochair_seat_count"),
    ]


def _council_rows(request):

    return council_selectors.council_list()


def _council_columns() -> list[Column]:
    return [
        (_("Council"), "name"),
        (_("Acronym"), "acronym"),
        (_("Members today"), "member_count"),
        (_("Working groups reporting today"), "group_count"),
    ]


def _council_member_rows(request):

    code = request.GET.get("council", "")
    if not code:
        raise Http404("no council")
    council = get_object_or_404(Council, code=code)
    memberships = council_selectors.council_memberships(council)
    for membership in memberships["current"]:
        membership.is_past = False
    for membership in memberships["past"]:
        membership.is_past = True
    return memberships["current"] + memberships["past"]


def _council_member_columns() -> list[Column]:
    return [
        (_("Council"), "council.acronym"),
        (_("Family name"), "person.family_name"),
        (_("Given name"), "person.given_name"),
        (_("Role"), "get_role_display"),
        (_("Organisation"), lambda m: m.organisation.short_name if m.organisation else ""),
        (_("Start date"), "start_date"),
        (_("End date"), "end_date"),
        (_("Past seat"), "is_past"),
    ]


# Priorities -----------------------------------------------------------------------------------------------


def _priority_rows(request):

    priorities = list(PriorityFilter(_get(request) or None, queryset=priority_selectors.priority_list()).qs)
    for priority in priorities:
        priority.supporting_groups = priority_selectors.supporting_groups(priority)
    return priorities


def _priority_lead(priority) -> str:
    leads = []
    if priority.lead_person_id:
        leads.append(priority.lead_person.full_name)
    leads.extend(organisation.short_name for organisation in priority.lead_organisations.all())
    if priority.lead_note:
        leads.append(priority.lead_note)
    return "; ".join(leads)


def _priority_columns() -> list[Column]:
    return [
        (_("Priority"), "name"),
        (_("Acronym"), "acronym"),
        (_("Kind"), "get_kind_display"),
        (_("Council"), "council.acronym"),
        (_("Status"), "get_status_display"),
        (_("Lead"), _priority_lead),
        (_("Supporting working groups"), lambda p: _names(p.supporting_groups)),
        (_("Year identified"), "year"),
    ]


# Meetings and action items --------------------------------------------------------------------------------


def _meeting_rows(request):

    data = _get(request)
    filterset = MeetingFilter(data or None, queryset=meeting_selectors.meeting_list())
    meetings = filterset.qs if filterset.is_bound else filterset.queryset
    return meetings.order_by("-start", "-pk")


def _meeting_columns() -> list[Column]:
    return [
        (_("Meeting"), "title"),
        (_("Council"), "council.acronym"),
        (_("Date"), "date"),
        (_("City"), "city"),
        (_("Virtual meeting"), "is_virtual"),
        (_("Status"), "get_status_display"),
        (_("Open action items"), "open_action_item_count"),
    ]


def _action_item_rows(request):

    return ActionItemFilter(_get(request) or None, queryset=meeting_selectors.action_item_list()).qs


def _action_item_columns() -> list[Column]:
    return [
        (_("Action item"), "description"),
        (_("Meeting"), "meeting.title"),
        (_("Council"), "meeting.council.acronym"),
        (_("Owner"), lambda a: str(a.owner) if a.owner else ""),
        (_("Due date"), "due_date"),
        (_("Status"), "get_status_display"),
        (_("Overdue"), "is_overdue"),
        (_("Closed on"), "closed_on"),
        (_("Closing note"), "closing_note"),
    ]


# Reporting ------------------------------------------------------------------------------------------------


def _status_update_rows(request):

    return reporting_selectors.statusupdate_review_queue()


def _status_update_columns() -> list[Column]:
    return [
        (_("Working group"), "working_group.name"),
        (_("Period"), "period_label"),
        (_("Period start"), "period_start"),
        (_("Period end"), "period_end"),
        (_("RAG status"), "get_rag_display"),
        (_("State"), "get_state_display"),
        (_("Submitted"), "submitted_at"),
        (_("Author"), lambda u: (u.author.get_full_name() or u.author.get_username()) if u.author_id else ""),
    ]


def _task_rows(request):

    return reporting_selectors.outstandingtask_review_queue()


def _task_columns() -> list[Column]:
    return [
        (_("Working group"), "working_group.name"),
        (_("Outstanding task"), "title"),
        (_("Raised on"), "raised_on"),
        (_("Last reviewed"), "last_reviewed_on"),
        (_("Last decision"), "get_review_decision_display"),
        (_("Review note"), "review_note"),
    ]


class MilestoneFilter(django_filters.FilterSet):
    """Milestones of one group (the workplan page) or of every group, by status."""

    group = django_filters.CharFilter(field_name="working_group__slug", label=_("Working group"))
    status = django_filters.CharFilter(field_name="status", label=_("Status"))


def _milestone_rows(request):

    queryset = Milestone.objects.select_related("working_group", "depends_on").order_by("working_group__name", "due_date", "pk")
    return MilestoneFilter(_get(request) or None, queryset=queryset).qs


def _milestone_columns() -> list[Column]:
    return [
        (_("Working group"), "working_group.name"),
        (_("Milestone"), "title"),
        (_("Due date"), "due_date"),
        (_("Status"), "get_status_display"),
        (_("Overdue"), "is_overdue"),
        (_("Completed on"), "completed_on"),
        (_("Depends on"), "depends_on.title"),
    ]


EXPORTS: dict[str, ExportSpec] = {
    spec.name: spec
    for spec in [
        ExportSpec("working-groups", "workinggroups.view_workinggroup", _group_rows, _group_columns),
        ExportSpec("people", "councils.view_person", _people_rows, _people_columns),
        ExportSpec("organisations", "councils.view_organisation", _organisation_rows, _organisation_columns),
        ExportSpec("councils", "councils.view_council", _council_rows, _council_columns),
        ExportSpec("council-members", "councils.view_councilmembership", _council_member_rows, _council_member_columns),
        ExportSpec("priorities", "priorities.view_priority", _priority_rows, _priority_columns),
        ExportSpec("meetings", "meetings.view_meeting", _meeting_rows, _meeting_columns),
        ExportSpec("action-items", "meetings.view_actionitem", _action_item_rows, _action_item_columns),
        ExportSpec("status-updates", "workinggroups.review_statusupdate", _status_update_rows, _status_update_columns),
        ExportSpec("milestones", "workinggroups.view_milestone", _milestone_rows, _milestone_columns),
        ExportSpec("outstanding-tasks", "workinggroups.review_outstandingtask", _task_rows, _task_columns),
    ]
}
