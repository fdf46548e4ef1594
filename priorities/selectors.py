"""Reads of priorities for the portal's pages, with their supporting groups prefetched (no per-row query)."""

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from jointcouncils.models import related_model

from .models import Priority

# Alignments belong to logicmodel, a floor above: read through the relation it declares on Priority.
Alignment = related_model(Priority, "alignments")


def _alignments() -> Prefetch:
    """The priority's alignments with their group, engagement level and logic model version."""
    return Prefetch(
        "alignments",
        queryset=Alignment.objects.select_related("working_group", "engagement_level", "logic_model").order_by(
            "working_group__name", "-logic_model__adopted_on"
        ),
    )


def priority_list() -> QuerySet[Priority]:
    """Priorities with council, lead and supporting alignments, JC priorities first."""
    return (
        Priority.objects.select_related("council", "lead_person")
        .prefetch_related("lead_organisations", _alignments())
        .order_by("kind", "council__code", "order", "name")
    )


def priority_detail(slug: str) -> Priority:
    """One priority with its council, lead and supporting alignments."""
    return (
        Priority.objects.select_related("council", "lead_person__organisation")
        .prefetch_related("lead_organisations", _alignments())
        .get(slug=slug)
    )


def supporting_groups(priority: Priority) -> list:
    """The distinct working groups aligned to the priority, from the prefetched alignments."""
    seen, groups = set(), []
    for alignment in priority.alignments.all():
        if alignment.working_group_id not in seen:
            seen.add(alignment.working_group_id)
            groups.append(alignment.working_group)
    return groups


def priority_sections(priorities) -> list[dict]:
    """JC priorities first, then each council's emerging themes, one section per council."""
    jc, by_council = [], {}
    for priority in priorities:
        priority.supporting_groups = supporting_groups(priority)
        if priority.kind == Priority.Kind.JC_PRIORITY:
            jc.append(priority)
        else:
            by_council.setdefault(priority.council, []).append(priority)
    sections = []
    if jc:
        sections.append({"key": "jc", "title": _("Joint Councils priorities"), "priorities": jc})
    for council, themes in sorted(by_council.items(), key=lambda item: item[0].code):
        sections.append(
            {
                "key": council.code,
                "title": _("Emerging themes of %(council)s") % {"council": council.name},
                "priorities": themes,
            }
        )
    return sections
