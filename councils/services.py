"""Writes of councils, people and council memberships; each records who made it and why."""

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from jointcouncils.services import record_save

from .models import Council, CouncilMembership, Organisation, Person


@transaction.atomic
def council_update(*, council: Council, by: AbstractBaseUser, reason: str, expected_version: int | None) -> Council:
    """Save the council's edited fields; a stale version is refused (StaleEditError)."""
    return record_save(instance=council, by=by, reason=reason, expected_version=expected_version)


@transaction.atomic
def councilmembership_create(
    *,
    council: Council,
    person: Person,
    role: str,
    by: AbstractBaseUser,
    reason: str,
    on_behalf_of: Organisation | None = None,
    start_date: datetime.date | None = None,
    end_date: datetime.date | None = None,
) -> CouncilMembership:
    """Give a person a seat on a council; an end date before the start is refused (ValidationError)."""
    membership = CouncilMembership(
        council=council, person=person, role=role, on_behalf_of=on_behalf_of, start_date=start_date, end_date=end_date
    )
    return record_save(instance=membership, by=by, reason=reason)


@transaction.atomic
def person_create(*, person: Person, by: AbstractBaseUser, reason: str) -> Person:
    """Record a new person (built, unsaved, by the caller)."""
    if person.pk is not None:
        raise ValueError("person_create saves new people only")
    return record_save(instance=person, by=by, reason=reason)


@transaction.atomic
def person_update(
    *, person: Person, by: AbstractBaseUser, reason: str, expected_version: int | None, unversioned: str | None = None
) -> Person:
    """Save the person's edited fields; a stale version is refused (StaleEditError), a missing one too
    (MissingVersionError) unless `unversioned` names the write (an import: see record_save)."""
    return record_save(instance=person, by=by, reason=reason, expected_version=expected_version, unversioned=unversioned)
