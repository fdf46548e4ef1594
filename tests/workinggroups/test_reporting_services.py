"""The reporting workflow's services: who may do what, which transitions are legal, and what the history says."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from jointcouncils.services import StaleEditError
from tests import factories
from tests.workinggroups.factories import (
    MilestoneFactory,
    OutstandingTaskFactory,
    StatusUpdateFactory,
    approved_update,
    submitted_update,
)
from workinggroups.models import OutstandingTask, StatusUpdate
from workinggroups.reporting import services

D = datetime.date

DRAFT = {
    "period_label_en": "JC, September 2020",
    "period_label_fr": "CM, septembre 2020",
    "period_start": D(2020, 6, 1),
    "period_end": D(2020, 9, 22),
    "rag": StatusUpdate.Rag.GREEN,
    "accomplishments_en": "Published the notification guide.",
    "accomplishments_fr": "Publication du guide de notification.",
}


def _reasons(update):
    return list(update.history.order_by("history_date", "history_id").values_list("history_change_reason", flat=True))


def _draft(group, user, **overrides):
    return services.statusupdate_create(working_group=group, by=user, **{**DRAFT, **overrides})


def test_cochair_drafts_and_submits_then_staff_approve_with_a_history_row_per_step(cochair_group, cochair_user, secretariat_user):
    update = _draft(cochair_group, cochair_user)
    assert update.state == StatusUpdate.State.DRAFT
    assert update.author == cochair_user

    update = services.statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    assert update.state == StatusUpdate.State.SUBMITTED
    assert update.submitted_at is not None

    update = services.statusupdate_approve(update=update, expected_version=update.version, by=secretariat_user)
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.APPROVED
    assert update.approved_at is not None
    assert update.reviewed_by == secretariat_user

    assert _reasons(update) == ["Draft created", "Submitted", "Approved"]
    users = list(update.history.order_by("history_date", "history_id").values_list("history_user__username", flat=True))
    assert users == ["cochair", "cochair", "staff"]


def test_cochair_cannot_approve_or_return_and_nothing_changes(cochair_group, cochair_user):
    update = submitted_update(working_group=cochair_group)
    with pytest.raises(PermissionDenied):
        services.statusupdate_approve(update=update, expected_version=update.version, by=cochair_user)
    with pytest.raises(PermissionDenied):
        services.statusupdate_return(
            update=update, expected_version=update.version, by=cochair_user, reason="I would like to return my own update."
        )
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED
    assert update.approved_at is None
    assert update.reviewed_by is None


def test_cochair_cannot_write_edit_or_submit_another_groups_update(cochair_user, other_group):
    with pytest.raises(PermissionDenied):
        _draft(other_group, cochair_user)
    theirs = StatusUpdateFactory(working_group=other_group)
    with pytest.raises(PermissionDenied):
        services.statusupdate_update(
            update=theirs, expected_version=theirs.version, by=cochair_user, accomplishments_en="Overwritten."
        )
    with pytest.raises(PermissionDenied):
        services.statusupdate_submit(update=theirs, expected_version=theirs.version, by=cochair_user)
    theirs.refresh_from_db()
    assert theirs.accomplishments_en == "Drafted the common approach."
    assert theirs.state == StatusUpdate.State.DRAFT
    assert not StatusUpdate.objects.filter(working_group=other_group, period_start=DRAFT["period_start"]).exists()


def test_a_council_member_cannot_write_an_update(cochair_group, member_user):
    with pytest.raises(PermissionDenied):
        _draft(cochair_group, member_user)


def test_a_cochair_whose_term_ended_can_no_longer_write(cochair_group, cochair_user):
    cochair_user.person.cochair_terms.update(end_date=D(2020, 1, 1))
    with pytest.raises(PermissionDenied):
        _draft(cochair_group, cochair_user)


def test_staff_return_with_a_reason_that_is_kept_on_the_update_and_in_the_history(cochair_group, cochair_user, secretariat_user):
    update = services.statusupdate_submit(update=_draft(cochair_group, cochair_user), expected_version=1, by=cochair_user)
    reason = "Please say which provinces have signed the agreement."
    update = services.statusupdate_return(update=update, expected_version=update.version, by=secretariat_user, reason=reason)
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.RETURNED
    assert update.return_reason == reason
    assert update.reviewed_by == secretariat_user
    assert _reasons(update)[-1] == f"Returned: {reason}"


def test_a_long_return_reason_is_shortened_in_the_history_only(cochair_group, cochair_user, secretariat_user):
    update = services.statusupdate_submit(update=_draft(cochair_group, cochair_user), expected_version=1, by=cochair_user)
    reason = "Add the figures. " * 20
    services.statusupdate_return(update=update, expected_version=update.version, by=secretariat_user, reason=reason)
    update.refresh_from_db()
    assert update.return_reason == reason.strip()
    last = _reasons(update)[-1]
    assert len(last) == 100
    assert last.startswith("Returned: Add the figures.")
    assert last.endswith("…")


def test_return_without_a_reason_is_refused_and_changes_nothing(cochair_group, secretariat_user):
    update = submitted_update(working_group=cochair_group)
    with pytest.raises(ValidationError, match="Give the reason for returning the update"):
        services.statusupdate_return(update=update, expected_version=update.version, by=secretariat_user, reason="   ")
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED
    assert update.history.count() == 1


def test_returned_update_is_edited_and_resubmitted_then_approved(cochair_group, cochair_user, secretariat_user):
    update = services.statusupdate_submit(update=_draft(cochair_group, cochair_user), expected_version=1, by=cochair_user)
    update = services.statusupdate_return(
        update=update, expected_version=update.version, by=secretariat_user, reason="Add the French text."
    )
    update = services.statusupdate_update(
        update=update, by=cochair_user, expected_version=update.version, next_steps_fr="Consulter les provinces."
    )
    assert update.state == StatusUpdate.State.RETURNED
    update = services.statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    assert update.state == StatusUpdate.State.SUBMITTED
    update = services.statusupdate_approve(update=update, expected_version=update.version, by=secretariat_user)
    assert update.state == StatusUpdate.State.APPROVED
    assert update.next_steps_fr == "Consulter les provinces."
    assert _reasons(update) == [
        "Draft created",
        "Submitted",
        "Returned: Add the French text.",
        "Draft saved",
        "Submitted",
        "Approved",
    ]


@pytest.mark.parametrize(
    ("state", "action"),
    [
        (StatusUpdate.State.DRAFT, "approve"),
        (StatusUpdate.State.DRAFT, "return"),
        (StatusUpdate.State.RETURNED, "approve"),
        (StatusUpdate.State.APPROVED, "approve"),
        (StatusUpdate.State.APPROVED, "return"),
        (StatusUpdate.State.APPROVED, "submit"),
        (StatusUpdate.State.SUBMITTED, "submit"),
        (StatusUpdate.State.SUBMITTED, "update"),
        (StatusUpdate.State.APPROVED, "update"),
    ],
)
def test_an_illegal_transition_is_refused_with_a_message_and_changes_nothing(cochair_group, secretariat_user, state, action):
    update = StatusUpdateFactory(working_group=cochair_group, state=state)
    version = update.version
    call = {
        "approve": lambda: services.statusupdate_approve(update=update, expected_version=update.version, by=secretariat_user),
        "return": lambda: services.statusupdate_return(
            update=update, expected_version=update.version, by=secretariat_user, reason="Not ready."
        ),
        "submit": lambda: services.statusupdate_submit(update=update, expected_version=update.version, by=secretariat_user),
        "update": lambda: services.statusupdate_update(
            update=update, expected_version=update.version, by=secretariat_user, accomplishments_en="Changed."
        ),
    }[action]
    with pytest.raises(ValidationError) as excinfo:
        call()
    assert f"This update is {StatusUpdate.State(state).label}" in excinfo.value.messages[0]
    update.refresh_from_db()
    assert update.state == state
    assert update.version == version
    assert update.accomplishments_en == "Drafted the common approach."
    assert update.history.count() == 1


def test_rationale_is_required_on_submission_when_the_rag_changed(cochair_group, cochair_user):
    approved_update(
        working_group=cochair_group, rag=StatusUpdate.Rag.AMBER, period_start=D(2020, 1, 1), period_end=D(2020, 5, 31)
    )
    update = _draft(cochair_group, cochair_user, rag=StatusUpdate.Rag.RED)  # a draft may be incomplete
    with pytest.raises(ValidationError) as excinfo:
        services.statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    assert excinfo.value.message_dict == {"rag_rationale_en": ["Explain why the RAG status changed from amber to red."]}
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.DRAFT

    # One language is enough: the parity check of reports flags the missing one.
    update = services.statusupdate_update(
        update=update, expected_version=update.version, by=cochair_user, rag_rationale_fr="Le financement a été retiré."
    )
    update = services.statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    assert update.state == StatusUpdate.State.SUBMITTED


def test_rationale_is_not_required_when_the_rag_is_unchanged_or_there_is_no_earlier_approved_update(
    cochair_group, cochair_user, other_group, secretariat_user
):
    first = services.statusupdate_submit(
        update=_draft(other_group, secretariat_user, rag="red"), expected_version=1, by=secretariat_user
    )
    assert first.state == StatusUpdate.State.SUBMITTED

    approved_update(
        working_group=cochair_group, rag=StatusUpdate.Rag.GREEN, period_start=D(2020, 1, 1), period_end=D(2020, 5, 31)
    )
    # A submitted (not approved) red update in between does not count as "previous".
    submitted_update(working_group=cochair_group, rag=StatusUpdate.Rag.RED, period_start=D(2020, 4, 1), period_end=D(2020, 5, 1))
    same = services.statusupdate_submit(update=_draft(cochair_group, cochair_user), expected_version=1, by=cochair_user)
    assert same.state == StatusUpdate.State.SUBMITTED


def test_a_stale_edit_is_refused(cochair_group, cochair_user):
    update = _draft(cochair_group, cochair_user)
    opened_at = update.version
    services.statusupdate_update(update=update, by=cochair_user, expected_version=opened_at, asks_en="First edit.")
    with pytest.raises(StaleEditError):
        services.statusupdate_update(update=update, by=cochair_user, expected_version=opened_at, asks_en="Second edit.")
    update.refresh_from_db()
    assert update.asks_en == "First edit."


def test_one_update_per_group_and_period(cochair_group, cochair_user):
    _draft(cochair_group, cochair_user)
    with pytest.raises(ValidationError):
        _draft(cochair_group, cochair_user)


def test_only_approved_updates_are_read_by_reports(cochair_group, other_group):
    approved = approved_update(working_group=cochair_group, period_start=D(2020, 1, 1), period_end=D(2020, 3, 31))
    StatusUpdateFactory(working_group=cochair_group, state=StatusUpdate.State.DRAFT)
    submitted_update(working_group=cochair_group)
    StatusUpdateFactory(working_group=cochair_group, state=StatusUpdate.State.RETURNED)
    assert list(StatusUpdate.objects.approved()) == [approved]
    assert list(StatusUpdate.objects.latest_approved_per_group()) == [approved]


def test_a_newer_submitted_update_does_not_replace_the_approved_one(cochair_group, other_group):
    old = approved_update(working_group=cochair_group, period_start=D(2019, 1, 1), period_end=D(2019, 3, 31))
    current = approved_update(working_group=cochair_group, period_start=D(2020, 1, 1), period_end=D(2020, 3, 31))
    submitted_update(working_group=cochair_group, period_start=D(2020, 4, 1), period_end=D(2020, 9, 22), rag="red")
    StatusUpdateFactory(working_group=cochair_group, period_start=D(2020, 10, 1), period_end=D(2020, 12, 31))
    theirs = approved_update(working_group=other_group, period_start=D(2020, 1, 1), period_end=D(2020, 3, 31))
    latest = set(StatusUpdate.objects.latest_approved_per_group())
    assert latest == {current, theirs}
    assert old not in latest


def test_a_milestone_dependency_loop_is_refused(cochair_group, cochair_user):
    first = services.milestone_create(working_group=cochair_group, by=cochair_user, reason="Plan", title_en="Draft the guide")
    second = services.milestone_create(
        working_group=cochair_group, by=cochair_user, reason="Plan", title_en="Publish the guide", depends_on=first
    )
    with pytest.raises(ValidationError) as excinfo:
        services.milestone_update(
            milestone=first, by=cochair_user, reason="Reorder", depends_on=second, expected_version=first.version
        )
    assert excinfo.value.message_dict == {"depends_on": ["These dependencies would form a loop."]}
    first.refresh_from_db()
    assert first.depends_on is None


def test_a_milestone_cannot_depend_on_another_groups_milestone(cochair_group, cochair_user, other_group):
    theirs = MilestoneFactory(working_group=other_group)
    with pytest.raises(ValidationError) as excinfo:
        services.milestone_create(working_group=cochair_group, by=cochair_user, reason="Plan", title_en="Ours", depends_on=theirs)
    assert "same group" in excinfo.value.message_dict["depends_on"][0]
    assert not cochair_group.milestones.exists()


def test_cochair_cannot_change_another_groups_workplan(cochair_user, other_group):
    with pytest.raises(PermissionDenied):
        services.milestone_create(working_group=other_group, by=cochair_user, reason="Plan", title_en="Theirs")
    task = OutstandingTaskFactory(working_group=other_group)
    with pytest.raises(PermissionDenied):
        services.outstandingtask_update(task=task, by=cochair_user, reason="Edit", title_en="Changed")


def test_recording_a_task_review_sets_today_and_takes_it_out_of_the_queue(cochair_group, secretariat_user):
    never = OutstandingTaskFactory(working_group=cochair_group)
    long_ago = OutstandingTaskFactory(working_group=cochair_group, last_reviewed_on=D(2019, 1, 1))
    assert list(OutstandingTask.objects.review_due()) == [never, long_ago]

    reviewed = services.outstandingtask_review(
        task=never,
        expected_version=never.version,
        by=secretariat_user,
        decision=OutstandingTask.Decision.FOLLOW_UP,
        note="Ask the co-chairs in March.",
    )
    assert reviewed.last_reviewed_on == timezone.localdate()
    assert reviewed.review_decision == "follow_up"
    assert reviewed.review_note == "Ask the co-chairs in March."
    assert list(OutstandingTask.objects.review_due()) == [long_ago]
    assert never.history.latest().history_change_reason == "Review recorded"


def test_only_the_secretariat_records_a_task_review_and_a_note_is_required(cochair_group, cochair_user, secretariat_user):
    task = OutstandingTaskFactory(working_group=cochair_group)
    with pytest.raises(PermissionDenied):
        services.outstandingtask_review(
            task=task, expected_version=task.version, by=cochair_user, decision="retire", note="Done."
        )
    with pytest.raises(ValidationError):
        services.outstandingtask_review(task=task, expected_version=task.version, by=secretariat_user, decision="retire", note="")
    task.refresh_from_db()
    assert task.last_reviewed_on is None


def test_factories_personas_line_up(cochair_user, cochair_group):
    # Guards the fixtures the tests above rely on: the co-chair persona co-chairs cochair_group today.
    assert cochair_user.has_perm("workinggroups.add_statusupdate", cochair_group)
    assert not factories.UserFactory().has_perm("workinggroups.add_statusupdate", cochair_group)
