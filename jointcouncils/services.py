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


class MissingVersionError(Exception):
    """An edit of an existing record came without the version it was read at: refused, nothing is saved.

    Without the version a stale page would silently replace someone else's later change; pages answer 400.
    """

    def __init__(self, instance=None):
        self.instance = instance
        label = f"{instance._meta.label} {instance.pk}" if instance is not None else "record"
        super().__init__(f"{label}: an edit of an existing record needs expected_version (or a named unversioned write)")

    @staticmethod
    def user_message() -> str:
        return missing_version_message()


def missing_version_message() -> str:
    """What a page says when an edit came without its version (in the user's language)."""
    return _(
        "This change did not say which version of the record it was made on, so it could replace someone else's "
        "later change. Nothing was saved: reload the page, then make your changes again."
    )


# The named opt-outs of the version check, for writes that are not a person's edit of a page they read:
# "import" (dataio imports, which upsert by their own rule), "loader" (seed/loader.py loading the record),
# "seed" (demo accounts and demo data), "workflow" (a step of a workflow, e.g. an invitation marked sent or a
# ballot opened, written by the service on the row it just read or locked in the same transaction),
# "admin-inline" (an inline row of an admin change page, saved with the page whose own version was checked).
UNVERSIONED_WRITES = frozenset({"import", "loader", "seed", "workflow", "admin-inline"})


def check_version(*, instance: models.Model, latest: models.Model, expected_version: int | None, unversioned: str | None = None):
    """Refuse an edit of `latest` (the row as locked now) made on another version, or without one.

    expected_version None is refused (MissingVersionError) unless `unversioned` names one of UNVERSIONED_WRITES.
    """
    if expected_version is None:
        if unversioned is None:
            raise MissingVersionError(instance)
        if unversioned not in UNVERSIONED_WRITES:
            raise ValueError(f"unversioned must be one of {sorted(UNVERSIONED_WRITES)}, not {unversioned!r}")
        return
    if latest.version != expected_version:
        raise StaleEditError(instance, latest)


def record_save(
    *,
    instance: models.Model,
    by,
    reason: str,
    expected_version: int | None = None,
    unversioned: str | None = None,
    update_fields: Iterable[str] | None = None,
) -> models.Model:
    """Save instance with history user and reason; an edit of an existing row must say which version it read.

    For an existing row, expected_version is required: a stale one raises StaleEditError, a missing one
    MissingVersionError, unless `unversioned` names the kind of write that has no page version (one of
    UNVERSIONED_WRITES: "import", "loader", "seed", "workflow"). The row is locked (select_for_update) while the
    version is compared, so two concurrent saves cannot both pass the check. With update_fields, only those
    columns are written (plus the version and the automatic stamps, which change with every save); the whole row
    is still validated.
    """
    versioned = any(field.name == "version" for field in instance._meta.concrete_fields)
    if versioned and instance.pk is not None and not instance._state.adding and expected_version is None:
        check_version(instance=instance, latest=instance, expected_version=None, unversioned=unversioned)
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


def record_delete(*, instance: models.Model, by, reason: str, expected_version: int | None = None) -> None:
    """Delete instance, keeping who and why in its history; with expected_version, refuse a stale page."""
    with transaction.atomic():
        if expected_version is not None:
            latest = type(instance)._default_manager.select_for_update().get(pk=instance.pk)
            check_version(instance=instance, latest=latest, expected_version=expected_version)
        instance._history_user = by
        instance._change_reason = reason
        instance.delete()
