"""Data blocks several reports share: the logic-model annex, the participation map, the group status table."""

from collections import Counter, defaultdict

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import Jurisdiction
from jointcouncils import charts
from logicmodel.models import Alignment, LogicModel
from workinggroups.models import Milestone, StatusUpdate, WorkingGroup

from .values import iso, text

LEVELS = [choice for choice, _label in Jurisdiction.Level.choices]


def logic_model_block(language: str) -> dict | None:
    """Vision, call to action, objective, principles and outcomes with the groups aligned to each."""
    model = LogicModel.objects.filter(is_current=True).order_by("-adopted_on").first()
    if model is None:
        return None
    alignments = list(
        Alignment.objects.filter(logic_model=model)
        .select_related("working_group", "engagement_level", "outcome", "priority")
        .order_by("working_group__name_en")
    )
    by_outcome = defaultdict(list)
    by_priority = defaultdict(list)
    for a in alignments:
        entry = {
            "group": text(a.working_group, "name", language),
            "engagement": text(a.engagement_level, "name", language) if a.engagement_level_id else "",
        }
        if a.outcome_id:
            by_outcome[a.outcome_id].append(entry)
        else:
            by_priority[a.priority_id].append({**entry, "priority": text(a.priority, "name", language)})
    outcomes = list(model.outcomes.order_by("term", "order"))
    return {
        "name": text(model, "name", language),
        "vision": text(model, "vision", language),
        "call_to_action": text(model, "call_to_action", language),
        "objective": text(model, "objective", language),
        "principles": [
            {"name": text(p, "name", language), "description": text(p, "description", language)}
            for p in model.principles.order_by("order")
        ],
        "long_term": [
            {"name": text(o, "name", language), "description": text(o, "description", language), "groups": by_outcome[o.pk]}
            for o in outcomes
            if o.term == "long"
        ],
        "short_term": [
            {"name": text(o, "name", language), "description": text(o, "description", language), "groups": by_outcome[o.pk]}
            for o in outcomes
            if o.term == "short"
        ],
        "engagement_levels": [
            {"name": text(level, "name", language), "description": text(level, "description", language)}
            for level in model.engagement_levels.order_by("order")
        ],
        "priority_alignment": [row for rows in by_priority.values() for row in rows],
    }


def active_groups():
    return (
        WorkingGroup.objects.with_structure()
        .filter(status__in=[WorkingGroup.Status.ACTIVE, WorkingGroup.Status.DORMANT])
        .prefetch_related(
            Prefetch("milestones", queryset=Milestone.objects.order_by("due_date", "pk")),
            Prefetch(
                "status_updates",
                queryset=StatusUpdate.objects.approved().order_by("-period_end", "-approved_at"),
                to_attr="approved_updates",
            ),
        )
        .order_by("name_en")
    )


def participation_block(groups, language: str) -> dict:
    """Co-chair seats by jurisdiction level and by organisation (current terms), with a chart."""
    today = timezone.localdate()
    by_level = Counter()
    by_org = Counter()
    org_groups = defaultdict(list)
    for group in groups:
        for term in group.current_terms(today):
            org = term.holder_organisation
            level = org.jurisdiction.level if org else ""
            by_level[level] += 1
            name = (text(org, "acronym", language) or text(org, "name", language)) if org else _("not recorded")
            by_org[name] += 1
            org_groups[name].append(text(group, "acronym", language) or text(group, "name", language))
    level_labels = dict(Jurisdiction.Level.choices)
    level_rows = [(str(level_labels[level]), by_level.get(level, 0)) for level in LEVELS]
    if by_level.get(""):
        level_rows.append((_("not recorded"), by_level[""]))
    org_rows = sorted(by_org.items(), key=lambda item: (-item[1], item[0]))
    total = sum(by_level.values())
    return {
        "total": total,
        "by_level": [{"level": label, "seats": count} for label, count in level_rows],
        "by_organisation": [
            {"organisation": name, "seats": count, "groups": sorted(org_groups[name])} for name, count in org_rows
        ],
        "chart_levels": charts.horizontal_bar_chart(
            title=_("Co-chair seats by jurisdiction level"),
            description=", ".join(f"{label}: {count}" for label, count in level_rows),
            rows=level_rows,
        ),
        "chart_organisations": charts.horizontal_bar_chart(
            title=_("Co-chair seats by organisation"),
            description=", ".join(f"{name}: {count}" for name, count in org_rows[:15]),
            rows=org_rows[:15],
        ),
    }


def latest_approved(group, on_date):
    """The group's newest approved update whose period started by the given date."""
    for update in getattr(group, "approved_updates", []):
        if on_date is None or update.period_start <= on_date:
            return update
    return None


def next_milestone(group, on_date):
    for milestone in group.milestones.all():
        if milestone.is_open and (milestone.due_date is None or on_date is None or milestone.due_date >= on_date):
            return milestone
    overdue = [m for m in group.milestones.all() if m.is_open]
    return overdue[0] if overdue else None


def group_status_row(group, on_date, language: str) -> dict:
    """One row of the working-group status table, as the source decks lay it out."""
    today = timezone.localdate()
    council = group.current_council
    update = latest_approved(group, on_date)
    milestone = next_milestone(group, on_date)
    cochairs = []
    for term in group.current_terms(today):
        org = term.holder_organisation
        cochairs.append(
            term.person.full_name
            if term.person_id
            else ((text(org, "acronym", language) or text(org, "name", language)) if org else "")
        )
    return {
        "name": text(group, "name", language),
        "acronym": text(group, "acronym", language),
        "council": text(council, "acronym", language) if council else "",
        "cochairs": cochairs,
        "cochair_count": len(group.current_terms(today)),
        "member_cochairs": group.member_cochair_count,
        "vacant_seats": len(group.vacant_seats),
        "needs_member_cochair": group.needs_member_cochair,
        "rag": update.rag if update else "",
        "rag_label": update.get_rag_display() if update else "",
        "update_period": text(update, "period_label", language) if update else "",
        "next_milestone": text(milestone, "title", language) if milestone else "",
        "next_milestone_due": iso(milestone.due_date) if milestone else None,
        "next_milestone_overdue": bool(milestone and milestone.is_overdue(on_date or today)),
    }
