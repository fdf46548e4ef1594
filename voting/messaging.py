"""Messages to voters (a reminder to vote, the result), written by notifications.services.notification_send.

notification_send writes each message in the voter's language (their account's choice, else their person's
preferred language), honours their choice of messages, records the message and hands it to the mail task.
"""

from django.db import transaction
from django.urls import reverse

from notifications import events
from notifications.services import FieldText, notification_send

# The secretariat's call to vote before the close reaches every voter who has not voted, whatever they chose (as
# the reporting deadline's reminders do); the result follows each voter's choice (at once, in the digest, none).
KINDS = {
    "reminder_3d": (events.BALLOT_REMINDER, True),
    "reminder_1d": (events.BALLOT_REMINDER, True),
    "result": (events.BALLOT_RESULT, False),
}


def voter_notify(*, voter, kind: str) -> list:
    """Record one reminder or result message to one voter (sent once the caller's transaction commits)."""
    event, mandatory = KINDS[kind]
    ballot = voter.ballot
    return notification_send(
        recipients=[voter.person],
        event=event.key,
        context={
            "council": ballot.council,
            "question": FieldText(ballot, "question"),
            # The label is translated when the message is written, in the voter's language.
            "result": ballot.Result(ballot.result).label if ballot.result else "",
            "deadline": ballot.closes_at,
        },
        url=reverse("voting:detail", args=[ballot.pk]),
        mandatory=mandatory,
        dedupe_key=f"ballot-{ballot.pk}:voter-{voter.pk}:{kind}",
    )


def enqueue(voter_ids: list[int], kind: str) -> None:
    """Queue one message job per voter once the current transaction is committed."""
    from .tasks import send_voter_message

    for voter_id in voter_ids:
        transaction.on_commit(lambda voter_id=voter_id: send_voter_message.delay(voter_id, kind))
