"""{% needs_translation record %}: the "needs translation" flag of a record's page, linking to the form that fixes it."""

from django import template
from django.template.defaultfilters import linebreaks_filter as linebreaks
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

from jointcouncils.translations import may_translate, missing_languages, translated_fields, translation_url

register = template.Library()


@register.inclusion_tag("translations/needs_translation.html", takes_context=True)
def needs_translation(context, record):
    """What the record misses in one language; the link only for those who may fix it."""
    if record is None:
        return {"missing": []}
    model = type(record)
    missing = [(str(model._meta.get_field(name).verbose_name), language) for name, language in missing_languages(record)]
    user = context["request"].user
    url = translation_url(record) if missing and translated_fields(model) and may_translate(user, record) else ""
    return {"missing": missing, "url": url}


@register.simple_tag
def content(record, field: str, multiline: bool = True):
    """A translated text in the page's language; one only in the other language is shown marked, with its `lang`."""
    language = (get_language() or "en")[:2]
    own = (getattr(record, f"{field}_{language}", None) or "").strip()
    shape = linebreaks if multiline else linebreaksbr
    if own:
        return shape(own, autoescape=True)
    for other in ("en", "fr"):
        value = (getattr(record, f"{field}_{other}", None) or "").strip()
        if other != language and value:
            note = gettext("(French only)") if other == "fr" else gettext("(English only)")
            return format_html(
                '<div lang="{}-CA" class="other-language">{}</div><p class="other-language-note">{}</p>',
                other,
                shape(value, autoescape=True),
                note,
            )
    return ""
