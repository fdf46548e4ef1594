"""The member's hub on the home page: the next meeting of each of their councils, their open action items, the last
meeting's decisions, and what changed since their last visit. A fixed number of queries.

The briefing packs (reports, a floor above) are added by the template, with reports_tags' attach_packs and
packs_since, in two queries for all the meetings shown."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from councils.models import Council, CouncilMembership
from jointcouncils.models import current_q
from meetings.models import ActionItem, AgendaItem, Decision, Meeting
from workinggroups.models import StatusUpdate
from workinggroups.rules import cochaired_group_ids

from .selectors import next_meetings

CHANGES_SHOWN = 10


@dataclass
class Changes:
    """What changed in the user's part of the record since a moment (their previous visit)."""

    since: datetime.datetime
    meetings: list = field(default_factory=list)
    decisions: list = field(default_factory=list)
    approved_updates: list = field(default_factory=list)
    action_items: list = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.meetings or self.decisions or self.approved_updates or self.action_items)


@dataclass
class Hub:
    """Everything the member's home page shows."""

    councils: list
    council_ids: list
    linked: bool
    next_meetings: list
    action_items: list
    last_meeting: Meeting | None
    last_decisions: list
    changes: Changes | None


def _person(user):
    try:
        return user.person
    except Exception:  # noqa: BLE001 - no person linked to the account
        return None


def user_council_ids(user) -> tuple[list[int], bool]:
    """The councils of the user's current seats, with the joint bodies those councils meet in; every council when
    the account has no seat in the record (the second value says which)."""
    person = _person(user)
    own = []
    if person is not None:
        own = list(CouncilMembership.objects.filter(current_q(), person=person).values_list("council_id", flat=True).distinct())
    if not own:
        return list(Council.objects.values_list("pk", flat=True)), False
    joint = Council.objects.filter(constituent_councils__in=own).values_list("pk", flat=True)
    return sorted(set(own) | set(joint)), True


def member_hub(user, *, language: str, since: datetime.datetime | None, now: datetime.datetime | None = None) -> Hub:
    """The hub of one user, in the language given (the pack of that language comes first)."""
    now = now or timezone.now()
    council_ids, linked = user_council_ids(user)
    councils = list(Council.objects.filter(pk__in=council_ids).order_by("code"))
    upcoming = sorted(next_meetings(council_ids, now).values(), key=lambda meeting: (meeting.start, meeting.pk))
    titles: dict[int, list[str]] = {}
    for item in AgendaItem.objects.filter(meeting__in=[m.pk for m in upcoming]).order_by("meeting_id", "order", "pk"):
        titles.setdefault(item.meeting_id, []).append(item.title)
    for meeting in upcoming:
        meeting.agenda_titles = titles.get(meeting.pk, [])

    person = _person(user)
    group_ids = cochaired_group_ids(user)
    owned = Q(owner_group_id__in=group_ids)
    if person is not None:
        owned |= Q(owner_person=person)
    action_items = list(
        ActionItem.objects.open()
        .filter(owned)
        .select_related("meeting__council", "owner_person", "owner_group", "owner_council")
        .order_by("due_date", "pk")
    )

    last_meeting = (
        Meeting.objects.filter(council_id__in=council_ids, start__lte=now)
        .exclude(status=Meeting.Status.CANCELLED)
        .select_related("council")
        .order_by("-start", "-pk")
        .first()
    )
    last_decisions = list(Decision.objects.filter(meeting=last_meeting).order_by("decided_on", "pk")) if last_meeting else []

    changes = None
    if since is not None:
        changes = Changes(
            since=since,
            meetings=list(
                Meeting.objects.filter(council_id__in=council_ids, updated_at__gt=since)
                .select_related("council")
                .order_by("-updated_at")[:CHANGES_SHOWN]
            ),
            decisions=list(
                Decision.objects.filter(meeting__council_id__in=council_ids, created_at__gt=since)
                .select_related("meeting__council")
                .order_by("-created_at")[:CHANGES_SHOWN]
            ),
            approved_updates=list(
                StatusUpdate.objects.filter(state=StatusUpdate.State.APPROVED, approved_at__gt=since)
                .select_related("working_group")
                .order_by("-approved_at")[:CHANGES_SHOWN]
            ),
            action_items=[item for item in action_items if item.created_at > since][:CHANGES_SHOWN],
        )
    return Hub(
        councils=councils,
        council_ids=council_ids,
        linked=linked,
        next_meetings=upcoming,
        action_items=action_items,
        last_meeting=last_meeting,
        last_decisions=last_decisions,
        changes=changes,
    )
