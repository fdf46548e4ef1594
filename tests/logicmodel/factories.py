"""Factories of the logic model's indicators (the logic model, outcomes and alignments: tests/factories.py)."""

import datetime

import factory

from logicmodel.models import Indicator, IndicatorValue
from tests.factories import OutcomeFactory


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    outcome = factory.SubFactory(OutcomeFactory)
    name_en = factory.Sequence(lambda n: f"Indicator {n}")
    name_fr = factory.Sequence(lambda n: f"Indicateur {n}")
    unit_en = "jurisdictions"
    unit_fr = "administrations"
    target = 13


class IndicatorValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndicatorValue

    indicator = factory.SubFactory(IndicatorFactory)
    period_label_en = factory.Sequence(lambda n: f"{2019 + n}–{2020 + n}")
    period_label_fr = factory.Sequence(lambda n: f"{2019 + n}-{2020 + n}")
    period_end = factory.Sequence(lambda n: datetime.date(2020 + n, 3, 31))
    value = 5
