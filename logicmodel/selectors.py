"""Reads of the logic model for its page: everything in a fixed number of queries."""

from django.db.models import Count, Prefetch, Q

from priorities.models import Priority

from .models import Alignment, Indicator, IndicatorValue, LogicModel, Outcome

# What the page shows of each alignment: its group's link and its engagement level (both languages, so that the
# fallback of modeltranslation never loads a deferred column row by row). At 100x data the page lists ~1,000
# alignments: loading only these columns keeps building them cheap.
ALIGNMENT_FIELDS = (
    "outcome_id",
    "priority_id",
    "logic_model_id",
    "working_group__slug",
    "working_group__name_en",
    "working_group__name_fr",
    "working_group__acronym_en",
    "working_group__acronym_fr",
    "engagement_level__name_en",
    "engagement_level__name_fr",
)


# The page lists at most this many groups under an outcome or a priority, then links to the filtered groups list:
# at 100x data an outcome has hundreds of groups, and a page of thousands of rows helps nobody.
GROUPS_SHOWN = 25


def current_logic_model() -> LogicModel | None:
    """The logic model in force, or None when none is recorded."""
    return LogicModel.objects.current()


def logic_model_page(logic_model: LogicModel) -> dict:
    """Principles, outcomes with their aligned groups and indicators, engagement levels, groups per priority, versions."""
    alignments = (
        Alignment.objects.select_related("working_group", "engagement_level")
        .only(*ALIGNMENT_FIELDS, "contribution_en", "contribution_fr")
        .order_by("working_group__name")
    )
    indicators = Indicator.objects.order_by("order", "pk").prefetch_related(
        Prefetch("values", queryset=IndicatorValue.objects.order_by("period_end"), to_attr="values_in_order")
    )
    outcomes = list(
        logic_model.outcomes.order_by("term", "order")
        .annotate(group_total=Count("alignments"))
        .prefetch_related(
            Prefetch("alignments", queryset=alignments[:GROUPS_SHOWN], to_attr="shown_alignments"),
            Prefetch("indicators", queryset=indicators),
        )
    )
    priority_alignments = (
        Alignment.objects.filter(logic_model=logic_model)
        .select_related("working_group", "engagement_level")
        .only(*ALIGNMENT_FIELDS, "priority")
        .order_by("working_group__name")
    )
    priorities = list(
        Priority.objects.filter(alignments__logic_model=logic_model)
        .distinct()
        .select_related("council")
        .annotate(group_total=Count("alignments", filter=Q(alignments__logic_model=logic_model), distinct=True))
        .prefetch_related(Prefetch("alignments", queryset=priority_alignments[:GROUPS_SHOWN], to_attr="shown_alignments"))
        .order_by("kind", "council__code", "order", "name")
    )
    by_priority = [{"priority": p, "alignments": p.shown_alignments, "total": p.group_total} for p in priorities]
    return {
        "principles": list(logic_model.principles.order_by("order")),
        "long_term_outcomes": [o for o in outcomes if o.term == Outcome.Term.LONG],
        "short_term_outcomes": [o for o in outcomes if o.term == Outcome.Term.SHORT],
        "engagement_levels": list(logic_model.engagement_levels.order_by("order")),
        "priorities": by_priority,
        "versions": list(LogicModel.objects.order_by("-adopted_on", "name")),
    }
