"""Reads of working groups for the portal's pages: derived facts in SQL, and what each page shows.

The SQL annotations mirror the model properties (WorkingGroup.member_cochair_count, vacant_seats,
CochairTerm.is_member_cochair, Person.is_council_member_between), so that a filter and the row it returns agree.
"""

import datetime
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.db.models.lookups import IsNull
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import CouncilMembership
from jointcouncils import roles
from jointcouncils.history_view import history_rows, merged_history_rows
from jointcouncils.models import current_q

from .filters import Alignment, WorkingGroupFilterSet
from .models import (
    TERM_ENDING_SOON_DAYS,
    CochairSeat,
    CochairTerm,
    Milestone,
    ReportingLine,
    StatusUpdate,
    TermChangeRequest,
    WorkingGroup,
    WorkingGroupMember,
)

LIST_PAGE_SIZE = 25


def current_terms(day: datetime.date) -> QuerySet:
    """Co-chair terms that cover the day."""
    return CochairTerm.objects.filter(current_q(on=day))


def member_cochair_terms() -> QuerySet:
    """Terms whose holder sits on a council over the term's dates (CochairTerm.is_member_cochair in SQL).

    A named person: a council membership, other than observer, overlapping the term. No named person: the
    source's attestation.
    """
    overlapping_membership = CouncilMembership.objects.filter(
        ~Q(role=CouncilMembership.Role.OBSERVER),
        Q(start_date__isnull=True) | IsNull(OuterRef("end_date"), True) | Q(start_date__lte=OuterRef("end_date")),
        Q(end_date__isnull=True) | IsNull(OuterRef("start_date"), True) | Q(end_date__gte=OuterRef("start_date")),
        person=OuterRef("person"),
    )
    return CochairTerm.objects.filter(
        Q(Exists(overlapping_membership), person__isnull=False) | Q(person__isnull=True, council_member_attested=True)
    )


def _seats_with_current_term(day: datetime.date) -> QuerySet:
    """Seats annotated with the id of the term that holds them on the day (the newest, as CochairSeat.current_term)."""
    holding_term = current_terms(day).filter(seat=OuterRef("pk")).order_by("-start_date").values("pk")[:1]
    return CochairSeat.objects.annotate(current_term_id=Subquery(holding_term))


def _count_per_group(seats: QuerySet) -> Coalesce:
    counted = seats.filter(working_group=OuterRef("pk")).order_by().values("working_group").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_derived_facts(queryset: QuerySet, day: datetime.date | None = None) -> QuerySet:
    """Annotate groups with member_cochairs (int), member_unknown_count (int: terms whose membership the sources do
    not give), vacant_seat_count (int), has_vacant_seat and lacks_member_cochair (bool), in SQL."""
    day = day or timezone.localdate()
    seats = _seats_with_current_term(day)
    member_seats = seats.filter(Exists(member_cochair_terms().filter(pk=OuterRef("current_term_id"))))
    vacant_seats = seats.filter(current_term_id__isnull=True)
    # Seats whose holder the sources do not name and whose council membership they do not give either.
    unknown_terms = CochairTerm.objects.filter(
        pk=OuterRef("current_term_id"), person__isnull=True, council_member_attested__isnull=True
    )
    unknown_seats = seats.filter(Exists(unknown_terms))
    return queryset.annotate(
        member_cochairs=_count_per_group(member_seats),
        member_unknown_count=_count_per_group(unknown_seats),
        vacant_seat_count=_count_per_group(vacant_seats),
    ).annotate(
        has_vacant_seat=Q(vacant_seat_count__gt=0),
        lacks_member_cochair=Q(member_cochairs=0, member_unknown_count=0),
    )


@dataclass(frozen=True)
class SeatFacts:
    """Co-chair facts of a set of groups, counted over each seat's current term (the newest that covers the day)."""

    # Groups with a member co-chair, or with a holder whose membership the sources do not give (not "lacking" then).
    groups_with_member_cochair_or_unrecorded: int
    vacant_seats: int
    groups_with_vacant_seat: int
    terms_ending_soon: int


