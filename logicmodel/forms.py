"""The secretariat's edits of the logic model's texts, principles and outcomes, in both languages."""

from django import forms

from jointcouncils.forms import BilingualFormMixin, DateInput, VersionedFormMixin

from .models import LogicModel, Outcome, Principle


class LogicModelForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("name", "vision", "call_to_action", "objective")

    class Meta:
        model = LogicModel
        fields = [
            "adopted_on",
            "name_en",
            "vision_en",
            "call_to_action_en",
            "objective_en",
            "name_fr",
            "vision_fr",
            "call_to_action_fr",
            "objective_fr",
        ]
        widgets = {"adopted_on": DateInput()}


class PrincipleForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("name",)

    class Meta:
        model = Principle
        fields = ["order", "name_en", "description_en", "name_fr", "description_fr"]


class OutcomeForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("name",)

    class Meta:
        model = Outcome
        fields = ["term", "order", "code", "name_en", "description_en", "name_fr", "description_fr"]
