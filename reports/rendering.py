"""HTML to tagged PDF with WeasyPrint, reaching only the portal's own static and media files."""

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

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


def render_html(template: str, context: dict, language: str) -> str:
    """Render a report template in the report's language, whatever the requesting user's language."""
    with translation.override(language):
        return render_to_string(template, {**context, "LANGUAGE_CODE": language, "STATIC": STATIC_PREFIX})


@dataclass(frozen=True)
class RenderedPdf:
    """WeasyPrint's output: the PDF, the page index of every anchor (id), and the number of pages."""

    data: bytes
    anchors: dict[str, int]
    page_count: int


def layout(html: str):
    """WeasyPrint's laid-out document (pages, anchors) of a report's HTML, before it is written as a PDF."""
    from weasyprint import HTML

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


def html_to_pdf(html: str, *, identifier_seed: str) -> tuple[bytes, dict[str, int]]:
    """A tagged PDF/UA-1 document and the page index of every anchor (id) in it (see render_pdf)."""
    rendered = render_pdf(html, identifier_seed=identifier_seed)
    return rendered.data, rendered.anchors
