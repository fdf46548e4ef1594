"""The upload form of the import page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .import_kinds import KINDS
from .imports import MAX_BYTES


class ImportUploadForm(forms.Form):
    """One kind of record per file; the file is checked by its content, not its name."""

    kind = forms.ChoiceField(label=_("What the file holds"), widget=forms.RadioSelect)
    file = forms.FileField(
        label=_("Spreadsheet file (XLSX or CSV, at most 5 MB and 5,000 rows)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv,text/csv"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(kind.key, kind.label) for kind in KINDS.values()]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        return upload
