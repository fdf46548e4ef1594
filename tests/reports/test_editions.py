"""Each edition wholly in its language, whoever asks: an English page, a French page, the command line.

Every choice label that can reach a report is checked in every report kind: the French edition holds the French
label and not the English one, and the reverse; passages only in the other language are marked and tagged.
"""

import datetime
import html as html_lib
import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from pypdf import PdfReader

from councils.models import CouncilMembership, Jurisdiction
from logicmodel.models import Outcome
from meetings.models import ActionItem, AgendaItem, Decision
from priorities.models import Priority
from reports import kinds
from reports.models import ReportBuild
from reports.rendering import render_html
from reports.services import reportbuild_file_name, reportbuild_snapshot
from tests import factories
from tests.reports.pdfua import assert_pdfua_valid
from voting.models import Ballot, Vote
from voting.services import ballot_close, ballot_create, vote_cast
from workinggroups.models import Milestone, StatusUpdate, WorkingGroup

pytestmark = pytest.mark.django_db

# Every choice field whose label a report shows.
CHOICE_FIELDS = [
    (AgendaItem, "purpose"),
    (Decision, "result"),
    (ActionItem, "status"),
    (Jurisdiction, "level"),
    (Priority, "kind"),
    (Priority, "status"),
    (StatusUpdate, "rag"),
    (WorkingGroup, "kind"),
    (WorkingGroup, "status"),
    (Milestone, "status"),
    # Meeting.status is in the snapshot but no template shows it.
    # Attachment.kind is left out: its labels (PDF, DOCX, XLSX) are the same in both languages.
    (Outcome, "term"),
]
KINDS = ["briefing_pack", "wg_status", "orientation", "priority_status", "ballot_record"]
OTHER = {"en": "fr", "fr": "en"}


def _closed_ballot(meeting):
    """A closed ballot of the meeting's council, with one vote, for the record of the vote."""
    ballot = Ballot.objects.filter(council=meeting.council, status=Ballot.Status.CLOSED).first()
    if ballot is not None:
        return ballot
    person = factories.PersonFactory(given_name="Vera", family_name="Voter")
    CouncilMembership.objects.create(person=person, council=meeting.council, start_date=datetime.date(2019, 1, 1))
    opened = timezone.now() - datetime.timedelta(days=10)
    ballot = ballot_create(
        ballot=Ballot(
            council=meeting.council,
            question_en="Adopt the plan?",
            question_fr="Adopter le plan?",
            opens_at=opened,
            closes_at=opened + datetime.timedelta(days=5),
        ),
        by=None,
        reason="Test ballot",
        now=opened,
    )
    vote_cast(
        ballot=ballot,
        person=person,
        choice=Vote.Choice.FOR,
        received_via=Vote.Channel.EMAIL,
        confirmed_by=factories.UserFactory(),
        by=None,
        now=opened,
    )
    return ballot_close(ballot_id=ballot.pk)


def _targets(meeting):
    group = WorkingGroup.objects.get(slug="imsc")
    priority = Priority.objects.get(slug="digital-identity")
    return {
        "briefing_pack": meeting,
        "wg_status": group,
        "orientation": group,
        "priority_status": priority,
        "ballot_record": _closed_ballot(meeting),
    }


def _labels(model, field, value) -> dict[str, str]:
    labels = {}
    for language in ("en", "fr"):
        with translation.override(language):
            labels[language] = str(dict(model._meta.get_field(field).flatchoices)[value])
    return labels


def _all_labels() -> dict[str, dict[str, set[str]]]:
    """language -> label -> the labels the same choices have in the other language, over every field above."""
    table = {"en": {}, "fr": {}}
    for model, field in CHOICE_FIELDS:
        for value, _label in model._meta.get_field(field).flatchoices:
            labels = _labels(model, field, value)
            for language in ("en", "fr"):
                table[language].setdefault(labels[language], set()).add(labels[OTHER[language]])
    return table


def _holds(text: str, label: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text) is not None


def _editions(targets, requester_language: str) -> dict[str, str]:
    """The text a reader sees in every kind's edition per language, the snapshot taken in the requester's language."""
    texts = {"en": "", "fr": ""}
    with translation.override(requester_language):
        for kind, target in targets.items():
            for language in ("en", "fr"):
                data = reportbuild_snapshot(kind=kind, target=target, language=language, draft=True)
                html = render_html(kinds.get(kind).template, {"s": data, "draft": True, "language": language}, language)
                texts[language] += html_lib.unescape(re.sub(r"<[^>]*>", " ", html)) + "\n"
    return texts


@pytest.mark.parametrize(("model", "field"), CHOICE_FIELDS, ids=lambda v: getattr(v, "__name__", v))
def test_every_choice_label_is_in_the_edition_language_whoever_asks(pack_meeting, model, field):
    # The fixture's records, plus the co-chair's organisation's jurisdiction and a decision and action item here.
    Decision.objects.create(meeting=pack_meeting, text_en="Go.", text_fr="Allez.", decided_on=pack_meeting.start.date())
    ActionItem.objects.create(
        meeting=pack_meeting, description_en="Act.", description_fr="Agir.", owner_council=pack_meeting.council
    )
    targets = _targets(pack_meeting)
    table = _all_labels()
    reached = 0
    for value, _label in model._meta.get_field(field).flatchoices:
        model.objects.update(**{field: value})
        labels = _labels(model, field, value)
        if labels["en"] == labels["fr"]:
            continue
        for requester in ("en", "fr"):
            editions = _editions(targets, requester)
            for language in ("en", "fr"):
                other_label = labels[OTHER[language]]
                if other_label in table[language]:
                    continue  # also a label in the edition's language ("active" is French too)
                assert not _holds(editions[language], other_label), (
                    f"{model.__name__}.{field}={value}: the {language} edition (asked in {requester}) holds {other_label!r}"
                )
            # Prose can hold the same word ("seats are held today"), so presence is only counted, not compared.
            reached += _holds(editions["fr"], labels["fr"]) and _holds(editions["en"], labels["en"])
    assert reached, f"no label of {model.__name__}.{field} reached any report"


