"""Filters of the ballots list (django-filter)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from councils.models import Council

from .models import Ballot


class BallotFilter(django_filters.FilterSet):
    council = django_filters.ModelChoiceFilter(
        label=_("Council"), queryset=Council.objects.order_by("code"), empty_label=_("All councils")
    )
    status = django_filters.ChoiceFilter(label=_("State"), choices=Ballot.Status.choices, empty_label=_("All states"))

    class Meta:
        model = Ballot
        fields = ["council", "status"]
