"""Celery jobs of data import: thin, take ids, safe to run twice."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .jobs import importjob_fail, importjob_run
from .models import ImportJob

logger = logging.getLogger(__name__)


def _in_language_of(job_id: int, message) -> str:
    """A failure message in the language of the page the job was asked from."""
    language = ImportJob.objects.filter(pk=job_id).values_list("language", flat=True).first() or "en"
    with translation.override(language):
        return str(message)


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
        message = _("The job took too long and was stopped; nothing was imported. Split the file and try again.")
        importjob_fail(job_id=job_id, message=_in_language_of(job_id, message))
    except Exception:
        # The import's transaction was rolled back with the error: the record is as it was.
        logger.exception("import job %s failed", job_id)
        message = _("The job failed on an unexpected error; nothing was imported. Try again, or tell the portal's administrator.")
        importjob_fail(job_id=job_id, message=_in_language_of(job_id, message))
    return job_id
