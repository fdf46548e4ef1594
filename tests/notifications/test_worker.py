"""The mail task on a real Celery worker (Redis broker, the test database, the locmem mail backend of the tests)."""

import datetime

import pytest
from django.conf import settings
from django.db import transaction

from notifications.models import Notification
from notifications.tasks import deliver
from tests import factories
from tests.test_celery import RESULT_TIMEOUT, celery_worker_process  # noqa: F401 - the worker fixture
from workinggroups.models import StatusUpdate
from workinggroups.reporting.services import statusupdate_submit


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_message_enqueued_on_commit_and_a_second_run_sends_nothing(celery_worker_process):  # noqa: F811
    council = factories.CouncilFactory(code="jc")
    group = factories.WorkingGroupFactory(slug="dn", name_en="Death Notification", name_fr="Notification de décès")
    factories.ReportingLineFactory(working_group=group, council=council)
    cochair = factories.UserFactory(username="cochair", roles=[settings.ROLE_COCHAIR])
    person = factories.PersonFactory(user=cochair)
    factories.CochairTermFactory(seat=factories.CochairSeatFactory(working_group=group, number=1), person=person)
    staff = factories.UserFactory(username="staff", roles=[settings.ROLE_SECRETARIAT])
    update = StatusUpdate.objects.create(
        working_group=group,
        period_label_en="JC, September 2020",
        period_label_fr="CM, septembre 2020",
        period_start=datetime.date(2020, 3, 1),
        period_end=datetime.date(2020, 9, 21),
        rag="green",
    )

    with transaction.atomic():
        statusupdate_submit(update=update, expected_version=update.version, by=cochair)
        record = Notification.objects.get(email=staff.email)
        # Recorded inside the transaction, not sent before the commit.
        assert record.status == Notification.Status.PENDING

    # The on-commit send reached the worker: wait for the message to be marked sent by it.
    result = deliver.delay(record.pk)  # a second delivery of the same message: it must not send again
    assert celery_worker_process.wait_for(result, RESULT_TIMEOUT) == record.pk
    record.refresh_from_db()
    assert record.status == Notification.Status.SENT
    assert record.attempts == 1
    assert record.sent_at is not None
    assert "notifications.deliver" in celery_worker_process.log_tail(200)
