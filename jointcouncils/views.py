"""Project-level views: health and home."""

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from councils import selectors

from . import roles


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


def home(request):
    """The home page: a welcome for the user's role, a card per section with live counts, the co-chair's own
    groups, and for the secretariat the numbers that need attention."""
    user = request.user
    if not roles.is_reader(user):
        # Logged in without a portal role: a page that says so, and no record.
        return render(request, "home.html", {"no_role": True}, status=403)
    context = {
        "nav": "home",
        "counts": selectors.home_counts(),
        "is_cochair": roles.is_cochair(user),
        "is_council_member": roles.is_council_member(user),
    }
    if context["is_cochair"]:
        context["my_groups"] = list(selectors.groups_cochaired_by(user))
    if roles.is_secretariat(user):
        context["attention"] = selectors.attention_numbers()
    return render(request, "home.html", context)
