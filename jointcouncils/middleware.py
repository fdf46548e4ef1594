"""Project middleware: the login requirement's exemptions, the session idle timeout, the client's address, the
refusal of unreadable query parameters."""

import re
import time
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.middleware import LoginRequiredMiddleware as DjangoLoginRequiredMiddleware
from django.http import HttpResponseBadRequest
from django.template import loader
from django.utils.translation import ngettext

from .typography import french_html

_LAST_SEEN = "_last_seen"
# The idle stamp is written again only when it is at least this old: a session that only reads pages is not saved
# (one UPDATE and a savepoint pair) on every request. A user is therefore logged out after the idle timeout counted
# from the stamp, which is at most this much older than their last request: never later than the timeout.
LAST_SEEN_RESOLUTION = 60


class LoginRequiredMiddleware(DjangoLoginRequiredMiddleware):
    """Django's LoginRequiredMiddleware, plus the URL names of settings.LOGIN_NOT_REQUIRED_URL_NAMES.

    Views we write are exempted with @login_not_required; this list is for views of Django itself that
    are not marked, such as the language switch, which the log-in page needs.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is not None and match.view_name in getattr(settings, "LOGIN_NOT_REQUIRED_URL_NAMES", ()):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)


IDLE_LOG_OUT = "log out"
IDLE_STAMP = "stamp"


def idle_step(last_seen: int | None, now: int) -> str | None:
    """What SessionIdleTimeoutMiddleware does to a logged-in session with this idle stamp: log it out (idle too
    long), write the stamp again (none yet, or at least LAST_SEEN_RESOLUTION old), or nothing. A page kept for the
    session (jointcouncils.page_cache) is served only when it would do nothing."""
    if last_seen is not None and now - int(last_seen) > settings.SESSION_IDLE_TIMEOUT:
        return IDLE_LOG_OUT
    if last_seen is None or now - int(last_seen) >= LAST_SEEN_RESOLUTION:
        return IDLE_STAMP
    return None


class SessionIdleTimeoutMiddleware:
    """Log a user out after SESSION_IDLE_TIMEOUT seconds without a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            step = idle_step(request.session.get(_LAST_SEEN), now)
            if step == IDLE_LOG_OUT:
                logout(request)
                minutes = max(1, settings.SESSION_IDLE_TIMEOUT // 60)
                messages.info(
                    request,
                    ngettext(
                        "For your security, you were logged out after %(minutes)d minute without activity. Please log in again.",
                        "For your security, you were logged out after %(minutes)d minutes without activity. Please log in again.",
                        minutes,
                    )
                    % {"minutes": minutes},
                )
            elif step == IDLE_STAMP:
                request.session[_LAST_SEEN] = now
        return self.get_response(request)


# Longest value a filter, a search or a page number may hold; the search box itself stops far shorter.
MAX_QUERY_VALUE_LENGTH = 1000
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def query_string_is_readable(query_string: str) -> bool:
    """Every name and value of the query string is UTF-8 text, without control characters, of at most 1,000 characters.

    PostgreSQL refuses a NUL in text, Python an integer of more than 4,300 digits, and Django reads bytes that are
    not UTF-8 as U+FFFD: rather than let each filter and export meet these, the request is refused at the door.
    """
    for part in query_string.replace(";", "&").split("&"):
        for piece in part.split("=", 1):
            try:
                text = unquote_to_bytes(piece.replace("+", " ")).decode("utf-8")
            except UnicodeDecodeError:
                return False
            if len(text) > MAX_QUERY_VALUE_LENGTH or _CONTROL_CHARACTERS.search(text):
                return False
    return True


class QueryParameterMiddleware:
    """Answer 400, in the portal's layout and the page's language, to a query string that cannot be read."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not query_string_is_readable(request.META.get("QUERY_STRING", "")):
            return HttpResponseBadRequest(loader.render_to_string("400.html", request=request))
        return self.get_response(request)


def client_ip_address(request) -> str | None:
    """The client's address for django-axes (AXES_CLIENT_IP_CALLABLE).

    Behind TRUSTED_PROXY_COUNT reverse proxies, each proxy appends the address it saw to X-Forwarded-For,
    so the client is the TRUSTED_PROXY_COUNT-th entry from the right; entries further left are whatever the
    client sent and are not trusted. With no proxy (the default), REMOTE_ADDR.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


class FrenchTypographyMiddleware:
    """French pages get French typography in their text (see jointcouncils.typography): the same rules as the editions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            getattr(request, "LANGUAGE_CODE", "")[:2] == "fr"
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Content-Encoding")
        ):
            charset = response.charset or "utf-8"
            response.content = french_html(response.content.decode(charset)).encode(charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
