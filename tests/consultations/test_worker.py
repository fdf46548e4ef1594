"""A real Celery worker sends a survey's invitations, each once, in each respondent's language."""

import time

import pytest

from consultations.models import Respondent
from consultations.services import consultation_send
from consultations.tasks import invite_respondent
from notifications.models import Notification
from tests.test_celery import RESULT_TIMEOUT, celery_worker_process  # noqa: F401 - the fixture


@pytest.fixture
def mail_dir(tmp_path, monkeypatch):
    """The worker process writes its e-mails as files here (Django's file backend), where the test can read them."""
    folder = tmp_path / "mail"
    folder.mkdir()
    monkeypatch.setenv("TEST_EMAIL_FILE_PATH", str(folder))
    return folder


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_each_invitation_once(mail_dir, survey, celery_worker_process):  # noqa: F811
    consultation_send(consultation=survey, by=None, reason="sent")
    deadline = time.monotonic() + RESULT_TIMEOUT
    # The invitation job records each message; the mail job (notifications.deliver) sends it after that commit.
    while (
        Respondent.objects.filter(consultation=survey, invited_at__isnull=True).exists()
        or Notification.objects.filter(event="consultation_invitation").exclude(status="sent").exists()
        or Notification.objects.filter(event="consultation_invitation").count() < 2
    ):
        if time.monotonic() > deadline:
            pytest.fail("the invitations were not sent:\n" + celery_worker_process.log_tail(200))
        time.sleep(0.5)
    messages = "\n".join(path.read_text(encoding="utf-8") for path in mail_dir.iterdir())
    assert messages.count("To: elise@example.org") == 1
    assert messages.count("To: john@example.org") == 1
    assert "/fr/consultations/answer/" in messages and "/en/consultations/answer/" in messages
    # The same job again does nothing: the invitation is recorded as sent.
    elise = survey.respondents.get(person__given_name="Élise")
    assert celery_worker_process.wait_for(invite_respondent.delay(elise.pk), RESULT_TIMEOUT) is False
    assert Notification.objects.filter(event="consultation_invitation").count() == 2
    assert "consultations.invite_respondent" in celery_worker_process.log_tail(200)
