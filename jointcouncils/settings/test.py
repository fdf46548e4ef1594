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
# No test sends mail off the machine, whatever EMAIL_URL the environment holds.
EMAIL_URL = "locmem://"
globals().update(email_settings(EMAIL_URL))  # noqa: F405
PORTAL_URL = "http://portal.test"
# A test that starts a real worker process reads that process's mail from files (still nothing leaves the machine).
if os.environ.get("TEST_EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["TEST_EMAIL_FILE_PATH"]
