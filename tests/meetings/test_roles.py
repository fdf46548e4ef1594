"""Who may do what on the meeting pages."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import ActionItem, Meeting

from .factories import ActionItemFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(council):
    return MeetingFactory(council=council, title_en="JC 22 September 2020", title_fr="CM du 22 septembre 2020")


def meeting_post(council):
    return {
        "council": council.pk,
        "start": "2021-02-24T09:00",
        "status": "planned",
        "is_virtual": "on",
        "title_en": "JC February 2021",
        "title_fr": "CM février 2021",
        "change_reason": "Planning the next meeting",
    }


@pytest.mark.parametrize("persona", ["cochair", "member", "outsider"])
def test_only_the_secretariat_creates_a_meeting(personas, persona, council):
    url = reverse("meetings:create")

    assert personas[persona].get(url).status_code == 403
    assert personas[persona].post(url, meeting_post(council)).status_code == 403
    assert not Meeting.objects.filter(title_en="JC February 2021").exists()


def test_secretariat_creates_a_meeting_with_both_languages(staff_client, council):
    response = staff_client.post(reverse("meetings:create"), meeting_post(council))

    meeting = Meeting.objects.get(title_en="JC February 2021")
    assert response.status_code == 302 and response["Location"] == meeting.get_absolute_url()
    assert meeting.title_fr == "CM février 2021"
    assert meeting.is_virtual
    assert meeting.history.first().history_change_reason == "Planning the next meeting"


def test_meeting_form_requires_the_french_title(staff_client, council):
    data = meeting_post(council)
    data["title_fr"] = ""

    response = staff_client.post(reverse("meetings:create"), data)

    assert response.status_code == 200
    assert "Title (French)" in response.content.decode()
    assert not Meeting.objects.exists()


@pytest.mark.parametrize(
    ("persona", "status"),
    [("secretariat", 200), ("cochair", 200), ("member", 200), ("outsider", 403), ("anonymous", 302)],
)
def test_readers_see_meetings_and_the_tracker(personas, persona, status, meeting):
    for url in (reverse("meetings:list"), meeting.get_absolute_url(), reverse("meetings:action_items")):
        assert personas[persona].get(url).status_code == status


@pytest.mark.parametrize("name", ["edit", "agenda", "agenda_item_add", "attendance_add", "decision_add", "action_item_add"])
def test_cochair_and_member_cannot_prepare_a_meeting(personas, meeting, name):
    url = reverse(f"meetings:{name}", args=[meeting.pk])
    assert personas["cochair"].get(url).status_code == 403
    assert personas["member"].get(url).status_code == 403
    assert personas["secretariat"].get(url).status_code == 200


def close(client, item, note="Guide published.", status="done"):
    return client.post(
        reverse("meetings:action_item_status", args=[item.pk]),
        {
            "status": status,
            "closing_note_en": note,
            "closing_note_fr": "",
            "expected_version": item.version,
            "change_reason": "Reported at the call",
        },
    )


def test_cochair_closes_an_action_item_of_their_group(cochair_client, meeting, cochair_group):
    item = ActionItemFactory(meeting=meeting, owner_group=cochair_group)

    response = close(cochair_client, item)

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == ActionItem.Status.DONE
    assert item.closing_note_en == "Guide published."
    assert item.closed_on == timezone.localdate()
    assert item.history.first().history_user.username == "cochair"


def test_cochair_cannot_close_another_groups_action_item(cochair_client, meeting, other_group):
    item = ActionItemFactory(meeting=meeting, owner_group=other_group)

    assert cochair_client.get(reverse("meetings:action_item_status", args=[item.pk])).status_code == 403
    assert close(cochair_client, item).status_code == 403
    item.refresh_from_db()
    assert item.status == ActionItem.Status.OPEN


def test_cochair_cannot_close_an_item_owned_by_a_council(cochair_client, meeting):
    item = ActionItemFactory(meeting=meeting)

    assert close(cochair_client, item).status_code == 403


def test_cochair_whose_term_ended_cannot_close_the_groups_item(cochair_client, cochair_user, meeting, cochair_group):
    term = cochair_user.person.cochair_terms.get()
    term.end_date = timezone.localdate() - datetime.timedelta(days=1)
    term.save()
    item = ActionItemFactory(meeting=meeting, owner_group=cochair_group)

    assert close(cochair_client, item).status_code == 403


def test_cochair_cannot_edit_the_rest_of_their_groups_item(cochair_client, meeting, cochair_group):
    item = ActionItemFactory(meeting=meeting, owner_group=cochair_group)

    assert cochair_client.get(reverse("meetings:action_item_edit", args=[item.pk])).status_code == 403


def test_member_cannot_update_an_action_item(member_client, meeting, cochair_group):
    item = ActionItemFactory(meeting=meeting, owner_group=cochair_group)

    assert close(member_client, item).status_code == 403


def test_closing_without_a_note_is_refused(staff_client, meeting):
    item = ActionItemFactory(meeting=meeting)

    response = close(staff_client, item, note="", status="dropped")

    assert response.status_code == 200
    assert "a closing note is required" in response.content.decode()
    item.refresh_from_db()
    assert item.status == ActionItem.Status.OPEN and item.closed_on is None


def test_reopening_clears_the_closing_date(staff_client, meeting):
    item = ActionItemFactory(meeting=meeting)
    close(staff_client, item)
    item.refresh_from_db()
    assert item.closed_on is not None

    response = close(staff_client, item, note="", status="open")

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == ActionItem.Status.OPEN and item.closed_on is None


def test_a_stale_status_update_is_refused(staff_client, meeting):
    item = ActionItemFactory(meeting=meeting)
    stale_version = item.version
    close(staff_client, item)

    item.version = stale_version
    response = close(staff_client, item, status="dropped", note="Other note")

    assert response.status_code == 409
    item.refresh_from_db()
    assert item.status == ActionItem.Status.DONE
