"""Voters are written to through the portal's notifications: in their language, recorded, as each chose."""

import datetime

import pytest
from django.core import mail

from notifications.models import Notification, Preference
from notifications.services import preference_get
from tests.voting.conftest import NOW, make_member, new_ballot
from voting.models import Voter
from voting.services import ballots_sweep, voter_message_send

pytestmark = pytest.mark.django_db
CLOSES = NOW + datetime.timedelta(days=5)


def _prefer(person, *, language: str = "", delivery: str = Preference.Delivery.IMMEDIATE):
    preference = preference_get(user=person.user)
    preference.language, preference.delivery = language, delivery
    preference.save()


def _sweep(capture, now):
    with capture(execute=True):
        return ballots_sweep(now=now)


def test_a_voter_who_chose_french_gets_the_french_reminder_and_it_is_recorded(councils, django_capture_on_commit_callbacks):
    # The person's record says English; the language chosen in the portal wins.
    franco = make_member(councils["pssdc"], "Franco", language="en")
    _prefer(franco, language="fr")
    ballot = new_ballot(councils["pssdc"])

    assert _sweep(django_capture_on_commit_callbacks, CLOSES - datetime.timedelta(days=3))["reminders"] == 1

    [message] = mail.outbox
    assert message.to == ["franco@example.ca"]
    assert message.subject.startswith("Rappel : un scrutin se termine le ")
    assert "Vous n'avez pas encore voté à ce scrutin (CPSSP)" in message.body
    assert "Adopter le plan de travail 2026?" in message.body
    assert f"http://portal.test/fr/ballots/{ballot.pk}/" in message.body
    assert message.extra_headers["Content-Language"] == "fr"
    record = Notification.objects.get(email="franco@example.ca")
    assert (record.event, record.language, record.status, record.recipient) == ("ballot_reminder", "fr", "sent", franco.user)
    assert record.subject == message.subject and record.body == message.body and record.sent_at is not None
    assert Voter.objects.get(ballot=ballot, person=franco).reminded_3d_at is not None


def test_the_result_follows_each_voters_choice_and_the_reminder_reaches_everyone(councils, django_capture_on_commit_callbacks):
    quiet = make_member(councils["pssdc"], "Quiet")
    _prefer(quiet, delivery=Preference.Delivery.NONE)
    daily = make_member(councils["pssdc"], "Daily", language="fr")
    _prefer(daily, delivery=Preference.Delivery.DIGEST)
    new_ballot(councils["pssdc"])

    # The call to vote is the secretariat's: it arrives at once, whatever each chose.
    _sweep(django_capture_on_commit_callbacks, CLOSES - datetime.timedelta(days=3))
    assert sorted(m.to[0] for m in mail.outbox) == ["daily@example.ca", "quiet@example.ca"]
    mail.outbox.clear()

    _sweep(django_capture_on_commit_callbacks, CLOSES)
    # The result: not sent to the one who chose none (but recorded), kept for the other's digest.
    assert mail.outbox == []
    results = {n.email: n for n in Notification.objects.filter(event="ballot_result")}
    assert (results["quiet@example.ca"].delivery, results["quiet@example.ca"].status) == ("none", "skipped")
    assert (results["daily@example.ca"].delivery, results["daily@example.ca"].status) == ("digest", "pending")
    assert results["daily@example.ca"].subject == "Résultat du scrutin : pas de quorum"
    # Each voter is written to once: the job run again records nothing more.
    voter = Voter.objects.get(person=quiet)
    assert voter_message_send(voter_id=voter.pk, kind="result") is False
    assert Notification.objects.filter(event="ballot_result").count() == 2
