"""The portal's WSGI application, with one benchmark-only path beside it: ``/__bare__`` is answered by a bare
Django view ("ok", no middleware, a URLconf of its own) in the same gunicorn worker, so that a page's throughput can
be read as a share of what Django itself costs on this machine (bench_pages.py). Never used in production:

    gunicorn benchmarks.bench_wsgi --workers 2
"""

import os

from django.core.handlers.exception import convert_exception_to_response
from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse
from django.urls import path

from jointcouncils.wsgi import application as application_as_served

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jointcouncils.settings.prod")

BARE_PATH = "/__bare__"


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


# The bare view's own URLconf: this module (Django resolves request.urlconf by module path).
urlpatterns = [path(BARE_PATH.lstrip("/"), bare)]


class BareHandler(WSGIHandler):
    """Django's WSGI handler with no middleware at all and this module's URLconf: request → resolve → view."""

    def load_middleware(self, is_async=False):
        self._view_middleware = []
        self._template_response_middleware = []
        self._exception_middleware = []
        self._middleware_chain = convert_exception_to_response(self._get_response)

    def resolve_request(self, request):
        request.urlconf = __name__
        return super().resolve_request(request)


portal = application_as_served  # the portal as gunicorn serves it (jointcouncils.wsgi: the collector freeze included)
bare_handler = BareHandler()


def application(environ, start_response):
    if environ.get("PATH_INFO") == BARE_PATH:
        return bare_handler(environ, start_response)
    return portal(environ, start_response)
