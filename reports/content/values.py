"""Pieces every report's snapshot uses: text in the edition's language (passages only in the other one marked), dates,
parity of translated fields. Web pages use jointcouncils.i18n.text, which marks nothing."""

import datetime

from django.utils import timezone, translation
from modeltranslation.translator import translator

from jointcouncils.translations import translation_url
from reports.kinds import MissingText
from reports.rendering import mark_other_language

LANGUAGES = ("en", "fr")


def text(instance, field: str, language: str) -> str:
    """The field's value in the report's language; in a DRAFT, a passage only in the other language, marked as such.

    The mark (see reports.rendering.mark_other_language) becomes a passage with its own language and a visible
    "(French only)" / "(en anglais seulement)" in the edition.
    """
    if instance is None:
        return ""
    if not hasattr(instance, f"{field}_{language}"):
        with translation.override(language):
            return getattr(instance, field) or ""
    own = getattr(instance, f"{field}_{language}") or ""
    if own.strip():
        return own
    for other in LANGUAGES:
        value = getattr(instance, f"{field}_{other}", "") or ""
        if other != language and value.strip():
            return mark_other_language(value, other)
    return ""


def iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date().isoformat()
    return value.isoformat()


def missing_texts(instance, *, label: str, url: str = "", fields: tuple[str, ...] | None = None) -> list[MissingText]:
    """Translated fields of instance filled in one language and empty in the other (both empty is not a gap).

    Each links to the form that fills in that record's missing language (the record's page may have none).
    """
    url = translation_url(instance)
    options = translator.get_options_for_model(type(instance))
    names = fields or tuple(options.all_fields.keys())
    missing = []
    for name in names:
        english = (getattr(instance, f"{name}_en", "") or "").strip()
        french = (getattr(instance, f"{name}_fr", "") or "").strip()
        if english and not french:
            missing.append(
                MissingText(record=label, field=str(type(instance)._meta.get_field(name).verbose_name), language="fr", url=url)
            )
        elif french and not english:
            missing.append(
                MissingText(record=label, field=str(type(instance)._meta.get_field(name).verbose_name), language="en", url=url)
            )
    return missing
