"""Celery jobs of the voting app: thin, take ids, safe to run twice."""

from celery import shared_task

from .services import ballots_sweep, voter_message_send


# Every minute (CELERY_BEAT_SCHEDULE): a ballot closes at its time, and one whose time passed while the job
# was down closes at the next run.
@shared_task(name="voting.sweep_ballots", soft_time_limit=50, time_limit=60)
def sweep_ballots() -> dict:
    """Open and close the ballots whose time has come, file their decisions, queue the reminders."""
    return ballots_sweep()


@shared_task(name="voting.send_voter_message", soft_time_limit=30, time_limit=60, acks_late=True, max_retries=3)
def send_voter_message(voter_id: int, kind: str) -> bool:
    """Send one reminder or result message to one voter, once."""
    return voter_message_send(voter_id=voter_id, kind=kind)
