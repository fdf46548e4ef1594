"""Form pieces shared by the portal's edit pages."""

from django import forms
from django.utils.translation import gettext_lazy as _


class VersionedFormMixin(forms.Form):
    """Carries the version the form was rendered with, and the reason for the change, into the service."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    change_reason = forms.CharField(
        label=_("Reason for the change"),
        max_length=100,
        help_text=_("Kept in the record's history with your name."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = getattr(self, "instance", None)
        if instance is not None and instance.pk and not self.is_bound:
            self.initial["expected_version"] = instance.version
