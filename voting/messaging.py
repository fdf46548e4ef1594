"""Messages to voters: what they say (in the voter's language) and the one function that sends them.

message_send is the only place a message leaves the portal: when the portal's notifications exist, it becomes a
call to their service.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _


def message_send(*, person, subject: str, body: str) -> None:
    """Send one message to one person (e-mail through Django's mail API)."""
    address = person.email or getattr(getattr(person, "user", None), "email", "")
    if address:
        send_mail(subject, body, None, [address])


def _language(person) -> str:
    return person.preferred_language if person.preferred_language in {"en", "fr"} else settings.LANGUAGE_CODE


def compose(*, voter, kind: str) -> dict:
    """The subject and body of a reminder or a result message, in the voter's preferred language."""
    ballot = voter.ballot
    language = _language(voter.person)
    with translation.override(language):
        url = settings.PORTAL_URL.rstrip("/") + reverse("voting:detail", args=[ballot.pk])
        question = getattr(ballot, f"question_{language}") or ballot.question_en
        deadline = formats.date_format(timezone.localtime(ballot.closes_at), "DATETIME_FORMAT")
        if kind == "result":
            subject = _("Result of the ballot: %(result)s") % {"result": ballot.get_result_display()}
            body = _(
                "The ballot has closed.\n\nQuestion: %(question)s\nResult: %(result)s\n\n"
                "The record of the vote is on the ballot's page: %(url)s"
            ) % {"question": question, "result": ballot.get_result_display(), "url": url}
        else:
            subject = _("Reminder: a ballot closes on %(deadline)s") % {"deadline": deadline}
            body = _(
                "You have not voted yet on this ballot, which closes on %(deadline)s.\n\nQuestion: %(question)s\n\n"
                "Vote on the ballot's page: %(url)s"
            ) % {"question": question, "deadline": deadline, "url": url}
    return {"subject": subject, "body": body}


def enqueue(voter_ids: list[int], kind: str) -> None:
    """Queue one message job per voter once the current transaction is committed."""
    from .tasks import send_voter_message

    for voter_id in voter_ids:
        transaction.on_commit(lambda voter_id=voter_id: send_voter_message.delay(voter_id, kind))
