"""Filters of the working-group list page.

"No member co-chair" and "vacant seat" read the annotations of selectors.with_derived_facts (member_cochairs,
has_vacant_seat): build the FilterSet through selectors.workinggroup_filterset.

"Term ending soon", "aligned to no priority" and "missing or stale update" are the SQL conditions below
(term_ending_soon_exists, priority_alignment_exists, recent_approved_update_exists); the dashboards count with
the same conditions, so that a number on the overview and the list it links to agree.
"""

import datetime

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from councils.models import Council, Jurisdiction
from jointcouncils.models import current_q, related_model

from .models import TERM_ENDING_SOON_DAYS, CochairTerm, ReportingLine, StatusUpdate, WorkingGroup

# Alignments, outcomes and priorities sit on higher floors (logicmodel, priorities): read through the relations
# they declare on WorkingGroup, never by importing them.
Alignment = related_model(WorkingGroup, "alignments")
Outcome = related_model(Alignment, "outcome")
Priority = related_model(Alignment, "priority")

YES_NO_ANY = [("", _("Any")), ("true", _("Yes")), ("false", _("No"))]

# A group's status update is "stale" when its newest approved update covers a period that ended more than this
# many days ago; "missing" when it has none. Roughly: nothing approved since the last two council meetings.
UPDATE_STALE_AFTER_DAYS = 120


def _with_days(text: str, days: int) -> str:
    return gettext(text) % {"days": days}


# A label that names a number of days, translated when shown (not at import).
_lazy_with_days = lazy(_with_days, str)


def term_ending_soon_exists(day: datetime.date | None = None, days: int = TERM_ENDING_SOON_DAYS) -> Exists:
    """The group has a co-chair term current on the day that ends within the given number of days."""
    day = day or timezone.localdate()
    terms = CochairTerm.objects.filter(
        current_q(on=day), seat__working_group=OuterRef("pk"), end_date__lte=day + datetime.timedelta(days=days)
    )
    return Exists(terms)


def priority_alignment_exists() -> Exists:
    """The group is aligned to at least one priority that is not retired (otherwise it is an "island")."""
    return Exists(
        Alignment.objects.filter(working_group=OuterRef("pk"), priority__isnull=False).exclude(
            priority__status__in=Priority.NOT_CURRENT
        )
    )


def recent_approved_update_exists(day: datetime.date | None = None) -> Exists:
    """The group has an approved status update whose period ended within UPDATE_STALE_AFTER_DAYS (or ends later)."""
    day = day or timezone.localdate()
    cutoff = day - datetime.timedelta(days=UPDATE_STALE_AFTER_DAYS)
    return Exists(StatusUpdate.objects.approved().filter(working_group=OuterRef("pk"), period_end__gte=cutoff))


