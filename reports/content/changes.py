"""What changed between two dates, read from the history that every record keeps."""

from django.utils import translation
from django.utils.translation import gettext as _

from priorities.models import Priority
from workinggroups.models import CochairTerm, Milestone, ReportingLine, StatusUpdate, WorkingGroup

from .values import iso

# Which records, and which of their fields, make a change worth telling the councils about.
TRACKED = [
    (WorkingGroup, ("name", "status", "kind", "planned_end_date", "mandate")),
    (ReportingLine, ("council", "start_date", "end_date")),
    (CochairTerm, ("person", "organisation", "start_date", "end_date")),
    (Priority, ("name", "status", "definition", "scope")),
    (Milestone, ("title", "status", "due_date")),
]
IGNORED = {"updated_at", "created_at", "version"}


def _label(model, record, language: str) -> str:
    with translation.override(language):
        if model is WorkingGroup:
            return _("Working group: %(name)s") % {"name": record.name}
        if model is Priority:
            return _("Priority: %(name)s") % {"name": record.name}
        if model is Milestone:
            return _("Milestone: %(title)s") % {"title": record.title}
        if model is ReportingLine:
            return _("Reporting line of a working group")
        if model is CochairTerm:
            return _("Co-chair term")
    return str(record)


def changes_between(start, end, language: str, limit: int = 60) -> list[dict]:
    """History rows of the tracked records in [start, end), newest first, with the fields each one changed."""
    rows = []
    for model, fields in TRACKED:
        history = model.history.filter(history_date__lt=end)
        if start is not None:
            history = history.filter(history_date__gte=start)
        for record in history.select_related("history_user").order_by("-history_date")[:limit]:
            with translation.override(language):
                if record.history_type == "+":
                    what = _("created")
                elif record.history_type == "-":
                    what = _("deleted")
                else:
                    previous = record.prev_record
                    changed = []
                    if previous is not None:
                        delta = record.diff_against(previous, included_fields=[f for f in fields if f not in IGNORED])
                        changed = [str(model._meta.get_field(change.field).verbose_name) for change in delta.changes]
                    if not changed:
                        continue
                    what = _("changed: %(fields)s") % {"fields": ", ".join(changed)}
            rows.append(
                {
                    "date": iso(record.history_date),
                    "sort": record.history_date.isoformat(),
                    "record": _label(model, record, language),
                    "what": what,
                    "why": record.history_change_reason or "",
                }
            )
    # StatusUpdate approvals are the news of a period: only approvals count here.
    approvals = StatusUpdate.history.filter(history_date__lt=end, state=StatusUpdate.State.APPROVED, history_type="~")
    if start is not None:
        approvals = approvals.filter(history_date__gte=start)
    for record in approvals.order_by("-history_date")[:limit]:
        with translation.override(language):
            rows.append(
                {
                    "date": iso(record.history_date),
                    "sort": record.history_date.isoformat(),
                    "record": _("Status update: %(group)s") % {"group": record.working_group.name},
                    "what": _("approved (%(rag)s)") % {"rag": record.get_rag_display()},
                    "why": record.history_change_reason or "",
                }
            )
    rows.sort(key=lambda row: row["sort"], reverse=True)
    for row in rows:
        del row["sort"]
    return rows[:limit]
