"""A meeting's agenda items, decisions and action items written in one language only: on the page of the other
language the text is shown marked, in its own language, and each row is flagged "needs translation" with a link to
the form that fixes it for those who may fix it."""

import datetime

import pytest

from .factories import ActionItemFactory, AgendaItemFactory, DecisionFactory, MeetingFactory, at

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(council):
    meeting = MeetingFactory(council=council, start=at(datetime.date(2020, 9, 22), 13))
    AgendaItemFactory(meeting=meeting, objectives_en="Agree on the two priorities.", objectives_fr="")
    DecisionFactory(meeting=meeting, text_en="The councils adopt the plan.", text_fr="")
    ActionItemFactory(meeting=meeting, description_en="Send the plan to members.", description_fr="")
    return meeting


def _page(client, meeting) -> str:
    response = client.get(f"/fr/meetings/{meeting.pk}/")
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def test_on_the_french_page_each_english_only_text_is_marked_and_in_its_language(meeting, staff_client):
    page = _page(staff_client, meeting)
    for text in ("Agree on the two priorities.", "The councils adopt the plan.", "Send the plan to members."):
        assert '<div lang="en-CA" class="other-language">' in page
        assert text in page
    assert page.count("(en anglais seulement)") == 3


def test_each_row_is_flagged_with_the_fix_for_the_secretariat_only(meeting, staff_client, member_client):
    staff_page, member_page = _page(staff_client, meeting), _page(member_client, meeting)
    assert staff_page.count("needs-translation") == 3
    assert staff_page.count("Remplir la langue manquante") == 3
    assert member_page.count("needs-translation") == 3
    assert "Remplir la langue manquante" not in member_page
