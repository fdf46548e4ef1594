"""The strategic plan: both languages, PDF and Word, the trail from a priority to its themes and quotes, PDF/UA
structure, the narrative locked on approval, and the command line."""

import io
import re
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from docx import Document
from pypdf import PdfReader

from consultations.models import Excerpt, PlanSection, Respondent, Theme
from consultations.services import answers_submit, excerpt_code, planperiod_approve, planperiod_create, plansection_save
from councils.models import ExternalRelation
from reports.models import ReportBuild
from reports.services import ParityError, reportbuild_request, reportbuild_run
from tests import factories
from tests.consultations.conftest import make_survey, person, save
from tests.reports.pdfua import assert_pdfua_valid


@pytest.fixture
def plan(db, media_root, council, cochair_group):
    """A plan period whose priority is supported by a theme coded from one French answer."""
    jurisdiction = factories.JurisdictionFactory(code="ns", name_en="Nova Scotia", name_fr="Nouvelle-Écosse", level="provincial")
    priority = factories.PriorityFactory(
        council=council,
        slug="digital-identity",
        name_en="Digital Identity",
        name_fr="Identité numérique",
        definition_en="Trusted digital identity.",
        definition_fr="Une identité numérique de confiance.",
        scope_en="Pan-Canadian.",
        scope_fr="Pancanadienne.",
        order=1,
    )
    model = factories.LogicModelFactory(slug="ottawa-2019", is_current=True)
    outcome = factories.OutcomeFactory(
        logic_model=model, code="ST6", name_en="Core digital enablers", name_fr="Catalyseurs numériques de base"
    )
    factories.AlignmentFactory(logic_model=model, working_group=cochair_group, priority=priority, outcome=None)
    consultation = make_survey(slug="plan-survey", mode="interview")
    qs = consultation.question_sets.get()
    respondent = save(
        Respondent(
            consultation=consultation,
            question_set=qs,
            person=person("Élise", "Tremblay", jurisdiction, email="e@example.org", language="fr"),
            working_group=cochair_group,
            language="fr",
            role_en="working-group co-chair",
            role_fr="coprésidente de groupe de travail",
        )
    )
    value = qs.questions.get(key="value")
    answers_submit(respondent=respondent, values={value.pk: "Il faut accélérer l'identité numérique partout."}, by=None)
    theme = save(
        Theme(
            slug="accelerate-id",
            name_en="Accelerate digital identity",
            name_fr="Accélérer l'identité numérique",
            description_en="Members ask for speed.",
            description_fr="Les membres demandent de la vitesse.",
        )
    )
    theme.priorities.set([priority])
    theme.outcomes.set([outcome])
    excerpt_code(
        consultation=consultation,
        answer=respondent.answers.get(question=value),
        passage="Il faut accélérer l'identité numérique",
        translation_text="We must speed up digital identity",
        themes=[theme],
        by=None,
        reason="coding",
    )
    period = planperiod_create(start_year=2020, end_year=2023, by=None, reason="test")
    for section in period.sections.all():
        plansection_save(
            section=section,
            body_en=f"English {section.kind}.",
            body_fr=f"Français {section.kind}.",
            by=None,
            reason="text",
            expected_version=section.version,
        )
    return {"period": period, "priority": priority, "theme": theme}


def build(period, language, **kwargs):
    requested = reportbuild_request(kind="strategic_plan", target=period, language=language, by=None, enqueue=False, **kwargs)
    return reportbuild_run(build_id=requested.pk)


def pdf_text(build) -> tuple[PdfReader, str]:
    with build.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def docx_text(build) -> tuple[Document, str]:
    with build.docx_file.open("rb") as handle:
        document = Document(io.BytesIO(handle.read()))
    return document, "\n".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize(
    ("language", "own", "other"),
    [
        (
            "en",
            [
                "Digital Identity",
                "Accelerate digital identity",
                "Raised by 1 of 1 respondents",
                "We must speed up digital identity",
                "English introduction.",
            ],
            ["Accélérer l'identité numérique", "Français introduction."],
        ),
        (
            "fr",
            [
                "Identité numérique",
                "Accélérer l'identité numérique",
                "Soulevé par 1 des 1 répondants",
                "Il faut accélérer l'identité numérique",
                "Français introduction.",
            ],
            ["Accelerate digital identity", "English introduction."],
        ),
    ],
)
def test_the_plan_in_both_languages_and_formats_carries_the_trail_from_priority_to_quote(plan, language, own, other):
    done = build(plan["period"], language)
    assert done.status == ReportBuild.Status.DONE, done.error
    reader, text = pdf_text(done)
    flat = re.sub(r"\s+", " ", text)
    for phrase in own:
        assert phrase in flat, phrase
    for phrase in other:
        assert phrase not in flat, phrase
    # The trail: the priority's chapter holds the theme and its quote.
    chapter = flat[flat.index(own[0], flat.index(own[0]) + 1) :]
    assert chapter.index(own[1]) < chapter.index(own[3])
    document, words = docx_text(done)
    for phrase in own:
        assert phrase in words, phrase
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert own[0] in headings and own[1] in headings
    assert document.core_properties.language == f"{language}-CA"
    with done.docx_file.open("rb") as handle:
        data = handle.read()
    import hashlib

    assert hashlib.sha256(data).hexdigest() == done.docx_sha256
    assert f'w:val="{language}-CA"' in zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_plan_pdf_passes_pdf_ua_1_in_both_languages(plan, language):
    done = build(plan["period"], language)
    assert done.status == ReportBuild.Status.DONE, done.error
    with done.file.open("rb") as handle:
        assert_pdfua_valid(handle.read())


