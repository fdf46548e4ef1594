"""Who may read and ask for reports."""

import rules

from jointcouncils import roles
from jointcouncils.predicates import is_reader, is_secretariat


@rules.predicate
def is_cochair_of_target_group(user, group) -> bool:
    """Co-chairs may build the status report and orientation pack of their own groups."""
    from django.utils import timezone

    from workinggroups.models import CochairTerm, WorkingGroup

    if not isinstance(group, WorkingGroup) or not user.is_authenticated or not roles.is_cochair(user):
        return False
    person = getattr(user, "person", None)
    if person is None:
        return False
    today = timezone.localdate()
    return CochairTerm.objects.filter(seat__working_group=group, person=person).filter(rules_current_term_filter(today)).exists()


def rules_current_term_filter(today):
    from django.db.models import Q

    return (Q(start_date__isnull=True) | Q(start_date__lte=today)) & (Q(end_date__isnull=True) | Q(end_date__gte=today))


rules.add_perm("reports.view_reportbuild", is_reader)
rules.add_perm("reports.request_report", is_secretariat | is_cochair_of_target_group)
rules.add_perm("reports.retry_reportbuild", is_secretariat)
# "Build anyway" (a DRAFT with text missing in one language) is the secretariat's call, as the issue asks.
rules.add_perm("reports.build_draft", is_secretariat)
