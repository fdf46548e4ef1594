"""Faster entry: the agenda item form puts the title and purpose first and names a repeated name's council."""

import pytest
from django.urls import reverse

from meetings.forms import AgendaItemForm
from tests.factories import CouncilFactory, PriorityFactory, ReportingLineFactory, WorkingGroupFactory

from .factories import MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes():
    pscioc = CouncilFactory(code="pscioc", acronym_en="PSCIOC", acronym_fr="CDPISP")
    pssdc = CouncilFactory(code="pssdc", acronym_en="PSSDC", acronym_fr="CPSSP")
    chatbot = [
        PriorityFactory(council=council, slug=f"{council.code}-chatbot", name_en="Chatbot enablement", name_fr="Robots")
        for council in (pscioc, pssdc)
    ]
    unique = PriorityFactory(council=pssdc, slug="wait-times", name_en="Wait-time reduction", name_fr="Attente")
    return pscioc, pssdc, chatbot, unique


def test_the_title_and_purpose_come_first_and_the_links_last(staff_client, themes):
    meeting = MeetingFactory(council=themes[0])
    page = staff_client.get(reverse("meetings:agenda_item_add", args=[meeting.pk])).content.decode()

    positions = [page.index(f'name="{name}"') for name in ("title_en", "title_fr", "purpose", "objectives_en", "priorities")]
    assert positions == sorted(positions)
    # The links are checkbox lists the portal's script can filter; without the script they stay checkboxes.
    assert 'class="searchable-choices"' in page
    assert "data-filter-label" in page


def test_names_that_repeat_carry_their_council(themes):
    pscioc, pssdc, (chatbot_pscioc, chatbot_pssdc), unique = themes
    group = WorkingGroupFactory(slug="privacy", name_en="Privacy", name_fr="Vie privée")
    ReportingLineFactory(working_group=group, council=pssdc)

    labels = dict(AgendaItemForm().fields["priorities"].choices)

    assert labels[chatbot_pscioc.pk] == "Chatbot enablement (PSCIOC)"
    assert labels[chatbot_pssdc.pk] == "Chatbot enablement (PSSDC)"
    assert labels[unique.pk] == "Wait-time reduction"
    assert dict(AgendaItemForm().fields["working_groups"].choices)[group.pk] == "Privacy"


def test_the_links_are_saved(staff_client, themes):
    meeting = MeetingFactory(council=themes[0])
    chatbot = themes[2][1]
    response = staff_client.post(
        reverse("meetings:agenda_item_add", args=[meeting.pk]),
        {
            "title_en": "Chatbots",
            "title_fr": "Robots conversationnels",
            "purpose": "discussion",
            "priorities": [chatbot.pk],
            "change_reason": "Agenda",
        },
    )
    assert response.status_code == 302
    assert list(meeting.agenda_items.get().priorities.all()) == [chatbot]
