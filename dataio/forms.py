"""The upload form of the import page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .import_kinds import KINDS
from .imports import max_bytes, max_megabytes_text, max_rows_text, too_large_message


class ImportUploadForm(forms.Form):
    """One kind of record per file; the file is checked by its content, not its name."""

    kind = forms.ChoiceField(label=_("What the file holds"), widget=forms.RadioSelect)
    file = forms.FileField(widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv,text/csv"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(kind.key, kind.label) for kind in KINDS.values()]
        # The caps are settings (IMPORT_MAX_BYTES, IMPORT_MAX_ROWS), written as the page's language writes numbers.
        self.fields["file"].label = _("Spreadsheet file (XLSX or CSV, at most %(size)s MB and %(rows)s rows)") % {
            "size": max_megabytes_text(),
            "rows": max_rows_text(),
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > max_bytes():
            raise forms.ValidationError(too_large_message())
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        return upload
