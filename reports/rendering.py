"""HTML to tagged PDF with WeasyPrint, reaching only the portal's own static and media files."""

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from jointcouncils.typography import french_html

STATIC_PREFIX = "portal-static:"
MEDIA_PREFIX = "portal-media:"


class ForbiddenFetch(ValueError):
    """A report tried to load something from outside the portal's own files."""


def _resolve(url: str) -> Path:
    parsed = urlparse(url)
    if parsed.scheme == "portal-static":
        found = finders.find(unquote(parsed.path))
        if not found:
            raise ForbiddenFetch(f"no static file {parsed.path!r}")
        return Path(found)
    if parsed.scheme == "portal-media":
        root = Path(settings.MEDIA_ROOT).resolve()
        path = (root / unquote(parsed.path)).resolve()
        if root not in path.parents:
            raise ForbiddenFetch(f"outside MEDIA_ROOT: {parsed.path!r}")
        return path
    raise ForbiddenFetch(f"reports may not fetch {url!r}")


_MIME = {".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".ttf": "font/ttf", ".woff2": "font/woff2"}


def _portal_fetcher():
    """WeasyPrint's fetcher: portal-static: and portal-media: URLs only; anything else (http, file, data) is refused.

    A refused URL raises a non-fatal error: WeasyPrint leaves the resource out and goes on.
    """
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class PortalURLFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            path = _resolve(url)
            content_type = _MIME.get(path.suffix, "application/octet-stream")
            return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": content_type})

    return PortalURLFetcher(allowed_protocols=("portal-static", "portal-media"))


# A passage of a snapshot that exists only in the other language: private-use characters around it survive JSON,
# HTML escaping and the template filters, and render_html turns them into a passage with its own language.
_MARK_START, _MARK_LANG_END, _MARK_END = "\ue000", "\ue001", "\ue002"
_MARKED = re.compile(f"{_MARK_START}(en|fr){_MARK_LANG_END}(.*?){_MARK_END}", re.S)
LANG_TAGS = {"en": "en-CA", "fr": "fr-CA"}


def mark_other_language(value: str, language: str) -> str:
    """A snapshot text that is in `language`, not the edition's: shown marked and tagged with its language."""
    return f"{_MARK_START}{language}{_MARK_LANG_END}{value}{_MARK_END}"


def _only_in(language: str) -> str:
    """The visible note after a passage only in `language`, in the edition's (active) language."""
    return gettext("(French only)") if language == "fr" else gettext("(English only)")


def _plain_marks(text: str) -> str:
    return _MARKED.sub(lambda m: f"{m.group(2)} {_only_in(m.group(1))}", text)


def resolve_language_marks(html: str) -> str:
    """Marked passages become `<span lang>` with a visible note; in a title, an attribute or a chart, plain text."""
    html = re.sub(r"<(title|svg)\b.*?</\1>", lambda m: _plain_marks(m.group(0)), html, flags=re.S | re.I)

    def passage(match) -> str:
        before = html[: match.start()]
        if before.rfind("<") > before.rfind(">"):  # inside a tag: an attribute value
            return _plain_marks(match.group(0))
        language = match.group(1)
        return (
            f'<span lang="{LANG_TAGS[language]}" class="other-language">{match.group(2)}</span> '
            f'<span class="other-language-note">{_only_in(language)}</span>'
        )

    return _MARKED.sub(passage, html)


def render_html(template: str, context: dict, language: str) -> str:
    """Render a report template in the report's language, whatever the requesting user's language.

    Passages only in the other language are tagged with theirs; a French edition gets French typography.
    """
    with translation.override(language):
        html = render_to_string(template, {**context, "LANGUAGE_CODE": language, "STATIC": STATIC_PREFIX})
        html = resolve_language_marks(html)
    return french_html(html) if language == "fr" else html


def _tag_passage_languages() -> None:
    """Give an element with its own `lang` its /Lang in the PDF's structure tree (WeasyPrint sets only the document's).

    WeasyPrint 70 builds the structure tree in weasyprint.pdf.tags._build_box_tree, which calls itself through
    the module; wrapping it there adds /Lang to the element made for a box whose HTML element has a lang attribute.
    """
    import pydyf
    from weasyprint.pdf import tags

    original = tags._build_box_tree
    if getattr(original, "portal_lang_tagging", False):
        return

    def build_box_tree(box, parent, *args, **kwargs):
        element = getattr(box, "element", None)
        lang = element.get("lang") if element is not None and getattr(box, "element_tag", None) not in ("html", "body") else None
        for struct in original(box, parent, *args, **kwargs):
            if lang and "Lang" not in struct:
                struct["Lang"] = pydyf.String(lang)
            yield struct

    build_box_tree.portal_lang_tagging = True
    tags._build_box_tree = build_box_tree


def _cache_page_references() -> None:
    """Make pydyf's list of page references once per page added, not once per use.

    pydyf 0.11's `PDF.page_references` builds the tuple of every page's reference each time it is read, and
    WeasyPrint 70 reads it for every tagged element and every link (weasyprint.pdf.tags, weasyprint.pdf.anchors):
    for the briefing pack at ten times the real data (314 pages, 20,749 reads) that was 6.5 million references made,
    and the structure tree took 2.6 s of a 23.7 s build under cProfile (0.3 s of 20.8 s with the list kept;
    benchmarks/bench_pack_html.py --profile). The tuple is kept with the number of pages it was made for; adding a page
    (the only way pydyf changes the list) makes it again.
    """
    import pydyf

    if getattr(pydyf.PDF, "_portal_page_references_cached", False):
        return
    original = pydyf.PDF.page_references.fget

    def page_references(pdf):
        count = len(pdf.pages["Kids"])
        kept = pdf.__dict__.get("_portal_page_references")
        if kept is None or kept[0] != count:
            kept = (count, original(pdf))
            pdf.__dict__["_portal_page_references"] = kept
        return kept[1]

    pydyf.PDF.page_references = property(page_references)
    pydyf.PDF._portal_page_references_cached = True


@dataclass(frozen=True)
class RenderedPdf:
    """WeasyPrint's output: the PDF, the page index of every anchor (id), and the number of pages."""

    data: bytes
    anchors: dict[str, int]
    page_count: int


def layout(html: str):
    """WeasyPrint's laid-out document (pages, anchors) of a report's HTML, before it is written as a PDF."""
    from weasyprint import HTML

    _tag_passage_languages()
    _cache_page_references()
    return HTML(string=html, base_url=f"{STATIC_PREFIX}/", url_fetcher=_portal_fetcher()).render(pdf_variant="pdf/ua-1")


def write_pdf(document, *, identifier_seed: str) -> RenderedPdf:
    """A laid-out document written as tagged PDF/UA-1, with its anchors and page count."""
    anchors = {name: index for index, page in enumerate(document.pages) for name in page.anchors}
    identifier = hashlib.sha256(identifier_seed.encode()).hexdigest()[:32].encode()
    out = io.BytesIO()
    document.write_pdf(out, pdf_identifier=identifier, pdf_variant="pdf/ua-1", uncompressed_pdf=False)
    return RenderedPdf(data=out.getvalue(), anchors=anchors, page_count=len(document.pages))


def render_pdf(html: str, *, identifier_seed: str) -> RenderedPdf:
    """A tagged PDF/UA-1 document, with its anchors and page count (no need to parse the PDF again to count).

    The same HTML and seed give the same bytes: no clock is read, and the file identifier is derived from the seed.
    """
    return write_pdf(layout(html), identifier_seed=identifier_seed)
