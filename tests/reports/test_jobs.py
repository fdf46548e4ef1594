"""Report builds through a real Celery worker on Redis: a normal build, a worker killed mid-render, Redis down.

The worker is the infrastructure's WorkerProcess (tests/test_celery.py) consuming the "reports" queue, on the test
database and this test's MEDIA_ROOT. Nothing in production code is slowed down for these tests: the kill test
renders a meeting long enough (many agenda items with long text) for the render to take several seconds.
"""

import hashlib
import os
import signal
import time
import uuid
from pathlib import Path

import kombu.pools
import pytest
import redis
from django.db import connection, transaction
from django.urls import reverse
from pypdf import PdfReader

from jointcouncils.celery import app as celery_app
from meetings.models import AgendaItem
from reports.models import ReportBuild
from reports.services import QueueUnavailable, reportbuild_request, reportbuild_requeue_stale
from reports.tasks import requeue_stale_builds
from tests.test_celery import ROOT, WorkerProcess, _database_url_of_this_connection

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]

# Nothing listens here: a broker that is down.
CLOSED_BROKER = "redis://127.0.0.1:6390/0"
BUILD_TIMEOUT = 120
CONF_KEYS = ("task_always_eager", "broker_url", "result_backend")


def _reset_broker_connections() -> None:
    """Forget the app's connection and producer pools, so that the next publish uses conf.broker_url as it is now."""
    # kombu keeps its pools in a registry keyed by connection: close and forget them all, then the app's references.
    kombu.pools.reset()
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


class ReportWorkers:
    """Starts `celery worker -Q reports` processes for one test and points the test's publisher at a broker."""

    def __init__(self, settings, tmp_path: Path):
        self.settings = settings
        self.tmp_path = tmp_path
        self.workers: list[WorkerProcess] = []

    def point_broker_at(self, url: str) -> None:
        self.settings.CELERY_TASK_ALWAYS_EAGER = False
        celery_app.conf.update(task_always_eager=False, broker_url=url, result_backend=self.settings.REDIS_URL)
        _reset_broker_connections()

    def start(self) -> WorkerProcess:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "jointcouncils.settings.test",
            "DATABASE_URL": _database_url_of_this_connection(),
            "REDIS_URL": self.settings.REDIS_URL,
            "MEDIA_ROOT": str(self.settings.MEDIA_ROOT),
            "DB_CONN_MAX_AGE": "0",
            "PYTHONPATH": str(ROOT),
        }
        number = len(self.workers) + 1
        worker = WorkerProcess(
            self.tmp_path / f"worker-{number}.log", env, nodename=f"reports-{uuid.uuid4().hex[:8]}@%h", queues="reports"
        )
        self.workers.append(worker)
        return worker

    def stop_all(self) -> None:
        for worker in self.workers:
            worker.stop()  # a worker already stopped (or killed) is left as it is


def _purge_reports_queue() -> None:
    with celery_app.connection_for_write() as conn:
        conn.default_channel.queue_purge("reports")


def _forget_unacked(redis_url: str) -> None:
    """A killed worker leaves its message "unacked" in Redis; it must not come back in a later test."""
    client = redis.Redis.from_url(redis_url)
    client.delete("unacked", "unacked_index", "unacked_mutex")


@pytest.fixture
def report_workers(transactional_db, settings, media_root, tmp_path):
    """Real workers on the "reports" queue; Celery's conf is put back as it was, whatever happens."""
    if connection.vendor != "postgresql":
        pytest.fail("the worker tests need DATABASE_URL=postgres://... (a worker cannot see another process's SQLite)")
    if not settings.REDIS_URL:
        pytest.fail("the worker tests need REDIS_URL=redis://...")
    saved = {key: celery_app.conf[key] for key in CONF_KEYS}
    workers = ReportWorkers(settings, tmp_path)
    try:
        workers.point_broker_at(settings.REDIS_URL)
        _purge_reports_queue()
        yield workers
    finally:
        workers.stop_all()
        celery_app.conf.update(saved)
        _reset_broker_connections()
        _forget_unacked(settings.REDIS_URL)


def _wait_for_status(build: ReportBuild, status: str, worker: WorkerProcess, timeout: float = BUILD_TIMEOUT) -> ReportBuild:
    """Poll the database until the build reaches status; fail with the worker's log if it dies or takes too long."""
    deadline = time.monotonic() + timeout
    while True:
        build.refresh_from_db()
        if build.status == status:
            return build
        if build.status == ReportBuild.Status.FAILED:
            pytest.fail(f"the build failed: {build.error}\n{worker.log_tail()}")
        if worker.process.poll() is not None:
            pytest.fail(f"the worker exited with {worker.process.returncode}:\n{worker.log_tail()}")
        if time.monotonic() > deadline:
            pytest.fail(f"build {build.pk} still {build.status} after {timeout}s:\n{worker.log_tail()}")
        time.sleep(0.05)