def _pdf_text(build: ReportBuild) -> str:
    with build.file.open("rb") as handle:
        data = handle.read()
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("kind", KINDS)
def test_the_french_edition_asked_from_an_english_page_a_french_page_and_the_cli_is_one_french_file(
    kind, pack_meeting, secretariat_user, client, tmp_path
):
    target = _targets(pack_meeting)[kind]
    client.force_login(secretariat_user)
    for prefix in ("en", "fr"):
        with translation.override(prefix):
            url = reverse("reports:request_build", args=[kind, target.pk])
        response = client.post(url, {"language": ["en", "fr"], "build_anyway": "1"})
        assert response.status_code == 302
    option = {"briefing_pack": "--meeting", "priority_status": "--priority", "ballot_record": "--ballot"}.get(kind, "--group")
    command = {
        "briefing_pack": "briefing-pack",
        "wg_status": "wg-status",
        "priority_status": "priority-status",
        "ballot_record": "ballot-record",
    }.get(kind, "orientation")
    for language in ("en", "fr"):
        with translation.override(OTHER[language]):
            output = str(tmp_path / f"{language}.pdf")
            call_command(
                "build_report", command, option, str(target.pk), "--language", language, "--output", output, "--build-anyway"
            )
    builds = {b.language: b for b in ReportBuild.objects.filter(kind=kind)}
    # Three requests of each edition (English page, French page, command line) made one build each.
    assert sorted(builds) == ["en", "fr"]
    assert ReportBuild.objects.filter(kind=kind).count() == 2
    for language, build in builds.items():
        assert build.status == ReportBuild.Status.DONE, build.error
        data = (tmp_path / f"{language}.pdf").read_bytes()
        assert data == build.file.open("rb").read()
        assert_pdfua_valid(data)
        reader = PdfReader(io.BytesIO(data))
        assert reader.trailer["/Root"]["/Lang"] == f"{language}-CA"
    french, english = _pdf_text(builds["fr"]), _pdf_text(builds["en"])
    for word in ("Unclassified", "Contents", "Working group", "Co-chair", "not recorded", "(English only)"):
        assert word not in french, word
    for word in ("Non classifié", "Table des matières", "Groupe de travail", "(en anglais seulement)"):
        assert word not in english, word
    assert "Non classifié" in french and "Unclassified" in english
    for language, build in builds.items():
        with translation.override(language):
            kind_words = slugify(str(ReportBuild.Kind(kind).label))
        name = reportbuild_file_name(build=build)
        assert name.startswith(kind_words) and name.endswith(f"-{language}.pdf"), name


def _struct_langs(reader: PdfReader) -> list[str]:
    """The /Lang of every structure element below the document's."""
    found = []

    def walk(node):
        node = node.get_object()
        if "/Lang" in node and node.get("/S") != "/Document":
            found.append(str(node["/Lang"]))
        kids = node.get("/K")
        if kids is None:
            return
        kids = kids.get_object()
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if hasattr(kid, "get") and "/S" in kid:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


@pytest.mark.parametrize(
    ("language", "missing", "note", "tag"),
    [("fr", "fr", "(en anglais seulement)", "en-CA"), ("en", "en", "(French only)", "fr-CA")],
)
def test_a_passage_only_in_the_other_language_is_marked_and_carries_its_language(
    pack_meeting, secretariat_user, language, missing, note, tag
):
    from reports.services import reportbuild_request, reportbuild_run

    setattr(pack_meeting, f"objectives_{missing}", "")
    pack_meeting.save()
    passage = pack_meeting.objectives_en or pack_meeting.objectives_fr
    with translation.override(OTHER[language]):
        build = reportbuild_request(
            kind="briefing_pack", target=pack_meeting, language=language, by=secretariat_user, build_anyway=True, enqueue=False
        )
    html = render_html(kinds.get("briefing_pack").template, {"s": build.snapshot, "draft": True, "language": language}, language)
    assert f'<span lang="{tag}" class="other-language">{html_lib.escape(passage)}</span>' in html
    build = reportbuild_run(build_id=build.pk)
    data = build.file.open("rb").read()
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert note.replace(" ", "") in text.replace(" ", "").replace("\xa0", "")
    assert tag in _struct_langs(PdfReader(io.BytesIO(data)))
    assert_pdfua_valid(data)


def test_every_registered_report_kind_is_checked_here():
    """A new kind (deck, record of vote, strategic plan...) must join KINDS, so both editions and PDF/UA are checked."""
    kinds.get("briefing_pack")  # loads every content module
    # The deck's editions and PDF/UA validity are checked in test_deck.py (its text differs from the pack's), the
    # strategic plan's in test_strategic_plan.py (its target is a plan period, with its own fixture).
    assert set(kinds.REGISTRY) == {*KINDS, "deck", "strategic_plan"}
