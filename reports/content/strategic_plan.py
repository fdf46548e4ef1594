"""The Joint Councils strategic plan for a period: vision and principles, each priority with its groups, outcomes,
indicators, milestones, decisions and the consultation themes that support it (counts and quotes), the councils'
emerging themes, governance and external relations, and the period's narrative sections."""

import datetime
from decimal import Decimal

from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from consultations.models import PlanPeriod, PlanSection, Theme
from consultations.selectors import priority_trail
from consultations.services import plan_priorities
from councils.models import Council
from jointcouncils.i18n import text
from jointcouncils.models import current_q
from logicmodel.models import Alignment, Indicator, IndicatorValue, Outcome
from meetings.models import Decision
from priorities.models import Priority
from reports.docx import strategic_plan_docx
from reports.kinds import ReportKind, register
from workinggroups.models import Milestone, ReportingLine, WorkingGroup

from .blocks import external_relations, logic_model_block
from .values import iso, missing_texts


def _period_dates(period: PlanPeriod) -> tuple[datetime.date, datetime.date]:
    return datetime.date(period.start_year, 1, 1), datetime.date(period.end_year, 12, 31)


def indicator_rag(indicator: Indicator, latest: IndicatorValue | None) -> str:
    """Green when the latest value reaches the target, amber when it has moved at least halfway from the baseline,
    red otherwise; empty (not rated) without a target or a value. The rule is the plan's and is printed with it."""
    if latest is None or indicator.target is None:
        return ""
    target, value = indicator.target, latest.value
    baseline = indicator.baseline if indicator.baseline is not None else Decimal(0)
    rising = target >= baseline
    if (value >= target) if rising else (value <= target):
        return "green"
    span = abs(target - baseline)
    moved = (value - baseline) if rising else (baseline - value)
    return "amber" if span and moved >= span / 2 else "red"


def _supporting_groups(priority: Priority):
    ids = Alignment.objects.filter(priority=priority, logic_model__is_current=True).values("working_group_id")
    return list(
        WorkingGroup.objects.filter(pk__in=ids)
        .exclude(status=WorkingGroup.Status.DISSOLVED)
        .prefetch_related("seats__terms__person", "seats__terms__organisation")
        .order_by("name_en")
    )


def _decisions(priority: Priority, start, end):
    return list(
        Decision.objects.filter(Q(priorities=priority) | Q(agenda_item__priorities=priority), decided_on__range=(start, end))
        .select_related("meeting__council")
        .distinct()
        .order_by("decided_on", "pk")
    )


def _outcomes(priority: Priority, group_ids: list[int]):
    theme_outcomes = Outcome.objects.filter(consultation_themes__priorities=priority).values("pk")
    return list(
        Outcome.objects.filter(logic_model__is_current=True)
        .filter(Q(alignments__working_group_id__in=group_ids) | Q(pk__in=theme_outcomes))
        .distinct()
        .prefetch_related(Prefetch("indicators", queryset=Indicator.objects.prefetch_related("values")))
        .order_by("term", "order")
    )


def _rag_label(rag: str) -> str:
    return {"green": _("green"), "amber": _("amber"), "red": _("red")}.get(rag, _("not rated"))


def _priority_block(priority: Priority, period: PlanPeriod, language: str, narratives: dict) -> dict:
    start, end = _period_dates(period)
    today = timezone.localdate()
    groups = _supporting_groups(priority)
    group_ids = [g.pk for g in groups]
    outcomes = []
    for outcome in _outcomes(priority, group_ids):
        indicators = []
        for indicator in outcome.indicators.all():
            values = sorted(indicator.values.all(), key=lambda v: v.period_end)
            latest = values[-1] if values else None
            rag = indicator_rag(indicator, latest)
            indicators.append(
                {
                    "name": text(indicator, "name", language),
                    "unit": text(indicator, "unit", language),
                    "baseline": str(indicator.baseline) if indicator.baseline is not None else "",
                    "target": str(indicator.target) if indicator.target is not None else "",
                    "latest": str(latest.value) if latest else "",
                    "latest_period": text(latest, "period_label", language) if latest else "",
                    "rag": rag,
                    "rag_label": str(_rag_label(rag)),
                }
            )
        outcomes.append(
            {
                "code": outcome.code,
                "name": text(outcome, "name", language),
                "term": outcome.get_term_display(),
                "indicators": indicators,
            }
        )
    milestones = list(
        Milestone.objects.filter(working_group_id__in=group_ids)
        .filter(Q(due_date__range=(start, end)) | Q(due_date__isnull=True))
        .select_related("working_group")
        .order_by("due_date", "pk")
    )
    lead = ", ".join(
        ([priority.lead_person.full_name] if priority.lead_person_id else [])
        + [text(org, "acronym", language) or text(org, "name", language) for org in priority.lead_organisations.all()]
    ) or text(priority, "lead_note", language)
    return {
        "slug": priority.slug,
        "name": text(priority, "name", language),
        "definition": text(priority, "definition", language),
        "scope": text(priority, "scope", language),
        "status": priority.get_status_display(),
        "lead": lead,
        "narrative": narratives.get(priority.pk, ""),
        "groups": [
            {
                "name": text(g, "name", language),
                "cochairs": [
                    term.holder_name for seat in g.seats.all() for term in seat.terms.all() if term.is_current_on(today)
                ],
            }
            for g in groups
        ],
        "outcomes": outcomes,
        "milestones": [
            {
                "group": text(m.working_group, "name", language),
                "title": text(m, "title", language),
                "due": iso(m.due_date),
                "status": m.get_status_display(),
            }
            for m in milestones
        ],
        "decisions": [
            {
                "text": text(d, "text", language),
                "date": iso(d.decided_on),
                "council": text(d.meeting.council, "acronym", language),
                "result": d.get_result_display(),
            }
            for d in _decisions(priority, start, end)
        ],
        "themes": priority_trail(priority, language),
    }


