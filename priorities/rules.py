"""Permissions of the priorities app: every portal role reads; the secretariat adds, changes and deletes."""

import rules

from jointcouncils.predicates import is_reader, is_secretariat

rules.add_perm("priorities.view_priority", is_reader)
rules.add_perm("priorities.add_priority", is_secretariat)
rules.add_perm("priorities.change_priority", is_secretariat)
rules.add_perm("priorities.delete_priority", is_secretariat)
