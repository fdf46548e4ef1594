"""rules permissions of status updates, milestones and outstanding tasks.

Readers see approved updates; a group's co-chairs and the secretariat see and write its drafts; only the
secretariat approves or returns an update and records the review of an outstanding task. The state of an
update (can it still be edited?) is the service's to check, not the permission's.
"""

import rules

from jointcouncils import roles
from jointcouncils.predicates import is_reader, is_secretariat

from ..models import Milestone, OutstandingTask, StatusUpdate, WorkingGroup
from ..rules import cochaired_group_ids


def _group_id_of(obj) -> int | None:
    """The id of the working group a reporting object belongs to (or of the group itself)."""
    if isinstance(obj, WorkingGroup):
        return obj.pk
    if isinstance(obj, StatusUpdate | Milestone | OutstandingTask):
        return obj.working_group_id
    return None


@rules.predicate
def is_cochair_of_owning_group(user, obj) -> bool:
    """The user has the co-chair role and holds a current co-chair term in the group that owns obj (a group,
    update, milestone or task); a term without the role gives nothing."""
    group_id = _group_id_of(obj)
    return group_id is not None and group_id in cochaired_group_ids(user)


@rules.predicate
def can_read_update(user, update) -> bool:
    """Without an object: any reader. A draft, submitted or returned update: its group's co-chairs and staff.

    An approved update is public to every reader: it is what the dashboards and reports show.
    """
    if update is None:
        return roles.is_reader(user)
    if roles.is_secretariat(user) or is_cochair_of_owning_group(user, update):
        return True
    return update.state == StatusUpdate.State.APPROVED and roles.is_reader(user)


can_write_for_group = is_secretariat | is_cochair_of_owning_group

# Status updates. add_*: the object is the group; change/submit: the update.
rules.add_perm("workinggroups.view_statusupdate", can_read_update)
rules.add_perm("workinggroups.add_statusupdate", can_write_for_group)
rules.add_perm("workinggroups.change_statusupdate", can_write_for_group)
rules.add_perm("workinggroups.submit_statusupdate", can_write_for_group)
rules.add_perm("workinggroups.review_statusupdate", is_secretariat)
rules.add_perm("workinggroups.delete_statusupdate", is_secretariat)

# Workplans. add_*: the object is the group.
rules.add_perm("workinggroups.view_milestone", is_reader)
rules.add_perm("workinggroups.add_milestone", can_write_for_group)
rules.add_perm("workinggroups.change_milestone", can_write_for_group)
rules.add_perm("workinggroups.delete_milestone", can_write_for_group)

rules.add_perm("workinggroups.view_outstandingtask", is_reader)
rules.add_perm("workinggroups.add_outstandingtask", can_write_for_group)
rules.add_perm("workinggroups.change_outstandingtask", can_write_for_group)
rules.add_perm("workinggroups.delete_outstandingtask", is_secretariat)
rules.add_perm("workinggroups.review_outstandingtask", is_secretariat)