def seat_facts(groups: QuerySet, day: datetime.date | None = None, days: int = TERM_ENDING_SOON_DAYS) -> SeatFacts:
    """The co-chair facts of the groups in one query: each seat joined to its current term, found once for all seats
    by DISTINCT ON (seat) instead of a correlated sub-plan per seat (with_derived_facts, which the list's filters
    need row by row). The same definitions as with_derived_facts and the model properties (vacant_seats,
    needs_member_cochair, terms_ending_soon)."""
    day = day or timezone.localdate()
    if connection.vendor != "postgresql":
        return _seat_facts_portable(groups, day, days)
    holding = _holding_terms(day).distinct("seat_id")
    holding_sql, holding_params = holding.query.sql_with_params()
    active_groups = groups.order_by().values("pk")
    seats = CochairSeat.objects.filter(working_group__in=active_groups).order_by().values("pk", "working_group_id")
    seats_sql, seats_params = seats.query.sql_with_params()
    sql = f"""
        SELECT
            COUNT(DISTINCT seat.working_group_id) FILTER (WHERE term.is_member OR term.member_unrecorded),
            COUNT(*) FILTER (WHERE term.seat_id IS NULL),
            COUNT(DISTINCT seat.working_group_id) FILTER (WHERE term.seat_id IS NULL),
            COUNT(*) FILTER (WHERE term.end_date BETWEEN %s AND %s)
        FROM ({seats_sql}) AS seat
        LEFT JOIN ({holding_sql}) AS term ON term.seat_id = seat.pk
    """  # noqa: S608 (both subqueries are the ORM's, with their parameters)
    with connection.cursor() as cursor:
        # Parameters in the order of their placeholders: the SELECT list's dates, then the seats, then the terms.
        cursor.execute(sql, (day, day + datetime.timedelta(days=days), *seats_params, *holding_params))
        row = cursor.fetchone()
    return SeatFacts(*(value or 0 for value in row))


def _holding_terms(day: datetime.date) -> QuerySet:
    """Current terms, newest first within each seat, with what seat_facts counts of each."""
    return (
        current_terms(day)
        .order_by("seat_id", "-start_date")
        .annotate(
            is_member=Exists(member_cochair_terms().filter(pk=OuterRef("pk"))),
            member_unrecorded=Q(person__isnull=True, council_member_attested__isnull=True),
        )
        .values("seat_id", "is_member", "member_unrecorded", "end_date")
    )


def _seat_facts_portable(groups: QuerySet, day: datetime.date, days: int) -> SeatFacts:
    """seat_facts where DISTINCT ON does not exist (SQLite, the `make run` database): the same definitions, the
    newest current term of each seat picked in Python, in two queries."""
    active_groups = groups.order_by().values("pk")
    holding = {}
    for term in _holding_terms(day).filter(seat__working_group__in=active_groups):
        holding.setdefault(term["seat_id"], term)
    seats = list(CochairSeat.objects.filter(working_group__in=active_groups).values_list("pk", "working_group_id"))
    vacant = [(pk, group) for pk, group in seats if pk not in holding]
    ending_until = day + datetime.timedelta(days=days)
    return SeatFacts(
        groups_with_member_cochair_or_unrecorded=len(
            {group for pk, group in seats if pk in holding and (holding[pk]["is_member"] or holding[pk]["member_unrecorded"])}
        ),
        vacant_seats=len(vacant),
        groups_with_vacant_seat=len({group for _pk, group in vacant}),
        terms_ending_soon=sum(
            1
            for pk, _group in seats
            if pk in holding and holding[pk]["end_date"] and day <= holding[pk]["end_date"] <= ending_until
        ),
    )


def workinggroup_filterset(*, user, data: QueryDict | dict | None) -> WorkingGroupFilterSet:
    """The list page's filters, bound to the GET data, over the groups the user may read."""
    queryset = with_derived_facts(WorkingGroup.objects.visible_to(user)).with_structure().order_by("name", "pk")
    return WorkingGroupFilterSet(data or None, queryset=queryset)


def workinggroup_list(*, user, filters: QueryDict | dict | None = None) -> QuerySet:
    """Groups the user may read, filtered, with derived facts and everything the list shows prefetched."""
    return workinggroup_filterset(user=user, data=filters).qs


def workinggroup_detail(*, slug: str) -> WorkingGroup:
    """One group with its structure and members prefetched (the permission check is the view's)."""
    queryset = with_derived_facts(WorkingGroup.objects.all()).with_structure()
    queryset = queryset.prefetch_related(
        Prefetch(
            "members",
            queryset=WorkingGroupMember.objects.select_related("person__organisation", "on_behalf_of").order_by(
                "person__family_name", "person__given_name"
            ),
        )
    )
    return get_object_or_404(queryset, slug=slug)


@dataclass
class SeatRow:
    """One line of the seats and terms table: a term of a seat, or a seat with no current holder."""

    seat: CochairSeat
    term: CochairTerm | None
    is_current: bool = False
    is_member_cochair: bool = False
    ends_soon: bool = False
    can_end: bool = False


