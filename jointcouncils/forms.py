"""Form pieces shared by the portal's edit pages: the version and reason of a change, the one bilingual layout."""

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
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
    """The one bilingual layout of the portal's forms: a form's translated fields (name_en, name_fr ...) are named
    in their language, marked with it (`lang`), and laid out in one fieldset per language.

    `bilingual_required` names the base fields (e.g. "name") that must be given in both languages.
    `field_groups` optionally groups fields, placed first: [(legend or None, [names])]; a tuple of names in the list
    is a row shown side by side (e.g. a topic's English and French text). The shared fields no group names follow,
    then one fieldset per language with the translated fields no group names, then the reason for the change.
    A translated field's label is "<verbose name> (English)"; a plain form names its field with the base label
    ("Title"); a label set in a model form's Meta.labels is kept.
    The template includes/bilingual_form.html renders `form.layout`; every bilingual edit form uses it.
    """

    bilingual_required: tuple[str, ...] = ()
    field_groups: tuple = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        meta = getattr(self, "_meta", None)
        model = getattr(meta, "model", None)
        own_labels = getattr(meta, "labels", None) or {}
        for name, field in self.fields.items():
            base, language = _split_language(name)
            if language is None:
                continue
            if name not in own_labels:
                field.label = FIELD_LABEL_IN_LANGUAGE[language] % {"field": capfirst(_base_label(model, base, field))}
            # The text typed here is in that language: say so, for spell checkers and screen readers.
            field.widget.attrs["lang"] = language
            if base in self.bilingual_required:
                field.required = True

    def layout(self) -> list[dict]:
        """[{legend, lang, fields, rows}]: the groups, the other shared fields, English, French, the reason last."""
        visible = {bound.name: bound for bound in self.visible_fields()}
        groups, placed = [], set()
        for legend, names in self.field_groups:
            rows = []
            for entry in names:
                row = [visible[name] for name in ((entry,) if isinstance(entry, str) else entry) if name in visible]
                placed.update(bound.name for bound in row)
                if row:
                    rows.append(row)
            if rows:
                groups.append(_group(legend, None, rows))
        shared, by_language, last = [], {"en": [], "fr": []}, []
        for name, bound in visible.items():
            if name in placed:
                continue
            if name == "change_reason":
                last.append(bound)
                continue
            _base, language = _split_language(name)
            (by_language[language] if language else shared).append(bound)
        if shared:
            groups.append(_group(None, None, [[bound] for bound in shared]))
        for language, fields in by_language.items():
            if fields:
                groups.append(_group(LANGUAGE_LEGENDS[language], language, [[bound] for bound in fields]))
        if last:
            groups.append(_group(None, None, [[bound] for bound in last]))
        return groups


def _group(legend, language, rows) -> dict:
    return {"legend": legend, "lang": language, "rows": rows, "fields": [bound for row in rows for bound in row]}


def _base_label(model, base: str, field) -> str:
    if model is not None:
        try:
            return model._meta.get_field(base).verbose_name
        except FieldDoesNotExist:
            pass
    return field.label


def _split_language(name: str) -> tuple[str, str | None]:
    base, _sep, suffix = name.rpartition("_")
    if base and suffix in LANGUAGE_LEGENDS:
        return base, suffix
    return name, None
