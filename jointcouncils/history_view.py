"""Turn django-simple-history rows into what a page shows: when, who, what, why, and field changes.

Only real columns are compared: the `_en`/`_fr` columns of a translated field and the untranslated fields, never
modeltranslation's un-suffixed column, whose value is whichever language was active at the save. Values are shown
as a reader knows them: people by name, foreign keys by their label, choices by their label in the page's language.
"""

from collections import defaultdict

from django.contrib.auth import get_user_model
from django.db import models
from django.utils import formats
from django.utils.translation import gettext as _
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from simple_history.utils import get_m2m_reverse_field_name

# Bookkeeping columns that change on every save and tell a reader nothing.
IGNORED_FIELDS = frozenset({"id", "updated_at", "created_at", "version"})


def _type_label(code: str) -> str:
    return {"+": _("created"), "~": _("changed"), "-": _("deleted")}.get(code, code)


def translated_field_names(model) -> set[str]:
    """The un-suffixed names of a model's translated fields (empty when the model has none)."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def real_fields(model, names=None) -> list[models.Field]:
    """The model's columns that history compares: `_en`/`_fr` and untranslated ones, never the un-suffixed column.

    `names` limits them to some fields, given by their un-suffixed names (a translated name means both languages).
    """
    translated = translated_field_names(model)
    wanted = None if names is None else set(names)
    fields = []
    for field in model._meta.concrete_fields:
        if field.name in IGNORED_FIELDS or field.name in translated:
            continue
        base = field.translated_field.name if isinstance(field, TranslationField) else field.name
        if wanted is not None and base not in wanted:
            continue
        fields.append(field)
    return fields


def field_label(field) -> str:
    """'mandate (French)' for a translation column, the verbose name otherwise, in the active language."""
    if isinstance(field, TranslationField):
        labels = {"en": _("%(field)s (English)"), "fr": _("%(field)s (French)")}
        return labels.get(field.language, "%(field)s") % {"field": field.translated_field.verbose_name}
    return str(field.verbose_name)


def _empty(value) -> bool:
    return value is None or value == ""


def raw_changes(record, previous, fields) -> list[tuple[models.Field, object, object]]:
    """(field, old, new) for each given field whose stored value differs between two history rows."""
    changes = []
    for field in fields:
        old, new = getattr(previous, field.attname, None), getattr(record, field.attname, None)
        if (_empty(old) and _empty(new)) or old == new:
            continue
        changes.append((field, old, new))
    return changes


def _person(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def related_labels(changes) -> dict:
    """{(model, pk): label} for every foreign key value in the changes: one query per related model."""
    wanted = defaultdict(set)
    for field, old, new in changes:
        if field.is_relation and field.many_to_one:
            for value in (old, new):
                if not _empty(value):
                    wanted[field.related_model].add(value)
    user_model = get_user_model()
    labels = {}
    for model, pks in wanted.items():
        for obj in model._default_manager.filter(pk__in=list(pks)):
            labels[(model, obj.pk)] = _person(obj) if model is user_model else str(obj)
    return labels


def display_value(field, value, labels: dict) -> str:
    """A stored value as a reader knows it, in the active language; "—" for nothing."""
    if _empty(value):
        return "—"
    if field.is_relation and field.many_to_one:
        return labels.get((field.related_model, value)) or _("a deleted record (%(id)s)") % {"id": value}
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(formats.localize(value))


def field_changes(record, previous, *, names=None) -> list[dict]:
    """{"field", "old", "new"} for each real column that changed between two history rows of one record."""
    changes = raw_changes(record, previous, real_fields(record.instance_type, names))
    labels = related_labels(changes)
    return [
        {"field": field_label(field), "old": display_value(field, old, labels), "new": display_value(field, new, labels)}
        for field, old, new in changes
    ]


def history_rows(history_qs, *, label: str = "", limit: int = 50) -> list[dict]:
    """Rows for templates/includes/history.html, newest first, with the fields each change touched."""
    records = list(history_qs.select_related("history_user").order_by("-history_date", "-history_id")[:limit])
    # The previous version of each record is the next older row of the same object in this list; only the
    # oldest row of each object needs a query for its predecessor.
    older: dict[int, object] = {}
    previous_of = {}
    for record in reversed(records):
        previous_of[record.history_id] = older.get(record.id)
        older[record.id] = record
    # Changes whose predecessor fell outside the window: fetch those predecessors in one query.
    missing = {r.id: r for r in records if r.history_type == "~" and previous_of[r.history_id] is None}
    if missing:
        history_model = type(records[0])
        before = max(r.history_date for r in missing.values())
        candidates = history_model.objects.filter(id__in=list(missing), history_date__lte=before).order_by(
            "-history_date", "-history_id"
        )
        for candidate in candidates:
            record = missing.get(candidate.id)
            if record is None or previous_of[record.history_id] is not None:
                continue
            if (candidate.history_date, candidate.history_id) < (record.history_date, record.history_id):
                previous_of[record.history_id] = candidate
    m2m = _m2m_links(records, previous_of)
    fields = real_fields(records[0].instance_type) if records else []
    raw = {}
    for record in records:
        previous = previous_of[record.history_id]
        if previous is not None and record.history_type == "~":
            raw[record.history_id] = raw_changes(record, previous, fields)
    # Foreign keys of every row at once: one query per related model, whatever the number of rows.
    labels = related_labels([change for changes in raw.values() for change in changes])
    rows = []
    for record in records:
        changes = [
            {"field": field_label(field), "old": display_value(field, old, labels), "new": display_value(field, new, labels)}
            for field, old, new in raw.get(record.history_id, [])
        ]
        previous = previous_of[record.history_id]
        if previous is not None and record.history_type == "~":
            for field, (links, names) in m2m.items():
                old, new = links.get(previous.history_id, set()), links.get(record.history_id, set())
                if old != new:
                    changes.append(
                        {
                            "field": str(field.verbose_name),
                            "old": ", ".join(sorted(str(names[pk]) for pk in old if pk in names)) or "—",
                            "new": ", ".join(sorted(str(names[pk]) for pk in new if pk in names)) or "—",
                        }
                    )
        rows.append(
            {
                "date": record.history_date,
                "user": _person(record.history_user),
                "type": _type_label(record.history_type),
                "label": label,
                "reason": record.history_change_reason or "",
                "changes": changes,
            }
        )
    return rows


def _m2m_links(records, previous_of) -> dict:
    """For each many-to-many field kept in history: the linked ids of every record shown, and their names.

    One query per field for the links and one for the names, whatever the number of rows.
    """
    if not records:
        return {}
    history_model = type(records[0])
    fields = getattr(history_model, "_history_m2m_fields", None) or []
    history_ids = {r.history_id for r in records} | {p.history_id for p in previous_of.values() if p is not None}
    result = {}
    for field in fields:
        through = getattr(records[0], field.name).model  # the related manager names the model; no query
        target = get_m2m_reverse_field_name(field)
        links = defaultdict(set)
        for history_id, target_id in through.objects.filter(history_id__in=history_ids).values_list("history_id", f"{target}_id"):
            links[history_id].add(target_id)
        wanted = set().union(*links.values()) if links else set()
        # Always one query (even for no ids), so a page's query count does not depend on the data.
        names = {obj.pk: obj for obj in field.related_model._default_manager.filter(pk__in=list(wanted))}
        result[field] = (links, names)
    return result


def merged_history_rows(*labelled_querysets, limit: int = 50) -> list[dict]:
    """History of a record and its parts (e.g. a group, its seats and terms), merged newest first."""
    rows = []
    for label, qs in labelled_querysets:
        rows.extend(history_rows(qs, label=label, limit=limit))
    rows.sort(key=lambda row: row["date"], reverse=True)
    return rows[:limit]
