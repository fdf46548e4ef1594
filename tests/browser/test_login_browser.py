"""Log in through the form, switch language on the same page, and no WCAG 2.1 A/AA violation on the way."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD


@pytest.mark.browser
def test_secretariat_logs_in_through_the_form_and_lands_on_the_overview(page, secretariat_user, browser_errors):
    page.goto("/en/")
    expect(page).to_have_url(re.compile(r"/en/accounts/login/\?next=/en/$"))

    login(page, "staff", PASSWORD)

    # No `next` (the helper opens the login page itself): staff land on the dashboards overview.
    expect(page).to_have_url(re.compile(r"/en/dashboard/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en-CA")
    expect(page.locator(".whoami")).to_contain_text("Sam Staff")
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    assert browser_errors == []


@pytest.mark.browser
def test_a_wrong_password_keeps_the_person_on_the_login_page(page, secretariat_user):
    page.goto("/en/accounts/login/")
    page.locator("main form input[name=username]").fill("staff")
    page.locator("main form input[name=password]").fill("not-the-password")
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/en/accounts/login/"))
    expect(page.locator(".whoami")).to_have_count(0)


@pytest.mark.browser
def test_language_toggle_keeps_the_page_and_switches_to_french(page, secretariat_user, browser_errors):
    # Before logging in: the login page itself.
    page.goto("/en/accounts/login/")
    page.locator(".lang-toggle button").click()
    expect(page).to_have_url(re.compile(r"/fr/accounts/login/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")

    # Logged in (in French now): back to English and to French again, staying on the same page.
    login(page, "staff", PASSWORD, lang="fr")
    expect(page).to_have_url(re.compile(r"/fr/dashboard/$"))
    page.locator(".lang-toggle button").click()
    expect(page).to_have_url(re.compile(r"/en/dashboard/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en-CA")
    page.locator(".lang-toggle button").click()
    expect(page).to_have_url(re.compile(r"/fr/dashboard/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")
    expect(page.locator(".lang-toggle button")).to_have_attribute("lang", "en")
    assert browser_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_login_and_home_pages_have_no_wcag_21_aa_violation(page, secretariat_user, lang):
    page.goto(f"/{lang}/accounts/login/")
    assert_no_axe_violations(page)

    login(page, "staff", PASSWORD, lang=lang)
    expect(page).to_have_url(re.compile(rf"/{lang}/dashboard/$"))
    page.goto(f"/{lang}/")
    assert_no_axe_violations(page)