def _report_files(media_root: Path) -> list[Path]:
    """Every file under MEDIA_ROOT/reports, temporary ones included."""
    root = Path(media_root) / "reports"
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _assert_complete_pdf(build: ReportBuild) -> PdfReader:
    path = Path(build.file.path)
    assert path.is_file()
    reader = PdfReader(path)
    assert len(reader.pages) == build.page_count > 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == build.sha256
    return reader


def test_a_real_worker_builds_both_editions_asked_from_the_page(pack_meeting, staff_client, report_workers):
    worker = report_workers.start()

    response = staff_client.post(reverse("reports:request_build", args=["briefing_pack", pack_meeting.pk]))

    assert response.status_code == 302
    builds = {b.language: b for b in ReportBuild.objects.filter(meeting=pack_meeting)}
    assert sorted(builds) == ["en", "fr"]
    # The jobs went to Redis (a job id, nothing built in this process), not in-process.
    for build in builds.values():
        assert build.task_id
        assert build.status == ReportBuild.Status.QUEUED
    english = _wait_for_status(builds["en"], ReportBuild.Status.DONE, worker)
    french = _wait_for_status(builds["fr"], ReportBuild.Status.DONE, worker)

    _assert_complete_pdf(english)
    _assert_complete_pdf(french)
    assert "Digital identity progress report" in _text(Path(english.file.path))
    assert "Rapport d'étape sur l'identité numérique" in _text(Path(french.file.path))
    assert PdfReader(english.file.path).trailer["/Root"]["/Lang"] == "en-CA"
    log = worker.log_tail(400)
    assert "reports.build_report" in log and "succeeded" in log
    download = staff_client.get(reverse("reports:build_download", args=[french.pk]))
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF-")


def _long_meeting(meeting, items: int = 30):
    """Enough agenda items with long text that rendering takes seconds on a 2-core machine."""
    paragraph_en = "The councils discuss how identity, data and services fit together across jurisdictions. " * 30
    paragraph_fr = "Les conseils discutent de l'articulation de l'identité, des données et des services. " * 30
    for number in range(items):
        AgendaItem.objects.create(
            meeting=meeting,
            order=10 + number,
            title_en=f"Long item {number}",
            title_fr=f"Long point {number}",
            objectives_en=paragraph_en,
            objectives_fr=paragraph_fr,
            context_en=paragraph_en,
            context_fr=paragraph_fr,
        )
    return meeting


def test_a_worker_killed_mid_render_leaves_no_file_and_the_requeued_build_finishes(
    pack_meeting, secretariat_user, media_root, report_workers
):
    meeting = _long_meeting(pack_meeting)
    build = reportbuild_request(kind="briefing_pack", target=meeting, language="en", by=secretariat_user)
    first = report_workers.start()
    _wait_for_status(build, ReportBuild.Status.RUNNING, first)

    # SIGKILL the whole worker (its process group): no warm shutdown, no chance to record anything.
    os.killpg(first.process.pid, signal.SIGKILL)
    first.process.wait(timeout=15)
    first.stop()

    build.refresh_from_db()
    assert build.status == ReportBuild.Status.RUNNING
    assert build.attempts == 1
    assert not build.file
    assert not build.sha256
    # Never a half-written file at a final path; at most a temporary .partial- file.
    assert [path for path in _report_files(media_root) if not path.name.startswith(".partial-")] == []

    assert reportbuild_requeue_stale(older_than_seconds=0) == 1
    second = report_workers.start()
    build = _wait_for_status(build, ReportBuild.Status.DONE, second)

    assert build.attempts == 2
    assert ReportBuild.objects.filter(meeting=meeting).count() == 1
    reader = _assert_complete_pdf(build)
    assert "Long item 29" in "\n".join(page.extract_text() for page in reader.pages)
    finished = [path for path in _report_files(media_root) if not path.name.startswith(".partial-")]
    assert finished == [Path(build.file.path)]


