"""factory_boy factories of the meetings models (bilingual text on every field people read)."""

import datetime

import factory
from django.utils import timezone

from meetings.models import ActionItem, AgendaItem, Attachment, Attendance, Decision, Meeting
from tests.factories import CouncilFactory, PersonFactory


def at(day: datetime.date, hour: int = 9) -> datetime.datetime:
    """An aware datetime in the portal's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    council = factory.SubFactory(CouncilFactory, code="jc")
    title_en = factory.Sequence(lambda n: f"Meeting {n}")
    title_fr = factory.Sequence(lambda n: f"Réunion {n}")
    start = factory.LazyFunction(lambda: at(datetime.date(2020, 2, 26)))
    city_en = "Ottawa"
    city_fr = "Ottawa"
    status = Meeting.Status.HELD

    class Params:
        # A planned meeting a month from today (the dashboards' "next meeting").
        upcoming = factory.Trait(
            start=factory.LazyFunction(lambda: at(timezone.localdate() + datetime.timedelta(days=30))),
            status=Meeting.Status.PLANNED,
        )


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    order = factory.Sequence(lambda n: n + 1)
    title_en = factory.Sequence(lambda n: f"Agenda item {n}")
    title_fr = factory.Sequence(lambda n: f"Point {n}")


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    meeting = factory.SubFactory(MeetingFactory)
    text_en = factory.Sequence(lambda n: f"Decision {n}")
    text_fr = factory.Sequence(lambda n: f"Décision {n}")
    decided_on = factory.LazyAttribute(lambda d: d.meeting.date)


class ActionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionItem

    meeting = factory.SubFactory(MeetingFactory)
    description_en = factory.Sequence(lambda n: f"Next step {n}")
    description_fr = factory.Sequence(lambda n: f"Prochaine étape {n}")
    owner_person = None
    owner_group = None
    # The meeting's council owns the item unless a person or a working group is given.
    owner_council = factory.LazyAttribute(lambda item: None if (item.owner_person or item.owner_group) else item.meeting.council)


class AttachmentFactory(factory.django.DjangoModelFactory):
    """A row only (no file on disk): for pages that list attachments."""

    class Meta:
        model = Attachment

    agenda_item = factory.SubFactory(AgendaItemFactory)
    title_en = factory.Sequence(lambda n: f"Deck {n}")
    title_fr = factory.Sequence(lambda n: f"Présentation {n}")
    original_name = factory.Sequence(lambda n: f"deck-{n}.pdf")
    kind = Attachment.Kind.PDF
    size = 1234
    sha256 = factory.Sequence(lambda n: f"{n:064x}")
    file = factory.LazyAttribute(lambda a: f"attachments/{a.sha256[:2]}/{a.sha256}")
