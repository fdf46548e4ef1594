"""Edit forms of councils, people and council memberships, with the bilingual layout the other apps reuse."""

from django import forms
from django.utils.translation import gettext_lazy as _

from jointcouncils.forms import VersionedFormMixin

from .models import Council, CouncilMembership, Organisation, Person

LANGUAGE_LEGENDS = {"en": _("English"), "fr": _("French")}
FIELD_LABEL_IN_LANGUAGE = {
    "en": _("%(field)s (English)"),
    "fr": _("%(field)s (French)"),
}


class DateInput(forms.DateInput):
    """A native date picker; the value is ISO so the browser can read it."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class BilingualFormMixin:
    """Lays out a model form's translated fields (name_en, name_fr ...) in one fieldset per language.

    `bilingual_required` names the base fields (e.g. "name") that must be given in both languages.
    The template includes/bilingual_form.html (templates/councils/includes/) renders `form.layout`.
    """

    bilingual_required: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = self._meta.model
        for name, field in self.fields.items():
            base, language = _split_language(name)
            if language is None:
                continue
            verbose = model._meta.get_field(base).verbose_name
            field.label = FIELD_LABEL_IN_LANGUAGE[language] % {"field": str(verbose).capitalize()}
            # The text typed here is in that language: say so, for spell checkers and screen readers.
            field.widget.attrs["lang"] = language
            if base in self.bilingual_required:
                field.required = True

    def layout(self) -> list[dict]:
        """[{legend, lang, fields}]: shared fields first, then English, then French; the change reason last."""
        shared, by_language, last = [], {"en": [], "fr": []}, []
        for bound in self.visible_fields():
            if bound.name == "change_reason":
                last.append(bound)
                continue
            _base, language = _split_language(bound.name)
            (by_language[language] if language else shared).append(bound)
        groups = []
        if shared:
            groups.append({"legend": None, "lang": None, "fields": shared})
        for language, fields in by_language.items():
            if fields:
                groups.append({"legend": LANGUAGE_LEGENDS[language], "lang": language, "fields": fields})
        if last:
            groups.append({"legend": None, "lang": None, "fields": last})
        return groups


def _split_language(name: str) -> tuple[str, str | None]:
    base, _sep, suffix = name.rpartition("_")
    if base and suffix in LANGUAGE_LEGENDS:
        return base, suffix
    return name, None


class CouncilForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    """The secretariat's edit of a council's names and description in both languages."""

    bilingual_required = ("name", "acronym")

    class Meta:
        model = Council
        fields = ["established", "name_en", "acronym_en", "description_en", "name_fr", "acronym_fr", "description_fr"]
        widgets = {"established": DateInput()}


class CouncilMembershipForm(VersionedFormMixin, forms.ModelForm):
    """A new seat on a council; the dates are checked by the model (an end before the start is refused)."""

    class Meta:
        model = CouncilMembership
        fields = ["person", "role", "on_behalf_of", "start_date", "end_date"]
        widgets = {"start_date": DateInput(), "end_date": DateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.order_by("family_name", "given_name")
        self.fields["on_behalf_of"].queryset = Organisation.objects.order_by("name")
        self.fields["on_behalf_of"].help_text = _("Leave empty when the person sits for their own organisation.")


class PersonForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    """A person's record: name, organisation, contact, preferred official language and portal account."""

    class Meta:
        model = Person
        fields = [
            "given_name",
            "family_name",
            "email",
            "organisation",
            "preferred_language",
            "user",
            "title_en",
            "title_fr",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        user_field = self.fields["user"]
        user_field.queryset = user_field.queryset.order_by("username")
        user_field.label_from_instance = lambda user: (
            f"{user.get_full_name()} ({user.get_username()})" if user.get_full_name() else user.get_username()
        )

    def clean_email(self):
        # The database's constraint (unique when given) would otherwise answer with its own technical name.
        email = self.cleaned_data.get("email", "")
        if email and Person.objects.filter(email=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Another person already has this email address."), code="unique")
        return email
