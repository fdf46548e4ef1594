"""Filters of the cross-group lists the overview's numbers link to: milestones, co-chair terms, outstanding tasks.

Each filter that answers a number of the overview calls the selector that number counts with.
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from councils.models import Council
from workinggroups.filters import YES_NO_ANY
from workinggroups.models import TERM_ENDING_SOON_DAYS, CochairTerm, Milestone, OutstandingTask, WorkingGroup

from . import selectors


def _within(days: int) -> str:
    return gettext("Within %(days)s days") % {"days": days}


_lazy_within = lazy(_within, str)
# The overview links to ?ending=TERM_ENDING_SOON_DAYS: that choice is always offered.
TERM_ENDING_CHOICES = [(str(days), _lazy_within(days)) for days in sorted({30, TERM_ENDING_SOON_DAYS, 180})]


class GroupFiltersMixin(django_filters.FilterSet):
    """The group a record belongs to: its status, and its name or acronym."""

    group = django_filters.CharFilter(
        label=_("Working group"),
        method="filter_group",
        widget=forms.TextInput(attrs={"type": "search"}),
        help_text=_("Part of the group's English or French name or acronym."),
    )
    group_status = django_filters.ChoiceFilter(
        label=_("Group status"),
        choices=WorkingGroup.Status.choices,
        method="filter_group_status",
        empty_label=_("Any status"),
    )

    group_path = "working_group"

    def filter_group(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        p = self.group_path
        return queryset.filter(
            Q(**{f"{p}__name_en__icontains": value})
            | Q(**{f"{p}__name_fr__icontains": value})
            | Q(**{f"{p}__acronym_en__icontains": value})
            | Q(**{f"{p}__acronym_fr__icontains": value})
        )

    def filter_group_status(self, queryset, name, value):
        return queryset.filter(**{f"{self.group_path}__status": value}) if value else queryset


class MilestoneFilterSet(GroupFiltersMixin):
    """Milestones of every group: overdue, status, group."""

    overdue = django_filters.BooleanFilter(
        label=_("Overdue"),
        method="filter_overdue",
        widget=forms.Select(choices=YES_NO_ANY),
        help_text=_("Planned or in progress, and past its due date."),
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Milestone.Status.choices, empty_label=_("Any status"))

    class Meta:
        model = Milestone
        fields = ["overdue", "status", "group", "group_status"]

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        overdue = selectors.overdue_milestones().values("pk")
        return queryset.filter(pk__in=overdue) if value else queryset.exclude(pk__in=overdue)


class TermFilterSet(GroupFiltersMixin):
    """Co-chair terms current today: ending within a number of days, council of the group, group."""

    ending = django_filters.ChoiceFilter(
        label=_("Term ends"),
        choices=TERM_ENDING_CHOICES,
        method="filter_ending",
        empty_label=_("Any time"),
    )
    council = django_filters.ModelChoiceFilter(
        label=_("Group reports to"),
        queryset=Council.objects.order_by("code"),
        method="filter_council",
        empty_label=_("Any council"),
    )

    group_path = "seat__working_group"

    class Meta:
        model = CochairTerm
        fields = ["ending", "council", "group", "group_status"]

    def filter_ending(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(pk__in=selectors.terms_ending_within(int(value)).values("pk"))

    def filter_council(self, queryset, name, value):
        return queryset.filter(seat__working_group__in=WorkingGroup.objects.reporting_to(value).values("pk"))


class TaskFilterSet(GroupFiltersMixin):
    """Outstanding tasks of every group: due for review (not reviewed for six months), last decision, group."""

    review_due = django_filters.BooleanFilter(
        label=_("Due for review"),
        method="filter_review_due",
        widget=forms.Select(choices=YES_NO_ANY),
        help_text=_("Not retired, and not reviewed for six months (or never)."),
    )
    review_decision = django_filters.ChoiceFilter(
        label=_("Last review decision"), choices=OutstandingTask.Decision.choices, empty_label=_("Any decision")
    )

    class Meta:
        model = OutstandingTask
        fields = ["review_due", "review_decision", "group", "group_status"]

    def filter_review_due(self, queryset, name, value):
        if value is None:
            return queryset
        due = OutstandingTask.objects.review_due().values("pk")
        return queryset.filter(pk__in=due) if value else queryset.exclude(pk__in=due)
