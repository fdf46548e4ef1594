"""PDF/UA-1 validation of a built PDF with page-validation (veraPDF's PDF/UA-1 rules, no Java), for every report test."""

from os import PathLike
from pathlib import Path

from page import ValidationProfile, validate_pdf_bytes


def pdfua_failures(pdf: bytes | str | PathLike) -> list[str]:
    """The failed PDF/UA-1 rules of a PDF (bytes or a path), one line each: rule, object and message."""
    data = pdf if isinstance(pdf, bytes | bytearray | memoryview) else Path(pdf).read_bytes()
    report = validate_pdf_bytes(bytes(data), profile=ValidationProfile.PDF_UA_1)
    lines = []
    for failure in report.failures:
        obj = f" obj {failure.object_id.object_number}" if failure.object_id else ""
        lines.append(f"{failure.rule_id}{obj}: {failure.message}")
    if not report.is_compliant and not lines:
        lines.append("not compliant (no rule named)")
    return lines


def assert_pdfua_valid(pdf: bytes | str | PathLike) -> None:
    """Fail with every failed rule listed unless the PDF passes PDF/UA-1 with zero failed rules."""
    failures = pdfua_failures(pdf)
    listed = "\n".join(failures[:40])
    assert not failures, f"PDF/UA-1: {len(failures)} failed rule(s):\n{listed}"
