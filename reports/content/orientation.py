"""Orientation pack for a new co-chair or member of a working group (the "orientation" the sources ask for)."""

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from councils.models import ExternalRelation
from councils.selectors import glossary_entries
from logicmodel.models import Alignment
from reports.kinds import ReportKind, register
from workinggroups.models import StatusUpdate, WorkingGroup

from .blocks import external_relations, logic_model_block
from .values import iso, missing_texts, text
from .wg_status import group_facts, group_queryset, update_facts


def _related_groups(group: WorkingGroup, language: str) -> list[dict]:
    """Groups that share a priority or an outcome with this one."""
    mine = Alignment.objects.filter(working_group=group)
    priority_ids = [pk for pk in mine.values_list("priority_id", flat=True) if pk]
    outcome_ids = [pk for pk in mine.values_list("outcome_id", flat=True) if pk]
    shared = {}
    for a in (
        Alignment.objects.exclude(working_group=group)
        .filter(priority_id__in=priority_ids)
        .select_related("working_group", "priority")
    ):
        shared.setdefault(a.working_group, set()).add(text(a.priority, "name", language))
    for a in (
        Alignment.objects.exclude(working_group=group)
        .filter(outcome_id__in=outcome_ids)
        .select_related("working_group", "outcome")
    ):
        shared.setdefault(a.working_group, set()).add(text(a.outcome, "name", language))
    return [
        {"name": text(g, "name", language), "through": sorted(reasons)}
        for g, reasons in sorted(shared.items(), key=lambda item: item[0].name_en or "")
    ]


def snapshot(group: WorkingGroup, language: str, draft: bool = False) -> dict:
    group = group_queryset().get(pk=group.pk)
    updates = list(StatusUpdate.objects.approved().filter(working_group=group).order_by("-period_end")[:4])
    latest = updates[0] if updates else None
    with translation.override(language):
        glossary = [
            {
                "acronym": (e.acronym_fr or e.acronym_en) if language == "fr" else (e.acronym_en or e.acronym_fr),
                "name": e.name_fr if language == "fr" else e.name_en,
                "what": str(e.what),
            }
            for e in glossary_entries(language)
        ]
    external = external_relations(language)
    stamps = [group.updated_at, *(u.updated_at for u in updates)]
    stamps += list(ExternalRelation.objects.values_list("updated_at", flat=True))
    return {
        "as_of": iso(max(stamps)),
        "group": group_facts(group, language),
        "achievements": [update_facts(u, language) for u in updates],
        "challenges": {
            "risks": text(latest, "risks_issues", language) if latest else "",
            "asks": text(latest, "asks", language) if latest else "",
            "period": text(latest, "period_label", language) if latest else "",
        },
        "related": _related_groups(group, language),
        "external": external,
        "logic_model": logic_model_block(language),
        "glossary": glossary,
    }


def parity(group: WorkingGroup) -> list:
    url = group.get_absolute_url()
    missing = missing_texts(group, label=_("Working group: %(name)s") % {"name": group.name}, url=url, fields=("name", "mandate"))
    for update in StatusUpdate.objects.approved().filter(working_group=group).order_by("-period_end")[:4]:
        missing += missing_texts(update, label=_("Status update: %(period)s") % {"period": update.period_label}, url=url)
    return missing


register(
    ReportKind(
        kind="orientation",
        label=_lazy("orientation pack"),
        target_model=WorkingGroup,
        target_field="working_group",
        template="reports/pdf/orientation.html",
        snapshot=snapshot,
        parity=parity,
    )
)
