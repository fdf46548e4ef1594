"""Project-wide background jobs."""

from celery import shared_task
from django.core.management import call_command


@shared_task(name="jointcouncils.tasks.history_cleanup", queue="celery", soft_time_limit=600, time_limit=900)
def history_cleanup() -> str:
    """Remove history rows that record no change (saves that changed nothing); safe to run twice."""
    from django.conf import settings

    days = settings.HISTORY_DUPLICATE_CLEANUP_DAYS
    call_command("clean_duplicate_history", "--auto", minutes=days * 24 * 60, verbosity=0)
    return "ok"
