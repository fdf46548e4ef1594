"""The kinds registry is the one description of each report: the model's choices and constraint agree with it."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from reports import kinds
from reports.models import ReportBuild
from tests import factories
from tests.meetings.factories import MeetingFactory

TARGET_FIELDS = ("meeting", "working_group", "priority", "ballot", "plan_period")


def test_every_registered_kind_is_a_choice_of_the_model_with_the_same_name():
    registry = kinds.all_kinds()
    assert set(registry) == set(ReportBuild.Kind.values)
    for language in ("en", "fr"):
        with translation.override(language):
            for key, spec in registry.items():
                assert str(spec.label) == str(ReportBuild.Kind(key).label), (language, key)


def test_every_kind_points_at_a_field_of_the_build_that_holds_its_model():
    for spec in kinds.all_kinds().values():
        assert spec.target_field in TARGET_FIELDS
        assert ReportBuild._meta.get_field(spec.target_field).related_model is spec.target_model


@pytest.mark.django_db
def test_the_database_accepts_a_build_only_on_the_target_its_kind_names():
    targets = {
        "meeting": MeetingFactory(),
        "working_group": factories.WorkingGroupFactory(),
        "priority": factories.PriorityFactory(),
    }
    for key, spec in kinds.all_kinds().items():
        for field, target in targets.items():
            build = ReportBuild(
                kind=key, language="en", target_key=f"{field}:{target.pk}", snapshot_sha256=key, **{field: target}
            )
            if field == spec.target_field:
                with transaction.atomic():
                    build.save()
            else:
                with pytest.raises(IntegrityError), transaction.atomic():
                    build.save()
