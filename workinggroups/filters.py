"""Filters of the working-group list page.

"No member co-chair" and "vacant seat" read the annotations of selectors.with_derived_facts (member_cochairs,
has_vacant_seat): build the FilterSet through selectors.workinggroup_filterset.
"""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from councils.models import Council, Jurisdiction
from logicmodel.models import Alignment
from priorities.models import Priority

from .models import CochairTerm, ReportingLine, WorkingGroup

YES_NO_ANY = [("", _("Any")), ("true", _("Yes")), ("false", _("No"))]


def _current(day) -> Q:
    return (Q(start_date__isnull=True) | Q(start_date__lte=day)) & (Q(end_date__isnull=True) | Q(end_date__gte=day))


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

    class Meta:
        model = WorkingGroup
        fields = ["q", "council", "kind", "status", "priority", "jurisdiction_level", "no_member_cochair", "vacant_seat"]

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
        lines = ReportingLine.objects.filter(_current(timezone.localdate()), working_group=OuterRef("pk"), council=value)
        return queryset.filter(Exists(lines))

    def filter_priority(self, queryset, name, value):
        return queryset.filter(Exists(Alignment.objects.filter(working_group=OuterRef("pk"), priority=value)))

    def filter_jurisdiction_level(self, queryset, name, value):
        """Groups with a current co-chair whose organisation (own, holding or on behalf of) is at that level."""
        terms = CochairTerm.objects.filter(_current(timezone.localdate()), seat__working_group=OuterRef("pk")).filter(
            Q(person__organisation__jurisdiction__level=value)
            | Q(organisation__jurisdiction__level=value)
            | Q(on_behalf_of__jurisdiction__level=value)
        )
        return queryset.filter(Exists(terms))

    def filter_no_member_cochair(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(member_cochairs=0) if value else queryset.filter(member_cochairs__gt=0)

    def filter_vacant_seat(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(has_vacant_seat=value)
