"""Spreadsheet import of the registry: people, organisations, working groups, co-chair seats and terms.

A file is read (CSV or XLSX, recognised by its content), its headers matched to the kind's columns (the column
key, e.g. name_en, or its label in English or French), then every row is applied through the models' full_clean
and the apps' services inside one transaction, each row in a savepoint so that every row's errors are found.
The preview runs the same code and rolls everything back; the confirmation runs it again and keeps it only when
no row has an error: all or nothing.
"""

import csv
import datetime
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ObjectDoesNotExist, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import translation
from django.utils.formats import date_format, number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from councils import services as council_services
from councils.models import Council, Jurisdiction, Organisation, Person
from jointcouncils.services import record_save
from jointcouncils.upsert import EMPTY_KEEPS, assign_changes
from workinggroups import services as workinggroup_services
from workinggroups.models import MAX_COCHAIR_SEATS, CochairSeat, CochairTerm, WorkingGroup

# The caps of one file (settings IMPORT_MAX_BYTES and IMPORT_MAX_ROWS) are read when a file is read.
# An XLSX is a zip: refuse one that would unpack to more than this (a "zip bomb").
MAX_UNPACKED_BYTES = 100 * 1024 * 1024


class ImportRefused(Exception):
    """The file as a whole cannot be imported; the message says why, in the user's language."""


class RowError(Exception):
    """One cell of a row is wrong."""

    def __init__(self, column: str, message: str):
        self.column = column
        self.message = message
        super().__init__(message)


# Columns -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    label: Any  # lazy text
    required: bool = False
    aliases: tuple[str, ...] = ()
    help: Any = ""


def _normalise(header: str) -> str:
    """Header text compared without case, accents, spaces or punctuation: "Nom (anglais)" -> "nom_anglais"."""
    text = unicodedata.normalize("NFKD", str(header or "")).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def _header_names(column: ColumnSpec) -> set[str]:
    names = {column.key, *column.aliases}
    for language in ("en", "fr"):
        with translation.override(language):
            names.add(str(column.label))
    return {_normalise(name) for name in names}


@dataclass
class RowResult:
    """What a row does (create, change, unchanged) or why it cannot (errors)."""

    number: int
    action: str = ""
    label: str = ""
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportResult:
    rows: list[RowResult]
    applied: bool = False

    def as_json(self) -> dict:
        """What an import job keeps of its run (JSON), read back by from_json for its page."""
        return {
            "applied": self.applied,
            "rows": [
                {
                    "number": row.number,
                    "action": row.action,
                    "label": row.label,
                    "changes": [list(change) for change in row.changes],
                    "errors": [list(error) for error in row.errors],
                }
                for row in self.rows
            ],
        }

    @classmethod
    def from_json(cls, data: dict) -> "ImportResult":
        rows = [
            RowResult(
                number=row["number"],
                action=row["action"],
                label=row["label"],
                changes=[tuple(change) for change in row["changes"]],
                errors=[tuple(error) for error in row["errors"]],
            )
            for row in data.get("rows", [])
        ]
        return cls(rows=rows, applied=bool(data.get("applied")))

    @property
    def errors(self) -> list[RowResult]:
        return [row for row in self.rows if row.errors]

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action and row.ok)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def changed(self) -> int:
        return self.count("change")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")


@dataclass
class ImportKind:
    key: str
    label: Any
    columns: list[ColumnSpec]
    apply: Callable[["RowContext"], RowResult]
    natural_key: Any = ""

    def column(self, key: str) -> ColumnSpec:
        return next(column for column in self.columns if column.key == key)


