"""A co-chair proposes ending a fellow co-chair's term; staff accept it; the co-chair reads the outcome.

In a real browser, through the real forms; axe-core checks the proposal page, the queue and the decision page,
in English and French.
"""

import datetime
import re

import pytest
from django.conf import settings
from playwright.sync_api import Page, expect

from tests import factories
from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD
from workinggroups.models import CochairTerm, TermChangeRequest


def log_out(page: Page) -> None:
    page.locator("form[action$='/accounts/logout/'] button").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


@pytest.fixture
def fellow_term(cochair_group):
    user = factories.UserFactory(username="fellow", first_name="Fay", last_name="Fellow", roles=[settings.ROLE_COCHAIR])
    person = factories.PersonFactory(given_name="Fay", family_name="Fellow", user=user)
    seat = factories.CochairSeatFactory(working_group=cochair_group, number=2)
    return factories.CochairTermFactory(seat=seat, person=person, start_date=datetime.date(2020, 1, 1))


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cochair_proposes_and_staff_accept(
    page: Page, cochair_user, secretariat_user, cochair_group, fellow_term, lang, browser_errors
):
    login(page, "cochair", PASSWORD, lang=lang)
    page.goto(f"/{lang}/working-groups/{cochair_group.slug}/")
    page.locator(f"a[href$='/working-groups/{cochair_group.slug}/term-requests/new/']").click()
    expect(page.locator("html")).to_have_attribute("lang", f"{lang}-CA")
    assert_no_axe_violations(page)
    # Sent empty: the error summary, also checked by axe.
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_no_axe_violations(page)
    page.locator("input[name=kind][value=end]").check()
    page.locator("select[name=seat]").select_option(str(fellow_term.seat_id))
    page.locator("select[name=term]").select_option(str(fellow_term.pk))
    page.locator("input[name=proposed_date]").fill("2026-06-30")
    page.locator("textarea[name=reason]").fill("Fay retires from the public service at the end of June.")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/working-groups/term-requests/\d+/$"))
    assert_no_axe_violations(page)
    request = TermChangeRequest.objects.get()
    assert request.state == TermChangeRequest.State.PENDING
    log_out(page)

    login(page, "staff", PASSWORD, lang=lang)
    page.goto(f"/{lang}/working-groups/term-requests/")
    assert_no_axe_violations(page)
    page.locator(f"a[href$='/working-groups/term-requests/{request.pk}/']").first.click()
    assert_no_axe_violations(page)
    expect(page.locator("input[name=accept-effective_date]")).to_have_value("2026-06-30")
    page.locator(f"form[action$='/term-requests/{request.pk}/accept/'] button[type=submit]").click()
    expect(page.locator("dl.facts")).to_contain_text("accepted" if lang == "en" else "acceptée")
    assert_no_axe_violations(page)
    log_out(page)

    assert CochairTerm.objects.get(pk=fellow_term.pk).end_date == datetime.date(2026, 6, 30)
    login(page, "cochair", PASSWORD, lang=lang)
    page.goto(f"/{lang}/working-groups/term-requests/")
    expect(page.locator("main table")).to_contain_text("accepted" if lang == "en" else "acceptée")
    assert_no_axe_violations(page)
    # The one error expected: the empty proposal sent on purpose answers 400 (bad input), which Chromium logs.
    assert [error for error in browser_errors if "status of 400" not in error] == []
    assert len(browser_errors) == 1