class WorkingGroupFilterSet(django_filters.FilterSet):
    """Council (current reporting line), kind, priority, status, co-chairs' jurisdiction level, gaps, and text."""

    q = django_filters.CharFilter(
        label=_("Name or acronym"),
        method="filter_text",
        widget=forms.TextInput(attrs={"type": "search"}),
        help_text=_("Searches English and French names and acronyms."),
    )
    council = django_filters.ModelChoiceFilter(
        label=_("Reports to"),
        queryset=Council.objects.order_by("code"),
        method="filter_council",
        empty_label=_("Any council"),
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=WorkingGroup.Kind.choices, empty_label=_("Any kind"))
    status = django_filters.ChoiceFilter(label=_("Status"), choices=WorkingGroup.Status.choices, empty_label=_("Any status"))
    priority = django_filters.ModelChoiceFilter(
        label=_("Aligned to priority"),
        queryset=Priority.objects.order_by("kind", "council__code", "order", "name"),
        method="filter_priority",
        empty_label=_("Any priority"),
    )
    outcome = django_filters.ModelChoiceFilter(
        label=_("Aligned to outcome"),
        queryset=Outcome.objects.filter(logic_model__is_current=True).order_by("term", "order"),
        method="filter_outcome",
        empty_label=_("Any outcome"),
    )
    jurisdiction_level = django_filters.ChoiceFilter(
        label=_("Co-chair jurisdiction level"),
        choices=Jurisdiction.Level.choices,
        method="filter_jurisdiction_level",
        empty_label=_("Any level"),
    )
    no_member_cochair = django_filters.BooleanFilter(
        label=_("No member co-chair"),
        method="filter_no_member_cochair",
        widget=forms.Select(choices=YES_NO_ANY),
    )
    vacant_seat = django_filters.BooleanFilter(
        label=_("Vacant co-chair seat"),
        method="filter_vacant_seat",
        widget=forms.Select(choices=YES_NO_ANY),
    )
    term_ending_soon = django_filters.BooleanFilter(
        label=_lazy_with_days(gettext_noop("Co-chair term ending within %(days)s days"), TERM_ENDING_SOON_DAYS),
        method="filter_term_ending_soon",
        widget=forms.Select(choices=YES_NO_ANY),
    )
    no_priority = django_filters.BooleanFilter(
        label=_("Aligned to no priority"),
        method="filter_no_priority",
        widget=forms.Select(choices=YES_NO_ANY),
    )
    stale_update = django_filters.BooleanFilter(
        label=_("Missing or stale status update"),
        help_text=_lazy_with_days(
            gettext_noop("No approved status update for a period that ended in the last %(days)s days."), UPDATE_STALE_AFTER_DAYS
        ),
        method="filter_stale_update",
        widget=forms.Select(choices=YES_NO_ANY),
    )

    class Meta:
        model = WorkingGroup
        fields = [
            "q",
            "council",
            "kind",
            "status",
            "priority",
            "jurisdiction_level",
            "no_member_cochair",
            "vacant_seat",
            "term_ending_soon",
            "no_priority",
            "stale_update",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.fields["council"].label_from_instance = lambda council: f"{council.name} ({council.acronym})"

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(name_en__icontains=value)
            | Q(name_fr__icontains=value)
            | Q(acronym_en__icontains=value)
            | Q(acronym_fr__icontains=value)
        )

    def filter_council(self, queryset, name, value):
        lines = ReportingLine.objects.filter(current_q(on=timezone.localdate()), working_group=OuterRef("pk"), council=value)
        return queryset.filter(Exists(lines))

    def filter_priority(self, queryset, name, value):
        return queryset.filter(Exists(Alignment.objects.filter(working_group=OuterRef("pk"), priority=value)))

    def filter_outcome(self, queryset, name, value):
        return queryset.filter(Exists(Alignment.objects.filter(working_group=OuterRef("pk"), outcome=value)))

    def filter_jurisdiction_level(self, queryset, name, value):
        """Groups with a current co-chair whose organisation (own, holding or on behalf of) is at that level."""
        terms = CochairTerm.objects.filter(current_q(on=timezone.localdate()), seat__working_group=OuterRef("pk")).filter(
            Q(person__organisation__jurisdiction__level=value)
            | Q(organisation__jurisdiction__level=value)
            | Q(on_behalf_of__jurisdiction__level=value)
        )
        return queryset.filter(Exists(terms))

    def filter_no_member_cochair(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(lacks_member_cochair=True) if value else queryset.filter(lacks_member_cochair=False)

    def filter_vacant_seat(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(has_vacant_seat=value)

    def filter_term_ending_soon(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(term_ending_soon_exists()) if value else queryset.exclude(term_ending_soon_exists())

    def filter_no_priority(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.exclude(priority_alignment_exists()) if value else queryset.filter(priority_alignment_exists())

    def filter_stale_update(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.exclude(recent_approved_update_exists()) if value else queryset.filter(recent_approved_update_exists())


class MilestoneFilter(django_filters.FilterSet):
    """Milestones of one group (the workplan page) or of every group, by status."""

    group = django_filters.CharFilter(field_name="working_group__slug", label=_("Working group"))
    status = django_filters.CharFilter(field_name="status", label=_("Status"))
