"""Data blocks several reports share: the logic-model annex and the group status table (the participation map is
workinggroups.participation, which the dashboards draw too)."""

from collections import defaultdict

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from councils.models import ExternalRelation
from logicmodel.models import Alignment, LogicModel
from workinggroups.selectors import latest_approved, next_milestone

from .values import iso, text


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


def group_status_row(group, on_date, language: str) -> dict:
    """One row of the working-group status table, as the source decks lay it out."""
    today = timezone.localdate()
    council = group.current_council
    update = latest_approved(group)
    milestone = next_milestone(group, on_date)
    cochairs = []
    for term in group.current_terms(today):
        org = term.holder_organisation
        cochairs.append(
            term.person.full_name
            if term.person_id
            else ((text(org, "acronym", language) or text(org, "name", language)) if org else term.holder_name)
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


def external_relations(language: str) -> list[dict]:
    """The councils' links with bodies outside them (reporting lines and partners), with where each is from."""
    rows = []
    relations = ExternalRelation.objects.select_related("council", "body").order_by("council__code", "kind", "body__name_en")
    with translation.override(language):
        for relation in relations:
            info = relation.provenance(language)
            if relation.is_formal is None:
                formal = _("not recorded")
            else:
                formal = _("formal") if relation.is_formal else _("informal")
            rows.append(
                {
                    "council": text(relation.council, "acronym", language),
                    "body": text(relation.body, "name", language),
                    "link": str(relation.get_kind_display()),
                    "formal": str(formal),
                    "description": text(relation, "description", language),
                    "source": info["source"],
                    "inferred": info["reason"] if relation.inferred else "",
                }
            )
    return rows
