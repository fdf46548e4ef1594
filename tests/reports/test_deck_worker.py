"""The deck built by a real Celery worker on Redis, asked for from the meeting page with its pack."""

import io
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from reports.content.deck import slides
from reports.models import ReportBuild
from tests.reports.test_jobs import _wait_for_status, report_workers  # noqa: F401 - report_workers is a fixture

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def test_a_real_worker_builds_the_deck_and_its_pack_in_both_languages(pack_meeting, staff_client, report_workers):  # noqa: F811
    worker = report_workers.start()

    response = staff_client.post(reverse("reports:request_build", args=["deck", pack_meeting.pk]))

    assert response.status_code == 302
    builds = {(b.kind, b.language): b for b in ReportBuild.objects.filter(meeting=pack_meeting)}
    assert sorted(builds) == [("briefing_pack", "en"), ("briefing_pack", "fr"), ("deck", "en"), ("deck", "fr")]
    for build in builds.values():
        # Sent to Redis, not built in the request (the worker, already running, may have taken it by now; its log
        # below shows it built all four).
        assert build.task_id and build.status in {ReportBuild.Status.QUEUED, ReportBuild.Status.RUNNING}
    for (kind, language), build in builds.items():
        build = _wait_for_status(build, ReportBuild.Status.DONE, worker)
        if kind != "deck":
            continue
        reader = PdfReader(io.BytesIO(Path(build.file.path).read_bytes()))
        with translation.override(language):
            expected = slides(build.snapshot)
        assert len(reader.pages) == build.page_count == len(expected)
        first_lines = [" ".join(page.extract_text().split()) for page in reader.pages]
        for slide, text in zip(expected[1:], first_lines[1:], strict=True):
            assert text.startswith(slide["title"])
        assert reader.trailer["/Root"]["/Lang"] == f"{language}-CA"
    assert "Rapport d'étape sur l'identité numérique" in PdfReader(builds[("deck", "fr")].file.path).pages[1].extract_text()
    log = worker.log_tail(400)
    assert log.count("reports.build_report") >= 4 and "succeeded" in log
