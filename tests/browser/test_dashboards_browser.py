"""Dashboards in a real browser: a co-chair lands on theirs, staff follow a number to its list, and axe-core finds
no WCAG 2.1 A/AA violation on the overview, the co-chair dashboard, coverage and participation in both languages."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD
from tests.dashboards.conftest import councils, world  # noqa: F401 - the hand-built record, as fixtures
from tests.meetings import factories as meeting_factories
from tests.workinggroups import factories as workinggroup_factories
from workinggroups.models import StatusUpdate

REASON = "Say which provinces signed the agreement."


@pytest.fixture
def cochair_world(world, cochair_user, cochair_group):  # noqa: F811 - the fixture imported above
    """The world, plus the co-chair's group with a returned update, an overdue milestone and an upcoming meeting."""
    today = timezone.localdate()
    workinggroup_factories.StatusUpdateFactory(
        current=True,
        working_group=cochair_group,
        period_label_en="JC, September 2020",
        period_label_fr="CM, septembre 2020",
        state=StatusUpdate.State.RETURNED,
        return_reason_en=REASON,
    )
    workinggroup_factories.MilestoneFactory(
        due_soon=True,
        working_group=cochair_group,
        title_en="Draft the guide",
        title_fr="Rédiger le guide",
        due_date=today - datetime.timedelta(days=7),
    )
    meeting = meeting_factories.MeetingFactory(
        upcoming=True, council=world.councils.jc, title_en="JC, Winnipeg", title_fr="CM, Winnipeg"
    )
    meeting_factories.ActionItemFactory(
        meeting=meeting, owner_group=cochair_group, description_en="Send the guide", description_fr="Envoyer le guide"
    )
    return world


@pytest.mark.browser
def test_a_cochair_logs_in_and_lands_on_their_dashboard(page: Page, cochair_world, browser_errors):
    page.goto("/en/accounts/login/")
    login(page, "cochair", PASSWORD)
    expect(page).to_have_url(re.compile(r"/en/dashboard/mine/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Your working groups")
    group = page.get_by_role("region", name="Death Notification")
    expect(group).to_contain_text(REASON)
    expect(group).to_contain_text("Draft the guide")
    expect(group).to_contain_text("JC, Winnipeg")
    expect(group).to_contain_text("Send the guide")
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard")).to_have_attribute(
        "aria-current", "page"
    )
    assert browser_errors == []


@pytest.mark.browser
def test_staff_follow_a_number_on_the_overview_to_its_list(page: Page, world, secretariat_user, browser_errors):  # noqa: F811
    login(page, "staff", PASSWORD)
    expect(page).to_have_url(re.compile(r"/en/dashboard/$"))
    page.get_by_role("link", name="2 groups with no member co-chair").click()
    expect(page).to_have_url(re.compile(r"/en/working-groups/\?status=active&no_member_cochair=true$"))
    expect(page.get_by_role("status")).to_have_text("2 working groups found.")
    expect(page.locator("table.wg-list tbody tr")).to_have_count(2)

    page.go_back()
    page.get_by_role("link", name="1 overdue milestone").click()
    expect(page.get_by_role("status")).to_have_text("1 milestone found.")
    expect(page.locator("table.result-table tbody tr")).to_have_count(1)
    expect(page.locator("table.result-table tbody")).to_contain_text("Publish the guide")
    assert browser_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dashboards_have_no_wcag_21_aa_violation(page: Page, cochair_world, secretariat_user, lang, browser_errors):
    login(page, "cochair", PASSWORD, lang=lang)
    expect(page).to_have_url(re.compile(rf"/{lang}/dashboard/mine/$"))
    expect(page.locator("html")).to_have_attribute("lang", f"{lang}-CA")
    assert_no_axe_violations(page)
    page.locator("form[action$='/accounts/logout/'] button").click()

    login(page, "staff", PASSWORD, lang=lang)
    for path in ("", "logic-model/", "participation/", "priorities/digital-identity/", "milestones/?overdue=true"):
        page.goto(f"/{lang}/dashboard/{path}")
        expect(page.locator("h1")).to_be_visible()
        assert_no_axe_violations(page)
    assert browser_errors == []
