import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_redis_without_login(client, settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "ok"
    assert body["redis"] == ("ok" if settings.REDIS_URL else "not configured")


@override_settings(REDIS_URL="redis://127.0.0.1:1/0")
def test_healthz_is_503_when_redis_is_unreachable(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["redis"].startswith("error")


def test_pages_need_login(client):
    response = client.get("/en/working-groups/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
