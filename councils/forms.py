"""Edit forms of councils, people and council memberships (bilingual layout: jointcouncils.forms)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from jointcouncils.forms import BilingualFormMixin, DateInput, VersionedFormMixin

from .models import Council, CouncilMembership, Organisation, Person


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
