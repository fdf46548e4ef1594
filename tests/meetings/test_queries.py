"""The meeting page and the tracker read a fixed number of queries whatever the amount of data (no N+1)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from councils.models import Jurisdiction
from logicmodel.models import LogicModel
from meetings.models import ActionItem, Attendance
from tests.factories import (
    JurisdictionFactory,
    LogicModelFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    PriorityFactory,
    WorkingGroupFactory,
)

from .factories import (
    ActionItemFactory,
    AgendaItemFactory,
    AttachmentFactory,
    AttendanceFactory,
    DecisionFactory,
    MeetingFactory,
    at,
)

pytestmark = pytest.mark.django_db

# The history of agenda items and decisions keeps their many-to-many links: one query per such field for the links
# and one for their names, whatever the data.
# The briefing pack block (its newest builds, and which of them the reader downloaded) adds two.
MEETING_PAGE_MAX_QUERIES = 35  # + who entered the meeting in the portal (its provenance)
TRACKER_MAX_QUERIES = 13
MEETING_LIST_MAX_QUERIES = 13


def populate(meeting, size: int, cochair_group) -> None:
    """size of everything the meeting page shows, with every relation it follows filled in."""
    earlier = MeetingFactory(council=meeting.council, start=meeting.start - datetime.timedelta(days=120))
    logic_model = LogicModel.objects.first() or LogicModelFactory()
    federal = JurisdictionFactory(code="ca", level=Jurisdiction.Level.FEDERAL)
    for n in range(size):
        organisation = OrganisationFactory(jurisdiction=federal if n % 2 else JurisdictionFactory())
        item = AgendaItemFactory(meeting=meeting, order=n + 1, presenter=PersonFactory(organisation=organisation))
        item.priorities.add(PriorityFactory(council=meeting.council))
        item.working_groups.add(WorkingGroupFactory())
        item.outcomes.add(OutcomeFactory(logic_model=logic_model))
        AttachmentFactory(agenda_item=item)
        AttendanceFactory(
            meeting=meeting,
            person=PersonFactory(organisation=organisation),
            on_behalf_of=OrganisationFactory() if n % 3 == 0 else None,
            status=Attendance.Status.REGRETS if n % 4 == 0 else Attendance.Status.PRESENT,
        )
        DecisionFactory(meeting=meeting, agenda_item=item, votes_for=n)
        ActionItemFactory(meeting=meeting, agenda_item=item, owner_person=PersonFactory())
        ActionItemFactory(meeting=meeting, owner_group=cochair_group, due_date=timezone.localdate())
        ActionItemFactory(meeting=earlier, owner_group=WorkingGroupFactory())


@pytest.mark.parametrize("size", [1, 12])
@pytest.mark.parametrize("persona", ["secretariat", "cochair"])
def test_meeting_page_query_count_is_bounded(personas, persona, council, cochair_group, size, django_assert_max_num_queries):
    meeting = MeetingFactory(council=council, start=at(datetime.date(2020, 9, 22)))
    populate(meeting, size, cochair_group)
    client = personas[persona]
    url = meeting.get_absolute_url()

    with django_assert_max_num_queries(MEETING_PAGE_MAX_QUERIES):
        response = client.get(url)

    assert response.status_code == 200
    assert len(response.context["agenda_items"]) == size
    assert len(response.context["carried"]) == size
    assert len(response.context["raised"]) == 2 * size


@pytest.mark.parametrize("size", [2, 40])
@pytest.mark.parametrize("persona", ["secretariat", "cochair"])
def test_tracker_query_count_is_bounded(personas, persona, council, cochair_group, size, django_assert_max_num_queries):
    meeting = MeetingFactory(council=council)
    for n in range(size):
        ActionItemFactory(
            meeting=meeting, owner_group=cochair_group if n % 2 else WorkingGroupFactory(), due_date=timezone.localdate()
        )
        ActionItemFactory(meeting=meeting, owner_person=PersonFactory())
        ActionItemFactory(meeting=meeting, status=ActionItem.Status.DONE, closing_note_en="Closed.")
    client = personas[persona]

    with django_assert_max_num_queries(TRACKER_MAX_QUERIES):
        response = client.get(reverse("meetings:action_items"), {"status": "all"})

    assert response.status_code == 200
    assert len(response.context["action_items"]) == min(25, 3 * size)


@pytest.mark.parametrize("size", [2, 30])
def test_meeting_list_query_count_is_bounded(member_client, council, size, django_assert_max_num_queries):
    for n in range(size):
        meeting = MeetingFactory(council=council, start=at(datetime.date(2015 + n % 6, 2, 1 + n % 27)))
        ActionItemFactory(meeting=meeting)

    with django_assert_max_num_queries(MEETING_LIST_MAX_QUERIES):
        response = member_client.get(reverse("meetings:list"))

    assert response.status_code == 200
    assert len(response.context["past"]) == min(25, size)
