"""Writes of the logic model's texts, principles and outcomes; each records who made it and why."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from jointcouncils.services import record_save

from .models import LogicModel, Outcome, Principle


@transaction.atomic
def logicmodel_update(*, logic_model: LogicModel, by: AbstractBaseUser, reason: str, expected_version: int | None) -> LogicModel:
    """Save the model's edited texts (vision, call to action, objective); a stale version is refused."""
    return record_save(instance=logic_model, by=by, reason=reason, expected_version=expected_version)


@transaction.atomic
def principle_update(*, principle: Principle, by: AbstractBaseUser, reason: str, expected_version: int | None) -> Principle:
    """Save the principle's edited name and description; a stale version is refused."""
    return record_save(instance=principle, by=by, reason=reason, expected_version=expected_version)


@transaction.atomic
def outcome_update(*, outcome: Outcome, by: AbstractBaseUser, reason: str, expected_version: int | None) -> Outcome:
    """Save the outcome's edited name and description; a stale version is refused."""
    return record_save(instance=outcome, by=by, reason=reason, expected_version=expected_version)