def test_the_plan_pdf_is_tagged_pdf_ua(plan):
    done = build(plan["period"], "fr")
    reader, _text = pdf_text(done)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "fr-CA"
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a pypdf BooleanObject
    struct = root["/StructTreeRoot"]
    assert "/ParentTree" in struct
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert reader.metadata.title == "Plan stratégique des conseils mixtes 2020–2023"
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert "pdfuaid:part" in xmp and re.search(r"pdfuaid:part[^0-9]*1", xmp)
    # Headings, tables and lists are tagged as such.
    kinds = set()

    def walk(node, depth=0):
        node = node.get_object()
        if hasattr(node, "get") and node.get("/S"):
            kinds.add(str(node["/S"]))
        kids = node.get("/K") if hasattr(node, "get") else None
        if kids is None or depth > 40:
            return
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") or isinstance(kid, dict):
                walk(kid, depth + 1)

    walk(struct)
    assert {"/H1", "/H2", "/Table", "/L", "/P"} <= kinds
    assert len(reader.pages) == done.page_count


def test_text_missing_in_one_language_refuses_the_build_unless_draft(plan):
    section = plan["period"].sections.get(kind=PlanSection.Kind.CONTEXT)
    plansection_save(section=section, body_en="Only English.", body_fr="", by=None, reason="t", expected_version=section.version)
    with pytest.raises(ParityError) as error:
        reportbuild_request(kind="strategic_plan", target=plan["period"], language="en", by=None, enqueue=False)
    assert [m.language for m in error.value.missing] == ["fr"]
    draft = build(plan["period"], "en", build_anyway=True)
    assert draft.draft
    assert "DRAFT" in pdf_text(draft)[1]


def test_approval_locks_the_narrative_and_keeps_its_history(plan, secretariat_user):
    period = plan["period"]
    section = period.sections.get(kind=PlanSection.Kind.INTRODUCTION)
    planperiod_approve(period=period, by=secretariat_user, reason="approved")
    period.refresh_from_db()
    assert period.is_locked
    with pytest.raises(ValidationError, match="locked"):
        plansection_save(
            section=section,
            body_en="Changed",
            body_fr="Changé",
            by=secretariat_user,
            reason="late",
            expected_version=section.version,
        )
    section.refresh_from_db()
    assert section.body_en == "English introduction."
    assert [h.history_change_reason for h in section.history.order_by("history_date")] == ["test", "text"]


def test_approval_needs_both_languages(plan, secretariat_user):
    section = plan["period"].sections.get(kind=PlanSection.Kind.CONTEXT)
    plansection_save(section=section, body_en="Only English.", body_fr="", by=None, reason="t", expected_version=section.version)
    with pytest.raises(ValidationError):
        planperiod_approve(period=plan["period"], by=secretariat_user, reason="approved")


def test_the_locked_section_page_refuses_edits(plan, staff_client, secretariat_user):
    period = plan["period"]
    section = period.sections.get(kind=PlanSection.Kind.CONTEXT)
    url = f"/en/consultations/plan/{period.slug}/sections/{section.pk}/"
    ok = staff_client.post(
        url, {"body_en": "New", "body_fr": "Nouveau", "change_reason": "edit", "expected_version": section.version}
    )
    assert ok.status_code == 302
    planperiod_approve(period=period, by=secretariat_user, reason="approved")
    refused = staff_client.post(
        url, {"body_en": "Late", "body_fr": "Tard", "change_reason": "edit", "expected_version": section.version + 1}
    )
    assert refused.status_code == 400
    assert "locked" in refused.content.decode()
    section.refresh_from_db()
    assert section.body_en == "New"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_build_report_command_writes_the_plan(plan, tmp_path, fmt):
    output = tmp_path / f"plan.{fmt}"
    out = io.StringIO()
    call_command(
        "build_report",
        "strategic-plan",
        "--period",
        "2020-2023",
        "--language",
        "fr",
        "--output",
        str(output),
        "--format",
        fmt,
        stdout=out,
    )
    data = output.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
        assert "Accélérer l'identité numérique" in re.sub(
            r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
        )
    else:
        assert "Accélérer l'identité numérique" in "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    assert "sha256" in out.getvalue()


def test_the_word_file_downloads_from_the_build(plan, staff_client):
    done = build(plan["period"], "en")
    response = staff_client.get(f"/en/reports/builds/{done.pk}/download/?format=docx")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-en.docx"')
    assert Excerpt.objects.count() == 1


@pytest.mark.parametrize(
    ("language", "own", "other"),
    [
        ("en", ["Digital ID and Authentication Council", "partner (informal)"], ["partenaire (informel)"]),
        ("fr", ["Conseil de l'identification", "partenaire (informel)"], ["partner (informal)"]),
    ],
)
def test_the_plan_lists_the_councils_links_with_external_bodies_in_its_language(plan, council, language, own, other):
    body = factories.OrganisationFactory(
        name_en="Digital ID and Authentication Council of Canada",
        name_fr="Conseil de l'identification et de l'authentification numériques du Canada",
    )
    ExternalRelation.objects.create(council=council, body=body, kind=ExternalRelation.Kind.PARTNER, is_formal=False)
    result = build(plan["period"], language)
    _reader, pdf = pdf_text(result)
    _document, word = docx_text(result)
    for text in (" ".join(pdf.split()), word):
        for expected in own:
            assert expected in text
        for unexpected in other:
            assert unexpected not in text
        assert "No external body is recorded yet." not in text
