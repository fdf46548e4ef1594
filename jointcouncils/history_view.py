"""Turn django-simple-history rows into what a page shows: when, who, what, why, and field changes."""

from collections import defaultdict

from django.utils.translation import gettext as _
from simple_history.utils import get_m2m_reverse_field_name


def _type_label(code: str) -> str:
    return {"+": _("created"), "~": _("changed"), "-": _("deleted")}.get(code, code)


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
    excluded = ["updated_at", "created_at", "version", *(field.name for field in m2m)]
    rows = []
    for record in records:
        changes = []
        previous = previous_of[record.history_id]
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous, excluded_fields=excluded)
            for change in delta.changes:
                field = record.instance_type._meta.get_field(change.field)
                changes.append({"field": str(field.verbose_name), "old": change.old, "new": change.new})
            for field, (links, names) in m2m.items():
                old, new = links.get(previous.history_id, set()), links.get(record.history_id, set())
                if old != new:
                    changes.append(
                        {
                            "field": str(field.verbose_name),
                            "old": ", ".join(sorted(str(names[pk]) for pk in old if pk in names)),
                            "new": ", ".join(sorted(str(names[pk]) for pk in new if pk in names)),
                        }
                    )
        user = record.history_user
        rows.append(
            {
                "date": record.history_date,
                "user": (user.get_full_name() or user.get_username()) if user else "",
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
