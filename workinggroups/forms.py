"""Forms of the working-group pages: the group and a seat (the bilingual layout of jointcouncils.forms), a term,
ending a term, a change of co-chair."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from councils.models import Council, Organisation, Person
from jointcouncils.forms import BilingualFormMixin, VersionedFormMixin

from .models import WorkingGroup

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

COMMON_FIELDS = ("kind", "status", "start_date", "planned_end_date")


class WorkingGroupForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    """A group's names and mandate in both languages, kind, status and dates, with the reason for the change."""

    # Both names are required on the portal: pages show the one of the reader's language.
    bilingual_required = ("name",)
    field_groups = ((_("Kind, status and dates"), [*COMMON_FIELDS, "council"]),)

    class Meta:
        model = WorkingGroup
        fields = ["name_en", "acronym_en", "mandate_en", "name_fr", "acronym_fr", "mandate_fr", *COMMON_FIELDS]
        widgets = {
            "mandate_en": forms.Textarea(attrs={"rows": 6}),
            "mandate_fr": forms.Textarea(attrs={"rows": 6}),
            "start_date": DATE_WIDGET,
            "planned_end_date": DATE_WIDGET,
        }

    def group_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class WorkingGroupCreateForm(WorkingGroupForm):
    """A new group, with the council it reports to from its start date."""

    council = forms.ModelChoiceField(
        label=_("Reports to"),
        queryset=Council.objects.order_by("code"),
        required=False,
        help_text=_("The council the group reports to from its start date."),
    )


class CochairSeatForm(BilingualFormMixin, forms.Form):
    """A new co-chair seat; the number is the next free one."""

    note_en = forms.CharField(label=_("Note"), max_length=250, required=False)
    note_fr = forms.CharField(label=_("Note"), max_length=250, required=False)
    change_reason = forms.CharField(
        label=_("Reason for the change"), max_length=100, help_text=_("Kept in the record's history with your name.")
    )


class CochairTermForm(forms.Form):
    """Who holds a seat over a period: a named person or, when the person is not known, an organisation."""

    person = forms.ModelChoiceField(
        label=_("Person"),
        queryset=Person.objects.order_by("family_name", "given_name"),
        required=False,
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation holding the seat"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        help_text=_("Only when the person is not known."),
    )
    on_behalf_of = forms.ModelChoiceField(label=_("On behalf of"), queryset=Organisation.objects.order_by("name"), required=False)
    council_member_attested = forms.BooleanField(
        label=_("Recorded as a council member"),
        required=False,
        help_text=_("Only for a seat whose holder is not named: the source records the holder as a council member."),
    )
    start_date = forms.DateField(label=_("Start date"), widget=DATE_WIDGET)
    end_date = forms.DateField(label=_("End date"), widget=DATE_WIDGET, required=False)
    change_reason = forms.CharField(
        label=_("Reason for the change"), max_length=100, help_text=_("Kept in the record's history with your name.")
    )

    def clean(self):
        data = super().clean()
        if not data.get("person") and not data.get("organisation"):
            raise forms.ValidationError(_("A term needs a person or, when the person is not known, an organisation."))
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        return data


class CochairChangeForm(forms.Form):
    """A new holder for a seat, from one date: the outgoing term ends the day before, in the same save."""

    change_date = forms.DateField(
        label=_("Date of the change"),
        widget=DATE_WIDGET,
        help_text=_("The new co-chair's first day; the outgoing co-chair's term ends the day before."),
    )
    person = forms.ModelChoiceField(
        label=_("New co-chair"), queryset=Person.objects.order_by("family_name", "given_name"), required=False
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation holding the seat"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        help_text=_("Only when the person is not known."),
    )
    on_behalf_of = forms.ModelChoiceField(label=_("On behalf of"), queryset=Organisation.objects.order_by("name"), required=False)
    council_member_attested = forms.BooleanField(
        label=_("Recorded as a council member"),
        required=False,
        help_text=_("Only for a seat whose holder is not named: the source records the holder as a council member."),
    )
    change_reason = forms.CharField(
        label=_("Reason for the change"),
        max_length=100,
        help_text=_("Kept in the history of both terms with your name."),
    )

    def clean(self):
        data = super().clean()
        if not data.get("person") and not data.get("organisation"):
            raise forms.ValidationError(_("A term needs a person or, when the person is not known, an organisation."))
        return data


class CochairTermEndForm(VersionedFormMixin, forms.Form):
    """The last day of a term in its seat."""

    end_date = forms.DateField(label=_("Last day in the seat"), widget=DATE_WIDGET)

    field_order = ["end_date", "change_reason"]

    def __init__(self, *args, term=None, **kwargs):
        self.instance = term
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("end_date", timezone.localdate())

    def clean_end_date(self):
        end = self.cleaned_data["end_date"]
        if self.instance is not None and self.instance.start_date and end < self.instance.start_date:
            raise forms.ValidationError(_("The end date cannot be before the start date."))
        return end
