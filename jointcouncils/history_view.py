"""Turn django-simple-history rows into what a page shows: when, who, what, why, and field changes."""

from django.utils.translation import gettext as _


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
    rows = []
    for record in records:
        changes = []
        previous = previous_of[record.history_id]
        if previous is None and record.history_type == "~":
            previous = record.prev_record
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous, excluded_fields=["updated_at", "created_at", "version"])
            for change in delta.changes:
                field = record.instance_type._meta.get_field(change.field)
                changes.append({"field": str(field.verbose_name), "old": change.old, "new": change.new})
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


def merged_history_rows(*labelled_querysets, limit: int = 50) -> list[dict]:
    """History of a record and its parts (e.g. a group, its seats and terms), merged newest first."""
    rows = []
    for label, qs in labelled_querysets:
        rows.extend(history_rows(qs, label=label, limit=limit))
    rows.sort(key=lambda row: row["date"], reverse=True)
    return rows[:limit]
