"""Pipeline edges: a build whose worker keeps dying stops being retried; leftovers of a killed write are cleaned."""

import os
import time
from pathlib import Path

import pytest

from reports.models import ReportBuild
from reports.services import MAX_ATTEMPTS, PARTIAL_FILE_MAX_AGE_SECONDS, _write_atomically, reportbuild_request, reportbuild_run

pytestmark = pytest.mark.django_db


def test_a_build_whose_worker_died_max_attempts_times_is_marked_failed_not_run_again(pack_meeting, secretariat_user):
    build = reportbuild_request(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user, enqueue=False)
    ReportBuild.objects.filter(pk=build.pk).update(status=ReportBuild.Status.RUNNING, attempts=MAX_ATTEMPTS)

    result = reportbuild_run(build_id=build.pk)

    assert result.status == ReportBuild.Status.FAILED
    assert "worker died" in result.error
    assert not result.file


def test_a_staff_retry_after_the_cap_still_builds(pack_meeting, secretariat_user):
    build = reportbuild_request(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user, enqueue=False)
    ReportBuild.objects.filter(pk=build.pk).update(status=ReportBuild.Status.QUEUED, attempts=MAX_ATTEMPTS)

    result = reportbuild_run(build_id=build.pk)

    assert result.status == ReportBuild.Status.DONE
    assert result.attempts == MAX_ATTEMPTS + 1


def test_old_partial_files_are_removed_and_recent_ones_kept(media_root):
    folder = Path(media_root) / "reports" / "x"
    folder.mkdir(parents=True)
    old = folder / ".partial-old.pdf"
    recent = folder / ".partial-recent.pdf"
    old.write_bytes(b"half")
    recent.write_bytes(b"half")
    stale = time.time() - PARTIAL_FILE_MAX_AGE_SECONDS - 60
    os.utime(old, (stale, stale))

    _write_atomically("reports/x/final.pdf", b"%PDF-1.7 whole")

    assert not old.exists()
    assert recent.exists()
    assert (folder / "final.pdf").read_bytes() == b"%PDF-1.7 whole"


def test_a_new_layout_builds_a_new_file_for_the_same_data(pack_meeting, secretariat_user, monkeypatch):
    from reports import services

    first = reportbuild_request(kind="wg_status", target=_group(), language="en", by=secretariat_user, enqueue=False)
    again = reportbuild_request(kind="wg_status", target=_group(), language="en", by=secretariat_user, enqueue=False)
    assert again.pk == first.pk

    monkeypatch.setattr(services, "format_fingerprint", lambda language: "another layout")
    changed = reportbuild_request(kind="wg_status", target=_group(), language="en", by=secretariat_user, enqueue=False)
    assert changed.pk != first.pk
    assert changed.snapshot == first.snapshot


def _group():
    from workinggroups.models import WorkingGroup

    return WorkingGroup.objects.get(slug="imsc")