@dataclass
class RowContext:
    """One row being applied: its cells by column key, and who imports it and why."""

    kind: ImportKind
    number: int
    cells: dict[str, str]
    by: Any
    reason: str
    # Lookups of records this kind of import never creates (jurisdictions, organisations named by people...), shared
    # by the rows of one run: a roster naming one organisation a thousand times asks the database once.
    cache: dict = field(default_factory=dict)
    # Problems found in the row's cells, collected so that one preview reports every error of a row at once.
    problems: list[tuple[str, str]] = field(default_factory=list)

    def cached(self, key: tuple, compute):
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def get(self, key: str) -> str:
        return (self.cells.get(key) or "").strip()

    def label_of(self, key: str) -> str:
        try:
            return str(self.kind.column(key).label)
        except StopIteration:
            return key

    def error(self, key: str, message: str) -> RowError:
        return RowError(self.label_of(key), message)

    def problem(self, key: str, message: str) -> None:
        """Note a wrong cell and go on reading the row (the row is not saved; run_import reports them all)."""
        self.problems.append((self.label_of(key), message))

    def required(self, key: str) -> str:
        value = self.get(key)
        if not value:
            self.problem(key, _("This cell is required."))
        return value

    def date(self, key: str) -> datetime.date | None:
        value = self.get(key)
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            self.problem(key, _("“%(value)s” is not a date: write it as YYYY-MM-DD.") % {"value": value})
            return None

    def boolean(self, key: str) -> bool | None:
        value = _normalise(self.get(key))
        if not value:
            return None
        if value in {"yes", "oui", "true", "vrai", "1", "y", "o"}:
            return True
        if value in {"no", "non", "false", "faux", "0", "n"}:
            return False
        self.problem(key, _("Write yes or no (oui or non)."))
        return None

    def integer(self, key: str) -> int | None:
        value = self.get(key)
        if not value:
            return None
        try:
            return int(float(value))
        except ValueError:
            self.problem(key, _("“%(value)s” is not a whole number.") % {"value": value})
            return None

    def choice(self, key: str, choices) -> str | None:
        """A choice by its stored value or its label in English or French."""
        value = self.get(key)
        if not value:
            return None
        wanted = _normalise(value)
        for stored, label in choices:
            names = {_normalise(stored)}
            for language in ("en", "fr"):
                with translation.override(language):
                    names.add(_normalise(str(label)))
            if wanted in names:
                return stored
        allowed = ", ".join(stored for stored, _label in choices)
        self.problem(key, _("“%(value)s” is not one of: %(allowed)s.") % {"value": value, "allowed": allowed})
        return None


# Reading a file ------------------------------------------------------------------------------------------


@dataclass
class ParsedFile:
    """The rows of a file, each a dict of column key -> text, with its row number in the spreadsheet."""

    kind: str
    filename: str
    rows: list[tuple[int, dict[str, str]]]


_SEGMENT_ESCAPED = re.compile(r"([,;]\s*)'([=+\-@\t\r])")


def _unescape(text: str) -> str:
    """Undo the export's formula escaping ("'=..." back to "=...", "a;'=b" back to "a;=b"), so that an exported
    file can be imported back."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        text = text[1:]
    return _SEGMENT_ESCAPED.sub(r"\1\2", text)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time(0) else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _unescape(str(value).strip())


def max_rows() -> int:
    return settings.IMPORT_MAX_ROWS


def max_bytes() -> int:
    return settings.IMPORT_MAX_BYTES


def max_rows_text() -> str:
    """The row cap as the user's language writes numbers (10,000 or 10 000)."""
    return number_format(max_rows(), force_grouping=True)


def max_megabytes_text() -> str:
    return number_format(round(max_bytes() / (1024 * 1024), 1), force_grouping=True).removesuffix(".0").removesuffix(",0")


def too_large_message() -> str:
    return _("The file is larger than %(size)s MB: split it into smaller files.") % {"size": max_megabytes_text()}


def _too_many_rows() -> ImportRefused:
    return ImportRefused(_("The file has more than %(max)s rows: split it into smaller files.") % {"max": max_rows_text()})


