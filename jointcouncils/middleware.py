"""Project middleware."""

import time

from django.conf import settings
from django.contrib.auth import logout

_LAST_SEEN = "_last_seen"


class SessionIdleTimeoutMiddleware:
    """Log a user out after SESSION_IDLE_TIMEOUT seconds without a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(_LAST_SEEN)
            if last_seen is not None and now - int(last_seen) > settings.SESSION_IDLE_TIMEOUT:
                logout(request)
            else:
                request.session[_LAST_SEEN] = now
        return self.get_response(request)
