"""The agenda builder: add items, start from the standard items (once each), reorder with buttons."""

import pytest
from django.urls import reverse

from meetings import services
from meetings.models import AgendaItem

from .factories import AgendaItemFactory, MeetingFactory

pytestmark = pytest.mark.django_db

STANDARD_EN = ["Objectives of the meeting", "Updates from the working groups", "Next steps"]


@pytest.fixture
def meeting(council):
    return MeetingFactory(council=council)


def titles(meeting, lang="en"):
    return list(AgendaItem.objects.filter(meeting=meeting).order_by("order", "pk").values_list(f"title_{lang}", flat=True))


def test_standard_items_are_added_once_each(staff_client, meeting):
    url = reverse("meetings:agenda_standard_items", args=[meeting.pk])

    staff_client.post(url)
    response = staff_client.post(url, follow=True)

    assert titles(meeting) == STANDARD_EN
    assert titles(meeting, "fr") == ["Objectifs de la réunion", "Mises à jour des groupes de travail", "Prochaines étapes"]
    assert "nothing was added" in response.content.decode()


def test_standard_items_frame_the_existing_agenda(staff_client, meeting):
    AgendaItemFactory(meeting=meeting, order=1, title_en="Digital identity", title_fr="Identité numérique")
    AgendaItemFactory(meeting=meeting, order=2, title_en="Next steps", title_fr="Prochaines étapes")

    staff_client.post(reverse("meetings:agenda_standard_items", args=[meeting.pk]))

    assert titles(meeting) == ["Objectives of the meeting", "Digital identity", "Next steps", "Updates from the working groups"]
    assert list(AgendaItem.objects.filter(meeting=meeting).order_by("order").values_list("order", flat=True)) == [1, 2, 3, 4]


def test_move_up_and_down_reorder_the_agenda(staff_client, meeting):
    first, second, third = (AgendaItemFactory(meeting=meeting, order=n, title_en=f"Item {n}") for n in (1, 2, 3))

    def move(item, direction):
        # The version the builder page shows for the item (each move renumbers and so bumps it).
        item.refresh_from_db()
        return staff_client.post(
            reverse("meetings:agenda_item_move", args=[item.pk]), {"direction": direction, "expected_version": item.version}
        )

    response = move(third, "up")
    assert response.status_code == 302
    assert response["Location"].endswith(f"#item-{third.pk}")
    assert titles(meeting) == ["Item 1", "Item 3", "Item 2"]

    move(first, "down")
    assert titles(meeting) == ["Item 3", "Item 1", "Item 2"]

    # At the ends nothing moves.
    assert move(third, "up").status_code == 302
    assert move(second, "down").status_code == 302
    assert titles(meeting) == ["Item 3", "Item 1", "Item 2"]


def test_move_is_post_only_and_for_the_secretariat(staff_client, cochair_client, meeting):
    item = AgendaItemFactory(meeting=meeting)
    url = reverse("meetings:agenda_item_move", args=[item.pk])

    assert staff_client.get(url).status_code == 405
    assert cochair_client.post(url, {"direction": "up"}).status_code == 403


def test_builder_page_offers_move_buttons_without_javascript(staff_client, meeting):
    AgendaItemFactory(meeting=meeting, order=1, title_en="First")
    AgendaItemFactory(meeting=meeting, order=2, title_en="Second")

    page = staff_client.get(reverse("meetings:agenda", args=[meeting.pk])).content.decode()

    assert page.count('name="direction" value="up"') == 1
    assert page.count('name="direction" value="down"') == 1
    assert "Add standard items" in page
    assert "<script>" not in page


def test_add_an_item_with_both_languages_at_the_end(staff_client, meeting, cochair_group):
    AgendaItemFactory(meeting=meeting, order=1)
    response = staff_client.post(
        reverse("meetings:agenda_item_add", args=[meeting.pk]),
        {
            "purpose": "discussion",
            "minutes": "30",
            "working_groups": [cochair_group.pk],
            "title_en": "Client-centric services",
            "title_fr": "Services axés sur les clients",
            "discussion_questions_en": "What should the councils stop doing?\nWho leads?",
            "discussion_questions_fr": "Que devraient cesser de faire les conseils?\nQui dirige?",
            "change_reason": "Preparing the agenda",
        },
    )

    assert response.status_code == 302
    item = AgendaItem.objects.get(title_en="Client-centric services")
    assert item.order == 2
    assert item.title_fr == "Services axés sur les clients"
    assert list(item.working_groups.all()) == [cochair_group]
    assert item.question_list == ["What should the councils stop doing?", "Who leads?"]


def test_removing_an_item_closes_the_gap(staff_client, meeting, secretariat_user):
    items = [AgendaItemFactory(meeting=meeting, order=n, title_en=f"Item {n}") for n in (1, 2, 3)]

    response = staff_client.post(
        reverse("meetings:agenda_item_delete", args=[items[1].pk]), {"change_reason": "Not needed", "expected_version": 1}
    )

    assert response.status_code == 302
    assert titles(meeting) == ["Item 1", "Item 3"]
    assert list(AgendaItem.objects.filter(meeting=meeting).order_by("order").values_list("order", flat=True)) == [1, 2]
    assert AgendaItem.history.filter(id=items[1].pk, history_type="-").get().history_change_reason == "Not needed"


def test_move_service_keeps_a_history_row(meeting, secretariat_user):
    first = AgendaItemFactory(meeting=meeting, order=1)
    second = AgendaItemFactory(meeting=meeting, order=2)

    services.agendaitem_move(item=second, direction="up", by=secretariat_user, expected_version=second.version)

    second.refresh_from_db()
    first.refresh_from_db()
    assert (second.order, first.order) == (1, 2)
    assert second.history.first().history_user == secretariat_user
