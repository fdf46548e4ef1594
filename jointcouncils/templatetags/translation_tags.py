"""{% needs_translation record %}: the "needs translation" flag of a record's page, linking to the form that fixes it."""

from django import template

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
