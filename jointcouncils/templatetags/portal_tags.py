"""Small template helpers of the portal's layout."""

from django import template
from django.conf import settings
from django.utils import translation

from jointcouncils import provenance

register = template.Library()


@register.filter
def other_language(code: str) -> str:
    """The portal's other official language: "fr" for "en" and the reverse."""
    others = [language for language, _name in settings.LANGUAGES if language != (code or "")[:2]]
    return others[0] if others else settings.LANGUAGE_CODE


@register.filter
def partial_date(value, precision: str = "day") -> str:
    """A date as the record knows it: "22 September 2020", "September 2020" or "2019"."""
    return provenance.partial_date(value, precision or "day")


@register.inclusion_tag("includes/provenance.html", takes_context=True)
def provenance_note(context, record, who: bool = True):
    """Where the record comes from, by document title in the page's language, and its "inferred" flag with why.

    who: for a record entered in the portal, name who entered it (one query: a page's own record, not its rows).
    A row without a source document and not inferred shows nothing when who is False.
    """
    language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    info = None
    if record is not None and hasattr(record, "provenance"):
        if who or record.source_document or record.inferred:
            info = record.provenance(language, who=who)
    return {"info": info}
