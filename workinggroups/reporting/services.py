"""Writes of the reporting workflow: status updates (draft → submitted → returned or approved), workplans, task reviews.

Every function is keyword-only and atomic, checks the permission itself (the view checks it too: defence in
depth), and leaves a history row saying who did it and why. An illegal transition raises ValidationError with a
message for the user and changes nothing.
"""

import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from jointcouncils.history import set_history
from jointcouncils.services import StaleEditError, record_save

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

# History reasons are stored in English (they are data, read by everyone); pages translate them when shown
# (reporting.selectors.statusupdate_history).
REASON_CREATED = gettext_noop("Draft created")
REASON_SAVED = gettext_noop("Draft saved")
REASON_SUBMITTED = gettext_noop("Submitted")
REASON_APPROVED = gettext_noop("Approved")
REASON_RETURNED_PREFIX = "Returned: "
REASON_REVIEWED = gettext_noop("Review recorded")
HISTORY_REASON_MAX_LENGTH = 100  # history_change_reason is a CharField(100)

# The colour alone, for sentences such as "changed from amber to red".
RAG_NAMES = {
    StatusUpdate.Rag.GREEN: _("green"),
    StatusUpdate.Rag.AMBER: _("amber"),
    StatusUpdate.Rag.RED: _("red"),
}


def _history_reason(text: str) -> str:
    if len(text) <= HISTORY_REASON_MAX_LENGTH:
        return text
    return text[: HISTORY_REASON_MAX_LENGTH - 1] + "…"


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


def _lock(update: StatusUpdate) -> StatusUpdate:
    """The update's row, locked until the transaction ends, so two reviewers cannot both act on it."""
    return StatusUpdate.objects.select_for_update().get(pk=update.pk)


def _state_label(update: StatusUpdate) -> str:
    return str(StatusUpdate.State(update.state).label)


def rag_rationale_error(
    *, working_group: WorkingGroup, period_start: datetime.date | None, rag: str, rationale_en: str, rationale_fr: str
) -> str | None:
    """The message asking for a rationale when the RAG differs from the previous approved update; else None.

    One language is enough here; the parity check of reports flags the missing translation.
    """
    if not rag or period_start is None:
        return None
    previous = StatusUpdate(working_group=working_group, period_start=period_start).previous_approved()
    if previous is None or previous.rag == rag:
        return None
    if (rationale_en or "").strip() or (rationale_fr or "").strip():
        return None
    return gettext("Explain why the RAG status changed from %(previous)s to %(current)s.") % {
        "previous": RAG_NAMES[previous.rag],
        "current": RAG_NAMES[rag],
    }


def _check_rationale(update: StatusUpdate) -> None:
    message = rag_rationale_error(
        working_group=update.working_group,
        period_start=update.period_start,
        rag=update.rag,
        rationale_en=update.rag_rationale_en,
        rationale_fr=update.rag_rationale_fr,
    )
    if message:
        raise ValidationError({f"rag_rationale_{_active_language()}": message})


def statusupdate_create(*, working_group: WorkingGroup, by: AbstractBaseUser, **fields: Any) -> StatusUpdate:
    """Start a draft update of a group (its co-chair or the secretariat)."""
    _check_fields(fields, UPDATE_FIELDS)
    _require(
        by, "workinggroups.add_statusupdate", working_group, gettext("You can only write updates for the groups you co-chair.")
    )
    with transaction.atomic():
        update = StatusUpdate(working_group=working_group, author=by, state=StatusUpdate.State.DRAFT, **fields)
        set_history(update, by=by, reason=REASON_CREATED)
        update.full_clean()
        update.save()
    return update


def statusupdate_update(
    *, update: StatusUpdate, by: AbstractBaseUser, expected_version: int | None = None, **fields: Any
) -> StatusUpdate:
    """Change a draft or returned update; refuses a stale edit (StaleEditError) and any other state."""
    _check_fields(fields, UPDATE_FIELDS)
    _require(
        by, "workinggroups.change_statusupdate", update, gettext("You can only edit the updates of the groups you co-chair.")
    )
    with transaction.atomic():
        locked = _lock(update)
        if expected_version is not None and locked.version != expected_version:
            raise StaleEditError(update, locked)
        if not locked.is_editable_by_author:
            raise ValidationError(
                gettext("This update is %(state)s; only a draft or a returned update can be edited.")
                % {"state": _state_label(locked)}
            )
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.version += 1
        set_history(locked, by=by, reason=REASON_SAVED)
        locked.full_clean()
        locked.save()
    return locked


