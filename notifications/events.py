"""The kinds of message the portal sends. Each app registers its own; a message's text is a template per event.

An event has a subject (a translatable string whose %(name)s placeholders come from the context) and a body
template, ``notifications/email/<key>.txt``, rendered with the context, the recipient's name and the link.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Event:
    """One kind of message: its key, a label for people, and its subject line."""

    key: str
    label: Promise
    subject: Promise

    @property
    def template_name(self) -> str:
        return f"notifications/email/{self.key}.txt"


_EVENTS: dict[str, Event] = {}


def register(event: Event) -> Event:
    """Make an event known; registering the same key twice with a different definition is a programming error."""
    existing = _EVENTS.get(event.key)
    if existing is not None and existing != event:
        raise ValueError(f"Notification event {event.key!r} is already registered differently.")
    _EVENTS[event.key] = event
    return event


def get(key: str) -> Event:
    """The event of a key; an unknown key raises KeyError (a caller's mistake, not a user's)."""
    return _EVENTS[key]


def all_events() -> list[Event]:
    return list(_EVENTS.values())


# The events of the meetings, reporting and reports workflows.
UPDATE_SUBMITTED = register(
    Event("update_submitted", _("A status update is submitted"), _("Status update submitted: %(group)s, %(period)s"))
)
UPDATE_RETURNED = register(
    Event("update_returned", _("A status update is returned"), _("Status update returned for changes: %(group)s, %(period)s"))
)
UPDATE_APPROVED = register(
    Event("update_approved", _("A status update is approved"), _("Status update approved: %(group)s, %(period)s"))
)
PACK_READY = register(Event("pack_ready", _("A briefing pack is ready"), _("Briefing pack ready: %(meeting)s")))
PACK_REPLACED = register(Event("pack_replaced", _("A briefing pack is replaced"), _("Briefing pack updated: %(meeting)s")))
ACTION_ASSIGNED = register(Event("action_assigned", _("An action item is assigned"), _("Action item assigned: %(action)s")))
ACTION_DUE = register(Event("action_due", _("An action item is due within 7 days"), _("Action item due on %(due)s: %(action)s")))
REPORTING_DEADLINE = register(
    Event(
        "reporting_deadline",
        _("A reporting deadline is near"),
        _("Status update due by %(deadline)s for %(meeting)s: %(group)s"),
    )
)
# The events of ballots between meetings (voting) and of consultations.
BALLOT_REMINDER = register(
    Event("ballot_reminder", _("A ballot you have not voted on closes soon"), _("Reminder: a ballot closes on %(deadline)s"))
)
BALLOT_RESULT = register(Event("ballot_result", _("A ballot's result"), _("Result of the ballot: %(result)s")))
CONSULTATION_INVITATION = register(
    Event("consultation_invitation", _("An invitation to answer a consultation"), _("Consultation: %(title)s"))
)
CONSULTATION_REMINDER = register(
    Event("consultation_reminder", _("A reminder to answer a consultation"), _("Reminder: %(title)s"))
)
DIGEST = register(Event("digest", _("Daily digest"), _("Joint Councils portal: your daily digest")))
