"""Writes of the reporting workflow: status updates (draft → submitted → returned or approved), workplans, task reviews.

Every function is keyword-only and atomic, checks the permission itself (the view checks it too: defence in
depth), and leaves a history row saying who did it and why. An illegal transition raises ValidationError with a
message for the user and changes nothing.
"""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop

from jointcouncils.services import check_version, record_save
from notifications import events
from notifications.services import FieldText, notification_send, users_in_role

from ..models import Milestone, OutstandingTask, StatusUpdate, WorkingGroup

LANGUAGES = ("en", "fr")
TRANSLATED_UPDATE_FIELDS = ("period_label", "rag_rationale", "accomplishments", "next_steps", "risks_issues", "asks")
UPDATE_FIELDS = frozenset(
    {"period_start", "period_end", "rag"} | {f"{name}_{lang}" for name in TRANSLATED_UPDATE_FIELDS for lang in LANGUAGES}
)
MILESTONE_FIELDS = frozenset(
    {"due_date", "status", "completed_on", "depends_on"} | {f"{n}_{lang}" for n in ("title", "description") for lang in LANGUAGES}
)
TASK_FIELDS = frozenset({"raised_on", "source"} | {f"{n}_{lang}" for n in ("title", "description") for lang in LANGUAGES})

# The step each refusal names, in the user's language.
REFUSALS = {
    "edit": gettext_noop("This update is %(state)s; only a draft or a returned update can be edited."),
    "submit": gettext_noop("This update is %(state)s; only a draft or a returned update can be submitted."),
    "return": gettext_noop("This update is %(state)s; only a submitted update can be returned."),
    "approve": gettext_noop("This update is %(state)s; only a submitted update can be approved."),
}


def _active_language() -> str:
    language = (translation.get_language() or "en")[:2]
    return language if language in LANGUAGES else "en"


def _require(user: AbstractBaseUser, perm: str, obj, message: str) -> None:
    if not user.has_perm(perm, obj):
        raise PermissionDenied(message)


