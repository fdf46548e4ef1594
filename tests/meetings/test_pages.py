"""What people see on the meeting pages, in English and in French."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from councils.models import Jurisdiction
from meetings.models import ActionItem, Attendance, Decision
from tests.factories import CouncilFactory, JurisdictionFactory, OrganisationFactory, PersonFactory

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


@pytest.fixture
def meeting(council):
    return MeetingFactory(
        council=council,
        title_en="Joint Councils strategic discussion",
        title_fr="Discussion stratégique des Conseils mixtes",
        objectives_en="Confirm the priorities.",
        objectives_fr="Confirmer les priorités.",
        start=at(datetime.date(2020, 9, 22), 13),
        is_virtual=True,
        city_en="",
        city_fr="",
    )


def test_meeting_page_in_french_shows_french_content(member_client, meeting):
    item = AgendaItemFactory(
        meeting=meeting,
        title_en="Digital identity",
        title_fr="Identité numérique",
        discussion_questions_en="Is the priority clear?\nWho leads?",
        discussion_questions_fr="La priorité est-elle claire?\nQui dirige?",
        decision_sought_fr="Approuver la feuille de route.",
    )
    DecisionFactory(meeting=meeting, agenda_item=item, text_en="Reconfirmed.", text_fr="Reconfirmée.")
    ActionItemFactory(meeting=meeting, description_en="Send the roadmap.", description_fr="Envoyer la feuille de route.")

    page = member_client.get(f"/fr/meetings/{meeting.pk}/").content.decode()

    assert '<html lang="fr-CA">' in page
    for french in (
        "Discussion stratégique des Conseils mixtes",
        "Confirmer les priorités.",
        "Identité numérique",
        "<li>La priorité est-elle claire\u00a0?</li>",  # French typography: a no-break space before ?
        "Approuver la feuille de route.",
        "Reconfirmée.",
        "Envoyer la feuille de route.",
        "septembre 2020",
    ):
        assert french in page
    assert "Digital identity" not in page


def test_meeting_list_in_french(member_client, meeting):
    page = member_client.get("/fr/meetings/").content.decode()

    assert "Discussion stratégique des Conseils mixtes" in page
    assert '<html lang="fr-CA">' in page


def test_meeting_page_shows_the_agenda_in_order_with_questions_as_a_list(member_client, meeting):
    AgendaItemFactory(meeting=meeting, order=2, title_en="Second item", minutes=20)
    AgendaItemFactory(meeting=meeting, order=1, title_en="First item", discussion_questions_en="- One?\n- Two?")

    page = member_client.get(meeting.get_absolute_url()).content.decode()

    assert page.index("First item") < page.index("Second item")
    assert "<li>One?</li>" in page and "<li>Two?</li>" in page
    assert "20 minutes" in page
    assert "Virtual" in page


def test_attendance_is_counted_by_jurisdiction_level(member_client, meeting):
    federal = OrganisationFactory(jurisdiction=JurisdictionFactory(code="ca", level=Jurisdiction.Level.FEDERAL))
    yukon = OrganisationFactory(jurisdiction=JurisdictionFactory(code="yt", level=Jurisdiction.Level.TERRITORIAL))
    toronto = OrganisationFactory(jurisdiction=JurisdictionFactory(code="toronto", level=Jurisdiction.Level.MUNICIPAL))
    AttendanceFactory(meeting=meeting, person=PersonFactory(organisation=federal))
    AttendanceFactory(meeting=meeting, person=PersonFactory(organisation=federal), status=Attendance.Status.REGRETS)
    # Speaks for Yukon although employed by a federal department: counted as territorial.
    AttendanceFactory(meeting=meeting, person=PersonFactory(organisation=federal, family_name="Onbehalf"), on_behalf_of=yukon)
    AttendanceFactory(meeting=meeting, person=PersonFactory(organisation=toronto))
    AttendanceFactory(meeting=meeting, person=PersonFactory(organisation=None), status=Attendance.Status.REGRETS)

    response = member_client.get(meeting.get_absolute_url())
    levels = {row["level"]: (row["present"], row["regrets"]) for row in response.context["levels"]}

    assert levels == {
        "federal": (1, 1),
        "provincial": (0, 0),
        "territorial": (1, 0),
        "municipal": (1, 0),
        Jurisdiction.Level.NOT_RECORDED: (0, 1),
    }
    page = response.content.decode()
    assert "3 people present" in page
    assert "2 sent regrets" in page


def test_decision_shows_result_and_vote_tally(member_client, meeting):
    DecisionFactory(meeting=meeting, result=Decision.Result.NOT_APPROVED, votes_for=3, votes_against=9, abstentions=1)
    DecisionFactory(meeting=meeting, result=Decision.Result.DEFERRED)

    page = member_client.get(meeting.get_absolute_url()).content.decode()

    assert "3 for, 9 against, 1 abstentions" in page
    assert "not approved" in page
    assert "deferred" in page
    assert "no vote recorded" in page


def test_secretariat_records_a_decision_on_an_agenda_item(staff_client, meeting):
    item = AgendaItemFactory(meeting=meeting)
    other_meeting_item = AgendaItemFactory()
    data = {
        "agenda_item": item.pk,
        "decided_on": "2020-09-22",
        "result": "approved",
        "votes_for": "12",
        "text_en": "Digital identity stays a JC priority.",
        "text_fr": "L'identité numérique demeure une priorité des CM.",
        "change_reason": "Minutes",
    }
    url = reverse("meetings:decision_add", args=[meeting.pk])

    assert staff_client.post(url, {**data, "agenda_item": other_meeting_item.pk}).status_code == 200
    response = staff_client.post(url, data)

    assert response.status_code == 302
    decision = Decision.objects.get(meeting=meeting)
    assert (decision.agenda_item, decision.votes_for, decision.votes_against) == (item, 12, None)


def test_action_item_has_one_owner_from_one_picker(staff_client, meeting, cochair_group):
    url = reverse("meetings:action_item_add", args=[meeting.pk])
    data = {
        "description_en": "Publish the guide.",
        "description_fr": "Publier le guide.",
        "due_date": "2020-12-01",
        "change_reason": "Minutes",
    }

    none = staff_client.post(url, data)
    forged = staff_client.post(url, {**data, "owner": f"budget:{cochair_group.pk}"})
    assert none.status_code == forged.status_code == 200
    assert "This field is required." in none.content.decode()
    assert "Select a valid choice." in forged.content.decode()
    assert "is violated" not in forged.content.decode()
    assert not ActionItem.objects.exists()

    form = staff_client.get(url).content.decode()
    # One picker: people, working groups and councils in one list, grouped by kind.
    assert form.count('name="owner"') == 1 and "owner_group" not in form
    assert f'<option value="group:{cochair_group.pk}"' in form and f'<option value="council:{meeting.council_id}"' in form
    org = OrganisationFactory(name_en="Service Nova Scotia", name_fr="Service Nouvelle-Écosse")
    assert f'<option value="organisation:{org.pk}"' in staff_client.get(url).content.decode()
    assert staff_client.post(url, {**data, "owner": f"organisation:{org.pk}"}).status_code == 302
    assert ActionItem.objects.get().owner == org
    ActionItem.objects.all().delete()
    response = staff_client.post(url, {**data, "owner": f"group:{cochair_group.pk}"})
    assert response.status_code == 302
    item = ActionItem.objects.get()
    assert (item.owner_group, item.status, item.meeting) == (cochair_group, ActionItem.Status.OPEN, meeting)


def test_secretariat_records_attendance_once_per_person(staff_client, meeting):
    person = PersonFactory()
    url = reverse("meetings:attendance_add", args=[meeting.pk])
    data = {"person": person.pk, "status": "present", "change_reason": "Roll call"}

    assert staff_client.post(url, data).status_code == 302
    response = staff_client.post(url, {**data, "status": "regrets"})

    assert response.status_code == 200
    assert "already recorded" in response.content.decode()
    assert Attendance.objects.get().status == Attendance.Status.PRESENT


def test_stale_meeting_edit_is_refused(staff_client, meeting):
    url = reverse("meetings:edit", args=[meeting.pk])
    form = staff_client.get(url).context["form"]
    data = {
        "council": meeting.council_id,
        "start": "2020-09-22T13:00",
        "status": "held",
        "title_en": "Edited",
        "title_fr": "Modifiée",
        "expected_version": form.initial["expected_version"],
        "change_reason": "First edit",
    }
    assert staff_client.post(url, data).status_code == 302

    response = staff_client.post(url, {**data, "title_en": "Second edit", "change_reason": "Late edit"})

    assert response.status_code == 409
    meeting.refresh_from_db()
    assert meeting.title_en == "Edited"


def test_meeting_page_shows_its_history(staff_client, meeting, secretariat_user):
    staff_client.post(
        reverse("meetings:agenda_standard_items", args=[meeting.pk]),
    )

    page = staff_client.get(meeting.get_absolute_url()).content.decode()

    assert "Change history" in page
    assert "Standard agenda items added." in page


def test_meeting_list_splits_upcoming_and_past_and_filters(member_client, council):
    pssdc = CouncilFactory(code="pssdc", acronym_en="PSSDC")
    MeetingFactory(council=council, title_en="JC Ottawa 2019", start=at(datetime.date(2019, 2, 20)))
    MeetingFactory(council=pssdc, title_en="PSSDC September 2020", start=at(datetime.date(2020, 9, 3)))
    upcoming = MeetingFactory(
        council=council, title_en="JC next year", start=timezone.now() + datetime.timedelta(days=90), status="planned"
    )
    ActionItemFactory(meeting=upcoming)
    ActionItemFactory(meeting=upcoming, status=ActionItem.Status.DONE, closing_note_en="Done.")

    response = member_client.get(reverse("meetings:list"))
    assert [m.title for m in response.context["upcoming"]] == ["JC next year"]
    assert [m.title for m in response.context["past"]] == ["PSSDC September 2020", "JC Ottawa 2019"]
    assert response.context["upcoming"][0].open_action_item_count == 1

    by_council = member_client.get(reverse("meetings:list"), {"council": pssdc.pk}).context
    assert [m.title for m in by_council["past"]] == ["PSSDC September 2020"] and by_council["upcoming"] == []

    by_year = member_client.get(reverse("meetings:list"), {"year": "2019"}).context
    assert [m.title for m in by_year["past"]] == ["JC Ottawa 2019"]

    by_status = member_client.get(reverse("meetings:list"), {"status": "planned"}).context
    assert [m.title for m in by_status["upcoming"]] == ["JC next year"] and list(by_status["past"]) == []


# The action-item tracker -------------------------------------------------------------------------


@pytest.fixture
def tracker_items(council, cochair_group, other_group):
    meeting = MeetingFactory(council=council, title_en="JC February 2020")
    pssdc_meeting = MeetingFactory(council=CouncilFactory(code="pssdc", acronym_en="PSSDC"), title_en="PSSDC 2020")
    today = timezone.localdate()
    return {
        "overdue": ActionItemFactory(
            meeting=meeting, owner_group=cochair_group, description_en="Late item", due_date=today - datetime.timedelta(days=3)
        ),
        "future": ActionItemFactory(
            meeting=meeting, owner_group=other_group, description_en="Future item", due_date=today + datetime.timedelta(days=30)
        ),
        "person": ActionItemFactory(meeting=pssdc_meeting, owner_person=PersonFactory(), description_en="Person item"),
        "done": ActionItemFactory(
            meeting=meeting,
            description_en="Finished item",
            status=ActionItem.Status.DONE,
            closing_note_en="Done.",
            due_date=today - datetime.timedelta(days=40),
        ),
    }


def shown(client, **params):
    return {item.description for item in client.get(reverse("meetings:action_items"), params).context["action_items"]}


def test_tracker_shows_open_items_by_default_and_flags_overdue_in_words(member_client, tracker_items):
    response = member_client.get(reverse("meetings:action_items"))

    assert {item.description for item in response.context["action_items"]} == {"Late item", "Future item", "Person item"}
    page = response.content.decode()
    assert page.count(">Overdue</span>") == 1


def test_tracker_filters(member_client, tracker_items, cochair_group, council):
    assert shown(member_client, overdue="on") == {"Late item"}
    assert shown(member_client, status="done") == {"Finished item"}
    assert shown(member_client, status="all") == {"Late item", "Future item", "Person item", "Finished item"}
    assert shown(member_client, owner_type="person") == {"Person item"}
    assert shown(member_client, owner_type="group") == {"Late item", "Future item"}
    assert shown(member_client, owner_group=cochair_group.pk) == {"Late item"}
    assert shown(member_client, council=council.pk) == {"Late item", "Future item"}


def test_tracker_offers_cochairs_the_update_link_of_their_groups_items_only(cochair_client, tracker_items):
    page = cochair_client.get(reverse("meetings:action_items")).content.decode()

    assert reverse("meetings:action_item_status", args=[tracker_items["overdue"].pk]) in page
    assert reverse("meetings:action_item_status", args=[tracker_items["future"].pk]) not in page


def test_tracker_is_paginated(member_client, council):
    meeting = MeetingFactory(council=council)
    for _ in range(30):
        ActionItemFactory(meeting=meeting)

    first = member_client.get(reverse("meetings:action_items"))
    second = member_client.get(reverse("meetings:action_items"), {"page": 2})

    assert len(first.context["action_items"]) == 25
    assert len(second.context["action_items"]) == 5
    assert "Page 1 of 2" in first.content.decode()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_secretariat_page_renders(staff_client, meeting, cochair_group, lang):
    item = AgendaItemFactory(meeting=meeting)
    attendance = AttendanceFactory(meeting=meeting)
    decision = DecisionFactory(meeting=meeting)
    action_item = ActionItemFactory(meeting=meeting, owner_group=cochair_group)
    attachment = AttachmentFactory(agenda_item=item)
    urls = [
        reverse("meetings:create"),
        reverse("meetings:edit", args=[meeting.pk]),
        reverse("meetings:agenda", args=[meeting.pk]),
        reverse("meetings:agenda_item_add", args=[meeting.pk]),
        reverse("meetings:agenda_item_edit", args=[item.pk]),
        reverse("meetings:agenda_item_delete", args=[item.pk]),
        reverse("meetings:attachment_add", args=[item.pk]),
        reverse("meetings:attachment_delete", args=[attachment.pk]),
        reverse("meetings:attendance_add", args=[meeting.pk]),
        reverse("meetings:attendance_edit", args=[attendance.pk]),
        reverse("meetings:decision_add", args=[meeting.pk]),
        reverse("meetings:decision_edit", args=[decision.pk]),
        reverse("meetings:action_item_add", args=[meeting.pk]),
        reverse("meetings:action_item_edit", args=[action_item.pk]),
        reverse("meetings:action_item_status", args=[action_item.pk]),
    ]
    for url in urls:
        response = staff_client.get(url.replace("/en/", f"/{lang}/", 1))
        page = response.content.decode()
        assert response.status_code == 200, url
        assert f'<html lang="{lang}-CA">' in page
        assert 'style="' not in page and "<script>" not in page, url
