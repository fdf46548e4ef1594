"""Project-level views: health (the home page is dashboards.views.home)."""

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure means "down"; the reason is reported
        return f"error: {exc.__class__.__name__}"
    return "ok"


def _redis_state() -> str:
    if not settings.REDIS_URL:
        return "not configured"
    import redis

    try:
        client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
        client.ping()
    except Exception as exc:  # noqa: BLE001
        return f"error: {exc.__class__.__name__}"
    return "ok"


@login_not_required
@never_cache
@require_GET
def healthz(request):
    """The database's and Redis's state as JSON: 200 when healthy, 503 otherwise. No login."""
    database = _database_state()
    redis_state = _redis_state()
    healthy = database == "ok" and redis_state in {"ok", "not configured"}
    body = {"status": "ok" if healthy else "error", "database": database, "redis": redis_state}
    return JsonResponse(body, status=200 if healthy else 503)
