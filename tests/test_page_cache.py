"""Whole pages kept for a session (jointcouncils.page_cache): served again without a query while nothing they show
changed, made again after any write, and never served to a request the view would answer differently (another
user, a lost role, a logout, an idle session, a waiting message, an htmx request, a cache out of reach)."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jointcouncils import page_cache
from jointcouncils.services import record_save
from meetings.models import Meeting
from reports.models import ReportBuild
from tests import factories
from tests.notifications.hubdata import done_pack

SEARCH = "/en/search/?q=Alpha"


@pytest.fixture
def record(db, council, secretariat_user):
    group = factories.WorkingGroupFactory(slug="alpha", name_en="Alpha group", name_fr="Groupe alpha")
    factories.ReportingLineFactory(working_group=group, council=council)
    meeting = Meeting.objects.create(
        council=council,
        title_en="Joint Councils, Winnipeg",
        title_fr="Conseils mixtes, Winnipeg",
        start=timezone.make_aware(datetime.datetime(2019, 9, 20, 9, 0)),
    )
    return {"group": group, "meeting": meeting}


def pages(record) -> list[str]:
    return [
        "/en/",
        "/en/dashboard/",
        "/en/working-groups/",
        f"/en/working-groups/{record['group'].slug}/",
        f"/en/meetings/{record['meeting'].pk}/",
        "/en/meetings/",
        "/fr/working-groups/",
        SEARCH,
    ]


def get(client, url: str):
    """The page and the number of queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def kept(client, url: str) -> str:
    """Read the page until it is served from the cache (the first reads set the CSRF cookie and the idle stamp,
    which a kept page never does), and return its HTML."""
    for _attempt in range(4):
        response, queries = get(client, url)
        assert response.status_code == 200, (url, response.status_code)
        if queries == 0:
            assert response.context is None  # no template was rendered
            return response.content.decode()
    raise AssertionError(f"{url} was never served from the cache")


def test_a_reading_page_is_served_again_without_a_query_and_is_the_same_page(record, staff_client):
    for url in pages(record):
        made = staff_client.get(url)
        assert made.status_code == 200
        html = kept(staff_client, url)
        assert html == staff_client.get(url).content.decode()
        # The kept answer keeps the page's headers (the language, the policy), not the cookies of the first answer.
        again = staff_client.get(url)
        assert again["Content-Language"] == url[1:3]
        assert "Content-Security-Policy" in again
        assert not again.cookies


def test_the_french_page_is_kept_with_its_french_typography(record, staff_client):
    html = kept(staff_client, "/fr/working-groups/")
    assert 'lang="fr-CA"' in html
    assert "Groupe alpha" in html


def test_a_write_shows_at_once_on_every_kept_page(record, staff_client, secretariat_user):
    group = record["group"]
    named = ["/en/working-groups/", f"/en/working-groups/{group.slug}/", SEARCH]
    for url in named:
        assert "Alpha group" in kept(staff_client, url)
    assert "Groupe alpha" in kept(staff_client, "/fr/working-groups/")
    group.name_en = "Alpha renamed group"
    group.name_fr = "Groupe alpha renommé"
    record_save(instance=group, by=secretariat_user, reason="New name", expected_version=group.version)
    for url in named:
        response, queries = get(staff_client, url)
        assert queries > 0, url
        assert "Alpha renamed group" in response.content.decode(), url
    assert "Groupe alpha renommé" in staff_client.get("/fr/working-groups/").content.decode()


