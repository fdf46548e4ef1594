"""seed_scale: about N times the real volume, deterministic, idempotent, and --reset removes only synthetic rows."""

import pytest
from django.core.management import call_command

from councils.models import Organisation, Person
from meetings.models import ActionItem, AgendaItem, Meeting
from workinggroups.models import CochairSeat, CochairTerm, Milestone, StatusUpdate, WorkingGroup

COUNTED = [Organisation, Person, WorkingGroup, CochairSeat, CochairTerm, Meeting, AgendaItem, ActionItem]


def counts() -> dict:
    return {model.__name__: model.objects.count() for model in COUNTED}


@pytest.fixture
def real_record(db):
    call_command("load_joint_councils", verbosity=0)
    return counts()


def test_factor_2_doubles_the_real_record_and_a_second_run_adds_nothing(real_record):
    call_command("seed_scale", factor=2, verbosity=0)
    doubled = counts()
    for name, real in real_record.items():
        assert 1.8 * real <= doubled[name] <= 2.2 * real, (name, real, doubled[name])
    # Synthetic groups carry a workplan and status updates in every state, with history rows.
    synthetic = WorkingGroup.objects.filter(slug__startswith="synthetic-")
    assert set(StatusUpdate.objects.filter(working_group__in=synthetic).values_list("state", flat=True)) == set(
        StatusUpdate.State.values
    )
    assert Milestone.objects.filter(working_group__in=synthetic).exists()
    assert WorkingGroup.history.filter(slug__startswith="synthetic-").count() == synthetic.count()

    call_command("seed_scale", factor=2, verbosity=0)
    assert counts() == doubled


def test_reset_removes_only_synthetic_rows_and_their_history(real_record):
    call_command("seed_scale", factor=3, verbosity=0)
    names = sorted(WorkingGroup.objects.filter(slug__startswith="synthetic-").values_list("name_en", flat=True))
    call_command("seed_scale", factor=1, reset=True, verbosity=0)
    assert counts() == real_record
    assert not WorkingGroup.history.filter(slug__startswith="synthetic-").exists()
    # Deterministic: the same units come back with the same content.
    call_command("seed_scale", factor=3, verbosity=0)
    again = sorted(WorkingGroup.objects.filter(slug__startswith="synthetic-").values_list("name_en", flat=True))
    assert again == names
