"""Permissions: readers read, the secretariat edits, a co-chair edits only the groups they co-chair today."""

import datetime

import pytest

from tests import factories
from workinggroups.models import CochairTerm

PERMS = ("change_workinggroup", "change_cochairseat", "change_workinggroupmember")


def test_readers_read_and_outsiders_do_not(secretariat_user, cochair_user, member_user, outsider_user):
    for user in (secretariat_user, cochair_user, member_user):
        assert user.has_perm("workinggroups.view_workinggroup")
    assert not outsider_user.has_perm("workinggroups.view_workinggroup")


@pytest.mark.parametrize("perm", PERMS)
def test_cochair_may_change_their_own_group_and_its_parts(cochair_user, cochair_group, other_group, perm):
    term = CochairTerm.objects.get(person__user=cochair_user)
    for obj in (cochair_group, term.seat, term):
        assert cochair_user.has_perm(f"workinggroups.{perm}", obj)
    assert not cochair_user.has_perm(f"workinggroups.{perm}", other_group)
    assert not cochair_user.has_perm(f"workinggroups.{perm}", factories.CochairSeatFactory(working_group=other_group))


def test_without_an_object_only_the_secretariat_may_change(secretariat_user, cochair_user):
    assert secretariat_user.has_perm("workinggroups.change_workinggroup")
    assert not cochair_user.has_perm("workinggroups.change_workinggroup")


def test_seats_and_groups_are_added_and_deleted_by_the_secretariat_only(secretariat_user, cochair_user, cochair_group):
    for perm in ("add_workinggroup", "delete_workinggroup", "add_cochairseat", "delete_cochairseat", "add_cochairterm"):
        assert secretariat_user.has_perm(f"workinggroups.{perm}", cochair_group)
        assert not cochair_user.has_perm(f"workinggroups.{perm}", cochair_group)


def test_terms_are_added_changed_and_ended_by_the_secretariat_only(secretariat_user, cochair_user, cochair_group):
    """Seats and terms are the secretariat's record; a co-chair proposes a change instead (TermChangeRequest)."""
    term = CochairTerm.objects.get(person__user=cochair_user)
    for obj in (cochair_group, term.seat, term):
        for perm in ("add_cochairterm", "change_cochairterm"):
            assert secretariat_user.has_perm(f"workinggroups.{perm}", obj)
            assert not cochair_user.has_perm(f"workinggroups.{perm}", obj)
        assert cochair_user.has_perm("workinggroups.add_termchangerequest", cochair_group)


def test_a_future_or_ended_term_does_not_make_a_cochair(cochair_user, cochair_group):
    CochairTerm.objects.filter(person__user=cochair_user).update(start_date=datetime.date(2099, 1, 1))
    assert not cochair_user.has_perm("workinggroups.change_workinggroup", cochair_group)


def test_council_member_may_not_change(member_user, cochair_group):
    assert not member_user.has_perm("workinggroups.change_workinggroup", cochair_group)
