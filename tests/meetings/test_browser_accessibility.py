"""The meeting pages in a real browser: no WCAG 2.1 A/AA violation (axe-core), no script error, buttons work."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from meetings.models import AgendaItem
from tests.browser import conftest as browser_harness
from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD

from .factories import (
    ActionItemFactory,
    AgendaItemFactory,
    AttachmentFactory,
    AttendanceFactory,
    DecisionFactory,
    MeetingFactory,
    at,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The browser harness's fixtures (one Chromium, a fresh page on the live server), shared with tests/browser.
browser = browser_harness.browser
page = browser_harness.page
browser_errors = browser_harness.browser_errors


@pytest.fixture
def meeting(council, cochair_group):
    meeting = MeetingFactory(
        council=council,
        title_en="Joint Councils strategic discussion",
        title_fr="Discussion stratégique des Conseils mixtes",
        objectives_en="Confirm the priorities.",
        start=at(datetime.date(2020, 9, 22), 13),
    )
    earlier = MeetingFactory(council=council, start=at(datetime.date(2020, 2, 26)))
    first = AgendaItemFactory(meeting=meeting, order=1, title_en="Digital identity", discussion_questions_en="Who leads?")
    AgendaItemFactory(meeting=meeting, order=2, title_en="Client-centric services")
    AttachmentFactory(agenda_item=first)
    AttendanceFactory(meeting=meeting)
    DecisionFactory(meeting=meeting, agenda_item=first, votes_for=10, votes_against=1)
    ActionItemFactory(meeting=meeting, owner_group=cochair_group, due_date=timezone.localdate() - datetime.timedelta(days=1))
    ActionItemFactory(meeting=earlier, description_en="Carried item")
    return meeting


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_meeting_pages_have_no_accessibility_violation(page, browser_errors, secretariat_user, meeting, lang):
    login(page, "staff", PASSWORD, lang=lang)
    page.wait_for_load_state("networkidle")
    browser_errors.clear()  # Only the meeting pages are judged here, not the page the login lands on.
    item = meeting.agenda_items.order_by("order").first()
    action_item = meeting.action_items.first()
    for url in (
        reverse("meetings:list"),
        meeting.get_absolute_url(),
        reverse("meetings:agenda", args=[meeting.pk]),
        reverse("meetings:edit", args=[meeting.pk]),
        reverse("meetings:agenda_item_edit", args=[item.pk]),
        reverse("meetings:attachment_add", args=[item.pk]),
        reverse("meetings:action_item_add", args=[meeting.pk]),
        reverse("meetings:action_item_status", args=[action_item.pk]),
        reverse("meetings:decision_add", args=[meeting.pk]),
        reverse("meetings:action_items"),
    ):
        page.goto(url.replace("/en/", f"/{lang}/", 1))
        assert_no_axe_violations(page)
        assert browser_errors == [], url


def test_move_down_button_reorders_the_agenda_without_javascript_help(page, secretariat_user, meeting):
    login(page, "staff", PASSWORD)
    page.goto(reverse("meetings:agenda", args=[meeting.pk]))

    page.get_by_role("button", name="Move down – Digital identity").click()

    expect(page.locator(".agenda-item h3").first).to_have_text("Client-centric services")
    assert list(AgendaItem.objects.filter(meeting=meeting).order_by("order").values_list("title_en", flat=True)) == [
        "Client-centric services",
        "Digital identity",
    ]
