"""Filters of the people list: organisation, jurisdiction level, council seat, role, and a free-text search."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from jointcouncils.models import current_q, related_model

from .models import Council, CouncilMembership, Jurisdiction, Organisation, Person

# Co-chair terms belong to workinggroups, a floor above: read through the relation it declares on Person.
CochairTerm = related_model(Person, "cochair_terms")

GROUP_COCHAIR = "group_co_chair"
ROLE_CHOICES = [
    (CouncilMembership.Role.CO_CHAIR.value, _("council co-chair")),
    (CouncilMembership.Role.MEMBER.value, _("council member")),
    (CouncilMembership.Role.OBSERVER.value, _("council observer")),
    (GROUP_COCHAIR, _("working group co-chair")),
]


class PersonFilter(django_filters.FilterSet):
    """Council and role filter together on today's seats: "PSSDC" + "council co-chair" means a PSSDC co-chair."""

    q = django_filters.CharFilter(label=_("Search by name, email or organisation"), method="filter_search")
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.order_by("name"), empty_label=_("Any organisation")
    )
    level = django_filters.ChoiceFilter(
        label=_("Jurisdiction level"),
        field_name="organisation__jurisdiction__level",
        choices=Jurisdiction.Level.choices,
        empty_label=_("Any level"),
    )
    council = django_filters.ModelChoiceFilter(
        label=_("Council"), queryset=Council.objects.order_by("code"), empty_label=_("Any council"), method="filter_seat"
    )
    role = django_filters.ChoiceFilter(label=_("Role"), choices=ROLE_CHOICES, empty_label=_("Any role"), method="filter_seat")

    class Meta:
        model = Person
        fields = ["q", "organisation", "level", "council", "role"]

    def filter_search(self, queryset, name, value):
        for word in value.split():
            queryset = queryset.filter(
                Q(given_name__icontains=word)
                | Q(family_name__icontains=word)
                | Q(email__icontains=word)
                | Q(organisation__name_en__icontains=word)
                | Q(organisation__name_fr__icontains=word)
                | Q(organisation__acronym_en__iexact=word)
                | Q(organisation__acronym_fr__iexact=word)
            )
        return queryset

    def filter_seat(self, queryset, name, value):
        # Council and role are applied once, together, so both match the same seat.
        if name == "role" and self.form.cleaned_data.get("council"):
            return queryset
        council = self.form.cleaned_data.get("council")
        role = self.form.cleaned_data.get("role")
        if role == GROUP_COCHAIR:
            # With a council: co-chairs of the groups reporting to that council today.
            terms = CochairTerm.objects.filter(current_q(), person__isnull=False)
            if council:
                terms = terms.filter(seat__working_group__reporting_lines__in=council.reporting_lines.filter(current_q()))
            return queryset.filter(pk__in=terms.values("person_id"))
        seats = CouncilMembership.objects.filter(current_q())
        if council:
            seats = seats.filter(council=council)
        if role:
            seats = seats.filter(role=role)
        return queryset.filter(pk__in=seats.values("person_id"))
