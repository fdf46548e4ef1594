"""docker-compose.yml, the Dockerfile, the Makefile and the README agree with each other and with the code.

Docker does not run on the CI machine, so these checks are what keeps the deployment files honest.
"""

import re
import shlex
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _command(service: dict) -> str:
    command = service["command"]
    return command if isinstance(command, str) else " ".join(command)


def _option(words: list[str], name: str) -> str:
    return words[words.index(name) + 1]


def test_compose_has_the_services_and_volumes_of_the_readme(compose, services):
    assert set(services) == {"postgres", "redis", "web", "worker", "beat"}
    assert set(compose["volumes"]) == {"pgdata", "media"}
    readme = (ROOT / "README.md").read_text()
    for name in services:
        assert f"`{name}`" in readme, f"README.md does not describe the compose service {name}"


def test_postgres_and_redis_have_health_checks_and_postgres_keeps_its_data(services):
    postgres, redis = services["postgres"], services["redis"]
    assert postgres["image"] == "postgres:15"
    assert "pgdata:/var/lib/postgresql/data" in postgres["volumes"]
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert redis["image"] == "redis:7"
    assert redis["healthcheck"]["test"][-2:] == ["redis-cli", "ping"]


@pytest.mark.parametrize("name", ["web", "worker", "beat"])
def test_app_services_run_production_settings_with_a_secret_key_that_has_no_default(services, name):
    service = services[name]
    env = service["environment"]
    assert service["build"] == "."
    assert service["image"] == services["web"]["image"]
    assert env["DJANGO_SETTINGS_MODULE"] == "jointcouncils.settings.prod"
    # ${VAR:?message} makes compose refuse to start without it; a default would ship a known key.
    assert env["SECRET_KEY"] == "${SECRET_KEY:?set SECRET_KEY}"
    assert env["DATABASE_URL"].startswith("postgres://") and "@postgres:5432/" in env["DATABASE_URL"]
    assert env["REDIS_URL"] == "redis://redis:6379/0"
    assert env["SECURE_SSL_REDIRECT"] == "false"
    assert "localhost" in env["ALLOWED_HOSTS"]
    for dependency in ("postgres", "redis"):
        assert service["depends_on"][dependency] == {"condition": "service_healthy"}


def test_web_sets_up_then_serves_with_gunicorn_and_is_checked_on_healthz(services):
    web = services["web"]
    command = _command(web)
    # compilemessages first: the system check of compiled translations stops migrate without them.
    steps = ["compilemessages", "migrate", "collectstatic", "load_joint_councils", "gunicorn jointcouncils.wsgi"]
    positions = [command.find(step) for step in steps]
    assert -1 not in positions, f"web's command misses one of {steps}: {command}"
    assert positions == sorted(positions), "web's command runs its steps out of order"
    assert "--bind 0.0.0.0:8000" in command
    assert "/healthz" in " ".join(web["healthcheck"]["test"])
    assert "media:/app/media" in web["volumes"]
    # Static files come from whitenoise, in the middleware, with the hashed, compressed storage in production.
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in settings.MIDDLEWARE


def test_every_management_command_of_the_compose_file_exists(services):
    commands = get_commands()
    for name, service in services.items():
        for called in re.findall(r"manage\.py (\w+)", _command(service) if "command" in service else ""):
            assert called in commands, f"{name} runs manage.py {called}, which does not exist"


def test_the_worker_consumes_every_queue_the_tasks_are_routed_to(services):
    worker = services["worker"]
    words = shlex.split(_command(worker).replace("sh -c ", ""))
    assert words[:4] == ["exec", "celery", "-A", "jointcouncils"] and "worker" in words
    assert _option(words, "--max-tasks-per-child") == "50"
    consumed = set(_option(words, "-Q").split(","))
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()} | {settings.CELERY_TASK_DEFAULT_QUEUE}
    assert routed <= consumed
    assert consumed == {"celery", "reports"}
    assert "inspect ping" in " ".join(worker["healthcheck"]["test"])
    makefile = (ROOT / "Makefile").read_text()
    assert "worker -Q celery,reports" in makefile


def test_dockerfile_installs_the_pinned_set_and_the_pdf_libraries_and_runs_unprivileged():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim-bookworm$", dockerfile, re.MULTILINE)
    for package in ("libpango-1.0-0", "libpangoft2-1.0-0", "fonts-dejavu-core", "gettext"):
        assert package in dockerfile
    assert "pip install -r requirements.lock" in dockerfile
    users = re.findall(r"^USER (\S+)$", dockerfile, re.MULTILINE)
    assert users and users[-1] not in {"root", "0"}
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    for path in (".venv", ".git", "db.sqlite3", ".env"):
        assert path in ignored


def test_readme_gives_the_commands_the_demo_accounts_and_the_environment():
    readme = (ROOT / "README.md").read_text()
    for text in ("make run", "make test", "docker compose up", "http://127.0.0.1:8000", "/healthz"):
        assert text in readme
    for username, password in [
        ("staff", "jc-demo-staff-2026"),
        ("cochair", "jc-demo-cochair-2026"),
        ("member", "jc-demo-member-2026"),
        ("admin", "jc-demo-admin-2026"),
    ]:
        assert re.search(rf"`{username}`.*`{password}`", readme), f"README.md lacks the demo account {username}"
    for variable in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "SECURE_SSL_REDIRECT"):
        assert f"`{variable}`" in readme, f"README.md does not describe {variable}"


def test_the_image_has_pg_dump_of_the_postgres_service_major_version_for_backups(services):
    """manage.py backup and restore run pg_dump and pg_restore in the web container; an older client refuses."""
    major = services["postgres"]["image"].split(":", 1)[1]
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert f"postgresql-client-{major}" in dockerfile
    readme = (ROOT / "README.md").read_text()
    assert "docker compose exec -T web python manage.py backup --output -" in readme
    assert "manage.py restore" in readme
    assert {"backup", "restore"} <= set(get_commands())
