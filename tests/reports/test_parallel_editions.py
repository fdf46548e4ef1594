"""The two editions of one request are two jobs: with two workers free, they are built at the same time."""

import time

import pytest
from django.urls import reverse

from reports.models import ReportBuild
from tests.reports.test_jobs import _wait_for_status, report_workers  # noqa: F401 - report_workers is a fixture

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def _wait_until_ready(worker, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while " ready." not in worker.log_tail(200):
        if worker.process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the worker did not start:\n{worker.log_tail()}")
        time.sleep(0.1)


def test_with_two_workers_free_the_english_and_french_packs_are_built_at_the_same_time(
    pack_meeting,
    staff_client,
    report_workers,  # noqa: F811
):
    workers = [report_workers.start(), report_workers.start()]
    for worker in workers:
        _wait_until_ready(worker)

    response = staff_client.post(reverse("reports:request_build", args=["briefing_pack", pack_meeting.pk]))

    assert response.status_code == 302
    builds = {b.language: b for b in ReportBuild.objects.filter(meeting=pack_meeting, kind="briefing_pack")}
    assert sorted(builds) == ["en", "fr"]
    english, french = (_wait_for_status(builds[code], ReportBuild.Status.DONE, workers[0]) for code in ("en", "fr"))
    # Each edition ran in its own worker, and their running times overlap.
    logs = [worker.log_tail(400) for worker in workers]
    assert all("reports.build_report" in log and "succeeded" in log for log in logs), logs
    assert english.started_at < french.finished_at and french.started_at < english.finished_at
