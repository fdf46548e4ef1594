"""Forms of the consultations app: the secretariat's edits (bilingual) and the respondent's answer form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from councils.models import Council, Person
from jointcouncils.forms import BilingualFormMixin, VersionedFormMixin
from logicmodel.models import Outcome
from priorities.models import Priority
from workinggroups.models import WorkingGroup

from .models import Consultation, PlanSection, Question, Respondent, Theme


class ConsultationForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("title",)

    class Meta:
        model = Consultation
        fields = [
            "slug",
            "mode",
            "anonymous",
            "period_start",
            "period_end",
            "previous",
            "title_en",
            "purpose_en",
            "title_fr",
            "purpose_fr",
        ]
        widgets = {"period_start": forms.DateInput(attrs={"type": "date"}), "period_end": forms.DateInput(attrs={"type": "date"})}


class QuestionForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("text",)

    class Meta:
        model = Question
        fields = ["key", "order", "kind", "section_en", "text_en", "choices_en", "section_fr", "text_fr", "choices_fr"]
        widgets = {
            "text_en": forms.Textarea(attrs={"rows": 2}),
            "text_fr": forms.Textarea(attrs={"rows": 2}),
            "choices_en": forms.Textarea(attrs={"rows": 3}),
            "choices_fr": forms.Textarea(attrs={"rows": 3}),
        }


class RespondentForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = Respondent
        fields = ["question_set", "person", "working_group", "council", "language", "role_en", "role_fr"]

    def __init__(self, *args, consultation: Consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.consultation = consultation
        self.fields["question_set"].queryset = consultation.question_sets.order_by("key", "-number")
        self.fields["person"].queryset = Person.objects.order_by("family_name", "given_name")
        self.fields["person"].required = True
        self.fields["working_group"].queryset = WorkingGroup.objects.order_by("name")
        self.fields["council"].queryset = Council.objects.order_by("code")


class AnswerForm(forms.Form):
    """One field per question of the respondent's question set, in the language the form is shown in."""

    def __init__(self, *args, questions, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            label = getattr(question, f"text_{language}") or question.text_en or question.text_fr
            name = f"q_{question.pk}"
            if question.kind == Question.Kind.SCALE:
                field = forms.TypedChoiceField(
                    label=label,
                    choices=[(str(n), str(n)) for n in range(1, 6)],
                    widget=forms.RadioSelect,
                    required=False,
                    help_text=_("1 is the lowest, 5 the highest."),
                )
            elif question.kind == Question.Kind.CHOICE:
                options = question.choice_list(language)
                field = forms.ChoiceField(
                    label=label, choices=[(o, o) for o in options], widget=forms.RadioSelect, required=False
                )
            else:
                field = forms.CharField(label=label, widget=forms.Textarea(attrs={"rows": 4}), required=False)
            field.section = getattr(question, f"section_{language}") or ""
            self.fields[name] = field

    def values(self) -> dict[int, object]:
        return {question.pk: self.cleaned_data.get(f"q_{question.pk}") for question in self.questions}


class ExcerptForm(forms.Form):
    passage = forms.CharField(
        label=_("Passage"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Copy the words exactly as they appear in the answer."),
    )
    themes = forms.ModelMultipleChoiceField(label=_("Themes"), queryset=Theme.objects.none(), widget=forms.CheckboxSelectMultiple)
    translation = forms.CharField(
        label=_("Translation into the other official language (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    change_reason = forms.CharField(label=_("Reason for the change"), max_length=100, initial=_("coding"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.order_by("kind", "order", "slug")


class ThemeForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("name",)

    class Meta:
        model = Theme
        fields = [
            "slug",
            "kind",
            "order",
            "consultation",
            "priorities",
            "outcomes",
            "name_en",
            "description_en",
            "name_fr",
            "description_fr",
        ]
        widgets = {"priorities": forms.CheckboxSelectMultiple, "outcomes": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["priorities"].queryset = Priority.objects.order_by("kind", "order")
        self.fields["outcomes"].queryset = Outcome.objects.filter(logic_model__is_current=True).order_by("term", "order")


class PlanSectionForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = PlanSection
        fields = ["body_en", "body_fr"]
        widgets = {"body_en": forms.Textarea(attrs={"rows": 8}), "body_fr": forms.Textarea(attrs={"rows": 8})}


class PlanPeriodForm(forms.Form):
    start_year = forms.IntegerField(label=_("First year"), min_value=2000, max_value=2100)
    end_year = forms.IntegerField(label=_("Last year"), min_value=2000, max_value=2100)
    change_reason = forms.CharField(label=_("Reason for the change"), max_length=100)

    def clean(self):
        data = super().clean()
        if data.get("start_year") and data.get("end_year") and data["end_year"] < data["start_year"]:
            raise forms.ValidationError(_("The last year cannot be before the first year."))
        return data


class ReasonForm(forms.Form):
    change_reason = forms.CharField(label=_("Reason for the change"), max_length=100)
