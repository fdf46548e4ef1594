"""The Celery application: Redis as broker when REDIS_URL is set, in-process otherwise."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jointcouncils.settings.dev")

app = Celery("jointcouncils")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