def test_with_redis_down_the_request_is_kept_and_built_once_redis_is_back(pack_meeting, staff_client, settings, report_workers):
    report_workers.point_broker_at(CLOSED_BROKER)
    url = reverse("reports:request_build", args=["briefing_pack", pack_meeting.pk])

    started = time.monotonic()
    response = staff_client.post(url, {"language": "en"}, follow=True)
    elapsed = time.monotonic() - started

    # A clear answer, quickly: the redirect back to the report's page, with the warning on it.
    assert elapsed < 15
    assert response.redirect_chain[-1] == (reverse("reports:target_builds", args=["briefing_pack", pack_meeting.pk]), 302)
    page = response.content.decode()
    assert "The job queue is unavailable right now. Your request is saved and will start as soon as the queue" in page
    assert [message.level_tag for message in response.context["messages"]] == ["warning"]
    # Nothing lost: the build is recorded, queued, with the reason.
    build = ReportBuild.objects.get(meeting=pack_meeting)
    assert build.status == ReportBuild.Status.QUEUED
    assert build.language == "en"
    assert "The job queue is unavailable" in build.error
    assert not build.task_id
    assert "Waiting for the job queue" in page

    assert build.enqueue_failed

    # Redis is back: the beat's next run (every 60 s) sends it at once, young as it is; a worker builds it.
    report_workers.point_broker_at(settings.REDIS_URL)
    worker = report_workers.start()
    assert requeue_stale_builds.apply().get() == 1
    build = _wait_for_status(build, ReportBuild.Status.DONE, worker)

    assert build.error == ""
    assert not build.enqueue_failed
    assert build.attempts == 1
    _assert_complete_pdf(build)
    assert ReportBuild.objects.filter(meeting=pack_meeting).count() == 1


def test_the_beat_sends_a_refused_build_at_once_and_a_young_queued_one_not_twice(
    pack_meeting, secretariat_user, settings, report_workers
):
    # The beat runs the requeue every minute: a refused build starts within one beat period of the queue's return.
    assert celery_app.conf.beat_schedule["reports-requeue-stale"] == {"task": requeue_stale_builds.name, "schedule": 60.0}
    report_workers.point_broker_at(CLOSED_BROKER)
    with pytest.raises(QueueUnavailable):
        reportbuild_request(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user)
    refused = ReportBuild.objects.get(meeting=pack_meeting, language="en")
    assert refused.enqueue_failed and not refused.task_id

    # While the queue is still down, the beat's run sends nothing and keeps the build marked.
    assert requeue_stale_builds.apply().get() == 0
    refused.refresh_from_db()
    assert refused.enqueue_failed

    report_workers.point_broker_at(settings.REDIS_URL)
    # A build the queue took a moment ago (not refused, not stale) must not be sent a second time by the beat.
    taken = reportbuild_request(kind="briefing_pack", target=pack_meeting, language="fr", by=secretariat_user)
    assert taken.task_id and not taken.enqueue_failed
    assert _reports_queue_length(settings.REDIS_URL) == 1

    # The refused build is seconds old, far under the 300 s of a stale build: the beat sends it anyway.
    assert requeue_stale_builds.apply().get() == 1

    refused.refresh_from_db()
    assert refused.task_id
    assert not refused.enqueue_failed
    assert refused.error == ""
    assert refused.status == ReportBuild.Status.QUEUED
    assert _reports_queue_length(settings.REDIS_URL) == 2
    # Sent once: the next beat finds nothing more to send.
    assert requeue_stale_builds.apply().get() == 0
    assert _reports_queue_length(settings.REDIS_URL) == 2


def _reports_queue_length(redis_url: str) -> int:
    return redis.Redis.from_url(redis_url).llen("reports")


def test_a_build_asked_inside_a_transaction_is_sent_only_once_committed(pack_meeting, secretariat_user, settings, report_workers):
    with transaction.atomic():
        build = reportbuild_request(kind="briefing_pack", target=pack_meeting, language="fr", by=secretariat_user)
        # A worker taking the job now would not find the build: nothing may be sent yet.
        assert _reports_queue_length(settings.REDIS_URL) == 0

    assert _reports_queue_length(settings.REDIS_URL) == 1
    worker = report_workers.start()
    build = _wait_for_status(build, ReportBuild.Status.DONE, worker)
    _assert_complete_pdf(build)


def test_a_build_whose_publish_raised_inside_a_transaction_is_sent_by_the_next_beat(
    pack_meeting, secretariat_user, settings, report_workers, monkeypatch
):
    from kombu.exceptions import OperationalError as KombuOperationalError

    from reports.tasks import build_report

    def refused(*args, **kwargs):
        raise KombuOperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(build_report, "apply_async", refused)
    with transaction.atomic():
        build = reportbuild_request(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user)
    # The caller's transaction committed; the refusal is only recorded on the build.
    build.refresh_from_db()
    assert build.enqueue_failed
    assert "The job queue is unavailable" in build.error
    assert _reports_queue_length(settings.REDIS_URL) == 0

    monkeypatch.undo()
    assert requeue_stale_builds.apply().get() == 1
    build.refresh_from_db()
    assert build.task_id and not build.enqueue_failed
    assert _reports_queue_length(settings.REDIS_URL) == 1
