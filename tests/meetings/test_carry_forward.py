"""Open action items carry forward to the council's later meetings until they are closed."""

import datetime

import pytest
from django.urls import reverse

from meetings import services
from meetings.models import ActionItem
from tests.factories import CouncilFactory

from .factories import ActionItemFactory, MeetingFactory, at

pytestmark = pytest.mark.django_db


@pytest.fixture
def jc(council):
    return council


@pytest.fixture
def february(jc):
    return MeetingFactory(council=jc, title_en="JC February 2020", start=at(datetime.date(2020, 2, 26)))


@pytest.fixture
def open_item(february):
    return ActionItemFactory(meeting=february, description_en="Draft the digital identity roadmap")


def test_open_item_is_listed_at_the_next_meeting_of_the_same_council(jc, february, open_item):
    september = MeetingFactory(council=jc, start=at(datetime.date(2020, 9, 22)))

    assert list(september.carried_forward_action_items()) == [open_item]


def test_open_item_is_not_listed_at_another_councils_meeting(february, open_item):
    pssdc = CouncilFactory(code="pssdc", name_en="PSSDC", acronym_en="PSSDC")
    pssdc_meeting = MeetingFactory(council=pssdc, start=at(datetime.date(2020, 9, 3)))

    assert list(pssdc_meeting.carried_forward_action_items()) == []


def test_item_is_not_carried_back_to_its_own_or_earlier_meetings(jc, february, open_item):
    earlier = MeetingFactory(council=jc, start=at(datetime.date(2019, 10, 1)))

    assert list(february.carried_forward_action_items()) == []
    assert list(earlier.carried_forward_action_items()) == []


def test_closed_item_stops_carrying_forward_but_stays_at_meetings_held_before_it_closed(
    jc, february, open_item, secretariat_user
):
    april = MeetingFactory(council=jc, title_en="JC April 2020", start=at(datetime.date(2020, 4, 15)))
    september = MeetingFactory(council=jc, title_en="JC September 2020", start=at(datetime.date(2020, 9, 22)))

    services.actionitem_set_status(
        item=open_item,
        expected_version=open_item.version,
        status=ActionItem.Status.DONE,
        closing_note_en="Roadmap presented to the FPT DM table.",
        by=secretariat_user,
        reason="Closed at the June call",
        today=datetime.date(2020, 6, 1),
    )

    open_item.refresh_from_db()
    assert open_item.closed_on == datetime.date(2020, 6, 1)
    assert list(september.carried_forward_action_items()) == []
    assert list(april.carried_forward_action_items()) == [open_item]


def test_in_progress_items_keep_carrying_forward(jc, february, open_item, secretariat_user):
    september = MeetingFactory(council=jc, start=at(datetime.date(2020, 9, 22)))
    services.actionitem_set_status(
        item=open_item,
        expected_version=open_item.version,
        status=ActionItem.Status.IN_PROGRESS,
        by=secretariat_user,
        reason="Work started",
    )

    assert list(september.carried_forward_action_items()) == [open_item]


def test_meeting_page_shows_carried_forward_items_until_closed(jc, february, open_item, staff_client, secretariat_user):
    later = MeetingFactory(council=jc, title_en="Next JC meeting", start=at(datetime.date.today() + datetime.timedelta(days=30)))
    url = reverse("meetings:detail", args=[later.pk])

    page = staff_client.get(url).content.decode()
    carried = page.split("Carried forward from earlier meetings", 1)[1]
    assert "Draft the digital identity roadmap" in carried
    assert "JC February 2020" in carried

    services.actionitem_set_status(
        item=open_item,
        expected_version=open_item.version,
        status=ActionItem.Status.DROPPED,
        closing_note_en="Overtaken by events.",
        by=secretariat_user,
        reason="x",
    )
    carried = staff_client.get(url).content.decode().split("Carried forward from earlier meetings", 1)[1]
    assert "Draft the digital identity roadmap" not in carried
    assert "No action item was carried forward." in carried
