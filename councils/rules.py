"""Permissions of the councils app: every portal role reads; the secretariat adds, changes and deletes."""

import rules

from jointcouncils.predicates import is_reader, is_secretariat

MODELS = ("jurisdiction", "organisation", "person", "council", "councilmembership")

for _model in MODELS:
    rules.add_perm(f"councils.view_{_model}", is_reader)
    rules.add_perm(f"councils.add_{_model}", is_secretariat)
    rules.add_perm(f"councils.change_{_model}", is_secretariat)
    rules.add_perm(f"councils.delete_{_model}", is_secretariat)
