"""Import jobs: the progress page, a job that fails saves nothing and says so, a queue that is down, a real worker."""

import csv
import io
import time

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from kombu.exceptions import OperationalError as KombuOperationalError

from councils.models import Person
from dataio import import_kinds, jobs
from dataio.imports import parse_file, run_import
from dataio.models import ImportJob
from dataio.tasks import run_import_job
from jointcouncils.celery import app as celery_app
from tests.test_celery import celery_worker_process  # noqa: F401 - the real worker fixture

HEADER = ["given_name", "family_name", "email"]
JOB_TIMEOUT = 120


def _csv(rows) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([HEADER, *rows])
    return buffer.getvalue().encode()


def _people(count: int) -> list[list[str]]:
    return [[f"Given{n}", f"Family{n}", f"person{n}@example.org"] for n in range(count)]


@pytest.fixture
def eager(settings):
    saved = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    settings.CELERY_TASK_ALWAYS_EAGER = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = saved


def _queued_job(user, count: int = 120) -> ImportJob:
    """A job saved but not run (the test's transaction never commits, so nothing is sent)."""
    parsed = parse_file(kind=import_kinds.KINDS["people"], data=_csv(_people(count)), filename="roster.csv")
    return jobs.importjob_create(kind="people", parsed=parsed, by=user, language="en")


# The progress page ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_job_page_polls_while_queued_and_shows_the_rows_done_while_running(staff_client, secretariat_user):
    job = _queued_job(secretariat_user)
    page = staff_client.get(f"/en/data/import/jobs/{job.pk}/").content.decode()
    assert "Import preview: roster.csv" in page
    assert "Waiting for the job queue…" in page
    assert f'hx-get="/en/data/import/jobs/{job.pk}/status/"' in page
    assert 'hx-trigger="every 2s"' in page
    assert "Confirm import" not in page

    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING)
    cache.set(jobs._progress_key(job.pk), (50, 120))
    fragment = staff_client.get(f"/en/data/import/jobs/{job.pk}/status/")
    text = fragment.content.decode()
    assert "Row 50 of 120 checked…" in text
    assert 'max="120" value="50"' in text
    assert "HX-Refresh" not in fragment
    french = staff_client.get(f"/fr/data/import/jobs/{job.pk}/status/").content.decode()
    assert "Ligne 50 sur 120 vérifiée…" in french


@pytest.mark.django_db
def test_once_the_job_ends_the_polling_fragment_reloads_the_page_which_shows_the_preview(staff_client, secretariat_user, eager):
    job = _queued_job(secretariat_user, count=3)
    jobs.importjob_enqueue(job_id=job.pk)  # in-process: the job runs now
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE

    fragment = staff_client.get(f"/en/data/import/jobs/{job.pk}/status/", headers={"HX-Request": "true"})
    assert fragment["HX-Refresh"] == "true"
    assert "hx-get" not in fragment.content.decode()
    page = staff_client.get(f"/en/data/import/jobs/{job.pk}/").content.decode()
    assert "Confirming will create 3, change 0 and leave 0 unchanged." in page
    assert "Confirm import" in page


@pytest.mark.django_db
def test_progress_is_reported_as_rows_are_checked(secretariat_user):
    parsed = parse_file(kind=import_kinds.KINDS["people"], data=_csv(_people(60)), filename="roster.csv")
    seen = []

    run_import(
        kind=import_kinds.KINDS["people"],
        parsed=parsed,
        by=secretariat_user,
        commit=False,
        progress=lambda done, total: seen.append((done, total)),
    )

    assert seen == [(0, 60), (25, 60), (50, 60), (60, 60)]


# Failures ------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_confirmation_that_fails_midway_saves_no_row_and_the_job_says_so(staff_client, secretariat_user, eager, monkeypatch):
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = staff_client.post(
            "/en/data/import/", {"kind": "people", "file": SimpleUploadedFile("roster.csv", _csv(_people(5)))}
        )
    job = ImportJob.objects.get()
    assert response["Location"] == f"/en/data/import/jobs/{job.pk}/"
    job.refresh_from_db()
    assert job.can_confirm

    kind = import_kinds.KINDS["people"]
    real_apply = kind.apply

    def dies_on_the_fourth_row(context):
        if context.number == 5:
            raise RuntimeError("the worker's database connection went away")
        return real_apply(context)

    monkeypatch.setattr(kind, "apply", dies_on_the_fourth_row)
    with TestCase.captureOnCommitCallbacks(execute=True):
        staff_client.post(f"/en/data/import/jobs/{job.pk}/confirm/")

    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert job.stage == ImportJob.Stage.CONFIRM
    # Rows 2 to 4 were applied before the failure: they were rolled back with it.
    assert not Person.objects.filter(email__endswith="@example.org").exists()
    page = staff_client.get(f"/en/data/import/jobs/{job.pk}/").content.decode()
    assert "The import job failed" in page
    assert "nothing was imported" in page
    assert "went away" not in page  # the exception's text is for the log, not the page


