"""Settings shared by every environment; each value that differs comes from the environment."""

import os
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a boolean from the environment ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated list from the environment."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")


def email_settings(url: str) -> dict:
    """Django's e-mail settings from one EMAIL_URL: smtp://user:password@host:587?tls=1 (or smtps:// for SSL),
    console:// (print messages), locmem:// (keep them in memory, for tests), dummy:// (drop them)."""
    parsed = urlsplit(url)
    backends = {
        "console": "django.core.mail.backends.console.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
        "smtp": "django.core.mail.backends.smtp.EmailBackend",
        "smtps": "django.core.mail.backends.smtp.EmailBackend",
    }
    if parsed.scheme not in backends:
        raise ImproperlyConfigured(f"EMAIL_URL: unknown scheme {parsed.scheme!r} (smtp, smtps, console, locmem, dummy).")
    options = dict(parse_qsl(parsed.query))
    result = {"EMAIL_BACKEND": backends[parsed.scheme]}
    if parsed.scheme.startswith("smtp"):
        result.update(
            EMAIL_HOST=parsed.hostname or "localhost",
            EMAIL_PORT=parsed.port or (465 if parsed.scheme == "smtps" else 25),
            EMAIL_HOST_USER=unquote(parsed.username or ""),
            EMAIL_HOST_PASSWORD=unquote(parsed.password or ""),
            EMAIL_USE_SSL=parsed.scheme == "smtps",
            EMAIL_USE_TLS=options.get("tls", "").lower() in {"1", "true", "yes", "on"},
            EMAIL_TIMEOUT=int(options.get("timeout", "20")),
        )
    return result


INSTALLED_APPS = [
    # modeltranslation must come before admin so that the admin sees the translated fields.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "simple_history",
    "django_filters",
    "django_htmx",
    "rules.apps.AutodiscoverRulesConfig",
    "axes",
    "csp",
    "jointcouncils",
    "councils",
    "notifications",
    "workinggroups",
    "priorities",
    "logicmodel",
    "meetings",
    "voting",
    "consultations",
    "reports",
    "dashboards",
    "dataio",
    "seed",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Serves a reading page kept for this session while the record is unchanged (jointcouncils.page_cache); before
    # the session, so that a kept page costs three cache reads and nothing else. PAGE_CACHE=false turns it off.
    "jointcouncils.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware, so it sees the page's language; it rewrites the text of French HTML responses.
    "jointcouncils.middleware.FrenchTypographyMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Django's LoginRequiredMiddleware, with the exemptions of LOGIN_NOT_REQUIRED_URL_NAMES.
    "jointcouncils.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A query parameter with NUL, bytes that are not UTF-8 or 1,000+ characters gets 400 before any view reads it.
    "jointcouncils.middleware.QueryParameterMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "jointcouncils.middleware.SessionIdleTimeoutMiddleware",
    # axes must be last: it turns lock-outs into responses.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "jointcouncils.urls"
WSGI_APPLICATION = "jointcouncils.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "jointcouncils.context_processors.portal",
            ],
        },
    },
]

# No DATABASE_URL: a local SQLite file, so that `make run` works on a bare machine.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "jc",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
# Staff land on the dashboards overview, co-chairs on their own dashboard, others at home (dashboards.views.landing);
# a `next` parameter still wins.
LOGIN_REDIRECT_URL = "dashboards:landing"
LOGOUT_REDIRECT_URL = "login"
# Every page needs a login (LoginRequiredMiddleware) except views marked @login_not_required and these
# views of Django's own that are not marked: the language switch, which the log-in page offers.
LOGIN_NOT_REQUIRED_URL_NAMES = ["set_language"]
# The address the portal is reached at, for links in e-mails (a survey's personal link).
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
# E-mail (survey invitations and reminders): SMTP by default; EMAIL_BACKEND/EMAIL_FILE_PATH let a deployment (or a
# test's worker process) choose another of Django's backends.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "secretariat@jointcouncils.invalid")
# A survey's personal link works this many days after it is sent.
CONSULTATION_LINK_DAYS = int(os.environ.get("CONSULTATION_LINK_DAYS", "30"))
# Demo accounts (manage.py create_demo_accounts) exist only where a settings module turns this on.
DEMO_ACCOUNTS = False

