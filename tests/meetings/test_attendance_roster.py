"""Attendance of a whole council in one form: present, regrets or represented, a guest, one reason, all or nothing."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from councils.models import Person
from meetings import services
from meetings.models import Attendance
from tests.factories import CouncilFactory, CouncilMembershipFactory, OrganisationFactory, PersonFactory

from .factories import AttendanceFactory, MeetingFactory, at

pytestmark = pytest.mark.django_db


@pytest.fixture
def roster():
    """A council with three current members and one whose seat ended before the meeting, and its meeting."""
    council = CouncilFactory(code="pssdc", acronym_en="PSSDC", acronym_fr="CPSSP")
    members = [
        CouncilMembershipFactory(council=council, person=PersonFactory(given_name=given, family_name=family)).person
        for given, family in (("Natasha", "Clarke"), ("Heather", "Sheehy"), ("Peter", "Watkins"))
    ]
    CouncilMembershipFactory(
        council=council, person=PersonFactory(given_name="Former", family_name="Member"), end_date=datetime.date(2019, 12, 31)
    )
    meeting = MeetingFactory(council=council, start=at(datetime.date(2020, 9, 3), 13))
    return meeting, members


def _url(meeting) -> str:
    return reverse("meetings:attendance_roster", args=[meeting.pk])


def test_the_form_lists_the_council_members_on_the_day_of_the_meeting(staff_client, roster):
    meeting, members = roster

    page = staff_client.get(_url(meeting)).content.decode()

    for person in members:
        assert f'name="status_{person.pk}"' in page
        assert f'name="represented_by_{person.pk}"' in page
    assert "Former Member</legend>" not in page and "Member <span" not in page


def test_the_secretariat_records_a_whole_council_with_a_delegate_and_a_guest_in_one_post(staff_client, roster, secretariat_user):
    meeting, (clarke, sheehy, watkins) = roster
    delegate = PersonFactory(given_name="Delegate", family_name="Deputy")
    org = OrganisationFactory(name_en="ICCS", name_fr="ISAC")

    response = staff_client.post(
        _url(meeting),
        {
            f"status_{clarke.pk}": "present",
            f"status_{sheehy.pk}": "regrets",
            f"status_{watkins.pk}": "represented",
            f"represented_by_{watkins.pk}": delegate.pk,
            "guest_given_name": "Cathy",
            "guest_family_name": "Kealey",
            "guest_organisation": org.pk,
            "change_reason": "Roll call of 3 September",
        },
    )

    assert response.status_code == 302
    rows = {a.person.full_name: a for a in Attendance.objects.filter(meeting=meeting).select_related("person")}
    assert rows["Natasha Clarke"].status == "present"
    assert rows["Heather Sheehy"].status == "regrets"
    assert (rows["Peter Watkins"].status, rows["Peter Watkins"].represented_by) == ("represented", delegate)
    assert rows["Cathy Kealey"].is_guest and rows["Cathy Kealey"].person.organisation == org
    history = Attendance.history.filter(meeting_id=meeting.pk)
    assert history.count() == 4
    assert set(history.values_list("history_user", "history_change_reason")) == {
        (secretariat_user.pk, "Roll call of 3 September")
    }
    page = staff_client.get(meeting.get_absolute_url()).content.decode()
    assert "Attendance saved: 4 rows changed." in page
    assert "by Delegate Deputy" in page and "(guest)" in page


def test_every_error_is_reported_at_once_and_nothing_is_saved(staff_client, roster):
    meeting, (clarke, sheehy, watkins) = roster
    AttendanceFactory(meeting=meeting, person=clarke, status="regrets")
    delegate = PersonFactory()

    response = staff_client.post(
        _url(meeting),
        {
            f"status_{clarke.pk}": "present",
            f"status_{sheehy.pk}": "represented",  # nobody named
            f"status_{watkins.pk}": "present",
            f"represented_by_{watkins.pk}": delegate.pk,  # a delegate for someone present
            "guest_given_name": "Only",  # no family name
            "change_reason": "Roll call",
        },
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Say who represented Heather Sheehy." in page
    assert "Choose “represented” for Peter Watkins" in page
    assert "Give the guest&#x27;s given and family names." in page
    assert Attendance.objects.get(meeting=meeting).status == "regrets"
    assert not Person.objects.filter(given_name="Only").exists()


def test_a_refusal_half_way_saves_nothing(staff_client, roster, monkeypatch):
    meeting, (clarke, sheehy, _watkins) = roster
    real_save = services.record_save

    def refuse_guests(*, instance, **kwargs):
        if getattr(instance, "is_guest", False):
            raise ValidationError("The guest's row was refused.")
        return real_save(instance=instance, **kwargs)

    # The members' rows are written first; the guest's, last, is refused: none of them may stay.
    monkeypatch.setattr(services, "record_save", refuse_guests)
    response = staff_client.post(
        _url(meeting),
        {
            f"status_{clarke.pk}": "present",
            f"status_{sheehy.pk}": "regrets",
            "guest_given_name": "Cathy",
            "guest_family_name": "Kealey",
            "change_reason": "Roll call",
        },
    )

    assert response.status_code == 200
    assert "The guest&#x27;s row was refused." in response.content.decode()
    assert not Attendance.objects.filter(meeting=meeting).exists()
    assert not Person.objects.filter(family_name="Kealey").exists()


def test_unchanged_rows_write_no_history_and_cleared_rows_are_removed(staff_client, roster):
    meeting, (clarke, sheehy, _watkins) = roster
    AttendanceFactory(meeting=meeting, person=clarke, status="present")
    AttendanceFactory(meeting=meeting, person=sheehy, status="regrets")
    before = Attendance.history.count()

    staff_client.post(
        _url(meeting), {f"status_{clarke.pk}": "present", f"status_{sheehy.pk}": "", "change_reason": "Sheehy was not invited"}
    )

    assert list(Attendance.objects.filter(meeting=meeting).values_list("person", flat=True)) == [clarke.pk]
    assert Attendance.history.count() == before + 1  # the removal only
    assert Attendance.history.latest("history_date").history_change_reason == "Sheehy was not invited"


def test_only_the_secretariat_records_attendance(member_client, cochair_client, roster):
    meeting, _members = roster
    assert member_client.get(_url(meeting)).status_code == 403
    assert cochair_client.post(_url(meeting), {"change_reason": "x"}).status_code == 403


def test_the_roster_page_keeps_its_query_count_with_a_larger_council(staff_client, roster, django_assert_max_num_queries):
    meeting, _members = roster
    for _ in range(20):
        CouncilMembershipFactory(council=meeting.council)
    with django_assert_max_num_queries(20):
        assert staff_client.get(_url(meeting)).status_code == 200
