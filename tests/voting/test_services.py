"""Eligibility frozen at opening, changing a vote until the close and not after, votes received outside the portal,
the idempotent close (also after the job was down), the decision on the next meeting, reminders and the result message."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from councils.models import CouncilMembership
from meetings.models import AgendaItem, Decision, Meeting
from tests import factories
from tests.meetings.factories import AgendaItemFactory, MeetingFactory
from tests.voting.conftest import NOW, make_member, new_ballot
from voting.models import Ballot, Vote, Voter
from voting.services import BETWEEN_MEETINGS_TITLE, ballot_close, ballot_open, ballots_sweep, vote_cast, voter_message_send
from voting.tasks import sweep_ballots

pytestmark = pytest.mark.django_db
CLOSES = NOW + datetime.timedelta(days=5)


def names(ballot):
    return sorted(voter.person.given_name for voter in ballot.voters.all())


# Eligibility --------------------------------------------------------------------------------------


def test_voters_are_the_members_of_the_constituent_councils_on_the_opening_day(councils):
    opening = NOW.date()
    make_member(councils["pssdc"], "Current")
    make_member(councils["pscioc"], "Chair", role=CouncilMembership.Role.CO_CHAIR)
    make_member(councils["pssdc"], "Observer", role=CouncilMembership.Role.OBSERVER)
    make_member(councils["pssdc"], "Left", end=opening - datetime.timedelta(days=1))
    make_member(councils["pscioc"], "Later", start=opening + datetime.timedelta(days=1))
    make_member(councils["pssdc"], "Lastday", end=opening)
    make_member(councils["jc"], "Jcseat")  # the JC's own seats are not one of its two tallies

    ballot = new_ballot(councils["jc"])

    assert ballot.status == Ballot.Status.OPEN and ballot.eligibility_date == opening
    assert names(ballot) == ["Chair", "Current", "Lastday"]
    assert {v.person.given_name: v.council.code for v in ballot.voters.all()} == {
        "Chair": "pscioc",
        "Current": "pssdc",
        "Lastday": "pssdc",
    }


def test_a_single_council_ballot_takes_only_that_councils_members(councils):
    make_member(councils["pssdc"], "Mine")
    make_member(councils["pscioc"], "Other")
    assert names(new_ballot(councils["pssdc"])) == ["Mine"]


def test_the_voter_list_is_frozen_at_opening(councils):
    leaving = make_member(councils["pssdc"], "Leaving")
    ballot = new_ballot(councils["jc"], opens_in=datetime.timedelta(days=1))
    assert ballot.status == Ballot.Status.SCHEDULED and ballot.voters.count() == 0

    ballot_open(ballot=ballot, by=None, now=NOW + datetime.timedelta(days=1))
    make_member(councils["pssdc"], "Joined", start=NOW.date())
    CouncilMembership.objects.filter(person=leaving).update(end_date=NOW.date())
    ballot_open(ballot=ballot, by=None, now=NOW + datetime.timedelta(days=2))  # a second opening changes nothing

    assert names(ballot) == ["Leaving"]


def test_the_sweep_opens_a_scheduled_ballot_when_its_time_comes(councils):
    make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"], opens_in=datetime.timedelta(hours=2))
    assert ballots_sweep(now=NOW + datetime.timedelta(hours=1))["opened"] == 0
    assert ballots_sweep(now=NOW + datetime.timedelta(hours=3))["opened"] == 1
    ballot.refresh_from_db()
    assert ballot.is_open and names(ballot) == ["Anna"]


# Votes --------------------------------------------------------------------------------------------


def test_a_voter_changes_their_vote_before_the_close_and_history_keeps_both(councils):
    anna = make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"])
    vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.AGAINST, by=anna.user, now=NOW)
    vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.FOR, by=anna.user, now=NOW + datetime.timedelta(hours=1))

    vote = Vote.objects.get(ballot=ballot)
    assert Vote.objects.filter(ballot=ballot).count() == 1
    assert vote.choice == Vote.Choice.FOR and vote.cast_at == NOW + datetime.timedelta(hours=1)
    history = list(vote.history.order_by("history_date"))
    assert [(row.choice, row.history_user_id, row.history_change_reason) for row in history] == [
        ("against", anna.user.pk, "Vote cast in the portal."),
        ("for", anna.user.pk, "Vote changed in the portal."),
    ]


def test_a_vote_is_refused_after_the_close_even_before_the_job_has_run(councils):
    anna = make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"])
    vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.FOR, by=anna.user, now=NOW)

    with pytest.raises(ValidationError, match="closed"):
        vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.AGAINST, by=anna.user, now=CLOSES)
    ballot_close(ballot_id=ballot.pk, now=CLOSES)
    with pytest.raises(ValidationError, match="closed"):
        vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.AGAINST, by=anna.user, now=NOW)

    assert Vote.objects.get(ballot=ballot).choice == Vote.Choice.FOR


def test_only_people_on_the_voter_list_vote_and_only_for_themselves(councils):
    anna = make_member(councils["pssdc"], "Anna")
    bob = make_member(councils["pssdc"], "Bob")
    ballot = new_ballot(councils["pssdc"])
    late = make_member(councils["pssdc"], "Late", start=NOW.date())  # seated on the day, after the list was frozen
    with pytest.raises(ValidationError, match="voter list"):
        vote_cast(ballot=ballot, person=late, choice=Vote.Choice.FOR, by=late.user, now=NOW)
    with pytest.raises(ValidationError, match="only for themselves"):
        vote_cast(ballot=ballot, person=bob, choice=Vote.Choice.FOR, by=anna.user, now=NOW)
    assert not Vote.objects.exists()


def test_a_recusal_needs_a_reason(councils):
    anna = make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"])
    with pytest.raises(ValidationError):
        vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.RECUSE, recusal_reason="  ", by=anna.user, now=NOW)
    vote = vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.RECUSE, recusal_reason="Conflict.", by=anna.user, now=NOW)
    assert vote.recusal_reason == "Conflict."


def test_a_vote_received_by_telephone_keeps_its_provenance(councils, secretariat_user):
    anna = make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"])
    colleague = factories.UserFactory(username="colleague", first_name="Cole", last_name="League")
    with pytest.raises(ValidationError, match="confirmed"):
        vote_cast(
            ballot=ballot, person=anna, choice=Vote.Choice.FOR, received_via=Vote.Channel.TELEPHONE, by=secretariat_user, now=NOW
        )

    vote = vote_cast(
        ballot=ballot,
        person=anna,
        choice=Vote.Choice.FOR,
        received_via=Vote.Channel.TELEPHONE,
        confirmed_by=colleague,
        by=secretariat_user,
        now=NOW,
    )

    vote.refresh_from_db()
    assert vote.is_proxy_entry
    assert (vote.received_via, vote.entered_by, vote.confirmed_by) == ("telephone", secretariat_user, colleague)
    assert vote.history.get().history_change_reason == "Vote received by telephone, entered by the secretariat."
    # The member may still change it themselves; the vote then says it came through the portal.
    vote = vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.AGAINST, by=anna.user, now=NOW)
    assert (vote.received_via, vote.confirmed_by, vote.entered_by) == ("portal", None, anna.user)


def test_the_database_keeps_one_vote_per_voter_per_ballot(councils):
    from django.db import IntegrityError, transaction

    anna = make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"])
    vote = vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.FOR, by=anna.user, now=NOW)
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(ballot=ballot, voter=vote.voter, choice=Vote.Choice.AGAINST, cast_at=NOW)


# Closing ------------------------------------------------------------------------------------------


def test_the_close_is_idempotent_and_happens_even_after_the_job_was_down(councils):
    anna = make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"])
    vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.FOR, by=anna.user, now=NOW)
    MeetingFactory(council=councils["pssdc"], start=CLOSES + datetime.timedelta(days=30), status=Meeting.Status.PLANNED)
    assert ballots_sweep(now=CLOSES - datetime.timedelta(minutes=1))["closed"] == 0

    # The job was down for a week past the deadline; its first run closes the ballot at once.
    first = ballots_sweep(now=CLOSES + datetime.timedelta(days=7))
    second = ballots_sweep(now=CLOSES + datetime.timedelta(days=7, minutes=1))

    assert (first["closed"], second["closed"]) == (1, 0)
    ballot.refresh_from_db()
    assert ballot.is_closed and ballot.result == Ballot.Result.CARRIED
    assert ballot.closed_at == CLOSES + datetime.timedelta(days=7)
    assert Decision.objects.count() == 1
    assert ballot.history.filter(history_change_reason__startswith="Ballot closed").count() == 1
    # A direct second close changes nothing either.
    assert ballot_close(ballot_id=ballot.pk, now=CLOSES + datetime.timedelta(days=9)).closed_at == ballot.closed_at


def test_the_periodic_task_closes_a_ballot_whose_deadline_passed(councils, settings):
    make_member(councils["pssdc"], "Anna")
    ballot = Ballot.objects.get(pk=new_ballot(councils["pssdc"], now=timezone.now() - datetime.timedelta(days=10), days=2).pk)
    assert ballot.is_open

    result = sweep_ballots.apply().get()

    ballot.refresh_from_db()
    assert result["closed"] == 1 and ballot.is_closed and ballot.result == Ballot.Result.NO_QUORUM


def test_the_decision_goes_on_the_next_meeting_under_a_new_between_meetings_item(councils):
    anna = make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"])
    vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.FOR, by=anna.user, now=NOW)
    MeetingFactory(council=councils["pssdc"], start=NOW - datetime.timedelta(days=30))  # before: not this one
    MeetingFactory(council=councils["pssdc"], start=CLOSES + datetime.timedelta(days=60), status=Meeting.Status.PLANNED)
    MeetingFactory(council=councils["pssdc"], start=CLOSES + datetime.timedelta(days=5), status=Meeting.Status.CANCELLED)
    nxt = MeetingFactory(council=councils["pssdc"], start=CLOSES + datetime.timedelta(days=20), status=Meeting.Status.PLANNED)
    MeetingFactory(council=councils["jc"], start=CLOSES + datetime.timedelta(days=10))  # another council's
    AgendaItemFactory(meeting=nxt, order=1)

    ballot = ballot_close(ballot_id=ballot.pk, now=CLOSES)

    decision = ballot.decision
    assert decision.meeting == nxt and decision.ballot == ballot
    assert decision.result == Decision.Result.APPROVED and decision.decided_on == CLOSES.date()
    assert (decision.votes_for, decision.votes_against, decision.abstentions) == (1, 0, 0)
    assert decision.agenda_item.title_en == BETWEEN_MEETINGS_TITLE["en"]
    assert decision.agenda_item.title_fr == BETWEEN_MEETINGS_TITLE["fr"]
    assert decision.agenda_item.order == 2
    assert "Adopt the 2026 work plan?" in decision.text_en and "PSSDC: 1 for, 0 against" in decision.text_en
    assert "Adopter le plan de travail 2026?" in decision.text_fr and "CPSSP : 1 pour" in decision.text_fr


def test_an_existing_between_meetings_item_is_reused(councils):
    make_member(councils["pssdc"], "Anna")
    first = new_ballot(councils["pssdc"])
    second = new_ballot(councils["pssdc"])
    nxt = MeetingFactory(council=councils["pssdc"], start=CLOSES + datetime.timedelta(days=20))
    AgendaItemFactory(meeting=nxt, title_en="Other", title_fr="Décisions prises entre les réunions")

    ballot_close(ballot_id=first.pk, now=CLOSES)
    ballot_close(ballot_id=second.pk, now=CLOSES)

    assert AgendaItem.objects.filter(meeting=nxt).count() == 1
    assert Decision.objects.filter(meeting=nxt, agenda_item__title_en="Other").count() == 2


def test_without_a_next_meeting_the_decision_is_filed_when_one_is_planned(councils):
    make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"])
    ballots_sweep(now=CLOSES)
    ballot.refresh_from_db()
    assert ballot.is_closed and ballot.decision is None

    meeting = MeetingFactory(council=councils["pssdc"], start=CLOSES + datetime.timedelta(days=40))
    assert ballots_sweep(now=CLOSES + datetime.timedelta(days=1))["filed"] == 1
    assert ballots_sweep(now=CLOSES + datetime.timedelta(days=2))["filed"] == 0
    ballot.refresh_from_db()
    assert ballot.decision.meeting == meeting and ballot.decision.result == Decision.Result.NOT_APPROVED
    assert "no quorum" in ballot.decision.text_en


# Messages -----------------------------------------------------------------------------------------


def test_reminders_go_to_non_voters_three_days_and_one_day_before_once_in_their_language(
    councils, django_capture_on_commit_callbacks
):
    voted = make_member(councils["pssdc"], "Voted")
    make_member(councils["pssdc"], "Anglo")
    make_member(councils["pscioc"], "Franco", language="fr")
    ballot = new_ballot(councils["jc"])
    vote_cast(ballot=ballot, person=voted, choice=Vote.Choice.FOR, by=voted.user, now=NOW)

    # Each run of the job commits; the messages go out after it.
    for days, expected in ((4, 0), (3, 2), (2, 0)):
        with django_capture_on_commit_callbacks(execute=True):
            assert ballots_sweep(now=CLOSES - datetime.timedelta(days=days))["reminders"] == expected
    assert sorted(m.to[0] for m in mail.outbox) == ["anglo@example.ca", "franco@example.ca"]
    french = next(m for m in mail.outbox if m.to == ["franco@example.ca"])
    assert french.subject.startswith("Rappel") and "Adopter le plan de travail 2026?" in french.body
    english = next(m for m in mail.outbox if m.to == ["anglo@example.ca"])
    assert english.subject.startswith("Reminder") and f"/en/ballots/{ballot.pk}/" in english.body

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert ballots_sweep(now=CLOSES - datetime.timedelta(hours=20))["reminders"] == 2
    assert len(mail.outbox) == 2
    # The job that sends a message is safe to run twice.
    voter = Voter.objects.get(ballot=ballot, person__given_name="Anglo")
    assert voter_message_send(voter_id=voter.pk, kind="reminder_1d", now=NOW) is False
    assert len(mail.outbox) == 2


def test_every_voter_gets_the_result_once(councils, django_capture_on_commit_callbacks):
    make_member(councils["pssdc"], "Anna")
    make_member(councils["pssdc"], "Zoe", language="fr")
    ballot = new_ballot(councils["pssdc"])
    with django_capture_on_commit_callbacks(execute=True):
        ballots_sweep(now=CLOSES)
    with django_capture_on_commit_callbacks(execute=True):
        ballots_sweep(now=CLOSES + datetime.timedelta(minutes=1))
    assert sorted(m.subject for m in mail.outbox) == ["Result of the ballot: no quorum", "Résultat du scrutin : pas de quorum"]
    voter = Voter.objects.get(ballot=ballot, person__given_name="Anna")
    assert voter_message_send(voter_id=voter.pk, kind="result") is False
    assert len(mail.outbox) == 2
