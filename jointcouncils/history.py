"""History registration and the helpers every service uses to say who changed what and why."""

from simple_history import register
from simple_history.utils import update_change_reason  # noqa: F401  (re-exported for services)


def track(*models, m2m_fields: dict | None = None) -> None:
    """Register models for history *after* modeltranslation has added their _en/_fr columns.

    Called from each app's translation.py, right after the translation registration, so that the
    historical models record the translated columns too. m2m_fields maps a model to the names of its
    many-to-many fields whose links are kept in its history too.
    """
    m2m_fields = m2m_fields or {}
    for model in models:
        register(
            model,
            app=model._meta.app_label,
            excluded_fields=["version"],
            m2m_fields=[model._meta.get_field(name) for name in m2m_fields.get(model, ())],
        )


def set_history(instance, *, by, reason: str = "") -> None:
    """Say who makes the next save of instance, and why."""
    instance._history_user = by
    instance._change_reason = reason
