"""Filters of the meetings list and of the action-item tracker (django-filter)."""

import django_filters
from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from councils.models import Council
from workinggroups.models import WorkingGroup

from . import selectors
from .models import ActionItem, Meeting


def _year_choices():
    return [(year, year) for year in selectors.meeting_years()]


class MeetingFilter(django_filters.FilterSet):
    council = django_filters.ModelChoiceFilter(
        label=_("Council"), queryset=Council.objects.order_by("code"), empty_label=_("All councils")
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Meeting.Status.choices, empty_label=_("All statuses"))
    year = django_filters.ChoiceFilter(
        label=_("Year"), field_name="start__year", choices=_year_choices, empty_label=_("All years")
    )

    class Meta:
        model = Meeting
        fields = ["council", "status", "year"]


class ActionItemFilter(django_filters.FilterSet):
    """The tracker shows open items (open or in progress) unless another status is asked for."""

    ACTIVE = "active"
    ALL = "all"
    OWNER_FIELDS = {
        "person": "owner_person",
        "organisation": "owner_organisation",
        "group": "owner_group",
        "council": "owner_council",
    }

    owner_type = django_filters.ChoiceFilter(
        label=_("Owner is"),
        choices=[
            ("person", _("a person")),
            ("organisation", _("an organisation")),
            ("group", _("a working group")),
            ("council", _("a council")),
        ],
        empty_label=_("any kind of owner"),
        method="filter_owner_type",
    )
    owner_group = django_filters.ModelChoiceFilter(
        label=_("Owner working group"), queryset=WorkingGroup.objects.order_by("name"), empty_label=_("All working groups")
    )
    council = django_filters.ModelChoiceFilter(
        label=_("Council of the meeting"),
        field_name="meeting__council",
        queryset=Council.objects.order_by("code"),
        empty_label=_("All councils"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(ACTIVE, _("open or in progress")), *ActionItem.Status.choices, (ALL, _("all statuses"))],
        empty_label=None,
        method="filter_status",
    )
    overdue = django_filters.BooleanFilter(label=_("Overdue only"), widget=forms.CheckboxInput, method="filter_overdue")

    class Meta:
        model = ActionItem
        fields = ["owner_type", "owner_group", "council", "status", "overdue"]

    def __init__(self, data=None, *args, **kwargs):
        data = data.copy() if data is not None else QueryDict(mutable=True)
        if not data.get("status"):
            data["status"] = self.ACTIVE
        super().__init__(data, *args, **kwargs)

    def filter_owner_type(self, queryset, name, value):
        field = self.OWNER_FIELDS.get(value)
        return queryset.filter(**{f"{field}__isnull": False}) if field else queryset

    def filter_status(self, queryset, name, value):
        if value == self.ALL:
            return queryset
        if value == self.ACTIVE:
            return queryset.open()
        return queryset.filter(status=value)

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue() if value else queryset