def test_a_pack_built_outside_the_record_shows_on_the_meeting_page(record, staff_client, settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path
    url = f"/en/meetings/{record['meeting'].pk}/"
    before = kept(staff_client, url)
    done_pack(record["meeting"], "en")
    response, queries = get(staff_client, url)
    assert queries > 0
    assert response.content.decode() != before
    # The queue's answer is written on the build with QuerySet.update, which sends no signal: the service bumps the
    # pages' version itself, so the meeting page is made again.
    build = ReportBuild.objects.create(
        kind=ReportBuild.Kind.BRIEFING_PACK, language="fr", meeting=record["meeting"], target_key="x", snapshot={}
    )
    kept(staff_client, url)
    from reports import services, tasks

    monkeypatch.setattr(tasks.build_report, "apply_async", lambda *args, **kwargs: type("Result", (), {"id": "job-1"})())
    services.reportbuild_enqueue(build=build)
    assert ReportBuild.objects.get(pk=build.pk).task_id == "job-1"
    assert get(staff_client, url)[1] > 0


def test_each_session_has_its_own_pages(record, staff_client, member_client):
    kept(staff_client, "/en/")
    response, queries = get(member_client, "/en/")
    assert queries > 0
    assert "Signed in as Max Member" in response.content.decode()
    assert "Signed in as Max Member" in kept(member_client, "/en/")
    assert "Signed in as Sam Staff" in kept(staff_client, "/en/")


def test_a_lost_role_is_not_served_the_kept_page(record, staff_client, secretariat_user):
    kept(staff_client, "/en/dashboard/")
    secretariat_user.groups.remove(Group.objects.get(name=settings.ROLE_SECRETARIAT))
    response, _queries = get(staff_client, "/en/dashboard/")
    assert response.status_code == 403


def test_a_deactivated_account_is_not_served_the_kept_page(record, staff_client, secretariat_user):
    kept(staff_client, "/en/working-groups/")
    secretariat_user.is_active = False
    secretariat_user.save()
    response = staff_client.get("/en/working-groups/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_after_logout_the_same_cookie_gets_the_login_page(record, staff_client):
    kept(staff_client, "/en/working-groups/")
    session_cookie = staff_client.cookies[settings.SESSION_COOKIE_NAME].value
    assert staff_client.post("/en/accounts/logout/").status_code in {200, 302}
    staff_client.cookies[settings.SESSION_COOKIE_NAME] = session_cookie  # a copy of the old cookie, replayed
    response = staff_client.get("/en/working-groups/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_an_idle_session_is_logged_out_not_served(record, staff_client, settings, monkeypatch):
    settings.SESSION_IDLE_TIMEOUT = 30
    kept(staff_client, "/en/working-groups/")
    # 45 s later the kept page is still fresh (a day page, kept ten minutes), but the session has been idle too long.
    later = datetime.datetime.now().timestamp() + 45
    monkeypatch.setattr("time.time", lambda: later)
    response = staff_client.get("/en/working-groups/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_waiting_message_is_shown_not_hidden_by_a_kept_page(record, staff_client):
    from django.contrib.messages.storage.base import Message
    from django.contrib.messages.storage.cookie import CookieStorage

    kept(staff_client, "/en/working-groups/")
    # A message waiting in the cookie (as a redirect after a save leaves it).
    storage = CookieStorage(type("R", (), {"COOKIES": {}})())
    value = storage._encode([Message(20, "Saved: the group's new name.")])
    staff_client.cookies[CookieStorage.cookie_name] = value
    response, queries = get(staff_client, "/en/working-groups/")
    assert queries > 0
    assert "Saved: the group&#x27;s new name." in response.content.decode()
    # Read once, then gone; the page is kept again afterwards.
    assert "new name" not in staff_client.get("/en/working-groups/").content.decode()


def test_a_kept_minute_page_is_made_again_after_a_minute(record, staff_client, monkeypatch):
    kept(staff_client, "/en/")
    kept(staff_client, "/en/working-groups/")
    now = datetime.datetime.now().timestamp()
    monkeypatch.setattr(page_cache.time, "time", lambda: now + 61)
    # A page that is never kept writes the idle stamp, so the next requests may be served from the cache again.
    assert staff_client.get("/en/preferences/").status_code == 200
    monkeypatch.setattr(page_cache.time, "time", lambda: now + 62)
    assert get(staff_client, "/en/working-groups/")[1] == 0  # a day page: still served
    assert get(staff_client, "/en/")[1] > 0  # a minute page: made again
    assert page_cache.fresh_until(page_cache.MINUTE, now) == now + 60
    assert page_cache.fresh_until(page_cache.DAY, now) <= now + 24 * 3600


def test_the_pages_that_compare_with_the_clock_are_kept_a_minute():
    from dashboards.views import CochairDashboardView
    from meetings.views import MeetingDetailView, MeetingListView

    for view in (MeetingListView, MeetingDetailView, CochairDashboardView):
        assert view.page_cache_freshness == page_cache.MINUTE, view


def test_htmx_requests_are_never_served_from_the_cache(record, staff_client):
    kept(staff_client, "/en/working-groups/")
    with CaptureQueriesContext(connection) as captured:
        staff_client.get("/en/working-groups/", headers={"HX-Request": "true"})
    assert len(captured) > 0


def test_the_cache_out_of_reach_never_fails_a_page(record, staff_client, monkeypatch):
    kept(staff_client, "/en/working-groups/")

    def down(*args, **kwargs):
        raise ConnectionError("redis is down")

    class DownCache:
        get = set = get_many = add = incr = staticmethod(down)

    # The page cache's own reads and writes fail (the sessions' cache is another matter: issue 9's outage tests).
    monkeypatch.setattr(page_cache, "cache", DownCache())
    monkeypatch.setattr(page_cache, "page_versions", down)
    for _attempt in range(2):
        response, queries = get(staff_client, "/en/working-groups/")
        assert response.status_code == 200
        assert queries > 0
        assert "Alpha group" in response.content.decode()


def test_pages_that_are_not_marked_are_never_kept(record, staff_client):
    for _attempt in range(3):
        response, queries = get(staff_client, "/en/preferences/")
        assert response.status_code == 200
        assert queries > 0


def test_the_page_cache_can_be_turned_off(record, staff_client, settings):
    settings.PAGE_CACHE = False
    for _attempt in range(3):
        assert get(staff_client, "/en/working-groups/")[1] > 0


def test_a_session_keeps_a_bounded_number_of_pages(record, staff_client, monkeypatch):
    monkeypatch.setattr(page_cache, "MAX_PAGES_PER_SESSION", 2)
    kept(staff_client, "/en/search/?q=one")
    kept(staff_client, "/en/search/?q=two")
    for _attempt in range(3):
        response, queries = get(staff_client, "/en/search/?q=three")
        assert response.status_code == 200
        assert queries > 0  # made every time: this session has kept its share


def test_a_new_secret_key_ends_the_kept_pages_with_the_sessions(record, staff_client, settings):
    kept(staff_client, "/en/working-groups/")
    settings.SECRET_KEY = "another-test-only-key"  # noqa: S105
    replay = Client()
    replay.cookies = staff_client.cookies
    response = replay.get("/en/working-groups/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_change_of_access_that_cannot_bump_the_version_is_refused(record, secretariat_user, monkeypatch):
    from django.core.cache import cache
    from django.db import transaction

    from jointcouncils.record_version import RecordVersionUnavailable

    def down(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "incr", down)
    secretariat_group = Group.objects.get(name=settings.ROLE_SECRETARIAT)
    # A role taken away inside a transaction (as the admin saves): refused, and nothing of it is saved.
    with pytest.raises(RecordVersionUnavailable), transaction.atomic():
        secretariat_user.groups.remove(secretariat_group)
    assert secretariat_user.groups.filter(pk=secretariat_group.pk).exists()
    # A write that decides nothing about access is saved (its failure to bump is logged).
    group = record["group"]
    with transaction.atomic():
        group.name_en = "Saved all the same"
        group.save()
    group.refresh_from_db()
    assert group.name_en == "Saved all the same"