def _read_xlsx(data: bytes) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise ImportRefused(_("This file is not a CSV or XLSX spreadsheet.")) from exc
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise ImportRefused(_("This file is not a CSV or XLSX spreadsheet."))
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused(_("This spreadsheet is too large once unpacked."))
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001  (openpyxl raises many kinds of errors on a damaged file)
        raise ImportRefused(_("This XLSX file could not be read; it may be damaged.")) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            texts = [_cell_text(value) for value in values]
            if any(texts):
                rows.append((number, texts))
                if len(rows) > max_rows() + 1:
                    raise _too_many_rows()
        return rows
    finally:
        workbook.close()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _read_csv(data: bytes) -> list[tuple[int, list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ImportRefused(_("This file is not a CSV or XLSX spreadsheet.")) from exc
    if _CONTROL.search(text):
        raise ImportRefused(_("This file is not a CSV or XLSX spreadsheet."))
    # The delimiter is the one the header line uses most (comma, semicolon, tab); quotes are always double
    # quotes: csv.Sniffer would take the export's formula escaping ('=...) for a quote character.
    header = text.lstrip().split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=header.count)
    dialect = type("ImportDialect", (csv.excel,), {"delimiter": delimiter})
    rows = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
            texts = [_unescape(value.strip()) for value in values]
            if any(texts):
                rows.append((number, texts))
                if len(rows) > max_rows() + 1:
                    raise _too_many_rows()
    except csv.Error as exc:
        raise ImportRefused(_("This CSV file could not be read: %(error)s") % {"error": exc}) from exc
    return rows


def read_rows(data: bytes) -> list[tuple[int, list[str]]]:
    """(row number, cell texts) of every non-empty row, the header first; the format is told by the content."""
    if not data or not data.strip():
        raise ImportRefused(_("The file is empty."))
    if len(data) > max_bytes():
        raise ImportRefused(too_large_message())
    rows = _read_xlsx(data) if data[:4] == b"PK\x03\x04" else _read_csv(data)
    if not rows:
        raise ImportRefused(_("The file is empty."))
    if len(rows) == 1:
        raise ImportRefused(_("The file has a header row but no data rows."))
    if len(rows) > max_rows() + 1:
        raise _too_many_rows()
    return rows


def match_headers(kind: ImportKind, headers: list[str]) -> dict[int, str]:
    """Column position -> column key; refuses unknown, repeated or missing columns, naming them."""
    lookup = {}
    for column in kind.columns:
        for name in _header_names(column):
            lookup[name] = column.key
    positions, unknown, seen, repeated = {}, [], set(), []
    for position, header in enumerate(headers):
        if not header:
            continue
        key = lookup.get(_normalise(header))
        if key is None:
            unknown.append(header)
        elif key in seen:
            repeated.append(header)
        else:
            seen.add(key)
            positions[position] = key
    problems = []
    missing = [str(column.label) for column in kind.columns if column.required and column.key not in seen]
    if missing:
        problems.append(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    if unknown:
        problems.append(_("Unknown columns: %(columns)s.") % {"columns": ", ".join(unknown)})
    if repeated:
        problems.append(_("Columns given twice: %(columns)s.") % {"columns": ", ".join(repeated)})
    if problems:
        expected = ", ".join(column.key for column in kind.columns)
        problems.append(_("The expected columns are: %(columns)s.") % {"columns": expected})
        raise ImportRefused(" ".join(problems))
    return positions


def parse_file(*, kind: ImportKind, data: bytes, filename: str) -> ParsedFile:
    """Read the file and match its header to the kind's columns; ImportRefused says what is wrong."""
    rows = read_rows(data)
    (_header_number, headers), body = rows[0], rows[1:]
    positions = match_headers(kind, headers)
    parsed = []
    for number, values in body:
        cells = {key: (values[position] if position < len(values) else "") for position, key in positions.items()}
        parsed.append((number, cells))
    return ParsedFile(kind=kind.key, filename=filename, rows=parsed)


# Applying rows -------------------------------------------------------------------------------------------


def _show(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime.date):
        return date_format(value, "DATE_FORMAT")
    return str(value)


def _set(instance, values: dict[str, Any], labels: dict[str, str], changes: list) -> None:
    """Set the given fields; record (label, old, new) for those that differ. Missing or empty cells keep the value."""
    for name, old, new in assign_changes(instance, values, empty=EMPTY_KEEPS):
        changes.append((labels.get(name, name), _show(old), _show(new)))


def _labels(context: RowContext, names) -> dict[str, str]:
    return {name: context.label_of(name) for name in names}


def _jurisdiction(context: RowContext, key: str):

    code = context.get(key)
    if not code:
        return None
    jurisdiction = context.cached(("jurisdiction", code.lower()), lambda: Jurisdiction.objects.filter(code=code.lower()).first())
    if jurisdiction is None:
        context.problem(key, _("No jurisdiction has the code “%(code)s”.") % {"code": code})
    return jurisdiction


def _organisation(context: RowContext, key: str, jurisdiction_key: str):
    """An organisation by English name or acronym, within the jurisdiction when one is given."""

    name = context.get(key)
    if not name:
        return None
    jurisdiction = _jurisdiction(context, jurisdiction_key)
    candidates = Organisation.objects.filter(
        Q(name_en__iexact=name) | Q(name_fr__iexact=name) | Q(acronym_en__iexact=name) | Q(acronym_fr__iexact=name)
    )
    if jurisdiction is not None:
        candidates = candidates.filter(jurisdiction=jurisdiction)
    found = context.cached(("organisation", name.lower(), getattr(jurisdiction, "pk", None)), lambda: list(candidates[:2]))
    if not found:
        context.problem(key, _("No organisation is named “%(name)s”.") % {"name": name})
        return None
    if len(found) > 1:
        context.problem(key, _("Several organisations are named “%(name)s”: give the jurisdiction code too.") % {"name": name})
        return None
    return found[0]


def _save(instance, context: RowContext):

    return record_save(instance=instance, by=context.by, reason=context.reason)


def apply_organisation(context: RowContext) -> RowResult:
    """Natural key: (jurisdiction code, English name)."""

    result = RowResult(number=context.number)
    context.required("jurisdiction")
    jurisdiction = _jurisdiction(context, "jurisdiction")
    name_en = context.required("name_en")
    organisation = Organisation.objects.filter(jurisdiction=jurisdiction, name_en=name_en).first()
    values = {
        "name_en": name_en,
        "name_fr": context.get("name_fr"),
        "acronym_en": context.get("acronym_en"),
        "acronym_fr": context.get("acronym_fr"),
        "kind": context.choice("kind", Organisation.Kind.choices),
        "website": context.get("website"),
    }
    if organisation is None:
        organisation = Organisation(jurisdiction=jurisdiction)
        _set(organisation, values, {}, [])
        result.action = "create"
    else:
        _set(organisation, values, _labels(context, values), result.changes)
        result.action = "change" if result.changes else "unchanged"
    result.label = str(organisation)
    if result.action != "unchanged":
        _save(organisation, context)
    return result


def apply_person(context: RowContext) -> RowResult:
    """Natural key: the email when given, else (given name, family name, organisation)."""

    result = RowResult(number=context.number)
    given = context.required("given_name")
    family = context.required("family_name")
    email = context.get("email").lower()
    organisation = _organisation(context, "organisation", "organisation_jurisdiction")
    if email:
        person = Person.objects.filter(email__iexact=email).first()
    else:
        person = Person.objects.filter(given_name__iexact=given, family_name__iexact=family, organisation=organisation).first()
    values = {
        "given_name": given,
        "family_name": family,
        "email": email,
        "title_en": context.get("title_en"),
        "title_fr": context.get("title_fr"),
        "organisation": organisation,
        "preferred_language": context.choice("preferred_language", Person.Language.choices),
    }
    if person is None:
        person = Person()
        _set(person, values, {}, [])
        result.action = "create"
        result.label = person.full_name
        council_services.person_create(person=person, by=context.by, reason=context.reason)
        return result
    _set(person, values, _labels(context, values), result.changes)
    result.action = "change" if result.changes else "unchanged"
    result.label = person.full_name
    if result.changes:
        council_services.person_update(person=person, by=context.by, reason=context.reason, expected_version=None)
    return result


def apply_workinggroup(context: RowContext) -> RowResult:
    """Natural key: the slug (short name). The council is used when the group is created."""

    result = RowResult(number=context.number)
    slug = context.required("slug").lower()
    if slugify(slug) != slug or slug == "new":
        raise context.error("slug", _("A short name has only lowercase letters, digits and hyphens, e.g. open-source."))
    values = {
        "name_en": context.get("name_en"),
        "name_fr": context.get("name_fr"),
        "acronym_en": context.get("acronym_en"),
        "acronym_fr": context.get("acronym_fr"),
        "mandate_en": context.get("mandate_en"),
        "mandate_fr": context.get("mandate_fr"),
        "kind": context.choice("kind", WorkingGroup.Kind.choices),
        "status": context.choice("status", WorkingGroup.Status.choices),
        "start_date": context.date("start_date"),
        "planned_end_date": context.date("planned_end_date"),
    }
    data = {name: value for name, value in values.items() if value not in (None, "")}
    group = WorkingGroup.objects.filter(slug=slug).first()
    if group is None:
        if not data.get("name_en"):
            raise context.error("name_en", _("A new working group needs an English name."))
        council = None
        code = context.get("council")
        if code:
            council = Council.objects.filter(code=code.lower()).first()
            if council is None:
                raise context.error("council", _("No council has the code “%(code)s”.") % {"code": code})
        result.action = "create"
        result.label = data["name_en"]
        workinggroup_services.workinggroup_create(data=data, by=context.by, reason=context.reason, council=council, slug=slug)
        return result
    before = {name: getattr(group, name) for name in data}
    labels = _labels(context, data)
    result.changes = [(labels[name], _show(before[name]), _show(value)) for name, value in data.items() if before[name] != value]
    result.action = "change" if result.changes else "unchanged"
    result.label = group.name
    if result.changes:
        changed = {name: value for name, value in data.items() if before[name] != value}
        workinggroup_services.workinggroup_update(
            workinggroup=group, data=changed, by=context.by, reason=context.reason, expected_version=None
        )
    return result


def _person_for_term(context: RowContext):

    email = context.get("person_email")
    given, family = context.get("person_given_name"), context.get("person_family_name")
    if email:
        person = Person.objects.filter(email__iexact=email).first()
        if person is None:
            raise context.error("person_email", _("No person has the email “%(email)s”.") % {"email": email})
        return person
    if given or family:
        people = list(Person.objects.filter(given_name__iexact=given, family_name__iexact=family)[:2])
        if not people:
            raise context.error("person_family_name", _("No person is named “%(name)s”.") % {"name": f"{given} {family}"})
        if len(people) > 1:
            raise context.error(
                "person_family_name",
                _("Several people are named “%(name)s”: give the email instead.") % {"name": f"{given} {family}"},
            )
        return people[0]
    return None


def apply_seat_term(context: RowContext) -> RowResult:
    """A seat by (group short name, seat number); a term by (group, seat number, start date)."""

    result = RowResult(number=context.number)
    slug = context.required("group").lower()
    group = WorkingGroup.objects.filter(slug=slug).first()
    if group is None:
        raise context.error("group", _("No working group has the short name “%(slug)s”.") % {"slug": slug})
    number = context.integer("seat")
    if number is None:
        context.required("seat")
    if not 1 <= number <= MAX_COCHAIR_SEATS:
        raise context.error("seat", _("A seat number is 1, 2 or 3: a working group has at most three co-chair seats."))
    seat = CochairSeat.objects.filter(working_group=group, number=number).first()
    seat_labels = []
    if seat is None:
        WorkingGroup.objects.select_for_update().filter(pk=group.pk).first()
        taken = set(CochairSeat.objects.filter(working_group=group).values_list("number", flat=True))
        free = [n for n in range(1, MAX_COCHAIR_SEATS + 1) if n not in taken]
        if not free:
            raise context.error("seat", _("A working group has at most three co-chair seats."))
        note = {"note_en": context.get("seat_note_en"), "note_fr": context.get("seat_note_fr")}
        if free[0] == number:
            seat = workinggroup_services.cochairseat_create(workinggroup=group, by=context.by, reason=context.reason, **note)
        else:
            seat = _save(CochairSeat(working_group=group, number=number, **note), context)
        seat_labels.append(_("new seat"))
    person = _person_for_term(context)
    organisation = _organisation(context, "holder_organisation", "holder_organisation_jurisdiction")
    on_behalf_of = _organisation(context, "on_behalf_of", "on_behalf_of_jurisdiction")
    start_date = context.date("start_date")
    end_date = context.date("end_date")
    attested = context.boolean("council_member_attested")
    source = context.get("source")
    result.label = str(seat)
    has_term = person is not None or organisation is not None or start_date is not None
    if not has_term:
        result.action = "create" if seat_labels else "unchanged"
        return result
    term = CochairTerm.objects.filter(seat=seat, start_date=start_date).select_related("person", "organisation").first()
    if term is None:
        if person is None and organisation is None:
            raise context.error("person_email", _("A term needs a person or, when the person is not known, an organisation."))
        workinggroup_services.cochairterm_create(
            seat=seat,
            by=context.by,
            reason=context.reason,
            person=person,
            organisation=organisation,
            on_behalf_of=on_behalf_of,
            start_date=start_date,
            end_date=end_date,
            council_member_attested=bool(attested),
            source=source,
        )
        result.action = "create"
        return result
    if (person is not None and term.person_id != person.pk) or (
        organisation is not None and term.organisation_id != organisation.pk
    ):
        raise context.error(
            "person_email",
            _("This term has another holder: end it on the group's page and add a new term instead."),
        )
    values = {"on_behalf_of": on_behalf_of, "council_member_attested": attested, "source": source}
    _set(term, values, _labels(context, values), result.changes)
    if end_date is not None and end_date != term.end_date:
        result.changes.append((context.label_of("end_date"), _show(term.end_date), _show(end_date)))
        # cochairterm_end checks the overlap and saves the other changed fields with the end.
        workinggroup_services.cochairterm_end(term=term, end_date=end_date, by=context.by, reason=context.reason)
    elif result.changes:
        _save(term, context)
    result.action = "change" if result.changes else "unchanged"
    return result


def _error_list(context: RowContext, exc: ValidationError) -> list[tuple[str, str]]:
    errors = []
    if hasattr(exc, "error_dict"):
        for name, messages in exc.message_dict.items():
            column = "" if name == NON_FIELD_ERRORS else context.label_of(name)
            errors.extend((column, message) for message in messages)
    else:
        errors.extend(("", message) for message in exc.messages)
    return errors


def _merged(context: RowContext, errors: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The cells' problems first, then the errors that stopped the row, once per column."""
    seen = {column for column, _message in context.problems if column}
    return list(context.problems) + [(column, message) for column, message in errors if not column or column not in seen]


# How often (in rows) run_import reports its progress.
PROGRESS_EVERY = 25


def run_import(
    *, kind: ImportKind, parsed: ParsedFile, by, commit: bool, progress: Callable[[int, int], None] | None = None
) -> ImportResult:
    """Apply every row in one transaction; keep it only when asked to and no row has an error.

    progress(done, total) is called every PROGRESS_EVERY rows and at the end (the import job's page shows it).
    """
    # The history reason holds 100 characters (as for an attachment's name, a long file name is cut).
    reason = f"Import: {parsed.filename}"[:100]
    results = []
    cache: dict = {}
    total = len(parsed.rows)
    with transaction.atomic():
        for done, (number, cells) in enumerate(parsed.rows):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            context = RowContext(kind=kind, number=number, cells=cells, by=by, reason=reason, cache=cache)
            savepoint = transaction.savepoint()
            try:
                result = kind.apply(context)
            except RowError as exc:
                result = RowResult(number=number, action="error", errors=_merged(context, [(exc.column, exc.message)]))
            except ValidationError as exc:
                result = RowResult(number=number, action="error", errors=_merged(context, _error_list(context, exc)))
            except (IntegrityError, ObjectDoesNotExist):
                result = RowResult(
                    number=number,
                    action="error",
                    errors=[("", _("This row conflicts with a record already saved (a duplicate?)."))],
                )
            else:
                if context.problems:
                    # Read to the end with wrong cells noted: whatever the row did is rolled back below.
                    result = RowResult(number=number, action="error", errors=list(context.problems))
            result.label = result.label or next((context.get(c.key) for c in kind.columns if context.get(c.key)), "")
            if result.ok:
                transaction.savepoint_commit(savepoint)
            else:
                transaction.savepoint_rollback(savepoint)
            results.append(result)
        if progress is not None:
            progress(total, total)
        outcome = ImportResult(rows=results)
        if commit and outcome.ok:
            outcome.applied = True
        else:
            transaction.set_rollback(True)
    return outcome
