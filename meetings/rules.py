"""Permissions of the meetings app: every portal role reads; the secretariat prepares and records meetings.

A co-chair may also move an action item owned by their working group along (status and closing note),
but not edit anything else about it.
"""

import rules

from jointcouncils.predicates import is_cochair, is_reader, is_secretariat
from workinggroups.rules import cochaired_group_ids

MODELS = ("meeting", "agendaitem", "attachment", "attendance", "decision", "actionitem")

for _model in MODELS:
    rules.add_perm(f"meetings.view_{_model}", is_reader)
    rules.add_perm(f"meetings.add_{_model}", is_secretariat)
    rules.add_perm(f"meetings.change_{_model}", is_secretariat)
    rules.add_perm(f"meetings.delete_{_model}", is_secretariat)


@rules.predicate
def is_cochair_of_owner_group(user, action_item) -> bool:
    """The user holds a current co-chair term of the working group that owns the action item."""
    if action_item is None or not action_item.owner_group_id:
        return False
    return action_item.owner_group_id in cochaired_group_ids(user)


rules.add_perm("meetings.update_status_actionitem", is_secretariat | (is_cochair & is_cochair_of_owner_group))
