"""Permissions of the consultations app: the secretariat runs consultations and codes answers; readers see themes."""

import rules

from jointcouncils.predicates import is_reader, is_secretariat

rules.add_perm("consultations.view_consultation", is_secretariat)
rules.add_perm("consultations.change_consultation", is_secretariat)
rules.add_perm("consultations.view_theme", is_reader)
rules.add_perm("consultations.change_theme", is_secretariat)
rules.add_perm("consultations.view_planperiod", is_reader)
rules.add_perm("consultations.change_planperiod", is_secretariat)
