"""Celery jobs of data import: thin, take ids, safe to run twice."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.utils import translation
from django.utils.translation import gettext as _

from .jobs import importjob_fail, importjob_run
from .models import ImportJob

logger = logging.getLogger(__name__)


def _failure(job_id: int, message_en_key: str) -> str:
    language = ImportJob.objects.filter(pk=job_id).values_list("language", flat=True).first() or "en"
    with translation.override(language):
        if message_en_key == "timeout":
            return _("The job took too long and was stopped; nothing was imported. Split the file and try again.")
        return _("The job failed on an unexpected error; nothing was imported. Try again, or tell the portal's administrator.")


@shared_task(
    bind=True,
    name="dataio.run_import_job",
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=600,
    time_limit=660,
)
def run_import_job(self, job_id: int) -> int:
    """Preview or apply one import job (see dataio.jobs.importjob_run)."""
    try:
        importjob_run(job_id=job_id)
    except SoftTimeLimitExceeded:
        importjob_fail(job_id=job_id, message=_failure(job_id, "timeout"))
    except Exception:
        # The import's transaction was rolled back with the error: the record is as it was.
        logger.exception("import job %s failed", job_id)
        importjob_fail(job_id=job_id, message=_failure(job_id, "error"))
    return job_id
