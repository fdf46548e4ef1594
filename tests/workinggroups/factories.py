"""Factories of the working groups' reporting models (status updates, milestones, outstanding tasks).

The traits give dates relative to today for the dashboards: StatusUpdateFactory(current=True) covers the last 90
days (or the 90 days before a given period_end), MilestoneFactory(due_soon=True) falls due in 60 days.
"""

import datetime

import factory
from django.utils import timezone

from tests.factories import WorkingGroupFactory
from workinggroups.models import Milestone, OutstandingTask, StatusUpdate


class StatusUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StatusUpdate

    working_group = factory.SubFactory(WorkingGroupFactory)
    period_label_en = factory.Sequence(lambda n: f"Period {n}")
    period_label_fr = factory.Sequence(lambda n: f"Période {n}")
    period_start = factory.Sequence(lambda n: datetime.date(2019, 1, 1) + datetime.timedelta(days=40 * n))
    period_end = factory.LazyAttribute(lambda u: u.period_start + datetime.timedelta(days=30))
    rag = StatusUpdate.Rag.GREEN
    accomplishments_en = "Drafted the common approach."
    accomplishments_fr = "Ébauche de l'approche commune."
    state = StatusUpdate.State.DRAFT

    class Params:
        current = factory.Trait(
            period_end=factory.LazyFunction(timezone.localdate),
            period_start=factory.LazyAttribute(lambda u: u.period_end - datetime.timedelta(days=90)),
        )


def approved_update(**kwargs) -> StatusUpdate:
    return StatusUpdateFactory(state=StatusUpdate.State.APPROVED, approved_at=timezone.now(), **kwargs)


def submitted_update(**kwargs) -> StatusUpdate:
    return StatusUpdateFactory(state=StatusUpdate.State.SUBMITTED, submitted_at=timezone.now(), **kwargs)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    working_group = factory.SubFactory(WorkingGroupFactory)
    title_en = factory.Sequence(lambda n: f"Milestone {n}")
    title_fr = factory.Sequence(lambda n: f"Jalon {n}")
    due_date = datetime.date(2030, 1, 1)

    class Params:
        due_soon = factory.Trait(due_date=factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=60)))


class OutstandingTaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutstandingTask

    working_group = factory.SubFactory(WorkingGroupFactory)
    title_en = factory.Sequence(lambda n: f"Task {n}")
    title_fr = factory.Sequence(lambda n: f"Tâche {n}")
    raised_on = datetime.date(2019, 6, 1)