def _check_fields(fields: dict[str, Any], allowed: frozenset[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"Unexpected fields: {', '.join(sorted(unknown))}")


def _check_rationale(update: StatusUpdate) -> None:
    message = update.rag_rationale_error()
    if message:
        raise ValidationError({f"rag_rationale_{_active_language()}": message})


def _statusupdate_step(
    *,
    update: StatusUpdate,
    step: str,
    by: AbstractBaseUser,
    reason: str,
    change: Callable[[StatusUpdate], None],
    expected_version: int | None = None,
    unversioned: str | None = None,
    update_fields: tuple[str, ...] | None = None,
) -> StatusUpdate:
    """The one path of every workflow step after creation: lock the row (two reviewers cannot both act on it),
    refuse a page opened before the last change (StaleEditError) or without its version (MissingVersionError,
    unless `unversioned` names the write: see record_save) or a step the state does not allow, apply the change,
    and save it through record_save (full_clean, version, history user and reason)."""
    with transaction.atomic():
        locked = StatusUpdate.objects.select_for_update().get(pk=update.pk)
        check_version(instance=update, latest=locked, expected_version=expected_version, unversioned=unversioned)
        if not locked.allows(step):
            raise ValidationError(gettext(REFUSALS[step]) % {"state": str(StatusUpdate.State(locked.state).label)})
        change(locked)
        target = StatusUpdate.STEPS[step][1]
        if target is not None:
            locked.state = target
        # The version was compared on the locked row above.
        return record_save(instance=locked, by=by, reason=reason, update_fields=update_fields, expected_version=locked.version)


def _cochair_people(update: StatusUpdate) -> list:
    return [term.person for term in update.working_group.current_terms() if term.person_id]


def _notify(update: StatusUpdate, *, event: events.Event, recipients, url: str) -> None:
    """Write about an update's step; recorded in the step's transaction and sent once it commits."""
    notification_send(
        recipients=recipients,
        event=event.key,
        context={
            "group": update.working_group,
            "period": FieldText(update, "period_label"),
            "reason": FieldText(update, "return_reason"),
        },
        url=url,
    )


def statusupdate_create(*, working_group: WorkingGroup, by: AbstractBaseUser, **fields: Any) -> StatusUpdate:
    """Start a draft update of a group (its co-chair or the secretariat)."""
    _check_fields(fields, UPDATE_FIELDS)
    _require(
        by, "workinggroups.add_statusupdate", working_group, gettext("You can only write updates for the groups you co-chair.")
    )
    update = StatusUpdate(working_group=working_group, author=by, state=StatusUpdate.State.DRAFT, **fields)
    return record_save(instance=update, by=by, reason=StatusUpdate.REASON_CREATED)


def statusupdate_update(
    *,
    update: StatusUpdate,
    by: AbstractBaseUser,
    expected_version: int | None = None,
    unversioned: str | None = None,
    **fields: Any,
) -> StatusUpdate:
    """Change a draft or returned update; refuses a stale edit (StaleEditError), an edit without its version
    (MissingVersionError, unless `unversioned` names the write) and any other state."""
    _check_fields(fields, UPDATE_FIELDS)
    _require(
        by, "workinggroups.change_statusupdate", update, gettext("You can only edit the updates of the groups you co-chair.")
    )

    def change(locked: StatusUpdate) -> None:
        for name, value in fields.items():
            setattr(locked, name, value)

    return _statusupdate_step(
        update=update,
        step="edit",
        by=by,
        reason=StatusUpdate.REASON_SAVED,
        change=change,
        expected_version=expected_version,
        unversioned=unversioned,
    )


def statusupdate_submit(
    *, update: StatusUpdate, by: AbstractBaseUser, expected_version: int | None = None, unversioned: str | None = None
) -> StatusUpdate:
    """Send a draft or returned update to the secretariat for review.

    expected_version is the version the co-chair read: a stale page is refused (StaleEditError), a missing version
    too (MissingVersionError) unless `unversioned` names the write (see record_save).
    """
    _require(
        by, "workinggroups.submit_statusupdate", update, gettext("You can only submit the updates of the groups you co-chair.")
    )

    def change(locked: StatusUpdate) -> None:
        _check_rationale(locked)
        locked.submitted_at = timezone.now()

    with transaction.atomic():
        locked = _statusupdate_step(
            update=update,
            step="submit",
            by=by,
            reason=StatusUpdate.REASON_SUBMITTED,
            change=change,
            expected_version=expected_version,
            unversioned=unversioned,
            update_fields=("state", "submitted_at"),
        )
        _notify(
            locked,
            event=events.UPDATE_SUBMITTED,
            recipients=users_in_role(settings.ROLE_SECRETARIAT),
            url=reverse("reporting:update_detail", args=[locked.pk]),
        )
    return locked


def statusupdate_return(
    *,
    update: StatusUpdate,
    by: AbstractBaseUser,
    reason: str,
    reason_translation: str = "",
    expected_version: int | None = None,
    unversioned: str | None = None,
) -> StatusUpdate:
    """Send a submitted update back to its co-chairs with the reason they will see (secretariat only).

    expected_version is the version the reviewer read: a later change of the update is refused (StaleEditError),
    a missing version too (MissingVersionError) unless `unversioned` names the write (see record_save).
    """
    _require(by, "workinggroups.review_statusupdate", update, gettext("Only the secretariat can return an update."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(gettext("Give the reason for returning the update: the co-chair sees it and needs it to revise."))

    def change(locked: StatusUpdate) -> None:
        # The reason in the language it was written in, and its translation when given; an empty translation
        # clears any older reason, so the record is flagged "needs translation" instead of showing a stale one.
        translation_text = (reason_translation or "").strip()
        for language in LANGUAGES:
            setattr(locked, f"return_reason_{language}", reason if language == _active_language() else translation_text)
        locked.reviewed_by = by

    with transaction.atomic():
        locked = _statusupdate_step(
            update=update,
            step="return",
            by=by,
            reason=StatusUpdate.returned_reason(reason),
            change=change,
            expected_version=expected_version,
            unversioned=unversioned,
            update_fields=("state", "return_reason", *(f"return_reason_{language}" for language in LANGUAGES), "reviewed_by"),
        )
        _notify(
            locked,
            event=events.UPDATE_RETURNED,
            recipients=_cochair_people(locked),
            url=reverse("reporting:update_edit", args=[locked.pk]),
        )
    return locked


def statusupdate_approve(
    *, update: StatusUpdate, by: AbstractBaseUser, expected_version: int | None = None, unversioned: str | None = None
) -> StatusUpdate:
    """Approve a submitted update: from now on dashboards and reports read it (secretariat only).

    expected_version is the version the reviewer read: a later change of the update is refused (StaleEditError),
    a missing version too (MissingVersionError) unless `unversioned` names the write (see record_save).
    """
    _require(by, "workinggroups.review_statusupdate", update, gettext("Only the secretariat can approve an update."))

    def change(locked: StatusUpdate) -> None:
        # An update approved for an earlier period since submission can make the RAG a change.
        _check_rationale(locked)
        locked.approved_at = timezone.now()
        locked.reviewed_by = by

    with transaction.atomic():
        locked = _statusupdate_step(
            update=update,
            step="approve",
            by=by,
            reason=StatusUpdate.REASON_APPROVED,
            change=change,
            expected_version=expected_version,
            unversioned=unversioned,
            update_fields=("state", "approved_at", "reviewed_by"),
        )
        _notify(
            locked,
            event=events.UPDATE_APPROVED,
            recipients=_cochair_people(locked),
            url=reverse("reporting:update_detail", args=[locked.pk]),
        )
    return locked


def milestone_create(*, working_group: WorkingGroup, by: AbstractBaseUser, reason: str, **fields: Any) -> Milestone:
    """Add a milestone to a group's workplan (refuses a dependency loop or on another group's milestone)."""
    _check_fields(fields, MILESTONE_FIELDS)
    _require(
        by, "workinggroups.add_milestone", working_group, gettext("You can only change the workplans of the groups you co-chair.")
    )
    return record_save(instance=Milestone(working_group=working_group, **fields), by=by, reason=reason)


def milestone_update(
    *, milestone: Milestone, by: AbstractBaseUser, reason: str, expected_version: int | None = None, **fields: Any
) -> Milestone:
    """Change a milestone; model validation refuses dependency loops and cross-group dependencies."""
    _check_fields(fields, MILESTONE_FIELDS)
    _require(
        by, "workinggroups.change_milestone", milestone, gettext("You can only change the workplans of the groups you co-chair.")
    )
    for name, value in fields.items():
        setattr(milestone, name, value)
    return record_save(instance=milestone, by=by, reason=reason, expected_version=expected_version)


def outstandingtask_create(*, working_group: WorkingGroup, by: AbstractBaseUser, reason: str, **fields: Any) -> OutstandingTask:
    """Record a task a council gave the group that is still outstanding."""
    _check_fields(fields, TASK_FIELDS)
    _require(
        by,
        "workinggroups.add_outstandingtask",
        working_group,
        gettext("You can only change the workplans of the groups you co-chair."),
    )
    return record_save(instance=OutstandingTask(working_group=working_group, **fields), by=by, reason=reason)


def outstandingtask_update(
    *, task: OutstandingTask, by: AbstractBaseUser, reason: str, expected_version: int | None = None, **fields: Any
) -> OutstandingTask:
    """Change an outstanding task's description (its review is recorded by outstandingtask_review)."""
    _check_fields(fields, TASK_FIELDS)
    _require(
        by, "workinggroups.change_outstandingtask", task, gettext("You can only change the workplans of the groups you co-chair.")
    )
    for name, value in fields.items():
        setattr(task, name, value)
    return record_save(instance=task, by=by, reason=reason, expected_version=expected_version)


def outstandingtask_review(
    *,
    task: OutstandingTask,
    by: AbstractBaseUser,
    decision: str,
    note: str,
    expected_version: int | None = None,
    unversioned: str | None = None,
) -> OutstandingTask:
    """Record the periodic review of a task: retire, relaunch or follow up, with a note; reviewed today.

    expected_version is the version the reviewer read: a review recorded meanwhile is not overwritten
    (StaleEditError); a missing version is refused (MissingVersionError) unless `unversioned` names the write.
    """
    _require(by, "workinggroups.review_outstandingtask", task, gettext("Only the secretariat can record the review of a task."))
    if decision not in OutstandingTask.Decision.values:
        raise ValidationError({"decision": gettext("Choose retire, relaunch or follow up.")})
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": gettext("Write a note that explains the decision.")})
    with transaction.atomic():
        locked = OutstandingTask.objects.select_for_update().get(pk=task.pk)
        check_version(instance=task, latest=locked, expected_version=expected_version, unversioned=unversioned)
        locked.review_decision = decision
        locked.last_reviewed_on = timezone.localdate()
        for language in LANGUAGES:
            setattr(locked, f"review_note_{language}", note if language == _active_language() else "")
        return record_save(instance=locked, by=by, reason=OutstandingTask.REASON_REVIEWED, expected_version=locked.version)
