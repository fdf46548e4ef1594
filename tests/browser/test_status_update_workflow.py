"""A co-chair submits an update, staff return it with a reason, the co-chair resubmits, staff approve it.

In a real browser, through the real forms; axe-core checks the update form and the review queue in both languages.
"""

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD
from tests.workinggroups.factories import MilestoneFactory, OutstandingTaskFactory, submitted_update
from workinggroups.models import StatusUpdate

RETURN_REASON = "Say which provinces have signed the agreement, in both languages."


def log_out(page: Page) -> None:
    page.locator("form[action$='/accounts/logout/'] button").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


def open_the_update_to_review(page: Page) -> None:
    page.goto("/en/reporting/updates/")  # staff are sent on to the review queue
    expect(page).to_have_url(re.compile(r"/en/reporting/review/$"))
    page.get_by_role("link", name="Review the update of Death Notification").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Update of Death Notification for JC, September 2020")


@pytest.mark.browser
def test_cochair_submits_staff_return_cochair_resubmits_staff_approve(
    page: Page, cochair_user, secretariat_user, cochair_group, browser_errors
):
    # The co-chair writes and submits the group's update.
    login(page, "cochair", PASSWORD)
    page.goto("/en/reporting/updates/")
    page.get_by_role("link", name="Write the update of Death Notification").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Write the update of Death Notification")
    assert_no_axe_violations(page)

    page.get_by_label("Period, in English").fill("JC, September 2020")
    page.get_by_label("Period, in French").fill("CM, septembre 2020")
    page.get_by_label("Start of the period").fill("2020-06-01")
    page.get_by_label("End of the period").fill("2020-09-22")
    page.get_by_label("amber – at risk").check()
    page.get_by_label("Accomplishments, in English").fill("Published the notification guide.")
    page.get_by_label("Accomplishments, in French").fill("Publication du guide de notification.")
    page.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_text("The update was submitted to the secretariat for review.")).to_be_visible()
    expect(page.locator(".lead .badge").first).to_have_text("submitted")
    log_out(page)

    # Staff return it with a reason.
    login(page, "staff", PASSWORD)
    page.goto("/en/reporting/review/")
    assert_no_axe_violations(page)
    open_the_update_to_review(page)
    assert_no_axe_violations(page)
    page.get_by_label("Reason for returning the update").fill(RETURN_REASON)
    page.get_by_role("button", name="Return the update").click()
    expect(page).to_have_url(re.compile(r"/en/reporting/review/$"))
    expect(page.get_by_text("No update is waiting for review.")).to_be_visible()
    log_out(page)

    # The co-chair sees the reason, edits and resubmits.
    login(page, "cochair", PASSWORD)
    page.goto("/en/reporting/updates/")
    page.get_by_role("link", name="JC, September 2020").click()
    notice = page.get_by_role("region", name="The secretariat returned this update")
    expect(notice).to_contain_text(RETURN_REASON)
    expect(notice).to_contain_text("Sam Staff gave this reason:")
    page.get_by_role("link", name="Edit the update").click()
    expect(page.locator(".returned-notice")).to_contain_text(RETURN_REASON)
    assert_no_axe_violations(page)
    page.get_by_label("Next steps, in English").fill("Ontario and Nova Scotia signed in August.")
    page.get_by_label("Next steps, in French").fill("L'Ontario et la Nouvelle-Écosse ont signé en août.")
    page.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_text("The update was submitted to the secretariat for review.")).to_be_visible()
    log_out(page)

    # Staff approve it; the page says so.
    login(page, "staff", PASSWORD)
    open_the_update_to_review(page)
    expect(page.get_by_role("region", name="Resubmitted after a return")).to_contain_text(RETURN_REASON)
    page.get_by_role("button", name="Approve the update").click()
    expect(page.get_by_text("The update was approved; dashboards and reports now show it.")).to_be_visible()
    update = StatusUpdate.objects.get(working_group=cochair_group)
    page.goto(f"/en/reporting/updates/{update.pk}/")
    expect(page.locator(".lead .badge").first).to_have_text("approved")
    history = page.get_by_role("region", name="Change history")
    expect(history).to_contain_text(f"Returned: {RETURN_REASON}")
    expect(history).to_contain_text("Approved")

    assert update.state == StatusUpdate.State.APPROVED
    assert update.next_steps_en == "Ontario and Nova Scotia signed in August."
    assert list(StatusUpdate.objects.latest_approved_per_group()) == [update]
    assert browser_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_update_form_and_review_queue_have_no_wcag_21_aa_violation(
    page: Page, cochair_user, secretariat_user, cochair_group, other_group, lang, browser_errors
):
    # Something in every table: a submitted update, a task due for review, an overdue milestone.
    submitted_update(working_group=other_group, rag=StatusUpdate.Rag.RED, author=secretariat_user)
    OutstandingTaskFactory(working_group=cochair_group)
    MilestoneFactory(working_group=cochair_group, due_date=datetime.date(2020, 1, 1))
    login(page, "cochair", PASSWORD, lang=lang)
    page.goto(f"/{lang}/reporting/groups/{cochair_group.slug}/updates/new/")
    expect(page.locator("html")).to_have_attribute("lang", f"{lang}-CA")
    assert_no_axe_violations(page)
    # The form with its error summary (nothing filled in, submitted).
    page.locator("button[name=action][value=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_no_axe_violations(page)
    page.goto(f"/{lang}/reporting/updates/")
    assert_no_axe_violations(page)
    log_out(page)

    login(page, "staff", PASSWORD, lang=lang)
    page.goto(f"/{lang}/reporting/review/")
    expect(page.locator("html")).to_have_attribute("lang", f"{lang}-CA")
    assert_no_axe_violations(page)
    page.goto(f"/{lang}/reporting/tasks/review/")
    assert_no_axe_violations(page)
    page.goto(f"/{lang}/reporting/groups/{cochair_group.slug}/workplan/")
    assert_no_axe_violations(page)
    assert browser_errors == []
