"""Every number and list of the dashboards, each page in a fixed number of queries whatever the volume of data.

The conditions that decide which records a number counts are the ones the linked lists filter with
(workinggroups.filters and dashboards.filters call the functions here or the same SQL conditions), so that a
number and its list always agree.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import Council, Person
from jointcouncils import charts
from jointcouncils.models import current_q
from jointcouncils.translations import translation_queue_count
from logicmodel.models import Alignment, Indicator, IndicatorValue, LogicModel, Outcome
from meetings.models import ActionItem, Decision, Meeting
from priorities.models import Priority
from workinggroups.filters import (
    UPDATE_STALE_AFTER_DAYS,
    priority_alignment_exists,
    recent_approved_update_exists,
)
from workinggroups.models import (
    TERM_ENDING_SOON_DAYS,
    CochairTerm,
    Milestone,
    OutstandingTask,
    ReportingLine,
    StatusUpdate,
    TermChangeRequest,
    WorkingGroup,
)
from workinggroups.rules import cochaired_group_ids
from workinggroups.selectors import latest_approved, latest_approved_prefetch, seat_facts

ACTIVE = WorkingGroup.Status.ACTIVE
OPEN_MILESTONE = [Milestone.Status.PLANNED, Milestone.Status.IN_PROGRESS]
# The PDF reports (reports.content.blocks.active_groups) count active and dormant groups; the participation map
# and the priority dashboard do too, so that they match the PDFs.
REPORTED_GROUP_STATUSES = [WorkingGroup.Status.ACTIVE, WorkingGroup.Status.DORMANT]


# Conditions shared with the list pages ------------------------------------------------------------------------


def terms_ending_within(days: int, today: datetime.date | None = None) -> QuerySet[CochairTerm]:
    """Co-chair terms current today whose end date falls within the given number of days."""
    today = today or timezone.localdate()
    return CochairTerm.objects.filter(current_q(on=today), end_date__lte=today + datetime.timedelta(days=days))


def overdue_milestones(today: datetime.date | None = None) -> QuerySet[Milestone]:
    """Open milestones (planned or in progress) whose due date has passed; a milestone done late is not overdue."""
    today = today or timezone.localdate()
    return Milestone.objects.filter(status__in=OPEN_MILESTONE, due_date__lt=today)


def current_logic_model_id() -> Subquery:
    """The id of the logic model in force, as a subquery (LogicModel.objects.current() in SQL)."""
    return Subquery(LogicModel.objects.filter(is_current=True).order_by("-adopted_on").values("pk")[:1])


def uncovered_short_term_outcomes() -> QuerySet[Outcome]:
    """Short-term outcomes of the logic model in force that no active group is aligned to."""
    aligned = Alignment.objects.filter(outcome=OuterRef("pk"), working_group__status=ACTIVE)
    return (
        Outcome.objects.filter(logic_model=current_logic_model_id(), term=Outcome.Term.SHORT)
        .exclude(Exists(aligned))
        .order_by("order", "pk")
    )


# Secretariat overview -----------------------------------------------------------------------------------------


@dataclass
class Overview:
    """The overview's numbers. Gaps are of active groups, except outstanding tasks (every group's, as the review
    queue of the reporting pages)."""

    councils: int
    active_groups: int
    jc_priorities: int
    emerging_themes: int
    no_member_cochair: int
    vacant_seats: int
    groups_with_vacant_seat: int
    terms_ending_soon: int
    overdue_milestones: int
    stale_updates: int
    tasks_review_due: int
    islands: int
    uncovered_outcomes: int
    translation_queue: int = 0
    term_days: int = TERM_ENDING_SOON_DAYS
    stale_days: int = UPDATE_STALE_AFTER_DAYS
    priorities: list = field(default_factory=list)


def overview(today: datetime.date | None = None) -> Overview:
    """Counts of the record and of its gaps, in nine queries."""
    today = today or timezone.localdate()
    active = WorkingGroup.objects.filter(status=ACTIVE)
    facts = active.annotate(has_recent_update=recent_approved_update_exists(today), has_priority=priority_alignment_exists())
    groups = facts.aggregate(
        active_groups=Count("pk"),
        stale_updates=Count("pk", filter=Q(has_recent_update=False)),
        islands=Count("pk", filter=Q(has_priority=False)),
    )
    # Seats and their current terms in one DISTINCT ON join (not a correlated sub-plan per seat).
    seats = seat_facts(active, today)
    groups.update(
        no_member_cochair=groups["active_groups"] - seats.groups_with_member_cochair_or_unrecorded,
        vacant_seats=seats.vacant_seats,
        groups_with_vacant_seat=seats.groups_with_vacant_seat,
    )
    priority_counts = Priority.objects.aggregate(
        jc=Count("pk", filter=Q(kind=Priority.Kind.JC_PRIORITY)),
        themes=Count("pk", filter=Q(kind=Priority.Kind.EMERGING_THEME)),
    )
    return Overview(
        councils=Council.objects.count(),
        jc_priorities=priority_counts["jc"],
        emerging_themes=priority_counts["themes"],
        terms_ending_soon=terms_ending_within(TERM_ENDING_SOON_DAYS, today).filter(seat__working_group__status=ACTIVE).count(),
        overdue_milestones=overdue_milestones(today).filter(working_group__status=ACTIVE).count(),
        tasks_review_due=OutstandingTask.objects.review_due(today).count(),
        uncovered_outcomes=uncovered_short_term_outcomes().count(),
        translation_queue=translation_queue_count(),
        priorities=list(
            Priority.objects.exclude(status__in=Priority.NOT_CURRENT)
            .select_related("council")
            # Joint Councils priorities ("jc_priority") before the councils' emerging themes.
            .order_by("-kind", "council__code", "order", "name")
        ),
        **groups,
    )


@dataclass
class LateReporting:
    """A coming meeting whose reporting deadline has passed, and the groups with no update submitted for it."""

    meeting: Meeting
    groups: list


def late_reporting(today: datetime.date | None = None) -> list[LateReporting]:
    """Coming meetings (not cancelled) whose reporting deadline has passed, each with its late groups.

    One query, then two per such meeting (at most one or two per council at a time).
    """
    today = today or timezone.localdate()
    meetings = (
        Meeting.objects.filter(reporting_deadline__lt=today, start__date__gte=today)
        .exclude(status=Meeting.Status.CANCELLED)
        .select_related("council")
        .order_by("start")
    )
    result = []
    for meeting in meetings:
        groups = list(meeting.groups_without_update())
        if groups:
            result.append(LateReporting(meeting=meeting, groups=groups))
    return result


# Co-chair dashboard -------------------------------------------------------------------------------------------


def next_meetings(council_ids, now: datetime.datetime | None = None) -> dict[int, Meeting]:
    """council id -> its next meeting (starting after now, not cancelled), in one query."""
    now = now or timezone.now()
    upcoming = Meeting.objects.filter(start__gt=now).exclude(status=Meeting.Status.CANCELLED)
    first = upcoming.filter(council=OuterRef("council")).order_by("start", "pk").values("pk")[:1]
    meetings = upcoming.filter(council_id__in=council_ids, pk=Subquery(first)).select_related("council")
    return {meeting.council_id: meeting for meeting in meetings}


def cochair_dashboard(user, today: datetime.date | None = None) -> list[WorkingGroup]:
    """The groups the user co-chairs today, each with current_update, overdue, next_meeting and open_actions."""
    today = today or timezone.localdate()
    groups = list(
        WorkingGroup.objects.filter(pk__in=cochaired_group_ids(user))
        .prefetch_related(
            Prefetch(
                "reporting_lines",
                queryset=ReportingLine.objects.select_related("council").order_by("-start_date"),
            ),
            Prefetch(
                "status_updates",
                queryset=StatusUpdate.objects.newest_per_group().select_related("reviewed_by"),
                to_attr="newest_updates",
            ),
            Prefetch(
                "milestones",
                queryset=overdue_milestones(today).order_by("due_date", "pk"),
                to_attr="overdue_milestones",
            ),
            Prefetch(
                "action_items",
                queryset=ActionItem.objects.open().select_related("meeting__council").order_by("due_date", "pk"),
                to_attr="open_actions",
            ),
        )
        .order_by("name", "pk")
    )
    for group in groups:
        line = group.reporting_line_on(today)
        group.council_today = line.council if line else None
    meetings = next_meetings({group.council_today.pk for group in groups if group.council_today})
    for group in groups:
        group.current_update = group.newest_updates[0] if group.newest_updates else None
        group.next_meeting = meetings.get(group.council_today.pk) if group.council_today else None
        for action in group.open_actions:
            action.overdue = action.is_overdue(today)
    return groups


# Priority dashboard -------------------------------------------------------------------------------------------


RAG_ORDER = [StatusUpdate.Rag.GREEN, StatusUpdate.Rag.AMBER, StatusUpdate.Rag.RED]


@dataclass
class PriorityDashboard:
    priority: Priority
    groups: list
    milestones: list
    decisions: list
    actions: list
    rag_rows: list
    rag_chart: str


def priority_dashboard(priority: Priority, today: datetime.date | None = None) -> PriorityDashboard:
    """Supporting groups with their latest approved RAG, their open milestones, decisions and open action items."""
    today = today or timezone.localdate()
    supporting = Alignment.objects.filter(priority=priority).values("working_group_id")
    groups = list(
        WorkingGroup.objects.filter(pk__in=supporting, status__in=REPORTED_GROUP_STATUSES)
        .prefetch_related(
            latest_approved_prefetch(),
            Prefetch(
                "alignments",
                queryset=Alignment.objects.filter(priority=priority).select_related("engagement_level"),
                to_attr="priority_alignments",
            ),
        )
        .order_by("name", "pk")
    )
    group_ids = [group.pk for group in groups]
    for group in groups:
        group.rag_update = latest_approved(group)
        group.alignment = group.priority_alignments[0] if group.priority_alignments else None
    milestones = list(
        Milestone.objects.filter(working_group_id__in=group_ids, status__in=OPEN_MILESTONE)
        .select_related("working_group")
        .order_by("due_date", "working_group__name", "pk")
    )
    for milestone in milestones:
        milestone.overdue = milestone.is_overdue(today)
    decisions = list(
        Decision.objects.filter(Q(priorities=priority) | Q(agenda_item__priorities=priority))
        .select_related("meeting__council")
        .distinct()
        .order_by("-decided_on", "pk")
    )
    actions = list(
        ActionItem.objects.open()
        .filter(Q(owner_group_id__in=group_ids) | Q(agenda_item__priorities=priority))
        .select_related("meeting__council", "owner_person", "owner_group", "owner_council")
        .distinct()
        .order_by("due_date", "pk")
    )
    for action in actions:
        action.overdue = action.is_overdue(today)
    # The same rows, labels and chart as the priority status report (reports.content.priority_status).
    counts = {rag: sum(1 for g in groups if g.rag_update and g.rag_update.rag == rag) for rag in RAG_ORDER}
    rag_rows = [
        (_("green"), counts[StatusUpdate.Rag.GREEN]),
        (_("amber"), counts[StatusUpdate.Rag.AMBER]),
        (_("red"), counts[StatusUpdate.Rag.RED]),
        (_("no approved update"), sum(1 for g in groups if g.rag_update is None)),
    ]
    chart = charts.horizontal_bar_chart(
        title=_("Supporting working groups by RAG status"),
        description=", ".join(f"{label}: {count}" for label, count in rag_rows),
        rows=rag_rows,
    )
    return PriorityDashboard(
        priority=priority,
        groups=groups,
        milestones=milestones,
        decisions=decisions,
        actions=actions,
        rag_rows=rag_rows,
        rag_chart=chart,
    )


# Logic-model coverage -----------------------------------------------------------------------------------------


@dataclass
class Coverage:
    logic_model: LogicModel | None
    outcomes: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    uncovered: list = field(default_factory=list)
    indicators: list = field(default_factory=list)


def coverage() -> Coverage:
    """Active groups × short-term outcomes of the logic model in force: the engagement level of each alignment,
    the number of groups per outcome, and the indicators with their target and actual values."""
    model = LogicModel.objects.current()
    if model is None:
        return Coverage(logic_model=None)
    outcomes = list(model.outcomes.filter(term=Outcome.Term.SHORT).order_by("order", "pk"))
    groups = list(WorkingGroup.objects.filter(status=ACTIVE).order_by("name", "pk"))
    cells = {
        (a.working_group_id, a.outcome_id): a
        for a in Alignment.objects.filter(logic_model=model, outcome__term=Outcome.Term.SHORT, working_group__status=ACTIVE)
        .select_related("engagement_level")
        .order_by("pk")
    }
    rows = []
    for group in groups:
        row_cells = [cells.get((group.pk, outcome.pk)) for outcome in outcomes]
        rows.append({"group": group, "cells": row_cells, "aligned": sum(1 for cell in row_cells if cell)})
    for index, outcome in enumerate(outcomes):
        outcome.group_count = sum(1 for row in rows if row["cells"][index])
    indicators = list(
        Indicator.objects.filter(outcome__logic_model=model)
        .select_related("outcome")
        .prefetch_related(Prefetch("values", queryset=IndicatorValue.objects.order_by("period_end")))
        .order_by("outcome__term", "outcome__order", "order", "pk")
    )
    return Coverage(
        logic_model=model,
        outcomes=outcomes,
        rows=rows,
        uncovered=[outcome for outcome in outcomes if outcome.group_count == 0],
        indicators=indicators,
    )


# Participation map ---------------------------------------------------------------------------------------------


def participation_groups() -> QuerySet[WorkingGroup]:
    """The groups the participation map counts: those of the PDF reports' map (active and dormant), with seats,
    terms, holders and their organisations prefetched."""
    return WorkingGroup.objects.with_structure().filter(status__in=REPORTED_GROUP_STATUSES).order_by("name_en")


# The home page -------------------------------------------------------------------------------------------


def home_counts() -> dict[str, int]:
    """The live counts of the home page's cards."""
    return {
        "councils": Council.objects.count(),
        "groups": WorkingGroup.objects.filter(status=WorkingGroup.Status.ACTIVE).count(),
        "priorities": Priority.objects.exclude(status__in=Priority.NOT_CURRENT).count(),
        "people": Person.objects.count(),
    }


def home_cochaired_groups(user) -> QuerySet[WorkingGroup]:
    """Groups the user co-chairs today (the co-chair role and a current term: the predicate every page uses)."""
    return WorkingGroup.objects.filter(pk__in=cochaired_group_ids(user)).order_by("name")


def attention_numbers() -> dict[str, int]:
    """For the secretariat: active groups with no member co-chair, vacant seats of active groups, terms ending soon,
    and the co-chairs' proposed term changes waiting for a decision."""
    active = WorkingGroup.objects.filter(status=WorkingGroup.Status.ACTIVE)
    seats = seat_facts(active)
    return {
        "no_member_cochair": active.count() - seats.groups_with_member_cochair_or_unrecorded,
        "vacant_seats": seats.vacant_seats,
        "terms_ending_soon": seats.terms_ending_soon,
        "term_requests_pending": TermChangeRequest.objects.filter(state=TermChangeRequest.State.PENDING).count(),
    }
