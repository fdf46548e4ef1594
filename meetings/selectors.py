"""Reads of meetings, agendas, attendance and action items, shaped for the pages in a fixed number of queries."""

import datetime

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import CouncilMembership, Jurisdiction
from jointcouncils.history_view import merged_history_rows
from jointcouncils.models import current_q

from .models import ActionItem, AgendaItem, Attachment, Attendance, Decision, Meeting

OPEN_STATUSES = (ActionItem.Status.OPEN, ActionItem.Status.IN_PROGRESS)
OWNER_RELATIONS = ("owner_person", "owner_organisation", "owner_group", "owner_council")


def meeting_list() -> QuerySet[Meeting]:
    """Meetings with their council and the number of action items raised there that are still open."""
    return Meeting.objects.select_related("council").annotate(
        open_action_item_count=Count("action_items", filter=Q(action_items__status__in=OPEN_STATUSES))
    )


def meeting_years() -> list[int]:
    """The years in which meetings were held or planned, newest first."""
    return [day.year for day in Meeting.objects.dates("start", "year", order="DESC")]


def split_upcoming(meetings: QuerySet[Meeting], now: datetime.datetime | None = None):
    """(upcoming, oldest first; past, newest first) of a meeting queryset."""
    now = now or timezone.now()
    return meetings.filter(start__gte=now).order_by("start", "pk"), meetings.filter(start__lt=now).order_by("-start", "-pk")


def agenda_items(meeting: Meeting) -> QuerySet[AgendaItem]:
    """The meeting's agenda in order, with everything the meeting page shows about each item."""
    return (
        AgendaItem.objects.filter(meeting=meeting)
        .select_related("presenter__organisation")
        .prefetch_related(
            "priorities",
            "working_groups",
            "outcomes",
            Prefetch("attachments", queryset=Attachment.objects.order_by("pk")),
        )
        .order_by("order", "pk")
    )


def attendance(meeting: Meeting) -> QuerySet[Attendance]:
    """Who attended (or sent regrets), with the organisation and jurisdiction each spoke for."""
    return (
        Attendance.objects.filter(meeting=meeting)
        .select_related("person__organisation__jurisdiction", "on_behalf_of__jurisdiction", "represented_by")
        .order_by("status", "person__family_name", "person__given_name", "pk")
    )


FPTM_LEVELS = ("federal", "provincial", "territorial", "municipal")


def attendance_by_level(rows) -> list[dict]:
    """Present and regrets per jurisdiction level: federal, provincial, territorial, municipal, then any other.

    The level is the one of the organisation the person spoke for (on behalf of), else of their own organisation;
    a person with neither counts as "not recorded". Levels other than the four are listed only when counted.
    """
    choices = list(Jurisdiction.Level.choices)
    unknown = getattr(Jurisdiction.Level, "NOT_RECORDED", None)
    if unknown is None:
        unknown = ""
        choices.append((unknown, _("level not recorded")))
    counts = {value: {"present": 0, "regrets": 0} for value, _label in choices}
    for row in rows:
        organisation = row.organisation
        level = organisation.jurisdiction.level if organisation is not None else unknown
        # A represented member's jurisdiction still sat at the table.
        key = "regrets" if row.status == Attendance.Status.REGRETS else "present"
        counts.setdefault(level, {"present": 0, "regrets": 0})[key] += 1
    return [
        {"level": value, "label": label, **counts[value]}
        for value, label in choices
        if value in FPTM_LEVELS or counts[value]["present"] or counts[value]["regrets"]
    ]


def decisions(meeting: Meeting) -> QuerySet[Decision]:
    # "ballot" is the reverse link of a decision taken between meetings (voting app), joined, not imported.
    return Decision.objects.filter(meeting=meeting).select_related("agenda_item", "ballot").order_by("decided_on", "pk")


def action_items_raised(meeting: Meeting) -> QuerySet[ActionItem]:
    """Action items raised at this meeting."""
    return ActionItem.objects.filter(meeting=meeting).select_related("agenda_item", *OWNER_RELATIONS).order_by("pk")


def carried_forward(meeting: Meeting) -> QuerySet[ActionItem]:
    """Meeting.carried_forward_action_items(), with the council of the meeting each was raised at."""
    return meeting.carried_forward_action_items().select_related("meeting__council")


def action_item_list() -> QuerySet[ActionItem]:
    """Every action item across meetings, soonest due first (no due date last)."""
    return ActionItem.objects.select_related("meeting__council", *OWNER_RELATIONS).order_by(
        F("due_date").asc(nulls_last=True), "pk"
    )


def meeting_history(meeting: Meeting, agenda_item_ids) -> list[dict]:
    """The history of the meeting and of its agenda, attachments, attendance, decisions and action items."""
    return merged_history_rows(
        (_("meeting"), meeting.history.all()),
        (_("agenda item"), AgendaItem.history.filter(meeting_id=meeting.pk)),
        (_("attachment"), Attachment.history.filter(agenda_item_id__in=list(agenda_item_ids))),
        (_("attendance"), Attendance.history.filter(meeting_id=meeting.pk)),
        (_("decision"), Decision.history.filter(meeting_id=meeting.pk)),
        (_("action item"), ActionItem.history.filter(meeting_id=meeting.pk)),
    )


def meeting_roster(meeting: Meeting) -> list:
    """The members of the meeting's council on the meeting's day (for the Joint Councils, of both councils too).

    Each entry is a CouncilMembership with its person, organisation and council; one entry per person.
    """
    council_ids = [meeting.council_id, *meeting.council.constituent_councils.values_list("pk", flat=True)]
    memberships = (
        CouncilMembership.objects.filter(current_q(on=meeting.date), council_id__in=council_ids)
        .select_related("person__organisation", "council", "on_behalf_of")
        .order_by("person__family_name", "person__given_name", "council__code")
    )
    seen, roster = set(), []
    for membership in memberships:
        if membership.person_id not in seen:
            seen.add(membership.person_id)
            roster.append(membership)
    return roster
