"""Fixtures of the notification tests: Celery in eager mode so that the mail task runs in the test's process."""

import pytest
from django.core import mail

from jointcouncils.celery import app as celery_app


@pytest.fixture
def eager_celery(settings):
    """Tasks sent after commit run at once, here; mail lands in mail.outbox (locmem backend)."""
    saved = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    settings.CELERY_TASK_ALWAYS_EAGER = True
    mail.outbox = []
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = saved


@pytest.fixture
def sent(django_capture_on_commit_callbacks, eager_celery):
    """Run the code given, commit, run the mail tasks; return the messages sent (mail.outbox)."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            result = function(*args, **kwargs)
        return result

    return run
