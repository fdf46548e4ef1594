"""Forms of the reporting pages: the status update, its return, workplan milestones and tasks, task reviews."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from jointcouncils.forms import BilingualFormMixin, VersionedFormMixin

from ..models import Milestone, OutstandingTask, StatusUpdate, WorkingGroup

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _text(lang: str, rows: int = 4) -> forms.Textarea:
    """A textarea whose content is in one language, so that screen readers and spell checkers use it."""
    return forms.Textarea(attrs={"lang": lang, "rows": rows})


def _line(lang: str) -> forms.TextInput:
    return forms.TextInput(attrs={"lang": lang})


class StatusUpdateForm(BilingualFormMixin, forms.ModelForm):
    """A group's status update; the rationale is required (on submission) when the RAG changed."""

    rag = forms.ChoiceField(label=_("RAG status"), choices=StatusUpdate.Rag.choices, widget=forms.RadioSelect)
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = StatusUpdate
        fields = [
            "period_label_en",
            "period_label_fr",
            "period_start",
            "period_end",
            "rag",
            "rag_rationale_en",
            "rag_rationale_fr",
            "accomplishments_en",
            "accomplishments_fr",
            "next_steps_en",
            "next_steps_fr",
            "risks_issues_en",
            "risks_issues_fr",
            "asks_en",
            "asks_fr",
        ]
        labels = {
            "period_label_en": _("Period, in English"),
            "period_label_fr": _("Period, in French"),
            "period_start": _("Start of the period"),
            "period_end": _("End of the period"),
            "rag_rationale_en": _("Reason for the RAG status, in English"),
            "rag_rationale_fr": _("Reason for the RAG status, in French"),
            "accomplishments_en": _("Accomplishments, in English"),
            "accomplishments_fr": _("Accomplishments, in French"),
            "next_steps_en": _("Next steps, in English"),
            "next_steps_fr": _("Next steps, in French"),
            "risks_issues_en": _("Risks and issues, in English"),
            "risks_issues_fr": _("Risks and issues, in French"),
            "asks_en": _("Asks of the councils, in English"),
            "asks_fr": _("Asks of the councils, in French"),
        }
        help_texts = {
            "period_label_en": _("Normally the next meeting, e.g. JC, September 2020."),
            "period_label_fr": _("Normally the next meeting, e.g. CM, septembre 2020."),
        }
        widgets = {
            "period_label_en": _line("en"),
            "period_label_fr": _line("fr"),
            "period_start": DATE_WIDGET,
            "period_end": DATE_WIDGET,
            "rag_rationale_en": _text("en", 3),
            "rag_rationale_fr": _text("fr", 3),
            "accomplishments_en": _text("en"),
            "accomplishments_fr": _text("fr"),
            "next_steps_en": _text("en"),
            "next_steps_fr": _text("fr"),
            "risks_issues_en": _text("en"),
            "risks_issues_fr": _text("fr"),
            "asks_en": _text("en"),
            "asks_fr": _text("fr"),
        }

    # The fieldsets of the page, by topic; the fields of a row sit side by side (English, French). Its labels
    # (Meta.labels) say the language after the topic, which the bilingual layout keeps.
    field_groups = (
        (_("Period"), [("period_label_en", "period_label_fr"), ("period_start", "period_end")]),
        (_("Status of the work"), ["rag", ("rag_rationale_en", "rag_rationale_fr")]),
        (_("Accomplishments"), [("accomplishments_en", "accomplishments_fr")]),
        (_("Next steps"), [("next_steps_en", "next_steps_fr")]),
        (_("Risks and issues"), [("risks_issues_en", "risks_issues_fr")]),
        (_("Asks of the councils"), [("asks_en", "asks_fr")]),
    )

    def __init__(self, *args, working_group: WorkingGroup, submitting: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.working_group = working_group
        self.submitting = submitting
        self.instance.working_group = working_group
        if self.instance.pk and not self.is_bound:
            self.initial["expected_version"] = self.instance.version
        self.fields["period_label_en"].required = True
        for name in ("rag_rationale_en", "rag_rationale_fr"):
            self.fields[name].help_text = _(
                "Required in at least one language when the RAG status differs from the group's last approved update."
            )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The end of the period cannot be before its start."))
        if self.submitting:
            message = StatusUpdate(
                working_group=self.working_group,
                period_start=start,
                rag=cleaned.get("rag", ""),
                rag_rationale_en=cleaned.get("rag_rationale_en", ""),
                rag_rationale_fr=cleaned.get("rag_rationale_fr", ""),
            ).rag_rationale_error()
            if message:
                language = "fr" if (get_language() or "en").startswith("fr") else "en"
                self.add_error(f"rag_rationale_{language}", message)
        return cleaned

    def service_fields(self) -> dict:
        """The cleaned values the services accept."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class ReturnForm(forms.Form):
    """Why the secretariat sends an update back; the co-chair reads this."""

    reason = forms.CharField(
        label=_("Reason for returning the update"),
        help_text=_("The co-chair sees this on the update page. Say what to change."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    reason_translation = forms.CharField(
        label=_("The same reason in the other language"),
        help_text=_("Left empty, the reason is marked as awaiting translation and the update says so."),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        other = "en" if (get_language() or "en")[:2] == "fr" else "fr"
        field = self.fields["reason_translation"]
        field.label = _("The same reason in French") if other == "fr" else _("The same reason in English")
        field.widget.attrs["lang"] = f"{other}-CA"


class MilestoneForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    """A milestone of a group's workplan; it may depend on another milestone of the same group."""

    class Meta:
        model = Milestone
        fields = [
            "title_en",
            "title_fr",
            "description_en",
            "description_fr",
            "due_date",
            "status",
            "completed_on",
            "depends_on",
        ]
        widgets = {
            "description_en": _text("en", 3),
            "description_fr": _text("fr", 3),
            "due_date": DATE_WIDGET,
            "completed_on": DATE_WIDGET,
        }

    def __init__(self, *args, working_group: WorkingGroup, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.working_group = working_group
        self.fields["title_en"].required = True
        choices = working_group.milestones.all()
        if self.instance.pk:
            choices = choices.exclude(pk=self.instance.pk)
        self.fields["depends_on"].queryset = choices.order_by("due_date", "pk")

    def service_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class OutstandingTaskForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    """A task a council gave the group that is still outstanding."""

    class Meta:
        model = OutstandingTask
        fields = ["title_en", "title_fr", "description_en", "description_fr", "raised_on", "source"]
        widgets = {
            "description_en": _text("en", 3),
            "description_fr": _text("fr", 3),
            "raised_on": DATE_WIDGET,
        }

    def __init__(self, *args, working_group: WorkingGroup, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.working_group = working_group
        self.fields["title_en"].required = True

    def service_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class TaskReviewForm(forms.Form):
    """The periodic review of an outstanding task."""

    decision = forms.ChoiceField(label=_("Decision"), choices=OutstandingTask.Decision.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Note"),
        help_text=_("Why this decision; kept with the task."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    # The task's version when the queue was opened: a review recorded meanwhile is not silently overwritten.
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
