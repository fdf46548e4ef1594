"""Section 1: the member's hub, pack states and downloads, calendar files, the kept language, the error pages."""

import datetime

import pytest
from django.test import Client, RequestFactory
from django.utils import timezone, translation
from icalendar import Calendar

from notifications.models import Preference
from notifications.services import preference_get
from reports.models import PackDownload
from tests import factories
from tests.conftest import PASSWORD
from tests.meetings.factories import ActionItemFactory, DecisionFactory, MeetingFactory, at
from tests.notifications.hubdata import done_pack, next_meeting, seated_member


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


# The member's home page ---------------------------------------------------------------------------------------


def test_the_home_page_shows_the_next_meeting_with_its_agenda_and_pack_in_the_members_language(
    member_client, member_user, council, media
):
    seated_member(council, member_user)
    meeting = next_meeting(council)
    english = done_pack(meeting, "en")

    page = member_client.get("/en/").content.decode()

    assert "Your next meetings" in page
    assert "JC strategic discussion" in page and "Shaw Centre" in page
    assert "Digital identity progress" in page and "Next steps" in page
    assert f'href="/en/reports/builds/{english.pk}/download/"' in page
    assert "Download the briefing pack (English, PDF)" in page
    # The French edition is not built: said so beside it, in the page's language.
    assert "Trousse d'information (Français)" in page and "not built yet" in page


