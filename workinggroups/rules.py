"""Permissions on working groups, their co-chair seats and terms, and their members.

Everyone with a portal role reads; the secretariat edits everything; a co-chair edits the groups where they
hold a current co-chair term. Seats and terms are the secretariat's record: adding, ending or handing over a
term, and adding or removing a seat or a group, is the secretariat's alone; a co-chair of the group proposes a
term change (TermChangeRequest), which the secretariat accepts or declines.
"""

import rules
from django.utils import timezone

from jointcouncils import roles
from jointcouncils.models import current_q
from jointcouncils.predicates import is_reader, is_secretariat

from .models import CochairSeat, CochairTerm, ReportingLine, TermChangeRequest, WorkingGroup, WorkingGroupMember


def _group_of(obj) -> WorkingGroup | None:
    """The working group a permission object belongs to (a group, seat, term, member or reporting line)."""
    if isinstance(obj, WorkingGroup):
        return obj
    if isinstance(obj, CochairTerm):
        return obj.seat.working_group
    if isinstance(obj, CochairSeat | WorkingGroupMember | ReportingLine | TermChangeRequest):
        return obj.working_group
    return None


def cochaired_group_ids(user) -> set[int]:
    """Ids of the groups the user co-chairs today: the co-chair role AND a current co-chair term of the group.

    The one predicate of "co-chair of this group" for every rule, dashboard and list: a person who still holds
    a term but lost the role (a departing co-chair) co-chairs nothing. Cached on the user object, which lives
    for one request, so a page asking several times costs one query.
    """
    if not user or not user.is_authenticated or not roles.is_cochair(user):
        return set()
    cached = getattr(user, "_jc_cochaired_group_ids", None)
    if cached is None:
        today = timezone.localdate()
        cached = set(
            CochairTerm.objects.filter(current_q(on=today), person__user=user).values_list("seat__working_group_id", flat=True)
        )
        user._jc_cochaired_group_ids = cached
    return cached


@rules.predicate
def is_cochair_of_group(user, obj) -> bool:
    """True when the user has the co-chair role and holds a current co-chair term on one of the group's seats;
    no object: False. A term without the role (an outsider, a council member) gives no right to edit."""
    group = _group_of(obj)
    if group is None or group.pk is None:
        return False
    return group.pk in cochaired_group_ids(user)


can_edit_group = is_secretariat | is_cochair_of_group

rules.add_perm("workinggroups.view_workinggroup", is_reader)
rules.add_perm("workinggroups.add_workinggroup", is_secretariat)
rules.add_perm("workinggroups.change_workinggroup", can_edit_group)
rules.add_perm("workinggroups.delete_workinggroup", is_secretariat)

rules.add_perm("workinggroups.view_cochairseat", is_reader)
rules.add_perm("workinggroups.add_cochairseat", is_secretariat)
rules.add_perm("workinggroups.change_cochairseat", can_edit_group)
rules.add_perm("workinggroups.delete_cochairseat", is_secretariat)

# Terms: the object is the term, or (to add one) its seat or group. The secretariat's record alone.
rules.add_perm("workinggroups.view_cochairterm", is_reader)
rules.add_perm("workinggroups.add_cochairterm", is_secretariat)
rules.add_perm("workinggroups.change_cochairterm", is_secretariat)
rules.add_perm("workinggroups.delete_cochairterm", is_secretariat)

rules.add_perm("workinggroups.view_workinggroupmember", is_reader)
rules.add_perm("workinggroups.add_workinggroupmember", can_edit_group)
rules.add_perm("workinggroups.change_workinggroupmember", can_edit_group)
rules.add_perm("workinggroups.delete_workinggroupmember", can_edit_group)

rules.add_perm("workinggroups.view_reportingline", is_reader)
rules.add_perm("workinggroups.add_reportingline", is_secretariat)
rules.add_perm("workinggroups.change_reportingline", is_secretariat)
rules.add_perm("workinggroups.delete_reportingline", is_secretariat)


@rules.predicate
def is_cochair_role(user) -> bool:
    return roles.is_cochair(user)


@rules.predicate
def is_requester(user, obj) -> bool:
    """The user asked for this term change."""
    return isinstance(obj, TermChangeRequest) and user.is_authenticated and obj.requested_by_id == user.pk


# Term change requests: a co-chair of the group proposes; the secretariat decides; the requester and the group's
# co-chairs follow their group's requests. No object (the queue page): the secretariat, and co-chairs for theirs.
rules.add_perm("workinggroups.add_termchangerequest", is_cochair_of_group)
rules.add_perm("workinggroups.decide_termchangerequest", is_secretariat)
rules.add_perm("workinggroups.view_termchangerequest", is_secretariat | is_requester | is_cochair_of_group)
rules.add_perm("workinggroups.list_termchangerequest", is_secretariat | is_cochair_role)
