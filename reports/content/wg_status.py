"""Status report of a working group: seats and terms, alignment, milestones, updates over time, open action items."""

from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _lazy

from logicmodel.models import Alignment
from meetings.models import ActionItem
from reports.kinds import ReportKind, register
from workinggroups.models import StatusUpdate, WorkingGroup

from .values import iso, missing_texts, text


def group_queryset():
    return WorkingGroup.objects.with_structure().prefetch_related("milestones", "alignments")


def group_facts(group: WorkingGroup, language: str) -> dict:
    """Who the group is, who co-chairs it, and where it fits: shared by the status report and the orientation pack."""
    today = timezone.localdate()
    council = group.current_council
    seats = []
    for seat in group.seats.all():
        term = seat.current_term(today)
        seats.append(
            {
                "number": seat.number,
                "vacant": term is None,
                "holder": term.holder_name if term else "",
                "organisation": text(term.holder_organisation, "name", language) if term and term.holder_organisation else "",
                "start": iso(term.start_date) if term else None,
                "start_precision": term.start_precision if term else "day",
                "end": iso(term.end_date) if term else None,
                "member_cochair": bool(term and term.is_member_cochair),
                "ends_soon": bool(term and term.ends_within(90, today)),
            }
        )
    alignments = (
        Alignment.objects.filter(working_group=group, logic_model__is_current=True)
        .select_related("outcome", "priority", "engagement_level")
        .order_by("priority__order", "outcome__term", "outcome__order")
    )
    return {
        "slug": group.slug,
        "name": text(group, "name", language),
        "acronym": text(group, "acronym", language),
        "mandate": text(group, "mandate", language),
        "kind": group.get_kind_display(),
        "status": group.get_status_display(),
        "council": text(council, "acronym", language) if council else "",
        "council_name": text(council, "name", language) if council else "",
        "start": iso(group.start_date),
        "start_precision": group.start_precision,
        "planned_end": iso(group.planned_end_date),
        "seats": seats,
        "member_cochairs": group.member_cochair_count,
        "vacant_seats": len(group.vacant_seats),
        "needs_member_cochair": group.needs_member_cochair,
        "reporting_lines": [
            {"council": text(line.council, "acronym", language), "start": iso(line.start_date), "end": iso(line.end_date)}
            for line in group.reporting_lines.all()
        ],
        "alignments": [
            {
                "target": text(a.priority or a.outcome, "name", language),
                "type": "priority" if a.priority_id else "outcome",
                "engagement": text(a.engagement_level, "name", language) if a.engagement_level_id else "",
                "contribution": text(a, "contribution", language),
            }
            for a in alignments
        ],
    }


def update_facts(update: StatusUpdate, language: str) -> dict:
    return {
        "period": text(update, "period_label", language),
        "period_start": iso(update.period_start),
        "period_end": iso(update.period_end),
        "rag": update.rag,
        "rag_label": update.get_rag_display(),
        "rationale": text(update, "rag_rationale", language),
        "accomplishments": text(update, "accomplishments", language),
        "next_steps": text(update, "next_steps", language),
        "risks": text(update, "risks_issues", language),
        "asks": text(update, "asks", language),
        "approved": iso(update.approved_at),
    }


def action_item_facts(item: ActionItem, language: str) -> dict:
    owner = item.owner
    return {
        "description": text(item, "description", language),
        "owner": text(owner, "name", language) if hasattr(owner, "name_en") else str(owner),
        "due": iso(item.due_date),
        "status": item.get_status_display(),
        "overdue": item.is_overdue(),
        "meeting": text(item.meeting, "title", language),
        "meeting_date": iso(item.meeting.start),
    }


def snapshot(group: WorkingGroup, language: str, draft: bool = False) -> dict:
    group = group_queryset().get(pk=group.pk)
    today = timezone.localdate()
    updates = list(StatusUpdate.objects.approved().filter(working_group=group).order_by("-period_end"))
    milestones = list(group.milestones.select_related("depends_on").order_by("due_date", "pk"))
    actions = list(
        ActionItem.objects.open()
        .filter(owner_group=group)
        .select_related("meeting", "owner_person", "owner_group", "owner_council")
        .order_by("due_date", "pk")
    )
    stamps = [
        group.updated_at,
        *(u.updated_at for u in updates),
        *(m.updated_at for m in milestones),
        *(a.updated_at for a in actions),
    ]
    stamps.append(group.seats.aggregate(last=Max("terms__updated_at"))["last"])
    return {
        "as_of": iso(max(s for s in stamps if s)),
        "today": today.isoformat(),
        "group": group_facts(group, language),
        "updates": [update_facts(u, language) for u in updates],
        "milestones": [
            {
                "title": text(m, "title", language),
                "due": iso(m.due_date),
                "status": m.get_status_display(),
                "overdue": m.is_overdue(today),
                "depends_on": text(m.depends_on, "title", language) if m.depends_on_id else "",
            }
            for m in milestones
        ],
        "action_items": [action_item_facts(a, language) for a in actions],
    }


def parity(group: WorkingGroup) -> list:
    url = group.get_absolute_url()
    label = f"{group}"
    missing = missing_texts(group, label=label, url=url, fields=("name", "mandate"))
    for update in StatusUpdate.objects.approved().filter(working_group=group):
        missing += missing_texts(update, label=f"{group} – {update.period_label}", url=url)
    for milestone in group.milestones.all():
        missing += missing_texts(milestone, label=f"{group} – {milestone.title}", url=url, fields=("title",))
    for item in ActionItem.objects.open().filter(owner_group=group):
        missing += missing_texts(item, label=f"{group} – {item}", url=item.meeting.get_absolute_url(), fields=("description",))
    return missing


register(
    ReportKind(
        kind="wg_status",
        label=_lazy("working group status report"),
        target_model=WorkingGroup,
        target_field="working_group",
        template="reports/pdf/wg_status.html",
        snapshot=snapshot,
        parity=parity,
    )
)
