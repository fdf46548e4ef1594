"""Reads of the reporting pages, each in a fixed number of queries whatever the number of rows."""

import datetime

from django.db.models import F, Prefetch, QuerySet
from django.utils.translation import gettext

from jointcouncils.history_view import history_rows

from ..models import Milestone, OutstandingTask, StatusUpdate, WorkingGroup
from ..rules import cochaired_group_ids
from . import services


def cochaired_groups_with_current_update(user) -> list[WorkingGroup]:
    """The groups the user co-chairs today, each with `current_update` (its newest update, any state) or None."""
    groups = list(
        WorkingGroup.objects.filter(pk__in=cochaired_group_ids(user)).prefetch_related(
            Prefetch("status_updates", queryset=StatusUpdate.objects.newest_per_group(), to_attr="updates_newest_first")
        )
    )
    for group in groups:
        group.current_update = group.updates_newest_first[0] if group.updates_newest_first else None
    return groups


def statusupdate_review_queue() -> QuerySet[StatusUpdate]:
    """Submitted updates, the longest waiting first."""
    return (
        StatusUpdate.objects.filter(state=StatusUpdate.State.SUBMITTED)
        .select_related("working_group", "author")
        .order_by("submitted_at", "pk")
    )


def statusupdate_for_page() -> QuerySet[StatusUpdate]:
    """Updates with what their pages show."""
    return StatusUpdate.objects.select_related("working_group", "author", "reviewed_by")


def statusupdate_history(update: StatusUpdate) -> list[dict]:
    """History rows of an update, its workflow reasons shown in the reader's language."""
    rows = history_rows(update.history.all())
    for row in rows:
        row["reason"] = translate_history_reason(row["reason"])
    return rows


def translate_history_reason(reason: str) -> str:
    """The workflow's reasons are stored in English; show them in the active language."""
    fixed = {
        services.REASON_CREATED,
        services.REASON_SAVED,
        services.REASON_SUBMITTED,
        services.REASON_APPROVED,
        services.REASON_REVIEWED,
    }
    if reason in fixed:
        return gettext(reason)
    if reason.startswith(services.REASON_RETURNED_PREFIX):
        return gettext("Returned: %(reason)s") % {"reason": reason[len(services.REASON_RETURNED_PREFIX) :]}
    return reason


def milestones_of(group: WorkingGroup) -> list[Milestone]:
    """A group's milestones by due date, with the milestone each depends on."""
    return list(group.milestones.select_related("depends_on").order_by("due_date", "pk"))


def outstanding_tasks_of(group: WorkingGroup, today: datetime.date | None = None) -> list[OutstandingTask]:
    """A group's outstanding tasks, the ones never or longest ago reviewed first, each with `review_is_due`."""
    due = set(OutstandingTask.objects.filter(working_group=group).review_due(today).values_list("pk", flat=True))
    tasks = list(group.outstanding_tasks.order_by(F("last_reviewed_on").asc(nulls_first=True), "pk"))
    for task in tasks:
        task.review_is_due = task.pk in due
    return tasks


def outstandingtask_review_queue(today: datetime.date | None = None) -> QuerySet[OutstandingTask]:
    """Tasks of every group not reviewed for six months (or never), oldest review first."""
    return OutstandingTask.objects.review_due(today).select_related("working_group")
