"""The member's hub and the kept language, in a real browser, with axe-core (WCAG 2.1 A/AA), in English and French."""

import re

import pytest
from playwright.sync_api import expect

from reports.models import PackDownload
from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD
from tests.notifications.hubdata import done_pack, next_meeting, seated_member


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.parametrize(
    ("lang", "heading", "button"),
    [
        ("en", "Your next meetings", "Download the briefing pack (English, PDF)"),
        ("fr", "Vos prochaines réunions", "Télécharger la trousse d'information (Français, PDF)"),
    ],
)
def test_a_member_logs_in_sees_the_next_meeting_and_downloads_its_pack_in_one_click(
    page, member_user, council, media, browser_errors, lang, heading, button
):
    seated_member(council, member_user, language=lang)
    meeting = next_meeting(council)
    build = done_pack(meeting, lang, b"%PDF-1.7 the pack")

    login(page, "member", PASSWORD, lang=lang)

    expect(page).to_have_url(re.compile(rf"/{lang}/$"))
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    card = page.locator(".hub-meeting").first
    expect(card).to_contain_text("JC strategic discussion" if lang == "en" else "Discussion stratégique des CM")
    with page.expect_download() as info:
        card.get_by_role("link", name=button).click()
    download = info.value
    assert download.suggested_filename.endswith(f"-{lang}.pdf")
    assert open(download.path(), "rb").read() == b"%PDF-1.7 the pack"
    assert PackDownload.objects.filter(user=member_user, build=build).exists()
    assert_no_axe_violations(page)
    assert browser_errors == []


def test_a_cochair_picks_french_on_the_login_page_and_lands_on_their_french_dashboard(page, cochair_user, browser_errors):
    page.goto("/en/accounts/login/")
    page.locator(".lang-toggle button").click()
    expect(page).to_have_url(re.compile(r"/fr/accounts/login/$"))

    form = page.locator("main form")
    form.locator("input[name=username]").fill("cochair")
    form.locator("input[name=password]").fill(PASSWORD)
    form.locator("button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/fr/dashboard/mine/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")
    assert_no_axe_violations(page)
    cochair_user.preference.refresh_from_db()
    assert cochair_user.preference.language == "fr"
    assert browser_errors == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_preferences_meeting_and_error_pages_pass_axe(page, member_user, council, media, browser_errors, lang):
    seated_member(council, member_user, language=lang)
    meeting = next_meeting(council)
    done_pack(meeting, "en")
    login(page, "member", PASSWORD, lang=lang)
    for path, status in (
        (f"/{lang}/preferences/", 200),
        (f"/{lang}/meetings/{meeting.pk}/", 200),
        (f"/{lang}/no-such-page/", 404),
    ):
        response = page.goto(path)
        assert response.status == status
        assert_no_axe_violations(page)
    response = page.goto(f"/{lang}/meetings/new/")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Access denied" if lang == "en" else "Accès refusé")
    assert_no_axe_violations(page)
    # Chromium logs the 404 and 403 answers themselves as failed loads; nothing else may fail.
    assert [error for error in browser_errors if "Failed to load resource" not in error] == []
