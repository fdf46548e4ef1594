"""Small template helpers of the portal's layout."""

from django import template
from django.conf import settings

register = template.Library()


@register.filter
def other_language(code: str) -> str:
    """The portal's other official language: "fr" for "en" and the reverse."""
    others = [language for language, _name in settings.LANGUAGES if language != (code or "")[:2]]
    return others[0] if others else settings.LANGUAGE_CODE
