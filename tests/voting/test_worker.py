"""A real Celery worker (on Redis, seeing the test database) runs the sweep: a ballot whose deadline passed while
no job ran is closed, its decision filed, and each voter's result message sent once."""

import datetime
import time

import pytest
from django.utils import timezone

from meetings.models import Decision, Meeting
from notifications.models import Notification
from tests.meetings.factories import MeetingFactory
from tests.test_celery import RESULT_TIMEOUT, celery_worker_process  # noqa: F401 - the real-worker fixture
from tests.voting.conftest import make_member, new_ballot
from voting.models import Ballot, Vote, Voter
from voting.services import vote_cast
from voting.tasks import sweep_ballots


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_closes_an_overdue_ballot_and_sends_the_results(celery_worker_process, councils):  # noqa: F811
    started = timezone.now() - datetime.timedelta(days=10)
    anna = make_member(councils["pssdc"], "Anna")
    make_member(councils["pssdc"], "Bruno", language="fr")
    ballot = new_ballot(councils["pssdc"], now=started, days=2)  # closed eight days ago; no job has run since
    vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.FOR, by=anna.user, now=started)
    meeting = MeetingFactory(
        council=councils["pssdc"], start=timezone.now() + datetime.timedelta(days=30), status=Meeting.Status.PLANNED
    )

    result = celery_worker_process.wait_for(sweep_ballots.delay(), RESULT_TIMEOUT)

    assert result["closed"] == 1
    ballot.refresh_from_db()
    assert ballot.is_closed and ballot.result == Ballot.Result.CARRIED
    assert Decision.objects.get().meeting == meeting
    # The result messages are separate jobs, queued when the close was committed; the worker sends each once.
    deadline = time.monotonic() + RESULT_TIMEOUT
    # Each is recorded by its job and sent by the mail job (notifications.deliver) once that job has committed.
    while (
        Voter.objects.filter(ballot=ballot, result_sent_at__isnull=True).exists()
        or Notification.objects.filter(event="ballot_result", status="sent").count() < 2
    ):
        if time.monotonic() > deadline:
            pytest.fail("the worker did not send the result messages:\n" + celery_worker_process.log_tail())
        time.sleep(0.5)
    # A second run finds nothing to do.
    assert celery_worker_process.wait_for(sweep_ballots.delay(), RESULT_TIMEOUT)["closed"] == 0
    assert Decision.objects.count() == 1
    assert Notification.objects.filter(event="ballot_result").count() == 2
    assert set(Notification.objects.filter(event="ballot_result").values_list("language", flat=True)) == {"en", "fr"}
