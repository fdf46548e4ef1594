"""From a survey to the strategic plan in a real browser: the secretariat creates a survey and sends it, a respondent
answers through the personal link in French, the secretariat codes a passage into a theme, and the theme appears in
the built plan. axe-core finds no WCAG 2.1 A/AA violation on the pages on the way."""

import io
import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from pypdf import PdfReader

from consultations.models import Excerpt
from jointcouncils.celery import app as celery_app
from reports.models import ReportBuild
from tests import factories
from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD


@pytest.fixture
def eager_jobs():
    saved = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = saved


@pytest.fixture
def setting_up(settings, live_server, tmp_path, council):
    settings.PORTAL_BASE_URL = live_server.url
    settings.MEDIA_ROOT = tmp_path / "media"
    jurisdiction = factories.JurisdictionFactory(code="qc", name_en="Quebec", name_fr="Québec", level="provincial")
    org = factories.OrganisationFactory(name_en="Quebec ministry", name_fr="Ministère du Québec", jurisdiction=jurisdiction)
    factories.PersonFactory(
        given_name="Élise", family_name="Tremblay", email="elise@example.org", organisation=org, preferred_language="fr"
    )
    return factories.PriorityFactory(
        council=council,
        slug="client-centric-services",
        name_en="Client-Centric Services",
        name_fr="Services axés sur les clients",
        definition_en="Services around the client.",
        definition_fr="Des services centrés sur le client.",
        order=1,
    )


@pytest.mark.browser
def test_from_a_french_survey_answer_to_a_theme_in_the_plan(
    page, browser, live_server, secretariat_user, setting_up, eager_jobs, browser_errors
):
    priority = setting_up
    login(page, "staff", PASSWORD)

    # 1. The secretariat creates a survey, adds a question and a respondent, and sends it.
    page.goto("/en/consultations/new/")
    assert_no_axe_violations(page)
    page.locator("#id_slug").fill("members-2021")
    page.locator("#id_mode").select_option("survey")
    page.locator("#id_period_start").fill("2021-03-01")
    page.locator("#id_title_en").fill("Member consultation 2021")
    page.locator("#id_title_fr").fill("Consultation des membres 2021")
    page.locator("#id_change_reason").fill("new consultation")
    page.get_by_role("button", name="Create the consultation").click()
    expect(page.locator("h1")).to_have_text("Member consultation 2021")

    page.locator("summary", has_text="Add a question").click()
    form = page.locator("form", has=page.get_by_role("button", name="Add the question"))
    form.locator("input[name$='-key']").fill("value")
    form.locator("textarea[name$='-text_en']").fill("What value do the councils bring?")
    form.locator("textarea[name$='-text_fr']").fill("Quelle valeur les conseils apportent-ils?")
    form.get_by_role("button", name="Add the question").click()
    expect(page.get_by_text("The question was added.")).to_be_visible()

    page.locator("summary", has_text="Add a respondent").click()
    form = page.locator("form", has=page.get_by_role("button", name="Add the respondent"))
    form.locator("select[name='respondent-question_set']").select_option(index=1)
    form.locator("select[name='respondent-person']").select_option(label="Élise Tremblay")
    form.locator("select[name='respondent-language']").select_option("fr")
    form.locator("input[name='respondent-role_en']").fill("working-group co-chair")
    form.locator("input[name='respondent-role_fr']").fill("coprésidente de groupe de travail")
    form.locator("input[name='respondent-change_reason']").fill("respondent added")
    form.get_by_role("button", name="Add the respondent").click()
    expect(page.get_by_text("The respondent was added.")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Send the survey").click()
    expect(page.get_by_text("The survey is being sent")).to_be_visible()
    assert [m.to for m in mail.outbox] == [["elise@example.org"]]
    link = re.search(r"https?://\S+/fr/consultations/answer/\S+/", mail.outbox[0].body).group(0)

    # 2. The respondent answers through the link, in French, without logging in.
    respondent_context = browser.new_context(locale="fr-CA")
    try:
        survey_page = respondent_context.new_page()
        survey_page.goto(link)
        expect(survey_page.locator("html")).to_have_attribute("lang", "fr-CA")
        expect(survey_page.locator("h1")).to_have_text("Consultation des membres 2021")
        survey_page.get_by_label("Quelle valeur les conseils apportent-ils\u00a0?").fill(
            "Une table unique pour toutes les administrations. Il faut aller plus vite."
        )
        assert_no_axe_violations(survey_page)
        survey_page.get_by_role("button", name="Envoyer mes réponses").click()
        expect(survey_page.get_by_text("Merci : vos réponses ont été reçues.")).to_be_visible()
    finally:
        respondent_context.close()

    # 3. The secretariat makes a theme linked to the priority and codes a passage into it.
    page.goto("/en/consultations/themes/new/")
    page.locator("#id_slug").fill("speed")
    page.get_by_label("Client-Centric Services").check()
    page.locator("#id_name_en").fill("Move faster")
    page.locator("#id_name_fr").fill("Aller plus vite")
    page.locator("#id_change_reason").fill("new theme")
    page.get_by_role("button", name="Save the theme").click()
    expect(page.locator("h1")).to_have_text("Consultation themes")

    page.goto("/en/consultations/members-2021/coding/")
    assert_no_axe_violations(page)
    answer = page.locator("article.answer").first
    answer.locator("textarea[name=passage]").fill("Il faut aller plus vite.")
    answer.get_by_label("Move faster").check()
    answer.locator("textarea[name=translation]").fill("We must go faster.")
    answer.get_by_role("button", name="Code this passage").click()
    expect(page.get_by_text("The passage was coded.")).to_be_visible()
    assert Excerpt.objects.get().themes.get().slug == "speed"

    # 4. The theme, its count and the quote appear in the built plan.
    page.goto("/en/consultations/plan/")
    page.locator("#id_start_year").fill("2020")
    page.locator("#id_end_year").fill("2023")
    page.locator("#id_change_reason").fill("new plan period")
    page.get_by_role("button", name="Create the period").click()
    expect(page.locator("h1")).to_have_text("Strategic plan 2020–2023")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Build the plan (PDF and Word)").click()
    page.get_by_role("button", name="Build in English and French").click()
    expect(page.get_by_role("link", name=re.compile("Download the Word file"))).to_have_count(2)
    assert browser_errors == []

    for language, phrases in (
        ("en", ["Client-Centric Services", "Move faster", "Raised by 1 of 1 respondents", "We must go faster."]),
        (
            "fr",
            ["Services axés sur les clients", "Aller plus vite", "Soulevé par 1 des 1 répondants", "Il faut aller plus vite."],
        ),
    ):
        build = ReportBuild.objects.get(kind="strategic_plan", language=language, status="done")
        with build.file.open("rb") as handle:
            text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(handle.read())).pages))
        for phrase in phrases:
            assert phrase in text, (language, phrase)
    assert priority.consultation_themes.get().name_en == "Move faster"
