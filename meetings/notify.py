"""Who is told what about meetings: packs (called by reports), action items assigned or falling due, and the
reporting deadline's reminders. Each function calls notifications.services.notification_send."""

import datetime

from django.urls import reverse
from django.utils import timezone

from councils.models import Council, CouncilMembership, Person
from jointcouncils.models import current_q
from notifications import events
from notifications.services import notification_send, recipients_of
from workinggroups.models import CochairTerm, WorkingGroup

from .models import ActionItem, Meeting

DUE_SOON_DAYS = 7
DEADLINE_REMINDER_DAYS = (14, 3)


def council_people(council: Council, *, roles: tuple[str, ...] | None = None, on: datetime.date | None = None) -> list[Person]:
    """People with a current seat on the council (or, for a joint body, on it or one of its councils)."""
    councils = [council.pk, *council.constituent_councils.values_list("pk", flat=True)]
    memberships = CouncilMembership.objects.filter(current_q(on=on), council_id__in=councils)
    if roles:
        memberships = memberships.filter(role__in=roles)
    return list(Person.objects.filter(pk__in=memberships.values("person_id")).select_related("user__preference", "user__person"))


def group_cochairs(group: WorkingGroup, on: datetime.date | None = None) -> list[Person]:
    """The people holding the group's co-chair seats today (seats held by an unnamed organisation have nobody)."""
    terms = CochairTerm.objects.filter(current_q(on=on), seat__working_group=group, person__isnull=False)
    return list(Person.objects.filter(pk__in=terms.values("person_id")).select_related("user__preference", "user__person"))


def action_item_contacts(item: ActionItem) -> list[Person]:
    """Whom to tell about an action item: its owner; a group's co-chairs; a council's co-chairs."""
    if item.owner_person_id:
        return [item.owner_person]
    if item.owner_group_id:
        return group_cochairs(item.owner_group)
    if item.owner_council_id:
        return council_people(item.owner_council, roles=(CouncilMembership.Role.CO_CHAIR,))
    # Any other kind of owner (an organisation) has no contact person in the record: nobody to write to.
    return []


def _owner_key(item: ActionItem) -> str:
    if item.owner_person_id:
        return f"person-{item.owner_person_id}"
    if item.owner_group_id:
        return f"group-{item.owner_group_id}"
    if item.owner_council_id:
        return f"council-{item.owner_council_id}"
    return f"other-{item.owner}"


def action_item_notify_assigned(*, item: ActionItem) -> list:
    """Tell the owner's contacts that an action item is theirs; once per item and owner (re-saving sends nothing)."""
    if not item.is_open:
        return []
    return notification_send(
        recipients=action_item_contacts(item),
        event=events.ACTION_ASSIGNED.key,
        context={"action": item, "meeting": item.meeting, "owner": item.owner, "due": item.due_date or ""},
        url=reverse("meetings:detail", args=[item.meeting_id]) + "#action-items-heading",
        dedupe_key=f"{item.pk}:{_owner_key(item)}",
    )


def action_items_remind_due(*, today: datetime.date | None = None) -> int:
    """Remind the contacts of each open action item due within 7 days; once per item and due date."""
    today = today or timezone.localdate()
    items = (
        ActionItem.objects.open()
        .filter(due_date__gte=today, due_date__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))
        .select_related("meeting__council", "owner_person__user", "owner_group", "owner_council")
    )
    sent = 0
    for item in items:
        sent += len(
            notification_send(
                recipients=action_item_contacts(item),
                event=events.ACTION_DUE.key,
                context={"action": item, "meeting": item.meeting, "owner": item.owner, "due": item.due_date},
                url=reverse("meetings:detail", args=[item.meeting_id]) + "#action-items-heading",
                dedupe_key=f"{item.pk}:{item.due_date.isoformat()}",
            )
        )
    return sent


def meeting_remind_reporting_deadline(*, meeting: Meeting, today: datetime.date | None = None) -> int:
    """14 and 3 days before the meeting's reporting deadline, remind the co-chairs of groups without an update.

    A run that missed the 14-day mark sends the 14-day reminder late (until the 3-day mark); each is sent once.
    """
    today = today or timezone.localdate()
    if meeting.reporting_deadline is None or meeting.status == Meeting.Status.CANCELLED:
        return 0
    days_left = (meeting.reporting_deadline - today).days
    if days_left < 0:
        return 0
    due = [mark for mark in DEADLINE_REMINDER_DAYS if days_left <= mark]
    if not due:
        return 0
    mark = min(due)
    sent = 0
    for group in meeting.groups_without_update():
        sent += len(
            notification_send(
                recipients=group_cochairs(group, on=today),
                event=events.REPORTING_DEADLINE.key,
                context={
                    "meeting": meeting,
                    "group": group,
                    "deadline": meeting.reporting_deadline,
                    "days_left": days_left,
                },
                url=reverse("reporting:my_updates"),
                # The secretariat's call for updates: sent even to those who chose no messages.
                mandatory=True,
                dedupe_key=f"{meeting.pk}:{group.pk}:{meeting.reporting_deadline.isoformat()}:{mark}",
            )
        )
    return sent


def reporting_deadlines_remind(*, today: datetime.date | None = None) -> int:
    """Every meeting whose reporting deadline is within 14 days: its reminders."""
    today = today or timezone.localdate()
    meetings = Meeting.objects.filter(
        reporting_deadline__gte=today,
        reporting_deadline__lte=today + datetime.timedelta(days=max(DEADLINE_REMINDER_DAYS)),
    ).select_related("council")
    return sum(meeting_remind_reporting_deadline(meeting=meeting, today=today) for meeting in meetings)


def meeting_notify_pack(*, meeting: Meeting, language: str, replaced: bool) -> list:
    """Tell the members of the meeting's council who read the language that its briefing pack is ready (or new)."""
    people = council_people(meeting.council)
    recipients = [recipient for recipient in recipients_of(people) if recipient.language == language]
    event = events.PACK_REPLACED if replaced else events.PACK_READY
    return notification_send(
        recipients=recipients,
        event=event.key,
        context={"meeting": meeting, "date": meeting.date},
        url=reverse("meetings:detail", args=[meeting.pk]),
    )