def _governance(language: str) -> dict:
    councils = list(Council.objects.prefetch_related("constituent_councils").order_by("code"))
    lines = list(
        ReportingLine.objects.filter(current_q())
        .select_related("working_group", "council")
        .order_by("council__code", "working_group__name_en")
    )
    by_council = {}
    for line in lines:
        if line.working_group.status == WorkingGroup.Status.DISSOLVED:
            continue
        by_council.setdefault(line.council_id, []).append(text(line.working_group, "name", language))
    return {
        "councils": [
            {
                "name": text(c, "name", language),
                "acronym": text(c, "acronym", language),
                "constituents": [text(x, "acronym", language) for x in c.constituent_councils.all()],
                "groups": by_council.get(c.pk, []),
            }
            for c in councils
        ],
        # The councils' links with bodies outside them, as the orientation pack shows them.
        "external": external_relations(language),
    }


def snapshot(period: PlanPeriod, language: str, draft: bool = False) -> dict:
    period = PlanPeriod.objects.prefetch_related(
        Prefetch("sections", queryset=PlanSection.objects.select_related("priority"))
    ).get(pk=period.pk)
    sections = list(period.sections.all())
    narratives = {s.priority_id: text(s, "body", language) for s in sections if s.kind == PlanSection.Kind.PRIORITY}
    general = {s.kind: text(s, "body", language) for s in sections if s.kind != PlanSection.Kind.PRIORITY}
    priorities = [
        _priority_block(p, period, language, narratives)
        for p in plan_priorities().select_related("lead_person").prefetch_related("lead_organisations")
    ]
    emerging = []
    for council in Council.objects.filter(priorities__kind=Priority.Kind.EMERGING_THEME).distinct().order_by("code"):
        emerging.append(
            {
                "council": text(council, "name", language),
                "acronym": text(council, "acronym", language),
                "themes": [
                    {"name": text(p, "name", language), "definition": text(p, "definition", language), "year": p.year}
                    for p in council.priorities.filter(kind=Priority.Kind.EMERGING_THEME).order_by("order", "pk")
                ],
            }
        )
    stamps = [period.updated_at, *(s.updated_at for s in sections)]
    latest_theme = Theme.objects.order_by("-updated_at").values_list("updated_at", flat=True).first()
    if latest_theme:
        stamps.append(latest_theme)
    return {
        "as_of": iso(max(stamps)),
        "period": {
            "label": str(period),
            "slug": period.slug,
            "status": period.get_status_display(),
            "approved": iso(period.approved_at),
        },
        "introduction": general.get(PlanSection.Kind.INTRODUCTION, ""),
        "context": general.get(PlanSection.Kind.CONTEXT, ""),
        "logic_model": logic_model_block(language),
        "priorities": priorities,
        "emerging": emerging,
        "governance": _governance(language),
    }


def parity(period: PlanPeriod) -> list:
    url = period.get_absolute_url()
    missing = []
    for section in period.sections.select_related("priority"):
        missing += missing_texts(
            section, label=_("Plan section: %(name)s") % {"name": str(section)}, url=section.get_absolute_url()
        )
    for priority in plan_priorities():
        missing += missing_texts(
            priority,
            label=_("Priority: %(name)s") % {"name": priority.name},
            url=priority.get_absolute_url(),
            fields=("name", "definition", "scope"),
        )
        for theme in Theme.objects.filter(priorities=priority):
            missing += missing_texts(
                theme, label=_("Theme: %(name)s") % {"name": theme.name}, url=url, fields=("name", "description")
            )
    return missing


register(
    ReportKind(
        kind="strategic_plan",
        label=gettext_lazy("strategic plan"),
        target_model=PlanPeriod,
        target_field="plan_period",
        template="reports/pdf/strategic_plan.html",
        snapshot=snapshot,
        parity=parity,
        docx=strategic_plan_docx,
    )
)
