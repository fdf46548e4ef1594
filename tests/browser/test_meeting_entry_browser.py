"""Faster entry in a real browser: the secretariat records a whole council's attendance in one form, and an agenda
move keeps the focus on the moved row; axe-core finds no WCAG 2.1 A/AA violation, in English and in French."""

import datetime

import pytest
from playwright.sync_api import expect

from councils.models import Person
from meetings.models import Attendance
from tests import factories
from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD
from tests.meetings.factories import AgendaItemFactory, MeetingFactory, at

WORDS = {
    "en": {
        "record": "Record attendance",
        "present": "present",
        "regrets": "regrets",
        "represented": "represented",
        "represented_by": "Represented by (for Peter Watkins)",
        "given": "Guest's given name",
        "family": "Guest's family name",
        "reason": "Reason for the change",
        "save": "Save the attendance",
        "saved": "Attendance saved: 4 rows changed.",
        "by": "by Delegate Deputy",
        "guest": "(guest)",
        "down": "Move down",
        "moved": "moved down.",
    },
    "fr": {
        "record": "Consigner les présences",
        "present": "présent",
        "regrets": "absence motivée",
        "represented": "représenté",
        "represented_by": "Représenté par (pour Peter Watkins)",
        "given": "Prénom de l'invité",
        "family": "Nom de famille de l'invité",
        "reason": "Motif de la modification",
        "save": "Enregistrer les présences",
        "saved": "Présences enregistrées : 4 lignes modifiées.",
        "by": "par Delegate Deputy",
        "guest": "(invité)",
        "down": "Descendre",
        "moved": "a été déplacé vers le bas.",
    },
}


@pytest.fixture
def council_meeting(db):
    council = factories.CouncilFactory(
        code="pssdc",
        name_en="Public Sector Service Delivery Council",
        name_fr="Conseil de la prestation des services du secteur public",
        acronym_en="PSSDC",
        acronym_fr="CPSSP",
    )
    for given, family in (("Natasha", "Clarke"), ("Heather", "Sheehy"), ("Peter", "Watkins")):
        factories.CouncilMembershipFactory(council=council, person=factories.PersonFactory(given_name=given, family_name=family))
    factories.PersonFactory(given_name="Delegate", family_name="Deputy")
    meeting = MeetingFactory(
        council=council,
        title_en="PSSDC meeting",
        title_fr="Réunion du CPSSP",
        start=at(datetime.date(2020, 9, 3), 13),
    )
    return meeting


def _choice(page, person: str, label: str):
    return page.locator("fieldset", has=page.locator("legend", has_text=person)).get_by_label(label, exact=True)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_secretariat_records_a_whole_council_in_one_form(page, secretariat_user, council_meeting, browser_errors, lang):
    words = WORDS[lang]
    login(page, "staff", PASSWORD, lang=lang)
    page.goto(f"/{lang}/meetings/{council_meeting.pk}/")
    page.get_by_role("link", name=words["record"]).click()
    expect(page.locator("h1")).to_be_visible()
    assert_no_axe_violations(page)

    _choice(page, "Natasha Clarke", words["present"]).check()
    _choice(page, "Heather Sheehy", words["regrets"]).check()
    _choice(page, "Peter Watkins", words["represented"]).check()
    delegate = Person.objects.select_related("organisation").get(family_name="Deputy")
    page.get_by_label(words["represented_by"]).select_option(value=str(delegate.pk))
    page.get_by_label(words["given"]).fill("Cathy")
    page.get_by_label(words["family"]).fill("Kealey")
    page.get_by_label(words["reason"]).fill("Roll call")
    page.get_by_role("button", name=words["save"]).click()

    # Back on the meeting page, at the attendance; the message sits there and has the focus.
    expect(page).to_have_url(f"{page.url.split('#')[0]}#attendance-heading")
    message = page.locator(".messages")
    expect(message).to_contain_text(words["saved"])
    expect(message).to_be_focused()
    assert page.evaluate("document.querySelector('.messages').previousElementSibling.id") == "attendance-heading"
    table = page.locator("table", has=page.locator("th", has_text="Natasha Clarke"))
    expect(table).to_contain_text(words["by"])
    expect(table).to_contain_text("Cathy Kealey")
    expect(table).to_contain_text(words["guest"])
    assert Attendance.objects.filter(meeting=council_meeting).count() == 4
    assert_no_axe_violations(page)
    assert browser_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_after_an_agenda_move_the_focus_stays_on_the_moved_row(page, secretariat_user, council_meeting, browser_errors, lang):
    words = WORDS[lang]
    first = AgendaItemFactory(meeting=council_meeting, order=1, title_en="Opening", title_fr="Ouverture")
    AgendaItemFactory(meeting=council_meeting, order=2, title_en="Updates", title_fr="Mises à jour")
    login(page, "staff", PASSWORD, lang=lang)
    page.goto(f"/{lang}/meetings/{council_meeting.pk}/agenda/")

    page.locator(f"#item-{first.pk}").get_by_role("button", name=words["down"]).click()

    row = page.locator(f"#item-{first.pk}")
    expect(row).to_be_focused()
    expect(row.locator(".messages")).to_contain_text(words["moved"])
    titles = page.locator("ol.agenda-builder > li h3").all_inner_texts()
    assert titles[-1] == ("Opening" if lang == "en" else "Ouverture")
    assert_no_axe_violations(page)
    assert browser_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_agenda_item_links_filter_as_you_type(page, secretariat_user, council_meeting, browser_errors, lang):
    pscioc = factories.CouncilFactory(code="pscioc", acronym_en="PSCIOC", acronym_fr="CDPISP")
    for council in (pscioc, council_meeting.council):
        factories.PriorityFactory(council=council, slug=f"{council.code}-chatbot", name_en="Chatbot enablement", name_fr="Robots")
    factories.PriorityFactory(council=pscioc, slug="cyber", name_en="Cybersecurity", name_fr="Cybersécurité")
    login(page, "staff", PASSWORD, lang=lang)
    page.goto(f"/{lang}/meetings/{council_meeting.pk}/agenda/add/")

    # Title first: the first field of the form is the English title.
    assert (
        page.locator("form.meetings-form input:not([type=hidden]), form.meetings-form textarea").first.get_attribute("name")
        == "title_en"
    )
    search = page.locator("#id_priorities-filter")
    expect(search).to_be_visible()
    search.fill("chatbot" if lang == "en" else "robots")
    visible = page.locator("#id_priorities > div:visible")
    expect(visible).to_have_count(2)
    shown = sorted(" ".join(text.split()) for text in visible.all_inner_texts())
    acronyms = ("CDPISP", "CPSSP") if lang == "fr" else ("PSCIOC", "PSSDC")
    assert shown == sorted(f"{'Robots' if lang == 'fr' else 'Chatbot enablement'} ({a})" for a in acronyms)
    expect(page.locator("#id_priorities-status")).to_contain_text("2")
    assert_no_axe_violations(page)
    assert browser_errors == []
