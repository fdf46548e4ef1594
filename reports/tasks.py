"""Celery jobs of the reports: thin, take ids, safe to run twice."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError
from django.utils.translation import gettext as _

from .services import reportbuild_fail, reportbuild_requeue_stale, reportbuild_run

logger = logging.getLogger(__name__)

TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


@shared_task(
    bind=True,
    name="reports.build_report",
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=3,
    soft_time_limit=120,
    time_limit=180,
)
def build_report(self, build_id: int) -> int:
    """Render one report build to PDF (see reports.services.reportbuild_run)."""
    try:
        reportbuild_run(build_id=build_id)
    except TRANSIENT as exc:
        if self.request.retries < self.max_retries and not self.request.is_eager:
            raise self.retry(exc=exc, countdown=2 ** (self.request.retries + 1)) from exc
        reportbuild_fail(build_id=build_id, message=_("The build failed on a temporary error; retry it."))
        raise
    except SoftTimeLimitExceeded:
        reportbuild_fail(build_id=build_id, message=_("The build took too long and was stopped; retry it."))
        raise
    except Exception as exc:
        logger.exception("report build %s failed", build_id)
        reportbuild_fail(build_id=build_id, message=_("The build failed: %(error)s") % {"error": exc})
        raise
    return build_id


@shared_task(name="reports.requeue_stale_builds", soft_time_limit=60, time_limit=90)
def requeue_stale_builds() -> int:
    """Send again builds stuck in the queue (Redis was down) or abandoned by a dead worker."""
    return reportbuild_requeue_stale(older_than_seconds=300)
