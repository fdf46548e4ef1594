"""The preferences form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Preference


class PreferenceForm(forms.Form):
    """The portal's language and how messages arrive."""

    language = forms.ChoiceField(
        label=_("Language of the portal and of your messages"), choices=settings.LANGUAGES, widget=forms.RadioSelect
    )
    delivery = forms.ChoiceField(label=_("Messages"), choices=Preference.Delivery.choices, widget=forms.RadioSelect)