# Sessions end after 30 minutes without a request (see SessionIdleTimeoutMiddleware) and with the browser.
# Sessions stay in the database and are read through the cache (Redis when configured): one query less per request.
# Reading pages kept whole per session until the record changes (jointcouncils.page_cache). On by default only with
# Redis: a local memory cache is one per process, and several processes would not see each other's writes.
PAGE_CACHE = env_bool("PAGE_CACHE", bool(REDIS_URL))
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_IDLE_TIMEOUT = int(os.environ.get("SESSION_IDLE_TIMEOUT", str(30 * 60)))
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# django-axes, counted over the last hour (README, "Log-in lock-out"): a username from one address is locked after
# 5 failures; an address, whatever the usernames, after 20 (password spraying); a username, whatever the
# addresses, after 30 (a distributed attack on one account). Each lock ends an hour after the failure that set it:
# failures while locked are not counted, so nobody can keep someone else's account locked for good.
AXES_FAILURE_LIMIT = 5
AXES_ADDRESS_FAILURE_LIMIT = int(os.environ.get("AXES_ADDRESS_FAILURE_LIMIT", "20"))
AXES_USERNAME_FAILURE_LIMIT = int(os.environ.get("AXES_USERNAME_FAILURE_LIMIT", "30"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], ["ip_address"], ["username"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_HANDLER = "jointcouncils.lockout.PerParameterLimitHandler"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# The address axes locks is the client's: behind reverse proxies, set TRUSTED_PROXY_COUNT to their number so
# that the address comes from X-Forwarded-For (otherwise every client would share the proxy's address).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "jointcouncils.middleware.client_ip_address"

# django-csp 4: no inline script, no third-party origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

LANGUAGE_CODE = "en"
# The language chosen at log-in is kept in this cookie for a year (and in the user's preferences for good).
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Toronto"
USE_I18N = True
# French times as "14 h 30" (jointcouncils/formats/fr); French pages also get French spacing (middleware).
FORMAT_MODULE_PATH = ["jointcouncils.formats"]
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "fr")
# A French page shows English content rather than nothing when French is missing; the parity check of
# reports says what is missing.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",), "en": ("fr",)}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# manage.py backup writes its archives here unless told otherwise (--output); keep it off the media folder.
BACKUP_ROOT = Path(os.environ.get("BACKUP_ROOT", BASE_DIR / "backups"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Celery: Redis when REDIS_URL is set; otherwise tasks run in-process (the embedded mode of `make run`).
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_WORKER_MAX_TASKS_PER_CHILD = 50
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_RESULT_EXPIRES = 24 * 60 * 60
# Two queues: "celery" for short jobs, "reports" for PDF renders (slow; a worker can be given to them alone).
# Queues are chosen here, by task name, not by @shared_task(queue=...) (deprecated in Celery 5, gone in 6).
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_ROUTES = {
    "reports.*": {"queue": "reports"},
    "jointcouncils.*": {"queue": "celery"},
    "notifications.*": {"queue": "celery"},
    "meetings.*": {"queue": "celery"},
    "consultations.*": {"queue": "celery"},
}
CELERY_BEAT_SCHEDULE = {
    "history-cleanup-nightly": {
        "task": "jointcouncils.tasks.history_cleanup",
        # 03:15 in CELERY_TIMEZONE (Toronto), once a day: the window of HISTORY_DUPLICATE_CLEANUP_DAYS covers it.
        "schedule": crontab(hour=3, minute=15),
    },
}
# The nightly history_cleanup removes history rows that record no change (saves that changed nothing) among
# the rows of the last HISTORY_DUPLICATE_CLEANUP_DAYS days (jointcouncils/tasks.py).
HISTORY_DUPLICATE_CLEANUP_DAYS = 1

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # WeasyPrint narrates every step of every render at INFO; its warnings still show.
    "loggers": {"weasyprint": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}},
}

# Roles are auth groups; these are their names.
ROLE_SECRETARIAT = "secretariat"
ROLE_COCHAIR = "co-chair"
ROLE_COUNCIL_MEMBER = "council member"
ROLE_ADMIN = "admin"


# Reports (briefing packs and status reports).
# Sending a job when Redis is down: try briefly, then tell the user; the build is kept and sent again by
# reports.requeue_stale_builds.
REPORTS_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}
CELERY_BEAT_SCHEDULE["reports-requeue-stale"] = {"task": "reports.requeue_stale_builds", "schedule": 60.0}
# Spreadsheet imports: the largest file and the most rows one file may hold (a bigger roster is split in parts).
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", str(5 * 1024 * 1024)))
IMPORT_MAX_ROWS = int(os.environ.get("IMPORT_MAX_ROWS", "10000"))
# Agenda attachments: PDF, DOCX or XLSX, checked by content, at most this size.
MAX_ATTACHMENT_BYTES = int(os.environ.get("MAX_ATTACHMENT_BYTES", str(20 * 1024 * 1024)))

# E-mail (notifications): EMAIL_URL, e.g. smtp://user:password@mail.example.ca:587?tls=1 in production;
# console:// prints messages (development's default); tests keep them in memory (locmem://).
EMAIL_URL = os.environ.get("EMAIL_URL", "smtp://localhost:25")
globals().update(email_settings(EMAIL_URL))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Joint Councils secretariat <jc-secretariat@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The portal's public address, for the links in e-mails and calendar files (they are read outside the portal).
PORTAL_URL = os.environ.get("PORTAL_URL", "http://127.0.0.1:8000")
CELERY_BEAT_SCHEDULE["notifications-digest-daily"] = {
    "task": "notifications.send_digests",
    "schedule": crontab(hour=7, minute=0),
}
CELERY_BEAT_SCHEDULE["notifications-requeue-pending"] = {"task": "notifications.requeue_pending", "schedule": 300.0}
CELERY_BEAT_SCHEDULE["meetings-reminders-daily"] = {"task": "meetings.send_reminders", "schedule": crontab(hour=6, minute=30)}
# Decisions between meetings (voting): the sweep opens and closes ballots at their time, and sends reminders.
CELERY_BEAT_SCHEDULE["voting-sweep"] = {"task": "voting.sweep_ballots", "schedule": 60.0}
