"""Project-wide background jobs."""

import io
import re

from celery import shared_task
from django.conf import settings
from django.core.management import call_command

# clean_duplicate_history prints one line per model: "Removed {count} historical records for {model}".
_REMOVED = re.compile(r"Removed (\d+) historical records")


# Queue "celery" by CELERY_TASK_ROUTES; time limits above the defaults, for a large history.
@shared_task(name="jointcouncils.tasks.history_cleanup", soft_time_limit=600, time_limit=900)
def history_cleanup() -> dict:
    """Remove history rows that record no change (saves that changed nothing); safe to run twice.

    django-simple-history's clean_duplicate_history compares each history row with the one before it on the
    editable tracked fields (so auto_now stamps such as updated_at do not count as a change) and deletes the
    newer of two identical rows. --minutes limits the scan to recent history: HISTORY_DUPLICATE_CLEANUP_DAYS
    back from now, plus the row just before that window; a nightly run with a one-day window covers every row.
    --base-manager walks every record, including ones a custom default manager might hide.
    """
    out = io.StringIO()
    call_command(
        "clean_duplicate_history",
        "--auto",
        "--base-manager",
        minutes=settings.HISTORY_DUPLICATE_CLEANUP_DAYS * 24 * 60,
        verbosity=1,
        stdout=out,
    )
    removed = sum(int(count) for count in _REMOVED.findall(out.getvalue()))
    return {"removed": removed}
