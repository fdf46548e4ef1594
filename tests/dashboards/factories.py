"""Factories of the records the dashboards read beyond tests/factories.py: updates, milestones, tasks, meetings,
action items, decisions, indicators (kept here so that the dashboard tests depend on no other app's test module)."""

import datetime

import factory
from django.utils import timezone

from logicmodel.models import Indicator, IndicatorValue
from meetings.models import ActionItem, AgendaItem, Decision, Meeting
from tests.factories import CouncilFactory, OutcomeFactory, WorkingGroupFactory
from workinggroups.models import Milestone, OutstandingTask, StatusUpdate


def at(day: datetime.date, hour: int = 9) -> datetime.datetime:
    """An aware datetime in the portal's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class StatusUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StatusUpdate

    working_group = factory.SubFactory(WorkingGroupFactory)
    period_label_en = factory.Sequence(lambda n: f"Period {n}")
    period_label_fr = factory.Sequence(lambda n: f"Période {n}")
    period_end = factory.LazyFunction(timezone.localdate)
    period_start = factory.LazyAttribute(lambda u: u.period_end - datetime.timedelta(days=90))
    rag = StatusUpdate.Rag.GREEN
    state = StatusUpdate.State.DRAFT


def approved_update(**kwargs) -> StatusUpdate:
    return StatusUpdateFactory(state=StatusUpdate.State.APPROVED, approved_at=timezone.now(), **kwargs)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    working_group = factory.SubFactory(WorkingGroupFactory)
    title_en = factory.Sequence(lambda n: f"Milestone {n}")
    title_fr = factory.Sequence(lambda n: f"Jalon {n}")
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=60))


class OutstandingTaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutstandingTask

    working_group = factory.SubFactory(WorkingGroupFactory)
    title_en = factory.Sequence(lambda n: f"Task {n}")
    title_fr = factory.Sequence(lambda n: f"Tâche {n}")
    raised_on = datetime.date(2019, 6, 1)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    council = factory.SubFactory(CouncilFactory, code="jc")
    title_en = factory.Sequence(lambda n: f"Meeting {n}")
    title_fr = factory.Sequence(lambda n: f"Réunion {n}")
    start = factory.LazyFunction(lambda: at(timezone.localdate() + datetime.timedelta(days=30)))
    city_en = "Ottawa"
    city_fr = "Ottawa"
    status = Meeting.Status.PLANNED


class ActionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionItem

    meeting = factory.SubFactory(MeetingFactory)
    description_en = factory.Sequence(lambda n: f"Next step {n}")
    description_fr = factory.Sequence(lambda n: f"Prochaine étape {n}")
    owner_person = None
    owner_group = None
    owner_council = factory.LazyAttribute(lambda item: None if (item.owner_person or item.owner_group) else item.meeting.council)


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    meeting = factory.SubFactory(MeetingFactory)
    text_en = factory.Sequence(lambda n: f"Decision {n}")
    text_fr = factory.Sequence(lambda n: f"Décision {n}")
    decided_on = factory.LazyAttribute(lambda d: d.meeting.date)


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


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    order = factory.Sequence(lambda n: n + 1)
    title_en = factory.Sequence(lambda n: f"Agenda item {n}")
    title_fr = factory.Sequence(lambda n: f"Point {n}")
