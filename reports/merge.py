"""Merge agenda attachments (PDF) into a rendered report, on pages the report reserved for them.

The report's HTML reserves one empty page per attachment page, each with an anchor
(`attachment_anchor(sha256, n)`), right after an annex heading that the table of contents points to. The pages
of the attachment are drawn onto those reserved pages, scaled to fit, so the page numbers in the table of
contents, the bookmarks and the tags of the report stay right.
"""

import io
import re
from pathlib import Path

from django.conf import settings
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import ContentStream


def attachment_anchor(sha256: str, page_number: int) -> str:
    return f"attachment-{sha256[:16]}-{page_number}"


def attachment_page_count(path: str | Path) -> int:
    return len(PdfReader(str(path)).pages)


def _mark_as_artifact(page) -> None:
    """Wrap an attachment page's drawing in an /Artifact marked-content sequence.

    The attachment is not part of the report's structure tree (its own tags cannot be merged into ours); PDF/UA asks
    that untagged content be an artifact. Readers reach it through its annex heading and bookmark, which name it.
    """
    contents = page.get_contents()
    if contents is None:
        return
    wrapped = ContentStream(None, None)
    wrapped.set_data(b"/Artifact BMC\n" + _without_marked_content_ids(contents.get_data()) + b"\nEMC\n")
    page.replace_contents(wrapped)


def _without_marked_content_ids(data: bytes) -> bytes:
    """The attachment's own tags (BDC with an MCID) would point into a structure tree that is not ours: drop them."""
    data = re.sub(rb"/[A-Za-z]+\s*<<[^>]*/MCID\s+\d+[^>]*>>\s*BDC", b"/Span BMC", data)
    return data


def merge_attachments(pdf: bytes, anchors: dict[str, int], attachments: list[dict]) -> bytes:
    """attachments: [{"sha256": ..., "path": relative to MEDIA_ROOT, "pages": n}, ...]."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for attachment in attachments:
        # A writer copy, so its pages can be rewritten (marked as artifacts) before they are drawn.
        source = PdfWriter(clone_from=PdfReader(str(Path(settings.MEDIA_ROOT) / attachment["path"])))
        for number, page in enumerate(source.pages, start=1):
            index = anchors.get(attachment_anchor(attachment["sha256"], number))
            if index is None:
                continue
            target = writer.pages[index]
            tw, th = float(target.mediabox.width), float(target.mediabox.height)
            sw, sh = float(page.mediabox.width), float(page.mediabox.height)
            # Leave room for the report's header and footer (about 16 mm top and bottom).
            margin = 46.0
            scale = min(tw / sw, (th - 2 * margin) / sh)
            dx = (tw - sw * scale) / 2 - float(page.mediabox.left) * scale
            dy = (th - sh * scale) / 2 - float(page.mediabox.bottom) * scale
            _mark_as_artifact(page)
            target.merge_transformed_page(page, Transformation().scale(scale).translate(dx, dy))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
