"""Test settings: the real PostgreSQL and Redis of DATABASE_URL and REDIS_URL."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
ALLOWED_HOSTS = ["*"]
AXES_ENABLED = os.environ.get("AXES_ENABLED", "1") == "1"
DEMO_ACCOUNTS = True
# Tests never read collected static files; an empty folder keeps them apart from a collectstatic run elsewhere.
STATIC_ROOT = BASE_DIR / ".test-staticfiles"  # noqa: F405
# Messages to people stay in memory, in the test process and in a worker started by a test.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
