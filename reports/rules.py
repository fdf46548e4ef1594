"""Who may read and ask for reports."""

import rules

from jointcouncils.predicates import is_reader, is_secretariat
from voting.models import Ballot
from workinggroups.models import WorkingGroup
from workinggroups.rules import is_cochair_of_group


@rules.predicate
def is_cochair_of_target_group(user, target) -> bool:
    """Co-chairs may build the status report and orientation pack of their own groups (not a meeting's pack)."""
    return isinstance(target, WorkingGroup) and is_cochair_of_group(user, target)


@rules.predicate
def is_ballot_not_closed(user, target) -> bool:
    """The record of a vote lists each choice: it is built only once the ballot is closed."""
    return isinstance(target, Ballot) and not target.is_closed


rules.add_perm("reports.view_reportbuild", is_reader)
rules.add_perm("reports.request_report", (is_secretariat | is_cochair_of_target_group) & ~is_ballot_not_closed)
rules.add_perm("reports.retry_reportbuild", is_secretariat)
# A failed build's error can hold the worker's exception (paths, library messages): readers get a plain sentence.
rules.add_perm("reports.view_build_error", is_secretariat)
# "Build anyway" (a DRAFT with text missing in one language) is the secretariat's call, as the issue asks.
rules.add_perm("reports.build_draft", is_secretariat)
