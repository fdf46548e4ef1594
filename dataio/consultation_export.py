"""Download of a consultation's answers: one row per respondent, one fixed column per question key (XLSX or CSV),
with the same formula escaping as every other export."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation

from consultations.models import Consultation
from consultations.selectors import export_table

from .fileformats import CONTENT_TYPES, CSV, FORMATS, cell_value, escape_formula, to_csv, to_xlsx


def consultation_export_bytes(consultation: Consultation, fmt: str, language: str) -> bytes:
    """The answers as a CSV or XLSX file, headers in the language given."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format: {fmt}")
    with translation.override(language):
        headers, body = export_table(consultation, language)
        headers = [escape_formula(str(h)) for h in headers]
        body = [[escape_formula(cell_value(value)) for value in row] for row in body]
    return to_csv(headers, body) if fmt == CSV else to_xlsx(headers, body, sheet_title=consultation.slug)


def consultation_export(request, slug: str, fmt: str):
    """The secretariat's download of a consultation's answers."""
    if not request.user.has_perm("consultations.view_consultation"):
        raise PermissionDenied
    if fmt not in FORMATS:
        raise Http404
    consultation = get_object_or_404(Consultation, slug=slug)
    content = consultation_export_bytes(consultation, fmt, translation.get_language()[:2])
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{consultation.slug}-{timezone.localdate().isoformat()}.{fmt}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response
