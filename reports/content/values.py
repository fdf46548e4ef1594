"""Pieces every report's snapshot uses: dates, parity of translated fields (text in one language: jointcouncils.i18n)."""

import datetime

from django.utils import timezone
from modeltranslation.translator import translator

from reports.kinds import MissingText


def iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date().isoformat()
    return value.isoformat()


def missing_texts(instance, *, label: str, url: str, fields: tuple[str, ...] | None = None) -> list[MissingText]:
    """Translated fields of instance filled in one language and empty in the other (both empty is not a gap)."""
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
