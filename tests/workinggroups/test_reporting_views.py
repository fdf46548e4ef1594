"""Reporting pages by role: writing, submitting, returning and approving updates; workplans; the review queues."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains

from tests import factories
from tests.workinggroups.factories import (
    MilestoneFactory,
    OutstandingTaskFactory,
    StatusUpdateFactory,
    approved_update,
    submitted_update,
)
from workinggroups.models import StatusUpdate

D = datetime.date

FORM = {
    "period_label_en": "JC, September 2020",
    "period_label_fr": "CM, septembre 2020",
    "period_start": "2020-06-01",
    "period_end": "2020-09-22",
    "rag": "green",
    "accomplishments_en": "Published the notification guide.",
    "accomplishments_fr": "Publication du guide de notification.",
}


def url(name, *args, lang="en"):
    with translation.override(lang):
        return reverse(f"reporting:{name}", args=args)


# Who may open what ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("persona", "status"),
    [("secretariat", 200), ("cochair", 403), ("member", 403), ("outsider", 403), ("anonymous", 302)],
)
def test_only_the_secretariat_opens_the_review_queues(personas, persona, status):
    client = personas[persona]
    assert client.get(url("review_queue")).status_code == status
    assert client.get(url("task_review_queue")).status_code == status


def test_staff_are_sent_from_my_updates_to_the_review_queue(staff_client):
    response = staff_client.get(url("my_updates"))
    assert response.status_code == 302
    assert response["Location"] == url("review_queue")


def test_cochair_sees_their_groups_and_the_state_of_the_current_update(cochair_client, cochair_group, other_group):
    StatusUpdateFactory(working_group=cochair_group, period_label_en="PSSDC, May 2020", state=StatusUpdate.State.RETURNED)
    response = cochair_client.get(url("my_updates"))
    assertContains(response, "Death Notification")
    assertNotContains(response, "Open Government")
    assertContains(response, "PSSDC, May 2020")
    assertContains(response, "returned for changes")
    assertContains(response, "Continue the update of Death Notification")


def test_cochair_with_no_update_gets_a_write_link(cochair_client, cochair_group):
    response = cochair_client.get(url("my_updates"))
    assertContains(response, "Write the update of Death Notification")
    assertContains(response, url("update_create", cochair_group.slug))


def test_cochair_cannot_see_or_edit_another_groups_draft(cochair_client, other_group):
    theirs = StatusUpdateFactory(working_group=other_group, accomplishments_en="Secret draft text.")
    assert cochair_client.get(url("update_detail", theirs.pk)).status_code == 403
    assert cochair_client.get(url("update_edit", theirs.pk)).status_code == 403
    response = cochair_client.post(url("update_edit", theirs.pk), {**FORM, "action": "save"})
    assert response.status_code == 403
    assert cochair_client.post(url("update_submit", theirs.pk)).status_code == 403
    assert cochair_client.get(url("update_create", other_group.slug)).status_code == 403
    assert cochair_client.post(url("update_create", other_group.slug), {**FORM, "action": "save"}).status_code == 403
    theirs.refresh_from_db()
    assert theirs.accomplishments_en == "Secret draft text."
    assert theirs.state == StatusUpdate.State.DRAFT
    assert other_group.status_updates.count() == 1


def test_readers_see_another_groups_approved_update_but_not_its_submitted_one(cochair_client, member_client, other_group):
    approved = approved_update(working_group=other_group, accomplishments_en="Approved text.")
    submitted = submitted_update(working_group=other_group)
    for client in (cochair_client, member_client):
        assertContains(client.get(url("update_detail", approved.pk)), "Approved text.")
        assert client.get(url("update_detail", submitted.pk)).status_code == 403


def test_cochair_cannot_approve_or_return_through_the_pages(cochair_client, cochair_group):
    update = submitted_update(working_group=cochair_group)
    assert cochair_client.post(url("update_approve", update.pk)).status_code == 403
    assert cochair_client.post(url("update_return", update.pk), {"reason": "Mine."}).status_code == 403
    response = cochair_client.get(url("update_detail", update.pk))
    assertNotContains(response, "Approve the update")
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED


# The workflow through the pages -----------------------------------------------------------------------------


def test_the_whole_workflow_through_the_pages(cochair_client, staff_client, cochair_group):
    response = cochair_client.post(url("update_create", cochair_group.slug), {**FORM, "action": "submit"})
    update = cochair_group.status_updates.get()
    assert response.status_code == 302
    assert response["Location"] == url("update_detail", update.pk)
    assert update.state == StatusUpdate.State.SUBMITTED

    queue = staff_client.get(url("review_queue"))
    assertContains(queue, "Review the update of Death Notification")

    reason = "Say which provinces have signed the agreement."
    response = staff_client.post(url("update_return", update.pk), {"reason": reason, "expected_version": update.version})
    assert response.status_code == 302
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.RETURNED

    # The co-chair sees the reason prominently on the update page and on the edit page.
    page = cochair_client.get(url("update_detail", update.pk))
    assertContains(page, "The secretariat returned this update")
    assertContains(page, reason)
    assertContains(page, "Sam Staff gave this reason:")
    edit = cochair_client.get(url("update_edit", update.pk))
    assertContains(edit, reason)

    version = edit.context["form"].initial["expected_version"]
    response = cochair_client.post(
        url("update_edit", update.pk),
        {**FORM, "next_steps_en": "Ontario and Nova Scotia signed.", "expected_version": version, "action": "submit"},
    )
    assert response.status_code == 302
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED
    assert update.next_steps_en == "Ontario and Nova Scotia signed."

    response = staff_client.post(url("update_approve", update.pk), {"expected_version": update.version})
    assert response.status_code == 302
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.APPROVED

    page = cochair_client.get(url("update_detail", update.pk))
    assertContains(page, "approved")
    assertNotContains(page, "Edit the update")
    # The history on the page: who did what, and the return reason.
    for text in ("Submitted", f"Returned: {reason}", "Approved", "Draft saved", "Cora Chair", "Sam Staff"):
        assertContains(page, text)


def test_save_draft_keeps_the_update_a_draft(cochair_client, cochair_group):
    response = cochair_client.post(url("update_create", cochair_group.slug), {**FORM, "action": "save"})
    assert response.status_code == 302
    assert cochair_group.status_updates.get().state == StatusUpdate.State.DRAFT


def test_returning_without_a_reason_shows_an_error_and_changes_nothing(staff_client, cochair_group):
    update = submitted_update(working_group=cochair_group)
    response = staff_client.post(url("update_return", update.pk), {"reason": ""})
    assert response.status_code == 400
    assertContains(response, "The form could not be saved", status_code=400)
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED


def test_submitting_a_changed_rag_without_rationale_asks_for_it(cochair_client, cochair_group):
    approved_update(working_group=cochair_group, rag="amber", period_start=D(2020, 1, 1), period_end=D(2020, 5, 31))
    response = cochair_client.post(url("update_create", cochair_group.slug), {**FORM, "rag": "red", "action": "submit"})
    assert response.status_code == 200
    assertContains(response, "Explain why the RAG status changed from amber to red.")
    assert cochair_group.status_updates.count() == 1  # only the approved one: nothing was created

    response = cochair_client.post(
        url("update_create", cochair_group.slug),
        {**FORM, "rag": "red", "rag_rationale_en": "The funding was withdrawn.", "action": "submit"},
    )
    assert response.status_code == 302
    assert cochair_group.status_updates.get(rag="red").state == StatusUpdate.State.SUBMITTED


def test_the_rationale_message_is_on_the_field_of_the_users_language(cochair_client, cochair_group):
    approved_update(working_group=cochair_group, rag="amber", period_start=D(2020, 1, 1), period_end=D(2020, 5, 31))
    response = cochair_client.post(
        url("update_create", cochair_group.slug, lang="fr"), {**FORM, "rag": "green", "action": "submit"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"rag_rationale_fr"}


def test_a_submitted_update_cannot_be_edited(cochair_client, cochair_group):
    update = submitted_update(working_group=cochair_group)
    response = cochair_client.get(url("update_edit", update.pk))
    assert response.status_code == 302
    assert response["Location"] == url("update_detail", update.pk)
    response = cochair_client.post(url("update_edit", update.pk), {**FORM, "action": "save"})
    assert response.status_code == 302
    update.refresh_from_db()
    assert update.accomplishments_en == "Drafted the common approach."


def test_a_stale_edit_of_an_update_is_refused_with_409(cochair_client, cochair_group):
    update = StatusUpdateFactory(working_group=cochair_group)
    response = cochair_client.post(
        url("update_edit", update.pk), {**FORM, "expected_version": update.version - 1, "action": "save"}
    )
    assert response.status_code == 409
    update.refresh_from_db()
    assert update.accomplishments_en == "Drafted the common approach."


def test_the_update_form_and_page_render_in_french(cochair_client, cochair_group):
    response = cochair_client.get(url("update_create", cochair_group.slug, lang="fr"))
    assert response.status_code == 200
    assertContains(response, '<html lang="fr-CA">')
    update = StatusUpdateFactory(working_group=cochair_group)
    response = cochair_client.get(url("update_detail", update.pk, lang="fr"))
    assertContains(response, update.period_label_fr)


# Query counts ------------------------------------------------------------------------------------------------


def _submitted_updates(count):
    for _ in range(count):
        group = factories.WorkingGroupFactory()
        submitted_update(working_group=group, author=factories.UserFactory())


@pytest.mark.parametrize("size", [2, 25])
def test_review_queue_query_count_does_not_grow(staff_client, django_assert_max_num_queries, size):
    _submitted_updates(size)
    with django_assert_max_num_queries(8):
        response = staff_client.get(url("review_queue"))
    assert len(response.context["updates"]) == size


@pytest.mark.parametrize("size", [2, 25])
def test_task_review_queue_query_count_does_not_grow(staff_client, django_assert_max_num_queries, size):
    for _ in range(size):
        OutstandingTaskFactory(working_group=factories.WorkingGroupFactory())
    with django_assert_max_num_queries(7):
        response = staff_client.get(url("task_review_queue"))
    assert len(response.context["tasks"]) == size


@pytest.mark.parametrize("size", [2, 25])
def test_workplan_query_count_does_not_grow(cochair_client, cochair_group, django_assert_max_num_queries, size):
    previous = None
    for index in range(size):
        previous = MilestoneFactory(working_group=cochair_group, depends_on=previous, due_date=D(2020, 1, 1 + index % 28))
        OutstandingTaskFactory(working_group=cochair_group)
    with django_assert_max_num_queries(11):
        response = cochair_client.get(url("workplan", cochair_group.slug))
    assert len(response.context["milestones"]) == size


@pytest.mark.parametrize("size", [1, 3])
def test_my_updates_query_count_does_not_grow(cochair_client, cochair_user, django_assert_max_num_queries, size):
    for _ in range(size):
        group = factories.WorkingGroupFactory()
        seat = factories.CochairSeatFactory(working_group=group, number=1)
        factories.CochairTermFactory(seat=seat, person=cochair_user.person)
        StatusUpdateFactory(working_group=group)
        StatusUpdateFactory(working_group=group)
    with django_assert_max_num_queries(9):
        response = cochair_client.get(url("my_updates"))
    assert len(response.context["groups"]) == size + 1


# Workplans ---------------------------------------------------------------------------------------------------


def test_workplan_flags_overdue_milestones_with_text(member_client, cochair_group):
    MilestoneFactory(working_group=cochair_group, title_en="Publish the guide", due_date=D(2020, 1, 1))
    MilestoneFactory(working_group=cochair_group, title_en="Sign the agreement", due_date=D(2099, 1, 1))
    MilestoneFactory(working_group=cochair_group, title_en="Consult", due_date=D(2020, 1, 1), status="done")
    response = member_client.get(url("workplan", cochair_group.slug))
    assert response.status_code == 200
    assert response.content.decode().count(">overdue<") == 1
    assertNotContains(response, "Add a milestone")


def test_workplan_shows_tasks_with_their_review(member_client, cochair_group):
    OutstandingTaskFactory(
        working_group=cochair_group,
        title_en="Common death-notification form",
        last_reviewed_on=D(2020, 3, 1),
        review_decision="relaunch",
        review_note_en="Relaunch with the new co-chair.",
    )
    response = member_client.get(url("workplan", cochair_group.slug))
    assertContains(response, "Common death-notification form")
    assertContains(response, "relaunch")
    assertContains(response, "Relaunch with the new co-chair.")


def test_cochair_adds_a_milestone_to_their_groups_workplan(cochair_client, cochair_group):
    response = cochair_client.post(
        url("milestone_create", cochair_group.slug),
        {"title_en": "Publish the guide", "title_fr": "Publier le guide", "status": "planned", "change_reason": "Workplan 2020"},
    )
    assert response.status_code == 302
    milestone = cochair_group.milestones.get()
    assert milestone.title_fr == "Publier le guide"
    assert milestone.history.get().history_change_reason == "Workplan 2020"


def test_member_and_other_cochairs_cannot_change_a_workplan(member_client, cochair_client, other_group):
    assert member_client.get(url("milestone_create", other_group.slug)).status_code == 403
    assert cochair_client.get(url("milestone_create", other_group.slug)).status_code == 403
    assert cochair_client.get(url("task_create", other_group.slug)).status_code == 403
    milestone = MilestoneFactory(working_group=other_group)
    assert cochair_client.get(url("milestone_edit", milestone.pk)).status_code == 403


def test_a_milestone_loop_is_refused_on_the_form(cochair_client, cochair_group):
    first = MilestoneFactory(working_group=cochair_group, title_en="Draft")
    second = MilestoneFactory(working_group=cochair_group, title_en="Publish", depends_on=first)
    response = cochair_client.post(
        url("milestone_edit", first.pk),
        {
            "title_en": "Draft",
            "status": "planned",
            "depends_on": second.pk,
            "change_reason": "Reorder",
            "expected_version": first.version,
        },
    )
    assert response.status_code == 200
    assertContains(response, "These dependencies would form a loop.")
    first.refresh_from_db()
    assert first.depends_on is None


def test_staff_records_a_task_review_from_the_queue(staff_client, cochair_group):
    task = OutstandingTaskFactory(working_group=cochair_group, title_en="Common form")
    queue = staff_client.get(url("task_review_queue"))
    assertContains(queue, "Record the review of “Common form”")
    prefix = f"task-{task.pk}"
    response = staff_client.post(
        url("task_review", task.pk),
        {f"{prefix}-decision": "retire", f"{prefix}-note": "Done in 2020.", f"{prefix}-expected_version": task.version},
    )
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.review_decision == "retire"
    assert task.last_reviewed_on is not None
    assertContains(staff_client.get(url("task_review_queue")), "No outstanding task is due for review.")


def test_a_task_review_without_a_note_is_refused(staff_client, cochair_group, cochair_client):
    task = OutstandingTaskFactory(working_group=cochair_group)
    prefix = f"task-{task.pk}"
    response = staff_client.post(url("task_review", task.pk), {f"{prefix}-decision": "retire", f"{prefix}-note": ""})
    assert response.status_code == 400
    assertContains(response, "The form could not be saved", status_code=400)
    assert (
        cochair_client.post(url("task_review", task.pk), {f"{prefix}-decision": "retire", f"{prefix}-note": "x"}).status_code
        == 403
    )
    task.refresh_from_db()
    assert task.last_reviewed_on is None