def test_a_download_is_recorded_and_a_newer_edition_is_flagged_as_updated(member_client, member_user, council, media):
    seated_member(council, member_user)
    meeting = next_meeting(council)
    first = done_pack(meeting, "en", b"%PDF first", when=timezone.now() - datetime.timedelta(hours=2))

    response = member_client.get(f"/en/reports/builds/{first.pk}/download/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF first"
    assert PackDownload.objects.filter(user=member_user, build=first).count() == 1
    assert "(you downloaded this edition)" in member_client.get("/en/").content.decode()

    newer = done_pack(meeting, "en", b"%PDF second")
    page = member_client.get("/en/").content.decode()
    assert "updated since you last downloaded it" in page
    assert f"/en/reports/builds/{newer.pk}/download/" in page

    french = member_client.get("/fr/").content.decode()
    assert "mise à jour depuis votre dernier téléchargement" in french
    assert "Vos prochaines réunions" in french


def test_the_hub_lists_the_members_open_action_items_and_the_last_meetings_decisions(
    cochair_client, cochair_user, council, cochair_group
):
    last = MeetingFactory(council=council, title_en="JC, February 2020", start=at(datetime.date(2020, 2, 26)))
    DecisionFactory(meeting=last, text_en="Reconfirm Digital Identity.")
    older = MeetingFactory(council=council, start=at(datetime.date(2019, 6, 1)))
    DecisionFactory(meeting=older, text_en="An older decision.")
    ActionItemFactory(meeting=last, owner_group=cochair_group, description_en="Scope the priority")
    ActionItemFactory(meeting=last, description_en="Council-owned step")  # not theirs
    ActionItemFactory(meeting=last, owner_group=cochair_group, description_en="Closed step", status="done", closing_note_en="x")

    page = cochair_client.get("/en/").content.decode()

    assert "Scope the priority" in page
    assert "Council-owned step" not in page and "Closed step" not in page
    assert "Reconfirm Digital Identity." in page and "An older decision." not in page


def test_what_changed_since_the_last_visit(member_client, member_user, council, media):
    seated_member(council, member_user)
    meeting = next_meeting(council)
    preference = preference_get(user=member_user)
    preference.previous_visit_at = timezone.now() - datetime.timedelta(days=1)
    preference.save()
    DecisionFactory(meeting=meeting, text_en="Adopt the charter.")
    done_pack(meeting, "en")

    page = member_client.get("/en/").content.decode()

    assert "What changed since your last visit" in page
    assert "New briefing pack: JC – JC strategic discussion" in page
    assert "Decision recorded at" in page and "Adopt the charter." in page
    assert "Meeting added or changed" in page


def test_a_first_visit_says_so(member_client, member_user, council):
    seated_member(council, member_user)
    assert "This is your first visit" in member_client.get("/en/").content.decode()


@pytest.mark.parametrize("size", [1, 8])
def test_the_home_page_query_count_is_bounded(member_client, member_user, council, media, size, django_assert_max_num_queries):
    seated_member(council, member_user)
    preference = preference_get(user=member_user)
    preference.previous_visit_at = timezone.now() - datetime.timedelta(days=30)
    preference.save()
    for number in range(size):
        other = factories.CouncilFactory(code=f"c{number}", acronym_en=f"C{number}")
        factories.CouncilMembershipFactory(person=member_user.person, council=other)
        meeting = next_meeting(other, days_ahead=10 + number)
        done_pack(meeting, "en", f"pack {number}".encode())
        DecisionFactory(meeting=meeting)
        ActionItemFactory(meeting=meeting, owner_person=member_user.person)
    with django_assert_max_num_queries(28):
        assert member_client.get("/en/").status_code == 200


# The meeting page ---------------------------------------------------------------------------------------------


def test_the_meeting_page_starts_with_date_place_pack_and_agenda_before_the_staff_tools(staff_client, council, media):
    meeting = next_meeting(council)
    done_pack(meeting, "fr")
    page = staff_client.get(f"/fr/meetings/{meeting.pk}/").content.decode()
    order = [
        page.index("meeting-essentials"),
        page.index("Trousse d'information (English)")
        if "Trousse d'information (English)" in page
        else page.index("pack-editions"),
        page.index('id="agenda-heading"'),
        page.index('id="decisions-heading"'),
        page.index('id="staff-tools-heading"'),
        page.index("Historique des modifications de cette réunion"),
    ]
    assert order == sorted(order)
    # The reader's language first: the French edition leads.
    assert page.index("Télécharger la trousse d'information (Français, PDF)") < page.index("Briefing pack (English)")


# Calendar -----------------------------------------------------------------------------------------------------


def test_a_meetings_ics_validates_and_is_in_the_pages_language(member_client, council):
    meeting = next_meeting(council)
    for language, summary, agenda in (
        ("en", "JC strategic discussion", "Agenda:"),
        ("fr", "Discussion stratégique des CM", "Ordre du jour :"),
    ):
        response = member_client.get(f"/{language}/meetings/{meeting.pk}/calendar.ics")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        calendar = Calendar.from_ical(response.content)
        [event] = calendar.walk("VEVENT")
        assert summary in str(event["SUMMARY"])
        assert event.decoded("DTSTART") == meeting.start
        assert str(event["URL"]) == f"http://portal.test/{language}/meetings/{meeting.pk}/"
        description = str(event["DESCRIPTION"])
        assert agenda in description and f"/{language}/meetings/{meeting.pk}/" in description
        assert "Shaw Centre" in str(event["LOCATION"]) or "Centre Shaw" in str(event["LOCATION"])


def test_the_ics_needs_a_portal_role(personas, council):
    meeting = next_meeting(council)
    assert personas["outsider"].get(f"/en/meetings/{meeting.pk}/calendar.ics").status_code == 403
    assert personas["anonymous"].get(f"/en/meetings/{meeting.pk}/calendar.ics").status_code == 302


def test_a_councils_feed_answers_to_the_users_secret_key_in_their_language(member_user, outsider_user, council):
    next_meeting(council)
    other = factories.CouncilFactory(code="pssdc", acronym_en="PSSDC")
    MeetingFactory(council=other, title_en="Not this council", start=at(timezone.localdate()))
    preference = preference_get(user=member_user)
    preference.language = "fr"
    preference.save()
    anonymous = Client()

    response = anonymous.get(f"/en/meetings/feeds/{council.code}/{preference.calendar_token}.ics")

    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert summaries == [f"{council.acronym_fr} – Discussion stratégique des CM"]
    assert anonymous.get(f"/en/meetings/feeds/{council.code}/not-a-key.ics").status_code == 404
    # A key of an account without a portal role opens nothing; a renewed key replaces the old one.
    outsider_key = preference_get(user=outsider_user).calendar_token
    assert anonymous.get(f"/en/meetings/feeds/{council.code}/{outsider_key}.ics").status_code == 404
    old = preference.calendar_token
    member = Client()
    member.force_login(member_user)
    member.post("/en/preferences/calendar-key/")
    assert anonymous.get(f"/en/meetings/feeds/{council.code}/{old}.ics").status_code == 404
    new = Preference.objects.get(user=member_user).calendar_token
    assert anonymous.get(f"/en/meetings/feeds/{council.code}/{new}.ics").status_code == 200


# Language kept through log-in ----------------------------------------------------------------------------------


def test_the_language_picked_on_the_login_page_is_stored_and_kept(cochair_user):
    client = Client()
    # Picking French on the log-in page sets the language cookie (the language switch) and shows /fr/.
    client.post("/i18n/setlang/", {"language": "fr", "next": "/fr/accounts/login/"})
    response = client.post("/fr/accounts/login/?next=/en/reporting/updates/", {"username": "cochair", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/fr/reporting/updates/"
    assert preference_get(user=cochair_user).language == "fr"
    assert response.cookies["django_language"].value == "fr"


def test_a_later_login_in_a_new_browser_lands_in_the_stored_language(cochair_user):
    preference = preference_get(user=cochair_user)
    preference.language = "fr"
    preference.save()
    client = Client()  # no language cookie: a new browser

    response = client.post("/en/accounts/login/", {"username": "cochair", "password": PASSWORD}, follow=True)

    assert response.redirect_chain[-1][0] == "/fr/dashboard/mine/"
    assert preference_get(user=cochair_user).language == "fr"
    assert preference_get(user=cochair_user).last_visit_at is not None


def test_the_preferences_page_changes_language_and_delivery(member_client, member_user):
    page = member_client.get("/en/preferences/")
    assert page.status_code == 200 and "Calendar feeds" in page.content.decode()
    response = member_client.post("/en/preferences/", {"language": "fr", "delivery": "digest"})
    assert response["Location"] == "/fr/preferences/"
    preference = preference_get(user=member_user)
    assert (preference.language, preference.delivery) == ("fr", "digest")
    bad = member_client.post("/fr/preferences/", {"language": "de", "delivery": "digest"})
    assert bad.status_code == 200 and "Sélectionnez un choix valide" in bad.content.decode()
    assert preference_get(user=member_user).language == "fr"


def test_the_preferences_page_needs_a_portal_role(personas):
    assert personas["outsider"].get("/en/preferences/").status_code == 403


# Error pages --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "heading", "other"),
    [("en", "Page not found", "Page introuvable"), ("fr", "Page introuvable", "Page not found")],
)
def test_the_404_page_is_bilingual_in_the_portal_layout(member_client, language, heading, other):
    response = member_client.get(f"/{language}/no-such-page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert f"<h1>{heading}</h1>" in page and f"<h2>{other}</h2>" in page
    assert 'class="main-nav"' in page and f'href="/{language}/"' in page
    assert f'<html lang="{language}-CA">' in page


@pytest.mark.parametrize(
    ("language", "heading", "other"),
    [("en", "Access denied", "Accès refusé"), ("fr", "Accès refusé", "Access denied")],
)
def test_the_403_page_is_bilingual_in_the_portal_layout(personas, language, heading, other):
    response = personas["member"].get(f"/{language}/meetings/new/")
    page = response.content.decode()
    assert response.status_code == 403
    assert f"<h1>{heading}</h1>" in page and f"<h2>{other}</h2>" in page
    assert 'class="main-nav"' in page


@pytest.mark.parametrize(
    ("language", "heading", "other"),
    [("en", "Something went wrong", "Une erreur s'est produite"), ("fr", "Une erreur s'est produite", "Something went wrong")],
)
def test_the_500_page_renders_without_the_database_in_both_languages(language, heading, other):
    """No database fixture here: any query would fail the test (pytest-django blocks database access)."""
    from jointcouncils import urls
    from jointcouncils.views import server_error

    assert urls.handler500 == "jointcouncils.views.server_error"
    request = RequestFactory().get(f"/{language}/boom/")
    with translation.override(language):
        response = server_error(request)
    page = response.content.decode()
    assert response.status_code == 500
    assert f"<h1>{heading}</h1>" in page
    assert f"<h2>{other}</h2>" in page
    assert f'href="/{language}/"' in page and "portal.css" in page
