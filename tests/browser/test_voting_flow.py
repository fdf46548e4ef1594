"""The whole flow of a decision between meetings, in a real browser: the secretariat opens a Joint Councils ballot;
a PSSDC member votes in English and a PSCIOC member in French; the ballot closes (the periodic job) and the decision
appears on the JC's next meeting and in its briefing pack. axe-core checks every page on the way."""

import datetime
import io
import re

import pytest
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from councils.models import CouncilMembership
from jointcouncils.celery import app as celery_app
from meetings.models import Meeting
from reports.models import ReportBuild
from tests import factories
from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD
from tests.meetings.factories import MeetingFactory
from voting.models import Ballot, Vote
from voting.tasks import sweep_ballots


def log_out(page: Page) -> None:
    page.locator("form[action$='/accounts/logout/'] button").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


def member(council, username: str, given: str, language: str):
    user = factories.UserFactory(username=username, first_name=given, last_name="Member", roles=[settings.ROLE_COUNCIL_MEMBER])
    person = factories.PersonFactory(given_name=given, family_name="Member", user=user, preferred_language=language)
    CouncilMembership.objects.create(person=person, council=council, start_date=datetime.date(2019, 1, 1))
    return person


@pytest.fixture
def in_process_jobs(settings, tmp_path):
    """Report builds run in the live server's process; their files go to a temporary MEDIA_ROOT."""
    saved = celery_app.conf.task_always_eager
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.MEDIA_ROOT = tmp_path / "media"
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = saved


@pytest.mark.browser
def test_secretariat_opens_a_jc_ballot_members_vote_in_both_languages_and_the_decision_reaches_the_next_meeting(
    page: Page, secretariat_user, in_process_jobs, browser_errors
):
    pssdc = factories.CouncilFactory(code="pssdc", acronym_en="PSSDC", acronym_fr="CPSSP")
    pscioc = factories.CouncilFactory(code="pscioc", acronym_en="PSCIOC", acronym_fr="CDPISP")
    jc = factories.CouncilFactory(
        code="jc", name_en="Joint Councils", name_fr="Conseils mixtes", acronym_en="JC", acronym_fr="CM"
    )
    jc.constituent_councils.set([pssdc, pscioc])
    member(pssdc, "anna", "Anna", "en")
    member(pscioc, "benoit", "Benoît", "fr")
    next_meeting = MeetingFactory(
        council=jc,
        title_en="JC spring meeting",
        title_fr="Réunion du printemps des CM",
        start=timezone.now() + datetime.timedelta(days=30),
        status=Meeting.Status.PLANNED,
    )
    now = timezone.localtime()

    # The secretariat opens a JC ballot.
    login(page, "staff", PASSWORD)
    page.goto("/en/ballots/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="New ballot").click()
    assert_no_axe_violations(page)
    page.get_by_label("Council").select_option(label="JC")
    page.get_by_label("Opens").fill(now.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Closes").fill((now + datetime.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("two-thirds of votes cast").check()
    page.get_by_label("Quorum (% of eligible voters)").fill("50")
    page.get_by_label("Question (English)").fill("Endorse the digital identity principles?")
    page.get_by_label("Question (French)").fill("Appuyer les principes de l'identité numérique?")
    page.get_by_label("Reason for the change").fill("Asked at the February meeting")
    page.get_by_role("button", name="Create the ballot").click()
    expect(page.get_by_text("The ballot is open: the voter list was taken today.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Endorse the digital identity principles?")
    expect(page.get_by_text("0 of 2 voters have voted.")).to_be_visible()
    assert_no_axe_violations(page)
    ballot = Ballot.objects.get()
    log_out(page)

    # A PSSDC member votes in English, from the home page.
    login(page, "anna", PASSWORD)
    page.goto("/en/")
    open_ballots = page.get_by_role("region", name="Open ballots")
    expect(open_ballots).to_contain_text("you have not voted yet")
    open_ballots.get_by_role("link", name="Endorse the digital identity principles?").click()
    page.get_by_label("for", exact=True).check()
    page.get_by_role("button", name="Cast my vote").click()
    expect(page.get_by_text("Your vote was recorded. You can change it until the ballot closes.")).to_be_visible()
    expect(page.locator("#my-vote")).to_contain_text("You voted for")
    assert_no_axe_violations(page)
    log_out(page)

    # A PSCIOC member votes in French; neither sees a result before the close.
    login(page, "benoit", PASSWORD, lang="fr")
    page.goto(f"/fr/ballots/{ballot.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Appuyer les principes de l'identité numérique")
    expect(page.locator("#result")).to_have_count(0)
    page.get_by_label("pour", exact=True).check()
    page.get_by_role("button", name="Voter", exact=True).click()
    expect(page.get_by_text("Votre vote a été consigné.")).to_be_visible()
    assert_no_axe_violations(page)
    log_out(page)
    assert sorted(Vote.objects.values_list("choice", flat=True)) == ["for", "for"]

    # The deadline passes; the periodic job closes the ballot and files the decision on the JC's next meeting.
    Ballot.objects.filter(pk=ballot.pk).update(
        opens_at=timezone.now() - datetime.timedelta(days=7), closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert sweep_ballots.apply().get()["closed"] == 1

    login(page, "staff", PASSWORD)
    page.goto(f"/en/ballots/{ballot.pk}/")
    expect(page.locator("#ballot-result")).to_have_text("carried")
    expect(page.get_by_role("table", name="Tally of each council")).to_contain_text("PSCIOC")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Recorded at the next meeting: JC spring meeting").click()
    expect(page).to_have_url(re.compile(rf"/en/meetings/{next_meeting.pk}/"))
    expect(page.get_by_text("Decisions taken between meetings").first).to_be_visible()
    decisions = page.get_by_role("table", name="Decisions taken at this meeting")
    expect(decisions).to_contain_text("Endorse the digital identity principles?")
    expect(decisions).to_contain_text("PSSDC: 1 for, 0 against")
    assert_no_axe_violations(page)

    # The meeting's briefing pack has the section.
    page.get_by_role("button", name="Build the briefing pack").click()
    expect(page.get_by_text("Download the PDF (English").first).to_be_visible()
    build = ReportBuild.objects.get(kind="briefing_pack", meeting=next_meeting, language="en")
    with build.file.open("rb") as handle:
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(handle.read())).pages).split())
    assert "Decisions taken between meetings" in text and "Endorse the digital identity principles?" in text
    assert browser_errors == []
