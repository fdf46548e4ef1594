"""/healthz: what the load balancer, docker compose and the README rely on."""

import importlib

import pytest
from django.db import OperationalError
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_redis_without_login(client, settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body == {
        "status": "ok",
        "database": "ok",
        "redis": "ok" if settings.REDIS_URL else "not configured",
    }
    assert "no-cache" in response["Cache-Control"]


@override_settings(REDIS_URL="redis://127.0.0.1:1/0")
def test_healthz_is_503_when_redis_is_unreachable(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response.json()["redis"].startswith("error")


def test_healthz_is_503_when_the_database_is_unreachable(client, monkeypatch):
    from jointcouncils import views

    class Unreachable:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr(views, "connection", Unreachable())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error: OperationalError"


def test_healthz_answers_only_get(client):
    assert client.post("/healthz").status_code == 405


def test_healthz_is_not_redirected_to_https_in_production(client, monkeypatch):
    # The container's health check speaks plain HTTP to 127.0.0.1:8000, also where SECURE_SSL_REDIRECT is on.
    monkeypatch.setenv("SECRET_KEY", "health-test-key")
    prod = importlib.import_module("jointcouncils.settings.prod")
    with override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=prod.SECURE_REDIRECT_EXEMPT):
        assert client.get("/healthz").status_code == 200
        redirected = client.get("/en/accounts/login/")
    assert redirected.status_code == 301
    assert redirected["Location"].startswith("https://")


def test_pages_need_login(client):
    response = client.get("/en/working-groups/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
