"""Write rows as CSV or XLSX, with formula escaping (OWASP "CSV injection") on every text cell.

One function, `export_response(rows, columns, fmt, filename)`, serves every list of the portal: the caller gives
the rows (a filtered queryset or a list), the columns as (header, accessor) pairs and the format.
"""

import csv
import datetime
import io
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _

CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)
CONTENT_TYPES = {
    CSV: "text/csv; charset=utf-8",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# A cell starting with one of these is read as a formula by spreadsheet programs (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# In a CSV, a spreadsheet set to another list separator (French-Canadian Excel splits on ";") starts a new cell
# after any "," or ";", so a formula prefix after one is neutralised too: "Kick-off;=cmd" -> "Kick-off;'=cmd".
SEGMENT_FORMULA = re.compile(r"([,;]\s*)([=+\-@\t\r])")

Accessor = str | Callable[[Any], Any]
Column = tuple[Any, Accessor]


def escape_formula(value: Any) -> Any:
    """Prefix a text that a spreadsheet would run as a formula with a single quote; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _resolve(obj: Any, accessor: Accessor) -> Any:
    if callable(accessor):
        return accessor(obj)
    value = obj
    for part in accessor.split("."):
        if value is None:
            return None
        value = getattr(value, part)
        if callable(value) and not isinstance(value, models.Manager):
            value = value()
    return value


def cell_value(value: Any) -> Any:
    """A value as a spreadsheet cell: text, number or date; None is empty; yes/no in the user's language."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, datetime.date | int | float | Decimal):
        return value
    if isinstance(value, models.Manager):
        value = list(value.all())
    if isinstance(value, list | tuple | set):
        return "; ".join(str(cell_value(item)) for item in value if item not in (None, ""))
    if isinstance(value, Promise):
        return str(value)
    return str(value)


def table(rows: Iterable[Any], columns: Sequence[Column]) -> tuple[list[str], list[list[Any]]]:
    """Headers (translated now, in the active language) and the escaped cell values of every row."""
    headers = [escape_formula(str(header)) for header, _accessor in columns]
    body = [[escape_formula(cell_value(_resolve(row, accessor))) for _header, accessor in columns] for row in rows]
    return headers, body


def _csv_text(value: Any) -> str:
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return SEGMENT_FORMULA.sub(r"\1'\2", value)
    return str(value)


def to_csv(headers: list[str], body: list[list[Any]]) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel reads the accents of French text.

    Every field is quoted, and every piece after a "," or ";" is escaped like a cell's start, so that a reader
    splitting on either separator finds no formula.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([_csv_text(header) for header in headers])
    for values in body:
        writer.writerow([_csv_text(value) for value in values])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


MIN_WIDTH, MAX_WIDTH = 8, 60


def _display_length(value: Any) -> int:
    if isinstance(value, datetime.datetime):
        return 16
    if isinstance(value, datetime.date):
        return 10
    # A multi-line cell is as wide as its longest line.
    return max((len(line) for line in str(value).splitlines()), default=0)


def column_widths(headers: list[str], body: list[list[Any]]) -> list[float]:
    """Each column's width in characters: its longest value or header, plus a margin, between 8 and 60."""
    widths = []
    for index, header in enumerate(headers):
        longest = max([_display_length(header), *(_display_length(row[index]) for row in body)])
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))))
    return widths


def to_xlsx(headers: list[str], body: list[list[Any]], sheet_title: str = "") -> bytes:
    """One sheet; every text cell is stored as a string (never a formula), dates as dates."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=(sheet_title or "export")[:31])
    bold = Font(bold=True)

    def make(value: Any, header: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            # openpyxl would store "=..." as a formula; escaped text starts with "'", and we say "string" anyway.
            cell.data_type = "s"
        elif isinstance(value, datetime.datetime):
            cell.number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(value, datetime.date):
            cell.number_format = "yyyy-mm-dd"
        if header:
            cell.font = bold
        return cell

    # Set before the first row (a write-only sheet writes its layout first): the header row stays in view when
    # scrolling, and each column is as wide as its longest value (within limits), so nothing opens as "####".
    sheet.freeze_panes = "A2"
    for index, width in enumerate(column_widths(headers, body), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.append([make(header, header=True) for header in headers])
    for values in body:
        sheet.append([make(value) for value in values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_bytes(rows: Iterable[Any], columns: Sequence[Column], fmt: str, sheet_title: str = "") -> bytes:
    """The rows as a CSV or XLSX file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format: {fmt}")
    headers, body = table(rows, columns)
    return to_csv(headers, body) if fmt == CSV else to_xlsx(headers, body, sheet_title)


def export_response(rows: Iterable[Any], columns: Sequence[Column], fmt: str, filename: str) -> HttpResponse:
    """An attachment download of the rows, named <filename>-<date>.<fmt>."""
    content = export_bytes(rows, columns, fmt, sheet_title=filename)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="{filename}-{stamp}.{fmt}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response
