"""Writes of priorities; each records who made it and why."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from councils.models import Organisation
from jointcouncils.services import record_save

from .models import Priority


@transaction.atomic
def priority_update(
    *,
    priority: Priority,
    by: AbstractBaseUser,
    reason: str,
    expected_version: int | None,
    lead_organisations: Iterable[Organisation] | None = None,
) -> Priority:
    """Save the priority's edited fields (and its lead organisations when given); a stale version is refused."""
    record_save(instance=priority, by=by, reason=reason, expected_version=expected_version)
    if lead_organisations is not None:
        priority.lead_organisations.set(lead_organisations)
    return priority
