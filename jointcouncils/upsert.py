"""Bring a row's fields up to given values, changing only what differs: the one rule for loaders and imports.

What an empty value ("" or None) means is said by the caller, never guessed:
- EMPTY_CLEARS: the data is the whole truth for the fields it gives; an empty value clears the stored one
  (the registry part of load_joint_councils).
- EMPTY_KEEPS: an empty value means "the source does not say"; it never erases what was recorded since, and is
  only used when the row is created (the meetings part of load_joint_councils, the spreadsheet import).
Either way a text column holding NULL and one holding "" are the same value (translation columns are nullable).
"""

import enum
from typing import Any

from django.db import models


class Empty(enum.Enum):
    """What an empty value in the data does to a stored value."""

    CLEARS = "clears"
    KEEPS = "keeps"


EMPTY_CLEARS = Empty.CLEARS
EMPTY_KEEPS = Empty.KEEPS


def is_empty(value: Any) -> bool:
    """ "" and None say nothing."""
    return value is None or value == ""


def stored_value(instance: models.Model, name: str) -> Any:
    """The instance's value of the field, by name or attname (a relation by name gives the related row)."""
    field = instance._meta.get_field(name)
    if field.is_relation and name == field.name and getattr(instance, field.attname) is None:
        return None
    return getattr(instance, name)


def same_value(instance: models.Model, name: str, value: Any) -> bool:
    """The field already holds the value (a relation compares keys; NULL and "" are the same text)."""
    field = instance._meta.get_field(name)
    if field.is_relation and name == field.name:
        return getattr(instance, field.attname) == (value.pk if value is not None else None)
    current = getattr(instance, name)
    if isinstance(field, models.CharField | models.TextField):
        return (current or "") == (value or "")
    return current == value


def assign_changes(instance: models.Model, values: dict[str, Any], *, empty: Empty) -> list[tuple[str, Any, Any]]:
    """Set the values that differ from the instance's (empty ones skipped under EMPTY_KEEPS); return (name, old, new)."""
    changes = []
    for name, value in values.items():
        if empty is Empty.KEEPS and is_empty(value):
            continue
        if same_value(instance, name, value):
            continue
        changes.append((name, stored_value(instance, name), value))
        setattr(instance, name, value)
    return changes