@pytest.mark.django_db
def test_with_the_queue_down_the_upload_says_so_and_nothing_is_imported(staff_client, monkeypatch):
    def refused(*args, **kwargs):
        raise KombuOperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(run_import_job, "apply_async", refused)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = staff_client.post(
            "/fr/data/import/", {"kind": "people", "file": SimpleUploadedFile("roster.csv", _csv(_people(2)))}
        )
    page = staff_client.get(response["Location"]).content.decode()

    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED
    assert "La file des tâches est indisponible" in page
    assert not Person.objects.filter(email__endswith="@example.org").exists()


@pytest.mark.django_db
def test_a_job_run_twice_does_its_work_once(secretariat_user, eager):
    job = _queued_job(secretariat_user, count=2)
    jobs.importjob_run(job_id=job.pk)
    assert jobs.importjob_confirm(job=job, by=secretariat_user)
    jobs.importjob_run(job_id=job.pk)
    jobs.importjob_run(job_id=job.pk)  # a redelivered message: the job is finished, nothing more happens
    job.refresh_from_db()
    assert job.applied
    assert job.rows == []
    assert not jobs.importjob_confirm(job=job, by=secretariat_user)
    assert Person.objects.filter(email__endswith="@example.org").count() == 2
    assert all(person.history.count() == 1 for person in Person.objects.filter(email__endswith="@example.org"))


# A real worker -------------------------------------------------------------------------------------------


def _wait_for(job: ImportJob, worker, stage: str) -> ImportJob:
    deadline = time.monotonic() + JOB_TIMEOUT
    while True:
        job.refresh_from_db()
        if job.stage == stage and job.is_finished:
            return job
        if worker.process.poll() is not None:
            pytest.fail(f"the worker exited with {worker.process.returncode}:\n{worker.log_tail()}")
        if time.monotonic() > deadline:
            pytest.fail(f"import job {job.pk} still {job.stage}/{job.status} after {JOB_TIMEOUT}s:\n{worker.log_tail()}")
        time.sleep(0.1)


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_previews_and_imports_an_uploaded_file(staff_client, secretariat_user, celery_worker_process):  # noqa: F811
    response = staff_client.post(
        "/en/data/import/", {"kind": "people", "file": SimpleUploadedFile("roster.csv", _csv(_people(40)))}
    )
    job = ImportJob.objects.get()
    assert response["Location"] == f"/en/data/import/jobs/{job.pk}/"
    # Sent to Redis, not run in this process.
    assert job.task_id

    job = _wait_for(job, celery_worker_process, ImportJob.Stage.PREVIEW)
    assert job.status == ImportJob.Status.DONE, job.error
    page = staff_client.get(f"/en/data/import/jobs/{job.pk}/").content.decode()
    assert "Confirming will create 40, change 0 and leave 0 unchanged." in page
    assert not Person.objects.filter(email__endswith="@example.org").exists()

    assert staff_client.post(f"/en/data/import/jobs/{job.pk}/confirm/").status_code == 302
    job = _wait_for(job, celery_worker_process, ImportJob.Stage.CONFIRM)

    assert job.applied, job.error
    people = Person.objects.filter(email__endswith="@example.org")
    assert people.count() == 40
    latest = people.first().history.first()
    assert latest.history_user == secretariat_user
    assert latest.history_change_reason == "Import: roster.csv"
    page = staff_client.get(f"/en/data/import/jobs/{job.pk}/").content.decode()
    assert "Imported roster.csv: 40 created, 0 changed, 0 unchanged." in page
    assert "dataio.run_import_job" in celery_worker_process.log_tail(400)


@pytest.mark.django_db
def test_jobs_holding_rows_nobody_applied_are_removed_after_a_day(secretariat_user, eager):
    import datetime

    from django.utils import timezone

    forgotten_preview = _queued_job(secretariat_user, count=1)
    jobs.importjob_run(job_id=forgotten_preview.pk)
    applied = _queued_job(secretariat_user, count=1)
    jobs.importjob_run(job_id=applied.pk)
    jobs.importjob_confirm(job=applied, by=secretariat_user)
    jobs.importjob_run(job_id=applied.pk)
    failed = _queued_job(secretariat_user, count=1)
    jobs.importjob_fail(job_id=failed.pk, message="stopped")
    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    ImportJob.objects.update(created_at=two_days_ago)

    fresh = _queued_job(secretariat_user, count=1)  # each upload sweeps

    assert set(ImportJob.objects.values_list("pk", flat=True)) == {applied.pk, fresh.pk}
    applied.refresh_from_db()
    assert applied.applied and applied.rows == []
