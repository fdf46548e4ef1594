"""The meeting deck: 16:9 slides of one page each, large type, cut text pointing to the pack's real page."""

import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from meetings.models import AgendaItem, Meeting
from reports.content.deck import cut_at_sentence, slides
from reports.models import ReportBuild
from reports.services import ParityError, reportbuild_request, reportbuild_run
from tests.reports.pdfua import assert_pdfua_valid
from tests.reports.test_views import in_process_jobs  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db

SEE_PACK = {"en": r"See the briefing pack, p\. (\d+)\.", "fr": r"Voir la trousse d'information, p\. (\d+)\."}


def build_now(**kwargs) -> ReportBuild:
    build = reportbuild_request(enqueue=False, **kwargs)
    return build if build.status == ReportBuild.Status.DONE else reportbuild_run(build_id=build.pk)


def _read(build: ReportBuild) -> PdfReader:
    with build.file.open("rb") as handle:
        return PdfReader(io.BytesIO(handle.read()))


def _slide_titles(reader: PdfReader) -> list[tuple[str, int]]:
    """The deck's bookmarks one level under the opening title (each slide's heading) with their page numbers."""
    titles = []
    top = reader.outline
    assert not isinstance(top[0], list)
    titles.append((top[0].title, reader.get_destination_page_number(top[0]) + 1))
    children = top[1] if len(top) > 1 and isinstance(top[1], list) else []
    for entry in children:
        if not isinstance(entry, list):
            titles.append((entry.title, reader.get_destination_page_number(entry) + 1))
    return titles


def _font_sizes(page) -> list[tuple[float, str]]:
    sizes = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes.append((abs(round(font_size * tm[3] * cm[3], 1)), text.strip()))

    page.extract_text(visitor_text=visit)
    return sizes


# Cutting text at a sentence -------------------------------------------------------------------------


def test_text_that_fits_is_kept_whole():
    assert cut_at_sentence("One. Two.", 40) == ("One. Two.", False)


def test_long_text_is_cut_after_the_last_whole_sentence_that_fits():
    text = "The first sentence is short. The second one is a good deal longer than the first. Third."
    assert cut_at_sentence(text, 50) == ("The first sentence is short.", True)


def test_a_single_sentence_too_long_is_cut_after_a_whole_word_with_an_ellipsis():
    kept, cut = cut_at_sentence("Accelerate digital identity solutions across every jurisdiction", 30)
    assert cut
    assert kept == "Accelerate digital identity …"


# The real deck of 22 September 2020 -------------------------------------------------------------------


@pytest.fixture
def real_meeting(media_root):
    call_command("load_joint_councils", stdout=io.StringIO())
    return Meeting.objects.get(council__code="jc", start__date="2020-09-22")


@pytest.mark.parametrize(
    ("language", "first_item", "status_title", "closing_title"),
    [
        ("en", "1. Joint Councils priority: digital identity", "Working groups: status", "Next steps"),
        ("fr", "1. Priorité des conseils mixtes : identité numérique", "Groupes de travail : état", "Prochaines étapes"),
    ],
)
def test_the_deck_of_the_22_september_2020_jc_meeting_has_one_page_per_slide(
    real_meeting, tmp_path, language, first_item, status_title, closing_title
):
    output = tmp_path / f"deck-{language}.pdf"

    call_command(
        "build_report",
        "deck",
        "--meeting",
        str(real_meeting.pk),
        "--language",
        language,
        "--output",
        str(output),
        stdout=io.StringIO(),
    )

    reader = PdfReader(output)
    build = ReportBuild.objects.get(kind="deck", meeting=real_meeting, language=language)
    with translation.override(language):
        expected = slides(build.snapshot)
    agenda = list(AgendaItem.objects.filter(meeting=real_meeting).order_by("order"))
    # Opening + one per agenda item + status + one per JC priority (digital identity, client-centric services) + closing.
    assert len(expected) == 1 + len(agenda) + 1 + 2 + 1 == 14
    assert len(reader.pages) == build.page_count == len(expected)
    titles = _slide_titles(reader)
    assert [page for _title, page in titles] == list(range(1, len(expected) + 1))
    assert [title for title, _page in titles] == [slide["title"] for slide in expected]
    assert titles[1][0] == first_item
    assert titles[len(agenda) + 1][0] == status_title
    assert titles[-1][0] == closing_title
    for (title, page), slide in zip(titles, expected, strict=True):
        text = " ".join(reader.pages[page - 1].extract_text().split())
        if slide["kind"] == "opening":
            assert title in text
        else:
            assert text.startswith(title), (title, text[:120])
    # 16:9 pages, tagged PDF/UA with the language and a title.
    box = reader.pages[0].mediabox
    assert float(box.width) / float(box.height) == pytest.approx(16 / 9, rel=1e-3)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == f"{language}-CA"
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert real_meeting.title_en[:20] in reader.metadata.title or real_meeting.title_fr[:20] in reader.metadata.title


