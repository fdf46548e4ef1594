"""Security baseline: login everywhere, django-axes lock-out, CSP, session idle timeout, deploy checks."""

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, PathConverter, SlugConverter, StringConverter, UUIDConverter
from django.urls.resolvers import RoutePattern

PASSWORD = "correct-horse-battery"
TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"

# Reachable without logging in, by design.
PUBLIC_URL_NAMES = {
    "login",
    "healthz",
    "set_language",
    "admin:login",
    # Calendar applications cannot log in: the feed's address carries the user's secret key (404 without it).
    "meetings:council_feed",
    # A survey's personal page: the signed, expiring link is the key (tests/consultations/test_survey_links.py).
    "consultations:answer",
}

# Sample values for URL arguments. The login check runs before the view, so a value need not exist in the
# database: it only has to make the URL resolve. Path converters give the value's type; regex patterns (the
# admin's) are matched by argument name.
CONVERTER_SAMPLES = {
    IntConverter: 1,
    SlugConverter: "x-1",
    StringConverter: "x",
    PathConverter: "x/y",
    UUIDConverter: uuid.UUID(int=1),
}
REGEX_SAMPLES = {"object_id": "1", "app_label": "councils", "url": "anything/"}


def named_patterns(resolver=None, namespace=None):
    """Yield (full URL name, pattern) for every named pattern of the project, included ones too."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            full = ":".join(n for n in (namespace, entry.namespace) if n) or None
            yield from named_patterns(entry, full)
        elif isinstance(entry, URLPattern) and entry.name:
            yield (f"{namespace}:{entry.name}" if namespace else entry.name), entry.pattern


def sample_kwargs(pattern) -> dict:
    if isinstance(pattern, RoutePattern):
        kwargs = {}
        for name, converter in pattern.converters.items():
            sample = next((v for kind, v in CONVERTER_SAMPLES.items() if isinstance(converter, kind)), None)
            if sample is None:
                raise LookupError(f"{pattern}: add a sample for the converter {type(converter).__name__}")
            kwargs[name] = sample
        return kwargs
    missing = set(pattern.regex.groupindex) - set(REGEX_SAMPLES)
    if missing:
        raise LookupError(f"{pattern}: add a sample for {sorted(missing)} to REGEX_SAMPLES")
    return {name: REGEX_SAMPLES[name] for name in pattern.regex.groupindex}


def project_urls() -> list[tuple[str, str]]:
    """Every named URL of the project, with sample arguments."""
    urls, problems = {}, []
    for name, pattern in named_patterns():
        try:
            kwargs = sample_kwargs(pattern)
            if not kwargs and pattern.regex.groups:
                # Only unnamed groups (simple_history's revert page): positional arguments.
                urls[name] = reverse(name, args=["1"] * pattern.regex.groups)
            else:
                urls[name] = reverse(name, kwargs=kwargs)
        except (LookupError, NoReverseMatch) as exc:
            problems.append(f"{name}: {exc}")
    assert not problems, problems
    return sorted(urls.items())


def login_locations() -> tuple[str, ...]:
    return (reverse("login"), reverse("admin:login"))


@pytest.mark.django_db
def test_every_page_but_the_public_ones_sends_anonymous_visitors_to_log_in():
    urls = project_urls()
    assert len(urls) > 20  # the walk found the admin and the portal's pages
    client = Client()
    for name, url in urls:
        if name in PUBLIC_URL_NAMES:
            continue
        response = client.get(url)
        assert response.status_code == 302, f"{name} {url}: {response.status_code}"
        assert response["Location"].startswith(login_locations()), f"{name} {url}: {response['Location']}"


@pytest.mark.django_db
def test_public_pages_answer_anonymous_visitors():
    client = Client()
    assert client.get(reverse("login")).status_code == 200
    assert client.get(reverse("admin:login")).status_code == 200
    assert client.get(reverse("healthz")).status_code in {200, 503}
    # Without a valid signed link the survey page refuses, with a message, and shows nothing of a consultation.
    refused = client.get(reverse("consultations:answer", args=["00000000-0000-0000-0000-000000000001", "x"]))
    assert refused.status_code == 403
    assert "This link is not valid" in refused.content.decode()


@pytest.mark.django_db
def test_anonymous_visitor_may_switch_language_on_the_login_page():
    client = Client()
    response = client.post(reverse("set_language"), {"language": "fr", "next": "/fr/accounts/login/"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/login/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"


@pytest.mark.django_db
def test_logout_is_post_only(member_user):
    client = Client()
    client.force_login(member_user)
    assert client.get(reverse("logout")).status_code == 405
    assert client.get(reverse("home")).status_code == 200  # still logged in
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get(reverse("home"))["Location"].startswith(reverse("login"))


# --- django-axes ---------------------------------------------------------------------------------------


def attempt(client: Client, username: str, password: str, ip: str):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.mark.django_db
def test_five_failures_lock_the_username_from_that_address(member_user):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(client, "member", "wrong-password", "203.0.113.5")
        assert response.status_code == 200  # the form again, with its error
    attempt(client, "member", "wrong-password", "203.0.113.5")  # the fifth failure

    # The sixth attempt, even with the right password, gets the locked-out page.
    response = attempt(client, "member", PASSWORD, "203.0.113.5")
    assert response.status_code == 429
    assert "Too many failed log-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session

    # The lock is on the pair username + address: the same person from another address may still log in ...
    other_address = Client()
    response = attempt(other_address, "member", PASSWORD, "198.51.100.7")
    assert response.status_code == 302
    assert other_address.session["_auth_user_id"] == str(member_user.pk)


@pytest.mark.django_db
def test_lockout_of_one_username_does_not_lock_others_at_that_address(member_user, outsider_user):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "member", "wrong-password", "203.0.113.9")
    assert attempt(client, "member", PASSWORD, "203.0.113.9").status_code == 429
    assert attempt(Client(), "outsider", PASSWORD, "203.0.113.9").status_code == 302


@pytest.mark.django_db
def test_four_failures_do_not_lock(member_user):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "member", "wrong-password", "203.0.113.10")
    assert attempt(client, "member", PASSWORD, "203.0.113.10").status_code == 302


# --- Content-Security-Policy ---------------------------------------------------------------------------


def assert_strict_policy(response):
    policy = response["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert directives["script-src"] == ["'self'"], policy
    assert "'unsafe-inline'" not in directives.get("style-src", []), policy
    assert "'unsafe-eval'" not in policy
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_pages_carry_a_strict_content_security_policy(staff_client):
    assert_strict_policy(Client().get(reverse("login")))
    assert_strict_policy(staff_client.get(reverse("home")))
    assert_strict_policy(staff_client.get(reverse("workinggroups:list")))


SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.IGNORECASE)
HANDLER_ATTRIBUTE = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)


TEMPLATE_COMMENTS = re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}|<!--.*?-->", re.DOTALL)


def template_files() -> list[Path]:
    return sorted(TEMPLATES_DIR.rglob("*.html"))


def template_markup(path: Path) -> str:
    """The template without its comments, which may mention <script> or <style> in words."""
    return TEMPLATE_COMMENTS.sub("", path.read_text(encoding="utf-8"))


def test_templates_hold_no_inline_script_or_style():
    files = template_files()
    assert files, "no template found"
    problems = []
    for path in files:
        text = template_markup(path)
        where = path.relative_to(TEMPLATES_DIR)
        for match in SCRIPT_TAG.finditer(text):
            if not re.search(r"\ssrc\s*=", match.group(1)):
                problems.append(f"{where}: inline <script> {match.group(0)}")
        for pattern, what in (
            (STYLE_ATTRIBUTE, "style attribute"),
            (HANDLER_ATTRIBUTE, "event handler attribute"),
            (JAVASCRIPT_URL, "javascript: URL"),
            (STYLE_ELEMENT, "<style> element"),
        ):
            if pattern.search(text):
                problems.append(f"{where}: {what}")
    assert not problems, "\n".join(problems)


def test_the_template_scan_finds_what_it_looks_for():
    """The patterns above catch the usual ways in which inline code slips in (a scan that cannot fail is useless)."""
    assert not re.search(r"\ssrc\s*=", SCRIPT_TAG.search("<script>alert(1)</script>").group(1))
    assert re.search(r"\ssrc\s*=", SCRIPT_TAG.search('<script src="/static/js/portal.js" defer>').group(1))
    assert STYLE_ATTRIBUTE.search('<p class="x" style="color: red">')
    assert HANDLER_ATTRIBUTE.search('<button type="button" onclick="go()">')
    assert not HANDLER_ATTRIBUTE.search('<a href="/x" class="button">')
    assert JAVASCRIPT_URL.search('<a href="javascript:void(0)">')
    assert "<style>" not in TEMPLATE_COMMENTS.sub("", "{# htmx must not inject its <style> #}<p>")


# --- Session idle timeout ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_session_expires_after_the_idle_timeout(member_user, monkeypatch):
    import jointcouncils.middleware as middleware

    clock = {"now": 1_900_000_000.0}
    monkeypatch.setattr(middleware.time, "time", lambda: clock["now"])
    client = Client()
    client.force_login(member_user)
    assert client.get(reverse("home")).status_code == 200

    clock["now"] += settings.SESSION_IDLE_TIMEOUT - 5  # active again just before the timeout
    assert client.get(reverse("home")).status_code == 200

    clock["now"] += settings.SESSION_IDLE_TIMEOUT - 5  # counted from the last request, not from login
    assert client.get(reverse("home")).status_code == 200

    clock["now"] += settings.SESSION_IDLE_TIMEOUT + 1
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert "_auth_user_id" not in client.session
    login_page = client.get(response["Location"])
    assert "you were logged out after" in login_page.content.decode()


@pytest.mark.django_db
def test_session_idle_stamp_in_the_past_logs_out(member_user):
    client = Client()
    client.force_login(member_user)
    client.get(reverse("home"))
    session = client.session
    session["_last_seen"] = session["_last_seen"] - settings.SESSION_IDLE_TIMEOUT - 60
    session.save()
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_session_cookie_settings():
    assert settings.SESSION_IDLE_TIMEOUT <= 30 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_HTTPONLY


# --- Production settings -------------------------------------------------------------------------------


def prod_env(**extra) -> dict[str, str]:
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; production never has it.
    env = {
        **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "jointcouncils.settings.prod",
        "SECRET_KEY": "k" + uuid.uuid4().hex + uuid.uuid4().hex + "-Zq9!",
        "ALLOWED_HOSTS": "portal.example.ca",
    }
    env.update(extra)
    return env


def test_production_settings_pass_the_deploy_check_without_a_warning():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=prod_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=settings.BASE_DIR,
        env=prod_env(SECRET_KEY=""),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.django_db
def test_behind_a_proxy_the_lock_follows_the_forwarded_client_address(member_user, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"

    def through_proxy(client, password, forwarded_for):
        return client.post(
            reverse("login"),
            {"username": "member", "password": password},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=forwarded_for,
        )

    attacker = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        # A forged left-hand entry changes nothing: the proxy appends the address it saw.
        through_proxy(attacker, "wrong-password", f"192.0.2.{n}, 203.0.113.5")
    assert through_proxy(attacker, PASSWORD, "192.0.2.99, 203.0.113.5").status_code == 429
    # Another client behind the same proxy is not locked out.
    assert through_proxy(Client(), PASSWORD, "198.51.100.7").status_code == 302


def test_client_address_without_a_proxy_is_the_remote_address(rf, settings):
    from jointcouncils.middleware import client_ip_address

    settings.TRUSTED_PROXY_COUNT = 0
    request = rf.get("/", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="192.0.2.1")
    assert client_ip_address(request) == "203.0.113.5"
    settings.TRUSTED_PROXY_COUNT = 2
    request = rf.get("/", REMOTE_ADDR="10.0.0.3", HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.5, 10.0.0.2")
    assert client_ip_address(request) == "203.0.113.5"


# --- media files ---------------------------------------------------------------------------------------


@pytest.fixture
def debug_urlconf(settings, tmp_path):
    """The project's URLconf as `make run` (DEBUG on) builds it, media in tmp_path; put back as the tests' after."""
    import importlib

    from django.urls import clear_url_caches

    import jointcouncils.urls

    settings.MEDIA_ROOT = tmp_path
    settings.DEBUG = True
    importlib.reload(jointcouncils.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(jointcouncils.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_media_files_are_not_served_by_url_even_in_development(debug_urlconf, personas, settings, tmp_path):
    """Issued reports and attachments are downloaded only through the views that check the role, never /media/."""
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "pack.pdf").write_bytes(b"%PDF-1.7 confidential")
    for name in ("outsider", "member", "secretariat"):
        response = personas[name].get(f"{settings.MEDIA_URL}reports/pack.pdf")
        assert response.status_code == 404, name
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"confidential" not in content


# --- password change ------------------------------------------------------------------------------------


def change_password(client: Client, old: str, ip: str):
    new = "a-new-long-passphrase-2026"
    data = {"old_password": old, "new_password1": new, "new_password2": new}
    return client.post(reverse("password_change"), data, REMOTE_ADDR=ip)


@pytest.mark.django_db
def test_wrong_old_passwords_on_the_password_change_page_lock_out_like_failed_logins(member_user):
    client = Client()
    client.force_login(member_user)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = change_password(client, "wrong-password", "203.0.113.20")
        assert response.status_code == 200
        assert "Your old password was entered incorrectly" in response.content.decode()
    response = change_password(client, "wrong-password", "203.0.113.20")  # the limit
    assert response.status_code == 429
    assert "Too many failed log-in attempts" in response.content.decode()

    # Locked: even the right old password changes nothing, the session has ended, and log-in is refused too.
    assert change_password(client, PASSWORD, "203.0.113.20").status_code in (302, 429)
    member_user.refresh_from_db()
    assert member_user.check_password(PASSWORD)
    assert "_auth_user_id" not in client.session
    assert attempt(Client(), "member", PASSWORD, "203.0.113.20").status_code == 429


@pytest.mark.django_db
def test_a_right_old_password_still_changes_the_password_below_the_limit(member_user):
    client = Client()
    client.force_login(member_user)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        change_password(client, "wrong-password", "203.0.113.21")
    assert change_password(client, PASSWORD, "203.0.113.21").status_code == 302
    member_user.refresh_from_db()
    assert member_user.check_password("a-new-long-passphrase-2026")
