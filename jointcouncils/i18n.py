"""Content in one language, whatever language is active."""

from django.utils import translation


def text(instance, field: str, language: str) -> str:
    """The field's value in the report's language (with modeltranslation's fallback for DRAFT builds)."""
    with translation.override(language):
        return getattr(instance, field) or ""
