"""seat_facts counts the same on PostgreSQL (one DISTINCT ON query) and where DISTINCT ON does not exist (SQLite,
the `make run` database: the newest current term of each seat picked in Python)."""

import datetime

import pytest

from councils.models import Jurisdiction
from tests import factories
from workinggroups.models import WorkingGroup
from workinggroups.selectors import _seat_facts_portable, seat_facts, with_derived_facts

DAY = datetime.date(2026, 12, 2)


def held_by_unnamed_holder(seat):
    """A current term whose holder the sources do not name (a provincial/territorial seat, membership not recorded)."""
    return factories.CochairTermFactory(
        seat=seat,
        person=None,
        holder_level=Jurisdiction.Level.PROVINCIAL_TERRITORIAL,
        council_member_attested=None,
        start_date=datetime.date(2019, 1, 1),
    )


@pytest.mark.django_db
def test_both_ways_of_counting_the_seats_agree():
    active = []
    for n in range(3):
        group = factories.WorkingGroupFactory(slug=f"g{n}", status=WorkingGroup.Status.ACTIVE)
        active.append(group)
    # g0: seat 1 held (an earlier term ended, a newer one runs), seat 2 vacant.
    seat = factories.CochairSeatFactory(working_group=active[0], number=1)
    factories.CochairTermFactory(seat=seat, start_date=datetime.date(2015, 1, 1), end_date=datetime.date(2018, 12, 31))
    factories.CochairTermFactory(seat=seat, start_date=datetime.date(2019, 1, 1))
    factories.CochairSeatFactory(working_group=active[0], number=2)
    # g1: a term ending within 90 days, and a seat held by a holder the sources do not name.
    ending = factories.CochairSeatFactory(working_group=active[1], number=1)
    factories.CochairTermFactory(seat=ending, start_date=datetime.date(2020, 1, 1), end_date=DAY + datetime.timedelta(days=30))
    held_by_unnamed_holder(factories.CochairSeatFactory(working_group=active[1], number=2))
    # g2: only vacant seats; and a dissolved group that is not counted.
    factories.CochairSeatFactory(working_group=active[2], number=1)
    dissolved = factories.WorkingGroupFactory(slug="gone", status=WorkingGroup.Status.DISSOLVED)
    factories.CochairSeatFactory(working_group=dissolved, number=1)

    groups = WorkingGroup.objects.filter(status=WorkingGroup.Status.ACTIVE)
    in_sql = seat_facts(groups, DAY)
    in_python = _seat_facts_portable(groups, DAY, 90)

    assert in_python == in_sql
    assert in_sql.vacant_seats == 2
    assert in_sql.groups_with_vacant_seat == 2
    assert in_sql.terms_ending_soon == 1
    assert in_sql.groups_with_member_cochair_or_unrecorded == 1  # g1, through its unnamed holder


@pytest.mark.django_db
def test_seat_facts_count_what_the_lists_row_by_row_facts_say():
    """The overview (seat_facts) and the groups list's filters (with_derived_facts) use one definition."""
    active = [factories.WorkingGroupFactory(slug=f"h{n}", status=WorkingGroup.Status.ACTIVE) for n in range(3)]
    factories.CochairSeatFactory(working_group=active[0], number=1)
    held = factories.CochairSeatFactory(working_group=active[1], number=1)
    factories.CochairTermFactory(seat=held, start_date=datetime.date(2019, 1, 1))
    factories.CochairSeatFactory(working_group=active[1], number=2)
    held_by_unnamed_holder(factories.CochairSeatFactory(working_group=active[2], number=1))
    groups = WorkingGroup.objects.filter(status=WorkingGroup.Status.ACTIVE)
    rows = list(with_derived_facts(groups, DAY))
    facts = seat_facts(groups, DAY)
    assert facts.vacant_seats == sum(row.vacant_seat_count for row in rows) == 2
    assert facts.groups_with_vacant_seat == sum(1 for row in rows if row.vacant_seat_count) == 2
    lacking = sum(1 for row in rows if row.lacks_member_cochair)
    assert len(rows) - facts.groups_with_member_cochair_or_unrecorded == lacking
