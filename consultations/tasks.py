"""Celery jobs of the consultations: thin, take ids, safe to run twice (the services lock and skip work done)."""

from celery import shared_task

from .services import respondent_invite, respondent_remind


@shared_task(name="consultations.invite_respondent", queue="celery", acks_late=True, soft_time_limit=60, time_limit=90)
def invite_respondent(respondent_id: int) -> bool:
    """Send one respondent their personal link (once)."""
    return respondent_invite(respondent_id=respondent_id)


@shared_task(name="consultations.remind_respondent", queue="celery", acks_late=True, soft_time_limit=60, time_limit=90)
def remind_respondent(respondent_id: int, round_number: int) -> bool:
    """Remind one respondent who has not answered (once per round)."""
    return respondent_remind(respondent_id=respondent_id, round_number=round_number)
