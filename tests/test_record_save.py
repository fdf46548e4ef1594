"""record_save: a save that races into a unique constraint gets a clear message, not a server error."""

import pytest
from django.db import IntegrityError

from tests import factories

pytestmark = pytest.mark.django_db


def test_a_save_that_races_into_a_unique_constraint_gets_a_clear_message_not_a_500(secretariat_user, monkeypatch):
    """Two requests that both passed validation: the database refuses the second; the service says so plainly."""
    from django.core.exceptions import ValidationError

    from jointcouncils.services import record_save

    group = factories.WorkingGroupFactory()
    version = group.version

    def refused(*args, **kwargs):
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(type(group), "save", refused)
    group.name_en = "Renamed"
    with pytest.raises(ValidationError) as error:
        record_save(instance=group, by=secretariat_user, reason="race", expected_version=version)
    assert "conflicts with this one" in error.value.messages[0]
    assert group.version == version
