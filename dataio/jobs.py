"""Import jobs: a preview and a confirmation run by a worker, with their progress, all or nothing.

The request reads the file (fast, and refused at once with a clear message when it is wrong); applying its rows
through the services (slow: thousands of rows) is a job. The preview job applies them and rolls back; the
confirmation job applies them again in one transaction, with the job's own result: a worker that dies leaves
nothing half-saved, and the job is sent again (acks_late) or marked failed.
"""

import datetime
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .import_kinds import KINDS
from .imports import ImportResult, ParsedFile, run_import
from .models import ImportJob

logger = logging.getLogger(__name__)

# A job whose worker died this many times is marked failed rather than run again.
MAX_ATTEMPTS = 3
PROGRESS_TTL_SECONDS = 24 * 60 * 60
# A job that still holds a file's rows (a preview nobody confirmed, a failed or refused import) is removed after this:
# the rows may hold personal information, and the record keeps what was imported (its history) anyway.
KEEP_UNAPPLIED = datetime.timedelta(days=1)


def importjob_sweep() -> int:
    """Remove the jobs older than a day whose rows were never applied; applied ones stay (without their rows)."""
    old = ImportJob.objects.filter(created_at__lt=timezone.now() - KEEP_UNAPPLIED).exclude(
        status__in=[ImportJob.Status.QUEUED, ImportJob.Status.RUNNING]
    )
    removed, _by_model = old.exclude(stage=ImportJob.Stage.CONFIRM, status=ImportJob.Status.DONE, rows=[]).delete()
    return removed


def _progress_key(job_id: int) -> str:
    return f"dataio:import-job:{job_id}:progress"


def importjob_progress(*, job: ImportJob) -> tuple[int, int]:
    """(rows done, rows in all) of a running job, as its worker last reported them."""
    done, total = cache.get(_progress_key(job.pk), (0, job.row_count))
    return min(done, total), total


def importjob_create(*, kind: str, parsed: ParsedFile, by, language: str) -> ImportJob:
    """Keep the parsed file and send its preview job once committed."""
    importjob_sweep()
    job = ImportJob.objects.create(
        kind=kind,
        filename=parsed.filename[:120],
        language=language,
        created_by=by,
        row_count=len(parsed.rows),
        rows=[[number, cells] for number, cells in parsed.rows],
    )
    transaction.on_commit(lambda: importjob_enqueue(job_id=job.pk))
    return job


def importjob_confirm(*, job: ImportJob, by) -> bool:
    """Send the confirmation of a clean, finished preview; False when it cannot be (already confirmed, errors)."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job.pk)
        if job.created_by_id != by.pk or not job.can_confirm:
            return False
        job.stage = ImportJob.Stage.CONFIRM
        job.status = ImportJob.Status.QUEUED
        job.attempts = 0
        job.error = ""
        job.started_at = job.finished_at = None
        job.save(update_fields=["stage", "status", "attempts", "error", "started_at", "finished_at"])
        job_id = job.pk
        transaction.on_commit(lambda: importjob_enqueue(job_id=job_id))
    return True


def importjob_enqueue(*, job_id: int) -> None:
    """Send the job to the queue (run in-process without Redis); a queue that is down fails the job, saying so."""
    from .tasks import run_import_job

    cache.delete(_progress_key(job_id))
    try:
        result = run_import_job.apply_async(args=[job_id], retry=True, retry_policy=settings.REPORTS_PUBLISH_RETRY_POLICY)
    except Exception as exc:  # noqa: BLE001 - kombu and redis raise many kinds of errors when the queue is down
        job = ImportJob.objects.get(pk=job_id)
        if job.is_finished:
            return  # it ran in-process and recorded its own end
        logger.warning("job queue unavailable for import job %s: %s", job_id, exc)
        importjob_fail(
            job_id=job_id,
            message=_(
                "The job queue is unavailable, so the file could not be processed; nothing was imported. "
                "Try again in a few minutes."
            ),
        )
        return
    ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(task_id=result.id or "")


def importjob_fail(*, job_id: int, message: str) -> None:
    """Record why the job failed, in words the user reads; the record is as it was before the job."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job_id)
        if job.status == ImportJob.Status.DONE:
            return
        job.status = ImportJob.Status.FAILED
        job.error = message
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at"])


def importjob_run(*, job_id: int) -> ImportJob:
    """Run the job's stage; safe to run twice (a finished job returns at once, a re-run after a crash starts over)."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job_id)
        if job.is_finished:
            return job
        if job.status == ImportJob.Status.RUNNING and job.attempts >= MAX_ATTEMPTS:
            job.status = ImportJob.Status.FAILED
            job.error = _("The job stopped %(count)d times without finishing; nothing was imported.") % {"count": job.attempts}
            job.finished_at = timezone.now()
            job.save(update_fields=["status", "error", "finished_at"])
            return job
        job.status = ImportJob.Status.RUNNING
        job.started_at = timezone.now()
        job.attempts += 1
        job.save(update_fields=["status", "started_at", "attempts"])

    kind = KINDS[job.kind]
    parsed = ParsedFile(kind=job.kind, filename=job.filename, rows=[(int(number), cells) for number, cells in job.rows])
    key = _progress_key(job.pk)

    def progress(done: int, total: int) -> None:
        cache.set(key, (done, total), PROGRESS_TTL_SECONDS)

    commit = job.stage == ImportJob.Stage.CONFIRM
    with translation.override(job.language), transaction.atomic():
        # The rows and the job's result are committed together: an import is never saved without its job saying so.
        locked = ImportJob.objects.select_for_update().get(pk=job_id)
        outcome: ImportResult = run_import(kind=kind, parsed=parsed, by=job.created_by, commit=commit, progress=progress)
        locked.result = outcome.as_json()
        locked.status = ImportJob.Status.DONE
        locked.finished_at = timezone.now()
        fields = ["result", "status", "finished_at"]
        if outcome.applied:
            locked.rows = []  # applied: the file's rows are in the record now, and the job can never run again
            fields.append("rows")
        locked.save(update_fields=fields)
    return locked
