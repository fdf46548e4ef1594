"""The record of the vote in English and French, read back (language, tags, title, each vote, tallies), and the
"Decisions taken between meetings" section of the next meeting's briefing pack."""

import datetime
import io

import pytest
from pypdf import PdfReader

from meetings.models import Meeting
from reports.models import ReportBuild
from reports.services import reportbuild_request, reportbuild_run
from tests import factories
from tests.meetings.factories import MeetingFactory
from tests.reports.pdfua import assert_pdfua_valid
from tests.voting.conftest import NOW, make_member, new_ballot
from voting.models import Vote
from voting.services import ballot_close, vote_cast

pytestmark = pytest.mark.django_db
CLOSES = NOW + datetime.timedelta(days=5)


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def closed_ballot(councils, secretariat_user, media_root):
    anna = make_member(councils["pssdc"], "Anna")
    bruno = make_member(councils["pssdc"], "Bruno")
    make_member(councils["pscioc"], "Chloe")
    dev = make_member(councils["pscioc"], "Dev")
    ballot = new_ballot(councils["jc"], by=secretariat_user)
    vote_cast(ballot=ballot, person=anna, choice=Vote.Choice.FOR, by=anna.user, now=NOW)
    vote_cast(
        ballot=ballot,
        person=bruno,
        choice=Vote.Choice.RECUSE,
        recusal_reason="Conflit d'intérêts déclaré.",
        by=bruno.user,
        now=NOW,
    )
    confirmer = factories.UserFactory(username="conf", first_name="Conrad", last_name="Firmer")
    vote_cast(
        ballot=ballot,
        person=dev,
        choice=Vote.Choice.FOR,
        received_via=Vote.Channel.TELEPHONE,
        confirmed_by=confirmer,
        by=secretariat_user,
        now=NOW,
    )
    MeetingFactory(
        council=councils["jc"],
        start=CLOSES + datetime.timedelta(days=20),
        status=Meeting.Status.PLANNED,
        title_en="JC spring meeting",
        title_fr="Réunion du printemps des CM",
    )
    return ballot_close(ballot_id=ballot.pk, now=CLOSES)


def build_now(**kwargs) -> ReportBuild:
    build = reportbuild_request(enqueue=False, **kwargs)
    return build if build.status == ReportBuild.Status.DONE else reportbuild_run(build_id=build.pk)


def read(build):
    with build.file.open("rb") as handle:
        return PdfReader(io.BytesIO(handle.read()))


def text_of(reader):
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize(
    ("language", "lang_tag", "title", "phrases"),
    [
        (
            "en",
            "en-CA",
            "Record of the vote – JC",
            [
                "Adopt the 2026 work plan?",
                "simple majority of votes cast",
                "Anna Member",
                "Chloe Member",
                "did not vote",
                "by telephone",
                "confirmed by Conrad Firmer",
                "Conflit d'intérêts déclaré.",
                "Result of the ballot: carried.",
                "JC spring meeting",
            ],
        ),
        (
            "fr",
            "fr-CA",
            "Procès-verbal du vote – CM",
            [
                "Adopter le plan de travail 2026",
                "majorité simple des voix exprimées",
                "Anna Member",
                "n'a pas voté",
                "par téléphone",
                "confirmé par Conrad Firmer",
                "Résultat du scrutin : adoptée.",
                "Réunion du printemps des CM",
                "CPSSP",
                "CDPISP",
            ],
        ),
    ],
)
def test_the_record_of_the_vote_reads_back_in_each_language(closed_ballot, secretariat_user, language, lang_tag, title, phrases):
    build = build_now(kind="ballot_record", target=closed_ballot, language=language, by=secretariat_user)

    assert build.status == ReportBuild.Status.DONE, build.error
    with build.file.open("rb") as handle:
        assert_pdfua_valid(handle.read())
    reader = read(build)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == lang_tag
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a pypdf BooleanObject
    assert "/StructTreeRoot" in root
    assert reader.metadata.title.startswith(title)
    text = " ".join(text_of(reader).split())
    for phrase in phrases:
        assert phrase in text, phrase
    # Nobody who voted is listed as "did not vote": three voters voted, one (Chloe) did not.
    not_voted = "did not vote" if language == "en" else "n'a pas voté"
    assert text.count(not_voted) == 1


def test_an_open_ballot_has_no_record_yet(councils, secretariat_user, media_root):
    make_member(councils["pssdc"], "Anna")
    ballot = new_ballot(councils["pssdc"], by=secretariat_user)
    with pytest.raises(ValueError, match="closed"):
        reportbuild_request(kind="ballot_record", target=ballot, language="en", by=secretariat_user, enqueue=False)
    assert not ReportBuild.objects.exists()


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Decisions taken between meetings"), ("fr", "Décisions prises entre les réunions")]
)
def test_the_next_meetings_pack_has_the_between_meetings_section(closed_ballot, secretariat_user, language, heading):
    meeting = closed_ballot.decision.meeting
    build = build_now(kind="briefing_pack", target=meeting, language=language, by=secretariat_user, build_anyway=True)

    assert build.status == ReportBuild.Status.DONE, build.error
    reader = read(build)
    text = " ".join(text_of(reader).split())
    assert heading in text
    # French typography puts a no-break space before the question mark: compare the words.
    question = "Adopt the 2026 work plan" if language == "en" else "Adopter le plan de travail 2026"
    assert text.count(question) >= 2  # the section, and the decision under the agenda item
    assert heading in flatten(reader.outline)


def flatten(outline) -> list[str]:
    titles = []
    for item in outline:
        titles.extend(flatten(item) if isinstance(item, list) else [item.title])
    return titles
