"""The PDFs read back: language, tags, title, contents, bookmarks, merged attachment pages, DRAFT stamp."""

import io

import pytest
from pypdf import PdfReader

from meetings.models import AgendaItem
from reports.models import ReportBuild
from reports.services import ParityError, reportbuild_request, reportbuild_run
from tests.reports.pdfua import assert_pdfua_valid

pytestmark = pytest.mark.django_db


def build_now(**kwargs) -> ReportBuild:
    """Ask for a build and run it here (the queue and the worker are tested in test_jobs.py)."""
    build = reportbuild_request(enqueue=False, **kwargs)
    return build if build.status == ReportBuild.Status.DONE else reportbuild_run(build_id=build.pk)


def _read(build: ReportBuild) -> PdfReader:
    with build.file.open("rb") as handle:
        return PdfReader(io.BytesIO(handle.read()))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _outline_titles(outline) -> list[str]:
    titles = []
    for entry in outline:
        if isinstance(entry, list):
            titles += _outline_titles(entry)
        else:
            titles.append(entry.title)
    return titles


@pytest.mark.parametrize(
    ("language", "lang_tag", "own", "other"),
    [
        (
            "en",
            "en-CA",
            [
                "JC strategic discussion",
                "Digital identity progress report",
                "Is the scope right?",
                "Published the trust framework.",
            ],
            ["Discussion stratégique", "Non classifié"],
        ),
        (
            "fr",
            "fr-CA",
            [
                "Discussion stratégique des CM",
                "Rapport d'étape sur l'identité numérique",
                "La portée est-elle la bonne\u00a0?",
                "Publication du cadre de confiance.",
            ],
            ["JC strategic discussion", "Unclassified"],
        ),
    ],
)
def test_briefing_pack_edition_is_tagged_and_in_its_language(pack_meeting, secretariat_user, language, lang_tag, own, other):
    build = build_now(kind="briefing_pack", target=pack_meeting, language=language, by=secretariat_user)

    assert build.status == ReportBuild.Status.DONE, build.error
    reader = _read(build)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == lang_tag
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a pypdf BooleanObject
    assert "/StructTreeRoot" in root
    assert pack_meeting.title_en[:10] in reader.metadata.title or pack_meeting.title_fr[:10] in reader.metadata.title
    text = _text(reader)
    for phrase in own:
        assert phrase in text
    for phrase in other:
        assert phrase not in text
    # The security marking in the edition's language only, on the cover and in every page's footer.
    assert text.count("Non classifié" if language == "fr" else "Unclassified") == build.page_count + 1
    assert build.page_count == len(reader.pages)


def test_briefing_pack_has_contents_with_page_numbers_and_bookmarks(pack_meeting, secretariat_user):
    build = build_now(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user)
    reader = _read(build)

    contents = reader.pages[1].extract_text()
    titles = _outline_titles(reader.outline)
    item_title = "1. Digital identity progress report"
    assert item_title in contents
    assert item_title in titles
    # The contents line ends with the page the section starts on.
    line = next(line for line in contents.splitlines() if item_title in line)
    page_number = int(line.rstrip(". ").split()[-1])
    assert item_title in reader.pages[page_number - 1].extract_text()


def test_briefing_pack_merges_the_pdf_attachment_on_its_own_pages(pack_meeting, secretariat_user):
    build = build_now(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user)
    reader = _read(build)
    pages = [page.extract_text() for page in reader.pages]

    annex = [index for index, text in enumerate(pages) if "ANNEXED DECK – page 1" in text]
    assert annex, "the attachment's first page is not in the pack"
    assert "ANNEXED DECK – page 2" in pages[annex[0] + 1]
    assert "Progress deck" in pages[annex[0] - 1]  # the annex heading page, which the contents point to
    assert "Progress deck" in reader.pages[1].extract_text()
    # The merged drawing is an artifact (untagged content is not allowed in PDF/UA), reached by its bookmark.
    for index in (annex[0], annex[0] + 1):
        assert b"/Artifact BMC" in reader.pages[index].get_contents().get_data()
    assert "Progress deck" in _outline_titles(reader.outline)
    with build.file.open("rb") as handle:
        assert_pdfua_valid(handle.read())


