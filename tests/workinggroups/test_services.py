"""Services: every write is atomic, versioned, and says who and why; bad input saves nothing."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from jointcouncils.services import StaleEditError
from tests import factories
from workinggroups import services
from workinggroups.models import CochairSeat, CochairTerm, ReportingLine, WorkingGroup

D = datetime.date


def test_create_records_group_and_reporting_line_with_who_and_why(secretariat_user, council):
    group = services.workinggroup_create(
        data={"name_en": "Open Source", "name_fr": "Source ouverte", "start_date": D(2020, 9, 10)},
        council=council,
        by=secretariat_user,
        reason="Created by PSCIOC",
    )
    assert group.slug == "open-source"
    line = ReportingLine.objects.get(working_group=group)
    assert (line.council, line.start_date) == (council, D(2020, 9, 10))
    for record in (group.history.get(), line.history.get()):
        assert (record.history_user, record.history_change_reason) == (secretariat_user, "Created by PSCIOC")


def test_create_refuses_a_duplicate_acronym_whatever_its_case(secretariat_user, cochair_group):
    cochair_group.acronym_en = "OSWG"
    cochair_group.save()
    with pytest.raises(ValidationError, match="Another working group already uses this English acronym."):
        services.workinggroup_create(
            data={"name_en": "Open Source", "name_fr": "Source ouverte", "acronym_en": "oswg"},
            by=secretariat_user,
            reason="Duplicate",
        )
    assert not WorkingGroup.objects.filter(name_en="Open Source").exists()


def test_create_is_all_or_nothing(secretariat_user, council, monkeypatch):
    real_save = services._save

    def save_group_then_fail(*, instance, **kwargs):
        if isinstance(instance, ReportingLine):
            raise ValidationError("the reporting line could not be saved")
        return real_save(instance=instance, **kwargs)

    monkeypatch.setattr(services, "_save", save_group_then_fail)
    with pytest.raises(ValidationError):
        services.workinggroup_create(
            data={"name_en": "Open Source", "name_fr": "Source ouverte"}, council=council, by=secretariat_user, reason="r"
        )
    assert not WorkingGroup.objects.filter(name_en="Open Source").exists()


def test_update_refuses_a_stale_version(secretariat_user, cochair_group):
    services.workinggroup_update(
        workinggroup=WorkingGroup.objects.get(pk=cochair_group.pk),
        data={"status": "dormant"},
        by=secretariat_user,
        reason="first",
        expected_version=1,
    )
    with pytest.raises(StaleEditError):
        services.workinggroup_update(
            workinggroup=WorkingGroup.objects.get(pk=cochair_group.pk),
            data={"status": "completed"},
            by=secretariat_user,
            reason="second",
            expected_version=1,
        )
    cochair_group.refresh_from_db()
    assert (cochair_group.status, cochair_group.version) == ("dormant", 2)


def test_update_refuses_fields_outside_the_edit_page(secretariat_user, cochair_group):
    with pytest.raises(ValueError, match="slug"):
        services.workinggroup_update(
            workinggroup=cochair_group, data={"slug": "x"}, by=secretariat_user, reason="r", expected_version=1
        )


def test_seats_are_numbered_and_a_fourth_is_refused(secretariat_user, cochair_group):
    numbers = [services.cochairseat_create(workinggroup=cochair_group, by=secretariat_user, reason="r").number for _ in range(3)]
    assert numbers == [1, 2, 3]
    with pytest.raises(ValidationError, match="A working group has at most three co-chair seats."):
        services.cochairseat_create(workinggroup=cochair_group, by=secretariat_user, reason="r")
    assert CochairSeat.objects.filter(working_group=cochair_group).count() == 3


def test_term_overlapping_another_on_the_seat_is_refused(secretariat_user):
    seat = factories.CochairSeatFactory()
    factories.CochairTermFactory(seat=seat, start_date=D(2019, 1, 1), end_date=D(2020, 6, 30))
    with pytest.raises(ValidationError, match="overlaps another term"):
        services.cochairterm_create(
            seat=seat, person=factories.PersonFactory(), start_date=D(2020, 6, 30), by=secretariat_user, reason="r"
        )
    term = services.cochairterm_create(
        seat=seat, person=factories.PersonFactory(), start_date=D(2020, 7, 1), by=secretariat_user, reason="Successor"
    )
    assert term.history.get().history_change_reason == "Successor"


def test_term_needs_a_holder_and_an_end_after_its_start(secretariat_user):
    seat = factories.CochairSeatFactory()
    with pytest.raises(ValidationError, match="needs a person"):
        services.cochairterm_create(seat=seat, start_date=D(2020, 1, 1), by=secretariat_user, reason="r")
    with pytest.raises(ValidationError) as excinfo:
        services.cochairterm_create(
            seat=seat,
            person=factories.PersonFactory(),
            start_date=D(2020, 1, 1),
            end_date=D(2019, 1, 1),
            by=secretariat_user,
            reason="r",
        )
    assert excinfo.value.message_dict["end_date"] == ["The end date cannot be before the start date."]
    assert not seat.terms.exists()


def test_attestation_only_counts_for_an_unnamed_holder(secretariat_user):
    seat = factories.CochairSeatFactory()
    term = services.cochairterm_create(
        seat=seat,
        person=factories.PersonFactory(),
        start_date=D(2020, 1, 1),
        council_member_attested=True,
        by=secretariat_user,
        reason="r",
    )
    assert term.council_member_attested is False


def test_end_a_term(secretariat_user):
    term = factories.CochairTermFactory(start_date=D(2019, 1, 1))
    with pytest.raises(ValidationError):
        services.cochairterm_end(term=term, end_date=D(2018, 12, 31), by=secretariat_user, reason="r", expected_version=1)
    services.cochairterm_end(
        term=CochairTerm.objects.get(pk=term.pk), end_date=D(2020, 8, 31), by=secretariat_user, reason="Left", expected_version=1
    )
    term.refresh_from_db()
    assert (term.end_date, term.version) == (D(2020, 8, 31), 2)
    with pytest.raises(StaleEditError):
        services.cochairterm_end(term=term, end_date=D(2020, 7, 31), by=secretariat_user, reason="r", expected_version=1)
