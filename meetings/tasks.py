"""Celery jobs of the meetings: the daily reminders. Thin and safe to run twice (each reminder is sent once)."""

from celery import shared_task

from .notify import action_items_remind_due, reporting_deadlines_remind


@shared_task(name="meetings.send_reminders", soft_time_limit=240, time_limit=300)
def send_reminders() -> dict:
    """Once a day: action items due within 7 days, and reporting deadlines 14 and 3 days ahead."""
    return {"action_items": action_items_remind_due(), "reporting_deadlines": reporting_deadlines_remind()}
