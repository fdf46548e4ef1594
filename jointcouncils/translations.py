"""Records whose text exists in one language only: what is missing, where to fix it, and the form that fixes it.

Generic over every model registered with modeltranslation, so the ground floor names no domain app.
"""

from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.db.models import IntegerField, Q, Value
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.translator import NotRegistered, translator

from . import roles

LANGUAGES = ("en", "fr")


def translated_fields(model) -> list[str]:
    """The un-suffixed names of a model's translated fields, in declaration order; [] when it has none."""
    try:
        names = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return []
    return [f.name for f in model._meta.fields if f.name in names]


def _filled(value) -> bool:
    return bool((value or "").strip())


def missing_languages(instance) -> list[tuple[str, str]]:
    """(field, language) for each translated field written in one language and empty in the other."""
    missing = []
    for name in translated_fields(type(instance)):
        en, fr = getattr(instance, f"{name}_en", ""), getattr(instance, f"{name}_fr", "")
        if _filled(en) and not _filled(fr):
            missing.append((name, "fr"))
        elif _filled(fr) and not _filled(en):
            missing.append((name, "en"))
    return missing


def translation_url(instance) -> str:
    """The form that fills in the missing language of a record."""
    opts = instance._meta
    return reverse("translation_edit", args=[opts.app_label, opts.model_name, instance.pk])


def may_translate(user, instance) -> bool:
    """The secretariat translates every record; others the records they may change."""
    opts = instance._meta
    return roles.is_secretariat(user) or user.has_perm(f"{opts.app_label}.change_{opts.model_name}", instance)


def _gap_q(name: str) -> Q:
    def empty(language):
        return Q(**{f"{name}_{language}__isnull": True}) | Q(**{f"{name}_{language}": ""})

    return (~empty("en") & empty("fr")) | (~empty("fr") & empty("en"))


@dataclass(frozen=True)
class QueueEntry:
    """One record missing text in one language."""

    kind: str
    record: str
    missing: list[tuple[str, str]]  # (field label, language name)
    created: object
    url: str


def translatable_models() -> list:
    return sorted(
        (m for m in translator.get_registered_models(abstract=False) if not m._meta.proxy),
        key=lambda m: str(m._meta.verbose_name_plural),
    )


def translation_queue() -> list[QueueEntry]:
    """Every record missing text in one language, by kind, oldest first (one query per kind)."""
    entries = []
    language_names = {"en": _("English"), "fr": _("French")}
    for model in translatable_models():
        names = translated_fields(model)
        condition = Q()
        for name in names:
            condition |= _gap_q(name)
        has_created = any(f.name == "created_at" for f in model._meta.fields)
        order = ["created_at", "pk"] if has_created else ["pk"]
        only = ["pk", *(f"{n}_{lang}" for n in names for lang in LANGUAGES)] + (["created_at"] if has_created else [])
        for instance in model._default_manager.filter(condition).order_by(*order).only(*only):
            entries.append(
                QueueEntry(
                    kind=str(model._meta.verbose_name_plural).capitalize(),
                    record=_record_label(instance),
                    missing=[
                        (str(model._meta.get_field(name).verbose_name), str(language_names[language]))
                        for name, language in missing_languages(instance)
                    ],
                    created=getattr(instance, "created_at", None),
                    url=translation_url(instance),
                )
            )
    return entries


def _record_label(instance) -> str:
    for name in translated_fields(type(instance)):
        for language in LANGUAGES:
            value = getattr(instance, f"{name}_{language}", "")
            if _filled(value):
                return value if len(value) <= 80 else value[:79] + "…"
    return f"#{instance.pk}"


def translation_queue_count() -> int:
    """How many records miss text in one language: one query (a UNION ALL over the kinds)."""
    parts = []
    for model in translatable_models():
        condition = Q()
        for name in translated_fields(model):
            condition |= _gap_q(name)
        # No ORDER BY in the UNION's parts (a model's default ordering): SQLite refuses it in compound statements.
        parts.append(model._default_manager.filter(condition).order_by().values_list(Value(1, output_field=IntegerField())))
    if not parts:
        return 0
    return parts[0].union(*parts[1:], all=True).count()


def model_for(app_label: str, model_name: str):
    """The translated model named in a URL, or LookupError."""
    model = apps.get_model(app_label, model_name)
    if not translated_fields(model):
        raise LookupError(model_name)
    return model


class TranslationForm(forms.Form):
    """Both languages of every translated field of one record, side by side, and the reason kept in history."""

    change_reason = forms.CharField(
        label=gettext_lazy("Reason for the change"),
        max_length=100,
        initial=gettext_lazy("Translation"),
        help_text=gettext_lazy("Kept in the record's history with your name."),
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, instance, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance = instance
        self.pairs = []
        labels = {"en": gettext_lazy("%(field)s (English)"), "fr": gettext_lazy("%(field)s (French)")}
        for name in translated_fields(type(instance)):
            model_field = type(instance)._meta.get_field(f"{name}_en")
            long = model_field.get_internal_type() == "TextField"
            verbose = type(instance)._meta.get_field(name).verbose_name
            pair = []
            for language in LANGUAGES:
                key = f"{name}_{language}"
                self.fields[key] = forms.CharField(
                    label=str(labels[language]) % {"field": verbose},
                    required=False,
                    max_length=getattr(type(instance)._meta.get_field(key), "max_length", None),
                    widget=forms.Textarea(attrs={"rows": 4, "lang": f"{language}-CA"})
                    if long
                    else forms.TextInput(attrs={"lang": f"{language}-CA"}),
                    initial=getattr(instance, key),
                )
                pair.append(key)
            self.pairs.append(
                (
                    str(verbose),
                    [self[k] for k in pair],
                    (name, "en") in missing_languages(instance) or (name, "fr") in missing_languages(instance),
                )
            )
        if hasattr(instance, "version"):
            self.fields["expected_version"].initial = instance.version
