"""Status report of a priority: definition and scope, lead, supporting groups with their RAG, decisions, outcomes."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from jointcouncils import charts
from jointcouncils.i18n import text
from logicmodel.models import Alignment
from meetings.models import ActionItem, Decision
from priorities.models import Priority
from reports.kinds import ReportKind, register
from workinggroups.selectors import active_groups

from .blocks import group_status_row
from .values import iso, missing_texts


def _supporting_groups(priority: Priority, on_date=None):
    ids = Alignment.objects.filter(priority=priority).values("working_group_id")
    return list(active_groups(on_date=on_date).filter(pk__in=ids))


def _decisions(priority: Priority):
    return list(
        Decision.objects.filter(Q(priorities=priority) | Q(agenda_item__priorities=priority))
        .select_related("meeting__council")
        .distinct()
        .order_by("-decided_on", "pk")
    )


def snapshot(priority: Priority, language: str, draft: bool = False) -> dict:
    priority = (
        Priority.objects.select_related("council", "lead_person").prefetch_related("lead_organisations").get(pk=priority.pk)
    )
    today = timezone.localdate()
    groups = _supporting_groups(priority, today)
    group_ids = [g.pk for g in groups]
    contributions = {
        a.working_group_id: {
            "contribution": text(a, "contribution", language),
            "engagement": text(a.engagement_level, "name", language) if a.engagement_level_id else "",
        }
        for a in Alignment.objects.filter(priority=priority).select_related("engagement_level")
    }
    outcome_rows = {}
    for a in (
        Alignment.objects.filter(working_group_id__in=group_ids, outcome__isnull=False, logic_model__is_current=True)
        .select_related("outcome", "working_group", "engagement_level")
        .order_by("outcome__term", "outcome__order")
    ):
        row = outcome_rows.setdefault(
            a.outcome_id, {"outcome": text(a.outcome, "name", language), "term": a.outcome.get_term_display(), "groups": []}
        )
        row["groups"].append(text(a.working_group, "name", language))
    decisions = _decisions(priority)
    actions = list(
        ActionItem.objects.open()
        .filter(Q(owner_group_id__in=group_ids) | Q(agenda_item__priorities=priority))
        .select_related("meeting", "owner_person", "owner_group", "owner_council")
        .distinct()
        .order_by("due_date", "pk")
    )
    group_rows = []
    for group in groups:
        row = group_status_row(group, today, language)
        row.update(contributions.get(group.pk, {}))
        group_rows.append(row)
    lead = ", ".join(
        ([priority.lead_person.full_name] if priority.lead_person_id else [])
        + [text(org, "acronym", language) or text(org, "name", language) for org in priority.lead_organisations.all()]
    ) or text(priority, "lead_note", language)
    stamps = [
        priority.updated_at,
        *(g.updated_at for g in groups),
        *(d.updated_at for d in decisions),
        *(a.updated_at for a in actions),
    ]
    rag_counts = {rag: sum(1 for row in group_rows if row["rag"] == rag) for rag in ("green", "amber", "red")}
    rag_counts["none"] = sum(1 for row in group_rows if not row["rag"])
    rag_rows = [
        (_("green"), rag_counts["green"]),
        (_("amber"), rag_counts["amber"]),
        (_("red"), rag_counts["red"]),
        (_("no approved update"), rag_counts["none"]),
    ]
    return {
        "as_of": iso(max(stamps)),
        "priority": {
            "name": text(priority, "name", language),
            "definition": text(priority, "definition", language),
            "scope": text(priority, "scope", language),
            "council": text(priority.council, "name", language),
            "kind": priority.get_kind_display(),
            "status": priority.get_status_display(),
            "lead": lead,
        },
        "groups": group_rows,
        "rag_chart": charts.horizontal_bar_chart(
            title=_("Supporting working groups by RAG status"),
            description=", ".join(f"{label}: {count}" for label, count in rag_rows),
            rows=rag_rows,
        ),
        "rag_rows": [{"label": str(label), "count": count} for label, count in rag_rows],
        "outcomes": list(outcome_rows.values()),
        "decisions": [
            {
                "text": text(d, "text", language),
                "date": iso(d.decided_on),
                "result": d.get_result_display(),
                "meeting": text(d.meeting, "title", language),
                "council": text(d.meeting.council, "acronym", language),
            }
            for d in decisions
        ],
        "action_items": [
            {
                "description": text(a, "description", language),
                "owner": a.owner.full_name
                if a.owner_person_id
                else (text(a.owner, "acronym", language) or text(a.owner, "name", language)),
                "due": iso(a.due_date),
                "status": a.get_status_display(),
                "overdue": a.is_overdue(today),
                "meeting": text(a.meeting, "title", language),
                "meeting_date": iso(a.meeting.start),
            }
            for a in actions
        ],
    }


def parity(priority: Priority) -> list:
    url = priority.get_absolute_url()
    missing = missing_texts(priority, label=_("Priority: %(name)s") % {"name": priority.name}, url=url)
    for group in _supporting_groups(priority):
        missing += missing_texts(
            group, label=_("Working group: %(name)s") % {"name": group.name}, url=group.get_absolute_url(), fields=("name",)
        )
    for decision in _decisions(priority):
        missing += missing_texts(
            decision, label=_("Decision: %(text)s") % {"text": str(decision)}, url=decision.meeting.get_absolute_url()
        )
    return missing


register(
    ReportKind(
        kind="priority_status",
        target_model=Priority,
        target_field="priority",
        template="reports/pdf/priority_status.html",
        snapshot=snapshot,
        parity=parity,
    )
)