def test_the_real_deck_says_its_words_in_french_and_points_to_real_pages_of_the_french_pack(real_meeting, tmp_path):
    call_command(
        "build_report",
        "deck",
        "--meeting",
        str(real_meeting.pk),
        "--language",
        "fr",
        "--output",
        str(tmp_path / "d.pdf"),
        stdout=io.StringIO(),
    )
    deck = ReportBuild.objects.get(kind="deck", meeting=real_meeting, language="fr")
    pack = ReportBuild.objects.get(kind="briefing_pack", meeting=real_meeting, language="fr")
    assert deck.snapshot["pack_digest"] == pack.snapshot_sha256
    deck_reader, pack_reader = _read(deck), _read(pack)
    deck_text = "\n".join(page.extract_text() for page in deck_reader.pages)
    assert "Points clés" in deck_text and "Key points" not in deck_text
    with translation.override("fr"):
        shown = slides(deck.snapshot)
    references = 0
    for slide, page in zip(shown, deck_reader.pages, strict=True):
        text = " ".join(page.extract_text().split())
        numbers = re.findall(SEE_PACK["fr"], text)
        if not numbers:
            continue
        references += 1
        # The page named is the page of the pack where the slide's section starts.
        assert int(numbers[0]) == pack.anchors[slide["source"]]
        if slide["kind"] == "item":
            target = " ".join(pack_reader.pages[int(numbers[0]) - 1].extract_text().split())
            assert re.sub(r"^\d+\. ", "", slide["title"])[:25] in target
    assert references >= 3


def test_body_text_is_at_least_18_points_on_every_slide(real_meeting, tmp_path):
    call_command(
        "build_report",
        "deck",
        "--meeting",
        str(real_meeting.pk),
        "--language",
        "en",
        "--output",
        str(tmp_path / "d.pdf"),
        stdout=io.StringIO(),
    )
    reader = PdfReader(tmp_path / "d.pdf")
    sizes = [size for page in reader.pages for size, _text in _font_sizes(page)]
    assert sizes and min(sizes) >= 18
    assert max(sizes) >= 30  # slide titles


# Fitting and the digest rules (small meeting of the report tests) ---------------------------------------


def test_an_item_too_long_for_a_slide_is_cut_at_a_sentence_and_never_takes_a_second_page(pack_meeting):
    long_en = " ".join(f"Sentence number {n} explains one more detail of the digital identity program." for n in range(60))
    long_fr = " ".join(f"La phrase numéro {n} explique un détail de plus du programme d’identité numérique." for n in range(60))
    AgendaItem.objects.create(
        meeting=pack_meeting,
        order=2,
        title_en="A very long item",
        title_fr="Un point très long",
        context_en="\n".join([long_en] * 8),
        context_fr="\n".join([long_fr] * 8),
        decision_sought_en=long_en,
        decision_sought_fr=long_fr,
    )
    pack = build_now(kind="briefing_pack", target=pack_meeting, language="en", by=None)
    deck = build_now(kind="deck", target=pack_meeting, language="en", by=None)

    reader = _read(deck)
    assert len(reader.pages) == deck.page_count == len(slides(deck.snapshot))
    long_page = next(p for p in reader.pages if "A very long item" in p.extract_text())
    text = " ".join(long_page.extract_text().split())
    long_item = AgendaItem.objects.get(title_en="A very long item")
    assert f"See the briefing pack, p. {pack.anchors[f'item-{long_item.pk}']}." in text
    # Cut after a whole sentence: the last key point shown ends with the sentence's full stop.
    assert "Sentence number 0 explains one more detail of the digital identity program." in text
    assert "Sentence number 59" not in text


def test_the_same_data_gives_the_same_deck_and_a_change_gives_a_new_one(pack_meeting):
    first = build_now(kind="deck", target=pack_meeting, language="fr", by=None)
    again = reportbuild_request(kind="deck", target=pack_meeting, language="fr", by=None, enqueue=False)
    assert again.pk == first.pk

    item = AgendaItem.objects.get(meeting=pack_meeting)
    item.decision_sought_fr = "Approuver la phase suivante."
    item.save()
    changed = build_now(kind="deck", target=pack_meeting, language="fr", by=None)

    assert changed.pk != first.pk
    assert "Approuver la phase suivante." in "".join(p.extract_text() for p in _read(changed).pages)


def test_text_missing_in_one_language_refuses_the_deck_as_it_refuses_the_pack(pack_meeting):
    item = AgendaItem.objects.get(meeting=pack_meeting)
    item.decision_sought_fr = ""
    item.save()

    with pytest.raises(ParityError):
        reportbuild_request(kind="deck", target=pack_meeting, language="en", by=None, enqueue=False)
    draft = build_now(kind="deck", target=pack_meeting, language="en", by=None, build_anyway=True)
    assert draft.draft
    assert "DRAFT" in _read(draft).pages[0].extract_text()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("in_process_jobs")
def test_staff_ask_for_the_deck_from_the_meeting_page_and_get_the_pack_too(pack_meeting, staff_client):
    # A real commit (no test transaction around the request): jobs run in-process as they do without Redis.
    page = staff_client.get(reverse("meetings:detail", args=[pack_meeting.pk]))
    assert reverse("reports:request_build", args=["deck", pack_meeting.pk]) in page.content.decode()

    response = staff_client.post(reverse("reports:request_build", args=["deck", pack_meeting.pk]))

    assert response.status_code == 302
    kinds = sorted(ReportBuild.objects.filter(meeting=pack_meeting).values_list("kind", "language"))
    assert kinds == [("briefing_pack", "en"), ("briefing_pack", "fr"), ("deck", "en"), ("deck", "fr")]
    assert set(ReportBuild.objects.values_list("status", flat=True)) == {ReportBuild.Status.DONE}
    # Built in this process: the page says the deck is ready, not that it is being built.
    page = staff_client.get(response.url).content.decode()
    assert "The report is ready." in page and "being built" not in page

    again = staff_client.post(reverse("reports:request_build", args=["deck", pack_meeting.pk]), follow=True)

    assert "Nothing has changed since the last build: the existing file is current." in again.content.decode()
    assert ReportBuild.objects.count() == 4


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_deck_validates_as_pdf_ua(pack_meeting, language):
    deck = build_now(kind="deck", target=pack_meeting, language=language, by=None)
    with deck.file.open("rb") as handle:
        assert_pdfua_valid(handle.read())