def workinggroup_seat_rows(group: WorkingGroup, day: datetime.date | None = None) -> list[SeatRow]:
    """Seats in order; for each, "vacant" when no term covers today, then its terms, newest first (prefetched)."""
    day = day or timezone.localdate()
    rows = []
    for seat in group.seats.all():
        holder = seat.current_term(day)
        if holder is None:
            rows.append(SeatRow(seat=seat, term=None))
        for term in seat.terms.all():
            is_current = term is holder
            rows.append(
                SeatRow(
                    seat=seat,
                    term=term,
                    is_current=is_current,
                    is_member_cochair=term.is_member_cochair,
                    ends_soon=is_current and term.ends_within(TERM_ENDING_SOON_DAYS, day),
                    # A term can be ended while it has no end, or ends later than today.
                    can_end=term.end_date is None or term.end_date > day,
                )
            )
    return rows


def workinggroup_alignments(group: WorkingGroup) -> list[Alignment]:
    """The group's alignment to logic-model outcomes and priorities, with engagement levels."""
    return list(
        Alignment.objects.filter(working_group=group)
        .select_related("logic_model", "outcome", "priority", "engagement_level")
        .order_by("-logic_model__adopted_on", "outcome__term", "outcome__order", "priority__order", "pk")
    )


def workinggroup_history(group: WorkingGroup) -> list[dict]:
    """The group's change history with that of its seats, terms, reporting lines and members, newest first."""
    seat_ids = CochairSeat.history.filter(working_group_id=group.pk).values("id")
    return merged_history_rows(
        (_("working group"), group.history.all()),
        (_("co-chair seat"), CochairSeat.history.filter(working_group_id=group.pk)),
        (_("co-chair term"), CochairTerm.history.filter(seat_id__in=seat_ids)),
        (_("reporting line"), ReportingLine.history.filter(working_group_id=group.pk)),
        (_("member"), WorkingGroupMember.history.filter(working_group_id=group.pk)),
    )


# What the reports and dashboards read of each group ----------------------------------------------------------------


def latest_approved_prefetch(*, started_by: datetime.date | None = None) -> Prefetch:
    """Prefetch each group's latest approved update (of a period started by the day, when given); read it with
    latest_approved."""
    return Prefetch(
        "status_updates",
        queryset=StatusUpdate.objects.latest_approved_per_group(started_by=started_by),
        to_attr="latest_approved_updates",
    )


def latest_approved(group: WorkingGroup) -> StatusUpdate | None:
    """The group's latest approved update, as latest_approved_prefetch fetched it, or None."""
    updates = group.latest_approved_updates
    return updates[0] if updates else None


def active_groups(*, on_date: datetime.date | None = None) -> QuerySet[WorkingGroup]:
    """Active and dormant groups (those the reports list), with their structure, milestones and latest approved
    update as of the day."""
    return (
        WorkingGroup.objects.with_structure()
        .filter(status__in=[WorkingGroup.Status.ACTIVE, WorkingGroup.Status.DORMANT])
        .prefetch_related(
            Prefetch("milestones", queryset=Milestone.objects.order_by("due_date", "pk")),
            latest_approved_prefetch(started_by=on_date),
        )
        .order_by("name_en")
    )


def next_milestone(group: WorkingGroup, on_date: datetime.date | None) -> Milestone | None:
    """The group's next open milestone due on or after the day (or undated), else its oldest overdue one."""
    for milestone in group.milestones.all():
        if milestone.is_open and (milestone.due_date is None or on_date is None or milestone.due_date >= on_date):
            return milestone
    overdue = [m for m in group.milestones.all() if m.is_open]
    return overdue[0] if overdue else None


# Term change requests -------------------------------------------------------------------------------------------


def termchangerequest_for_page() -> QuerySet[TermChangeRequest]:
    """Requests with what their pages and lists show."""
    return TermChangeRequest.objects.select_related(
        "working_group",
        "seat",
        "term__person",
        "term__organisation",
        "proposed_person",
        "requested_by",
        "decided_by",
    )


def termchangerequest_pending(*, group: WorkingGroup | None = None) -> list[TermChangeRequest]:
    """Pending requests, the longest waiting first (of one group, or of all)."""
    pending = termchangerequest_for_page().filter(state=TermChangeRequest.State.PENDING).order_by("created_at", "pk")
    if group is not None:
        pending = pending.filter(working_group=group)
    return list(pending)


def termchangerequest_lists(user) -> dict:
    """The queue page: the secretariat's pending and recently decided requests; a co-chair's own requests."""
    if roles.is_secretariat(user):
        decided = termchangerequest_for_page().exclude(state=TermChangeRequest.State.PENDING).order_by("-decided_at", "-pk")
        return {"pending": termchangerequest_pending(), "decided": list(decided[:50]), "mine": None}
    mine = termchangerequest_for_page().filter(requested_by=user).order_by("-created_at", "-pk")
    return {"pending": None, "decided": None, "mine": list(mine)}


def termchangerequest_history(request: TermChangeRequest) -> list[dict]:
    """The request's history, newest first: who proposed it, who decided, and why."""
    return history_rows(TermChangeRequest.history.filter(id=request.pk))
