"""The secretariat's edit of a priority, in both languages."""

from django import forms

from councils.models import Organisation, Person
from jointcouncils.forms import BilingualFormMixin, VersionedFormMixin

from .models import Priority


class PriorityForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("name",)

    class Meta:
        model = Priority
        fields = [
            "council",
            "kind",
            "status",
            "year",
            "order",
            "lead_person",
            "lead_organisations",
            "name_en",
            "acronym_en",
            "definition_en",
            "scope_en",
            "lead_note_en",
            "name_fr",
            "acronym_fr",
            "definition_fr",
            "scope_fr",
            "lead_note_fr",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_person"].queryset = Person.objects.order_by("family_name", "given_name")
        self.fields["lead_organisations"].queryset = Organisation.objects.order_by("name")
