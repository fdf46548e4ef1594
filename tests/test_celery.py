"""The Celery wiring: queues and routes, the history clean-up task, and a real worker on Redis running it."""

import datetime
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from celery.exceptions import TimeoutError as CeleryTimeoutError
from django.db import connection
from django.utils import timezone

from councils.models import Jurisdiction
from jointcouncils.celery import app as celery_app
from jointcouncils.tasks import history_cleanup
from tests import factories

ROOT = Path(__file__).resolve().parent.parent
# The celery script of the virtualenv that runs the tests (.venv/bin/celery under `make test`).
CELERY = Path(sys.executable).with_name("celery")
RESULT_TIMEOUT = 60


def _route(task_name: str) -> str:
    return celery_app.amqp.router.route({}, task_name)["queue"].name


def test_reports_tasks_go_to_the_reports_queue_and_the_rest_to_celery():
    assert _route("reports.tasks.report_render") == "reports"
    assert _route("reports.anything") == "reports"
    assert _route("meetings.tasks.reminder_send") == "celery"
    assert _route(history_cleanup.name) == "celery"


def test_history_cleanup_is_scheduled_nightly():
    entry = celery_app.conf.beat_schedule["history-cleanup-nightly"]
    assert entry["task"] == history_cleanup.name
    assert entry["schedule"].hour == {3}


def _no_change_saves(jurisdiction: Jurisdiction, count: int) -> None:
    for _ in range(count):
        jurisdiction.save()


@pytest.mark.django_db
def test_history_cleanup_removes_rows_that_record_no_change_and_keeps_real_changes():
    jurisdiction = factories.JurisdictionFactory(name_en="Ontario", name_fr="Ontario")
    _no_change_saves(jurisdiction, 2)
    jurisdiction.name_fr = "L'Ontario"
    jurisdiction.save()
    _no_change_saves(jurisdiction, 1)
    assert jurisdiction.history.count() == 5

    result = history_cleanup.apply().get()

    assert result == {"removed": 3}
    rows = list(jurisdiction.history.order_by("history_date"))
    assert [row.history_type for row in rows] == ["+", "~"]
    assert [row.name_fr for row in rows] == ["Ontario", "L'Ontario"]
    # Safe to run twice: nothing left to remove.
    assert history_cleanup.apply().get() == {"removed": 0}


@pytest.mark.django_db
def test_history_cleanup_leaves_history_older_than_its_window(settings):
    settings.HISTORY_DUPLICATE_CLEANUP_DAYS = 1
    jurisdiction = factories.JurisdictionFactory()
    _no_change_saves(jurisdiction, 2)
    jurisdiction.history.update(history_date=timezone.now() - datetime.timedelta(days=3))

    assert history_cleanup.apply().get() == {"removed": 0}
    assert jurisdiction.history.count() == 3


def _database_url_of_this_connection() -> str:
    """A DATABASE_URL naming the database the tests use right now (test_<name>), for another process."""
    s = connection.settings_dict
    user = quote(s["USER"] or "", safe="")
    password = f":{quote(str(s['PASSWORD']), safe='')}" if s["PASSWORD"] else ""
    host = s["HOST"] or "localhost"
    host = quote(host, safe="") if host.startswith("/") else host
    port = f":{s['PORT']}" if s["PORT"] else ""
    return f"postgres://{user}{password}@{host}{port}/{quote(s['NAME'], safe='')}"


class WorkerProcess:
    """A `celery worker` subprocess; its output goes to a file that failures show."""

    def __init__(self, log_path: Path, env: dict[str, str], nodename: str, queues: str = "celery"):
        self.log_path = log_path
        self.nodename = nodename
        self._log = log_path.open("wb")
        command = [
            str(CELERY),
            "-A",
            "jointcouncils",
            "worker",
            "-Q",
            queues,
            "-P",
            "solo",
            "-c",
            "1",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-n",
            nodename,
            "-l",
            "INFO",
        ]
        self.process = subprocess.Popen(  # noqa: S603 - a fixed command line
            command, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def log_tail(self, lines: int = 60) -> str:
        self._log.flush()
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])

    def wait_for(self, result, timeout: float):
        """The task's return value; fails at once, with the worker's log, if the worker dies first."""
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                pytest.fail(f"the celery worker exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                return result.get(timeout=1)
            except CeleryTimeoutError:
                if time.monotonic() > deadline:
                    pytest.fail(f"no result from the celery worker within {timeout}s:\n{self.log_tail()}")

    def stop(self) -> int:
        """Warm shutdown (SIGTERM), then SIGKILL after 15 s; returns the exit code."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=15)
        self._log.close()
        return self.process.returncode


@pytest.fixture
def celery_worker_process(transactional_db, settings, tmp_path):
    """A real worker on the "celery" queue, seeing the test database and the Redis of REDIS_URL.

    Depends on transactional_db so that it stops before the database is flushed (the worker's connection
    would otherwise hold the flush, and later the test database's removal).
    """
    if connection.vendor != "postgresql":
        pytest.fail("the worker test needs DATABASE_URL=postgres://... (another process cannot see this test database)")
    if not settings.REDIS_URL:
        pytest.fail("the worker test needs REDIS_URL=redis://... (the broker the worker listens to)")

    # Make sure .delay() goes to the broker, both in Django's settings and in the app's already loaded conf.
    settings.CELERY_TASK_ALWAYS_EAGER = False
    saved = {key: celery_app.conf[key] for key in ("task_always_eager", "broker_url", "result_backend")}
    celery_app.conf.update(task_always_eager=False, broker_url=settings.REDIS_URL, result_backend=settings.REDIS_URL)
    # Messages left in the queue by an earlier run (or by tests that enqueue without a worker) are not ours.
    celery_app.control.purge()

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jointcouncils.settings.test",
        "DATABASE_URL": _database_url_of_this_connection(),
        "REDIS_URL": settings.REDIS_URL,
        # No persistent connection: nothing of the worker's may outlive it on the test database.
        "DB_CONN_MAX_AGE": "0",
        "PYTHONPATH": str(ROOT),
    }
    worker = WorkerProcess(tmp_path / "worker.log", env, nodename=f"test-{uuid.uuid4().hex[:8]}@%h")
    try:
        yield worker
    finally:
        worker.stop()
        celery_app.conf.update(saved)


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_history_cleanup_on_the_test_database(celery_worker_process):
    jurisdiction = factories.JurisdictionFactory(name_en="Nova Scotia", name_fr="Nouvelle-Écosse")
    _no_change_saves(jurisdiction, 2)
    assert jurisdiction.history.count() == 3
    assert not celery_app.conf.task_always_eager

    result = history_cleanup.delay()

    assert celery_worker_process.wait_for(result, RESULT_TIMEOUT) == {"removed": 2}
    assert [row.history_type for row in jurisdiction.history.all()] == ["+"]
    assert "history_cleanup" in celery_worker_process.log_tail(200)
    # The worker stops when asked (warm shutdown) rather than being left behind.
    assert celery_worker_process.stop() is not None
    assert celery_worker_process.process.poll() is not None
