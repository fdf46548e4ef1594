"""Permissions of the dashboards: every portal role reads them (members see the overview read-only)."""

import rules

from jointcouncils.predicates import is_reader, is_secretariat

rules.add_perm("dashboards.view_overview", is_reader)
rules.add_perm("dashboards.view_cochair_dashboard", is_reader)
rules.add_perm("dashboards.view_priority_dashboard", is_reader)
rules.add_perm("dashboards.view_coverage", is_reader)
rules.add_perm("dashboards.view_participation", is_reader)
rules.add_perm("dashboards.view_lists", is_reader)
rules.add_perm("dashboards.view_translation_queue", is_secretariat)