def test_same_data_builds_one_file_with_one_sha(pack_meeting, secretariat_user):
    first = build_now(kind="briefing_pack", target=pack_meeting, language="fr", by=secretariat_user)
    second = build_now(kind="briefing_pack", target=pack_meeting, language="fr", by=secretariat_user)

    assert second.pk == first.pk
    assert ReportBuild.objects.filter(kind="briefing_pack", language="fr").count() == 1

    # Rendering the same snapshot again gives the same bytes.
    import hashlib

    from reports.services import render_build_pages

    assert hashlib.sha256(render_build_pages(first).data).hexdigest() == first.sha256

    item = AgendaItem.objects.get(meeting=pack_meeting)
    item.title_fr = "Rapport d'étape révisé"
    item.save()
    third = build_now(kind="briefing_pack", target=pack_meeting, language="fr", by=secretariat_user)
    assert third.pk != first.pk
    assert third.sha256 != first.sha256
    assert "Rapport d'étape révisé" in _text(_read(third))
    # The issued pack did not change.
    first.refresh_from_db()
    assert "Rapport d'étape sur l'identité numérique" in _text(_read(first))


def test_parity_check_refuses_then_build_anyway_stamps_draft_on_every_page(pack_meeting, secretariat_user):
    item = AgendaItem.objects.get(meeting=pack_meeting)
    item.decision_sought_fr = ""
    item.save()

    with pytest.raises(ParityError) as refused:
        reportbuild_request(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user)
    assert any(m.language == "fr" and "Digital identity progress report" in m.record for m in refused.value.missing)
    assert not ReportBuild.objects.exists()

    build = build_now(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user, build_anyway=True)
    assert build.draft
    reader = _read(build)
    for page in reader.pages:
        assert "DRAFT" in page.extract_text()


@pytest.mark.parametrize("kind", ["wg_status", "orientation"])
def test_group_reports_read_back(pack_meeting, secretariat_user, kind):
    from workinggroups.models import WorkingGroup

    group = WorkingGroup.objects.get(slug="imsc")
    build = build_now(kind=kind, target=group, language="fr", by=secretariat_user)
    assert build.status == ReportBuild.Status.DONE, build.error
    reader = _read(build)
    text = _text(reader)
    assert reader.trailer["/Root"]["/Lang"] == "fr-CA"
    assert "Sous-comité de gestion de l'identité" in text
    assert "Publication du cadre de confiance." in text


def test_priority_report_reads_back(pack_meeting, secretariat_user):
    from priorities.models import Priority

    build = build_now(
        kind="priority_status", target=Priority.objects.get(slug="digital-identity"), language="en", by=secretariat_user
    )
    text = _text(_read(build))
    assert "Digital Identity" in text
    assert "Identity Management Sub-Committee" in text
    assert "Core digital enablers" in text


def test_typed_html_is_escaped_and_outside_urls_are_not_fetched(pack_meeting, secretariat_user, monkeypatch):
    item = AgendaItem.objects.get(meeting=pack_meeting)
    item.context_en = '<img src="http://127.0.0.1:9/x.png"><b>bold?</b>'
    item.context_fr = '<img src="http://127.0.0.1:9/x.png"><b>gras?</b>'
    item.save()
    fetched = []
    import urllib.request

    monkeypatch.setattr(
        urllib.request.OpenerDirector,
        "open",
        lambda *a, **k: fetched.append(a) or (_ for _ in ()).throw(AssertionError("network")),
    )

    build = build_now(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user)
    text = _text(_read(build))
    assert "<b>bold?</b>" in text
    assert fetched == []
