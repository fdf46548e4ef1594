"""Celery jobs of the notifications: thin, take ids, safe to run twice."""

import logging

from celery import shared_task

from .services import (
    digest_build,
    digest_user_ids,
    notification_deliver,
    notification_record_failure,
    notification_requeue_pending,
)

logger = logging.getLogger(__name__)


@shared_task(bind=True, name="notifications.deliver", acks_late=True, max_retries=4, soft_time_limit=60, time_limit=90)
def deliver(self, notification_id: int) -> int:
    """Send one message (notifications.services.notification_deliver); a failure is retried with a growing delay."""
    try:
        notification_deliver(notification_id=notification_id)
    except Exception as exc:  # noqa: BLE001 - SMTP and network errors alike: record, then retry or give up
        final = self.request.is_eager or self.request.retries >= self.max_retries
        logger.warning("notification %s not sent (attempt %s): %s", notification_id, self.request.retries + 1, exc)
        notification_record_failure(notification_id=notification_id, error=f"{exc.__class__.__name__}: {exc}", final=final)
        if not final:
            raise self.retry(exc=exc, countdown=30 * 2**self.request.retries) from exc
    return notification_id


@shared_task(name="notifications.send_digests", soft_time_limit=240, time_limit=300)
def send_digests() -> int:
    """Once a day: each user who chose the digest gets one message gathering what waited."""
    sent = 0
    for user_id in digest_user_ids():
        if digest_build(user_id=user_id) is not None:
            sent += 1
    return sent


@shared_task(name="notifications.requeue_pending", soft_time_limit=60, time_limit=90)
def requeue_pending() -> int:
    """Send again messages left pending because the queue was down when they were recorded."""
    return notification_requeue_pending(older_than_seconds=300)
