"""Writes shared by every app: a versioned save that refuses a stale edit and records who and why."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _


class StaleEditError(Exception):
    """The record changed since the form was opened; the edit is refused, nothing is saved."""

    def __init__(self, instance, latest):
        self.instance = instance
        self.latest = latest
        super().__init__(f"{instance._meta.label} {instance.pk} is at version {latest.version}")

    def user_message(self) -> str:
        latest = self.latest
        history = latest.history.order_by("-history_date").select_related("history_user").first()
        who = getattr(history, "history_user", None) if history else None
        if who:
            return _(
                "Someone else (%(who)s) saved this record after you opened it. Your changes were not saved: "
                "reload the page to see the current version, then make your changes again."
            ) % {"who": who.get_full_name() or who.get_username()}
        return _(
            "Someone else saved this record after you opened it. Your changes were not saved: "
            "reload the page to see the current version, then make your changes again."
        )


def record_save(
    *,
    instance: models.Model,
    by,
    reason: str,
    expected_version: int | None = None,
    update_fields: Iterable[str] | None = None,
) -> models.Model:
    """Save instance with history user and reason; with expected_version, refuse a stale edit.

    The row is locked (select_for_update) while the version is compared, so two concurrent saves cannot
    both pass the check. With update_fields, only those columns are written (plus the version and the
    automatic stamps, which change with every save); the whole row is still validated.
    """
    if update_fields is not None:
        update_fields = sorted(
            {*update_fields}
            | {
                field.name
                for field in instance._meta.concrete_fields
                if field.name == "version" or getattr(field, "auto_now", False)
            }
        )
    version_before = getattr(instance, "version", None)
    try:
        with transaction.atomic():
            if instance.pk is not None and expected_version is not None:
                latest = type(instance)._default_manager.select_for_update().get(pk=instance.pk)
                if latest.version != expected_version:
                    raise StaleEditError(instance, latest)
                instance.version = expected_version + 1
            elif instance.pk is not None:
                instance.version = (instance.version or 0) + 1
            instance._history_user = by
            instance._change_reason = reason
            instance.full_clean()
            instance.save(update_fields=update_fields)
    except IntegrityError as exc:
        # full_clean passed, so another request saved a conflicting row in the meantime (the same person's
        # attendance twice, one update per period...): the database refused; say so instead of a server error.
        instance.version = version_before
        raise ValidationError(
            _(
                "Someone else saved a record that conflicts with this one at the same moment. Nothing was saved: "
                "reload the page to see the current state, then try again."
            )
        ) from exc
    return instance


def record_delete(*, instance: models.Model, by, reason: str) -> None:
    """Delete instance, keeping who and why in its history."""
    with transaction.atomic():
        instance._history_user = by
        instance._change_reason = reason
        instance.delete()
