"""Permissions of the logic model app: every portal role reads; the secretariat adds, changes and deletes."""

import rules

from jointcouncils.predicates import is_reader, is_secretariat

MODELS = ("logicmodel", "principle", "outcome", "engagementlevel", "alignment", "indicator", "indicatorvalue")

for _model in MODELS:
    rules.add_perm(f"logicmodel.view_{_model}", is_reader)
    rules.add_perm(f"logicmodel.add_{_model}", is_secretariat)
    rules.add_perm(f"logicmodel.change_{_model}", is_secretariat)
    rules.add_perm(f"logicmodel.delete_{_model}", is_secretariat)
