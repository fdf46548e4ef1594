"""Whole pages kept for the session that asked for them, until the record changes.

A reading page (home, dashboards, lists, a group, a meeting, the logic model, the search) is the same HTML for the
same session, address and language as long as nothing it is made of changed. `PageCacheMiddleware` keeps the
finished response (after every middleware below it: French typography, security headers, the content security
policy) under a key made of:

- the session's key and its CSRF cookie (the page's forms carry a token of that session's secret; the header names
  its user; the hub is that user's), the host and the full path with its query string (the language is the path's
  prefix);
- the record's version (jointcouncils.record_version: bumped by every write to the record, the users and their
  roles included) and the pages' own version, bumped by the writes that pages show but that are not the record:
  report builds and their files, import jobs, notification preferences (`PAGE_ONLY_APPS`).

A kept page is served again only while it is fresh: until the end of the day it was made (overdue, late and "this
week" change with the date), or for one minute where the view compares with the clock (the home page's next
meetings, the meeting pages' coming or past); and only to a request that would reach the same view unchanged:

- a GET, not an htmx request, with a session that is logged in now (a logged-out or expired session has no data);
- whose idle stamp needs no writing and is not past the idle timeout (SessionIdleTimeoutMiddleware's own test:
  any request that would write the stamp or log out goes the whole way);
- with no message waiting (a page that shows messages is never kept).

What is kept: a 200 answer to a GET that the view marked (`page_cached`, `PageCacheMixin`), which set no new cookie
(the CSRF cookie sent again with its same value is not new) and showed no message. Everything else goes the whole
way through the middleware and the view, as before. Roles are checked by the view when the page is made; a change of
role, password or activity is a write to the users, which bumps the record's version, so no kept page outlives it. A
cache out of reach serves nothing and stores nothing: the page is made as before.
"""

import datetime
import functools
import hashlib
import logging
import time
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.session import SessionStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from .middleware import _LAST_SEEN, idle_step
from .record_version import CACHE_DOWN, CACHE_SECONDS, page_versions

logger = logging.getLogger(__name__)

KEY_PREFIX = "page"
# At most this many pages kept for one session within CACHE_SECONDS (the longest a page is kept): a session that
# asks for many different addresses (every search, every filter) cannot fill the cache, which Celery shares.
MAX_PAGES_PER_SESSION = 50
MINUTE = "minute"
DAY = "day"
_FRESHNESS = {MINUTE, DAY}
# Headers that belong to one answer, not to the page.
_NOT_KEPT = {"set-cookie", "date"}


def page_cached(freshness: str = DAY):
    """Mark a function view's answer as one that may be kept (see the module)."""
    if freshness not in _FRESHNESS:
        raise ValueError(freshness)

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            request.page_cache_freshness = freshness
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


class PageCacheMixin:
    """Mark a class-based view's answers as ones that may be kept (see the module)."""

    page_cache_freshness = DAY

    def dispatch(self, request, *args, **kwargs):
        request.page_cache_freshness = self.page_cache_freshness
        return super().dispatch(request, *args, **kwargs)


def fresh_until(freshness: str, now: float) -> float:
    """Until when a page made now may be served again."""
    if freshness == MINUTE:
        return now + 60
    local = timezone.localtime(timezone.now())
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
    return min(now + CACHE_SECONDS, now + (midnight - local).total_seconds())


def _sets_cookies(request, response) -> bool:
    """Whether the answer sets a cookie the request did not already hold. Django sends the CSRF cookie again with
    every page that has a form, to renew its age; the same value again is not a new cookie."""
    for name, morsel in response.cookies.items():
        if name != settings.CSRF_COOKIE_NAME or morsel.value != request.COOKIES.get(name):
            return True
    return False


def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


class PageCacheMiddleware:
    """Serve a kept page, or keep the page the view made (see the module). Placed before SessionMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.session_store = _session_store()
        # A new secret key ends every session (their hashes no longer verify): it ends their kept pages too.
        self.secret = hashlib.sha256(settings.SECRET_KEY.encode()).hexdigest()[:16]

    def __call__(self, request):
        if not getattr(settings, "PAGE_CACHE", True) or request.method != "GET" or "HTTP_HX_REQUEST" in request.META:
            return self.get_response(request)
        session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if not session_key or CookieStorage.cookie_name in request.COOKIES:
            return self.get_response(request)
        try:
            key, user_id = self._key(request, session_key)
            entry = cache.get(key) if key else None
        except CACHE_DOWN:
            logger.warning("The cache is out of reach: the page is made without it.", exc_info=True)
            return self.get_response(request)
        if entry is not None and entry[0] > time.time():
            return self._answer(entry)
        response = self.get_response(request)
        if key and self._may_keep(request, response, user_id):
            self._keep(key, session_key, request.page_cache_freshness, response)
        return response

    def _key(self, request, session_key: str) -> tuple[str | None, str | None]:
        """The page's key, or None when this request must go the whole way (and must not be kept)."""
        data = self.session_store(session_key).load()
        user_id = data.get(SESSION_KEY)
        if user_id is None or SessionStorage.session_key in data:
            return None, None
        # A stamp to write or a session to end (SessionIdleTimeoutMiddleware's own rule) goes the whole way.
        if idle_step(data.get(_LAST_SEEN), int(time.time())) is not None:
            return None, None
        record, pages = page_versions()
        parts = [
            self.secret,
            session_key,
            request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""),
            request.get_host(),
            request.get_full_path(),
            str(record),
            str(pages),
        ]
        digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
        return f"{KEY_PREFIX}:{digest}", str(user_id)

    @staticmethod
    def _may_keep(request, response, user_id: str | None) -> bool:
        if getattr(request, "page_cache_freshness", None) not in _FRESHNESS:
            return False
        if response.status_code != 200 or response.streaming or _sets_cookies(request, response):
            return False
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or str(user.pk) != user_id:
            return False
        storage = getattr(request, "_messages", None)
        return not (storage is not None and (storage.used or getattr(storage, "_queued_messages", None)))

    @staticmethod
    def _keep(key: str, session_key: str, freshness: str, response) -> None:
        now = time.time()
        until = fresh_until(freshness, now)
        headers = [(name, value) for name, value in response.items() if name.lower() not in _NOT_KEPT]
        count_key = f"{KEY_PREFIX}-count:{hashlib.sha256(session_key.encode()).hexdigest()}"
        try:
            cache.add(count_key, 0, timeout=CACHE_SECONDS)
            if cache.incr(count_key) > MAX_PAGES_PER_SESSION:
                return
            cache.set(key, (until, response.status_code, headers, response.content), timeout=max(1, int(until - now)))
        except ValueError:  # the count was evicted between add and incr: keep nothing this time
            return
        except CACHE_DOWN:
            logger.warning("The cache is out of reach: the page is not kept.", exc_info=True)

    @staticmethod
    def _answer(entry) -> HttpResponse:
        _until, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return response
