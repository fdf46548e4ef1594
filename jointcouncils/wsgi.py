"""WSGI entry point for gunicorn."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jointcouncils.settings.prod")


def freeze_after_first_request(app):
    """After the worker's first request, move every object alive then (Django, the apps, the URLconf, the
    templates, the translations: some 170,000 objects) out of the garbage collector's sight (`gc.freeze`).

    They live as long as the worker, and the collector's full passes walked them all: at a hundred times the real
    data, one request in about fifteen paid about 100 ms more for a full pass (the groups list as a member: p95 142
    ms, frozen 81 ms; benchmarks/profile_page.py). Objects made by later requests are collected as before.
    """
    frozen = False

    def application(environ, start_response):
        nonlocal frozen
        response = app(environ, start_response)
        if not frozen:
            frozen = True
            gc.collect()
            gc.freeze()
        return response

    return application


application = freeze_after_first_request(get_wsgi_application())