def statusupdate_submit(*, update: StatusUpdate, by: AbstractBaseUser) -> StatusUpdate:
    """Send a draft or returned update to the secretariat for review."""
    _require(
        by, "workinggroups.submit_statusupdate", update, gettext("You can only submit the updates of the groups you co-chair.")
    )
    with transaction.atomic():
        locked = _lock(update)
        if locked.state not in {StatusUpdate.State.DRAFT, StatusUpdate.State.RETURNED}:
            raise ValidationError(
                gettext("This update is %(state)s; only a draft or a returned update can be submitted.")
                % {"state": _state_label(locked)}
            )
        _check_rationale(locked)
        locked.state = StatusUpdate.State.SUBMITTED
        locked.submitted_at = timezone.now()
        locked.version += 1
        set_history(locked, by=by, reason=REASON_SUBMITTED)
        locked.full_clean()
        locked.save()
    return locked


def _check_version(update: StatusUpdate, locked: StatusUpdate, expected_version: int | None) -> None:
    """Refuse a review decision taken on a page opened before the update last changed (StaleEditError)."""
    if expected_version is not None and locked.version != expected_version:
        raise StaleEditError(update, locked)


def statusupdate_return(
    *, update: StatusUpdate, by: AbstractBaseUser, reason: str, expected_version: int | None = None
) -> StatusUpdate:
    """Send a submitted update back to its co-chairs with the reason they will see (secretariat only).

    With expected_version (the version the reviewer read), a later change of the update is refused (StaleEditError).
    """
    _require(by, "workinggroups.review_statusupdate", update, gettext("Only the secretariat can return an update."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(gettext("Give the reason for returning the update: the co-chair sees it and needs it to revise."))
    with transaction.atomic():
        locked = _lock(update)
        _check_version(update, locked, expected_version)
        if locked.state != StatusUpdate.State.SUBMITTED:
            raise ValidationError(
                gettext("This update is %(state)s; only a submitted update can be returned.") % {"state": _state_label(locked)}
            )
        locked.state = StatusUpdate.State.RETURNED
        # One reason, in the language it was written in; the other column is emptied so that no older reason
        # shows through, and the fallback language shows this one.
        for language in LANGUAGES:
            setattr(locked, f"return_reason_{language}", reason if language == _active_language() else "")
        locked.reviewed_by = by
        locked.version += 1
        set_history(locked, by=by, reason=_history_reason(REASON_RETURNED_PREFIX + reason))
        locked.full_clean()
        locked.save()
    return locked


def statusupdate_approve(*, update: StatusUpdate, by: AbstractBaseUser, expected_version: int | None = None) -> StatusUpdate:
    """Approve a submitted update: from now on dashboards and reports read it (secretariat only).

    With expected_version (the version the reviewer read), a later change of the update is refused (StaleEditError).
    """
    _require(by, "workinggroups.review_statusupdate", update, gettext("Only the secretariat can approve an update."))
    with transaction.atomic():
        locked = _lock(update)
        _check_version(update, locked, expected_version)
        if locked.state != StatusUpdate.State.SUBMITTED:
            raise ValidationError(
                gettext("This update is %(state)s; only a submitted update can be approved.") % {"state": _state_label(locked)}
            )
        # An update approved for an earlier period since submission can make the RAG a change.
        _check_rationale(locked)
        locked.state = StatusUpdate.State.APPROVED
        locked.approved_at = timezone.now()
        locked.reviewed_by = by
        locked.version += 1
        set_history(locked, by=by, reason=REASON_APPROVED)
        locked.full_clean()
        locked.save()
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
    *, task: OutstandingTask, by: AbstractBaseUser, decision: str, note: str, expected_version: int | None = None
) -> OutstandingTask:
    """Record the periodic review of a task: retire, relaunch or follow up, with a note; reviewed today.

    With expected_version (the version the reviewer read), a review recorded meanwhile is not overwritten
    (StaleEditError).
    """
    _require(by, "workinggroups.review_outstandingtask", task, gettext("Only the secretariat can record the review of a task."))
    if decision not in OutstandingTask.Decision.values:
        raise ValidationError({"decision": gettext("Choose retire, relaunch or follow up.")})
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": gettext("Write a note that explains the decision.")})
    with transaction.atomic():
        locked = OutstandingTask.objects.select_for_update().get(pk=task.pk)
        if expected_version is not None and locked.version != expected_version:
            raise StaleEditError(task, locked)
        locked.review_decision = decision
        locked.last_reviewed_on = timezone.localdate()
        for language in LANGUAGES:
            setattr(locked, f"review_note_{language}", note if language == _active_language() else "")
        locked.version += 1
        set_history(locked, by=by, reason=REASON_REVIEWED)
        locked.full_clean()
        locked.save()
    return locked
