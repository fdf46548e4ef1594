"""Small documents made in the tests: a real PDF, DOCX- and XLSX-shaped zip packages."""

import io
import zipfile
from pathlib import Path

from pypdf import PdfWriter


def stored_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def ooxml_bytes(*parts: str) -> bytes:
    """A zip package holding the given parts (each with a tiny XML body)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for part in parts:
            package.writestr(part, "<?xml version='1.0'?><x/>")
    return buffer.getvalue()


def docx_bytes() -> bytes:
    return ooxml_bytes("[Content_Types].xml", "_rels/.rels", "word/document.xml")


def xlsx_bytes() -> bytes:
    return ooxml_bytes("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")
