"""Filters of the priorities list: council, kind, status."""

import django_filters
from django.utils.translation import gettext_lazy as _

from councils.models import Council

from .models import Priority


class PriorityFilter(django_filters.FilterSet):
    council = django_filters.ModelChoiceFilter(
        label=_("Council"), queryset=Council.objects.order_by("code"), empty_label=_("Any council")
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Priority.Kind.choices, empty_label=_("Any kind"))
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Priority.Status.choices, empty_label=_("Any status"))

    class Meta:
        model = Priority
        fields = ["council", "kind", "status"]
