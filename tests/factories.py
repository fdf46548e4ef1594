"""factory_boy factories for the domain models; every text field people read has _en and _fr values."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from councils.models import Council, CouncilMembership, Jurisdiction, Organisation, Person
from logicmodel.models import Alignment, EngagementLevel, LogicModel, Outcome, Principle
from priorities.models import Priority
from workinggroups.models import CochairSeat, CochairTerm, ReportingLine, WorkingGroup


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.ca")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"User{n}")
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(Group.objects.get_or_create(name=name)[0])


class JurisdictionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Jurisdiction
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"j{n}")
    name_en = factory.Sequence(lambda n: f"Jurisdiction {n}")
    name_fr = factory.Sequence(lambda n: f"Administration {n}")
    level = Jurisdiction.Level.PROVINCIAL


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_en = factory.Sequence(lambda n: f"Department {n}")
    name_fr = factory.Sequence(lambda n: f"Ministère {n}")
    acronym_en = factory.Sequence(lambda n: f"D{n}")
    acronym_fr = factory.Sequence(lambda n: f"M{n}")
    jurisdiction = factory.SubFactory(JurisdictionFactory)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    given_name = factory.Sequence(lambda n: f"Given{n}")
    family_name = factory.Sequence(lambda n: f"Family{n}")
    email = factory.Sequence(lambda n: f"person{n}@example.ca")
    organisation = factory.SubFactory(OrganisationFactory)


class CouncilFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Council
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"c{n}")
    name_en = factory.Sequence(lambda n: f"Council {n}")
    name_fr = factory.Sequence(lambda n: f"Conseil {n}")
    acronym_en = factory.Sequence(lambda n: f"C{n}")
    acronym_fr = factory.Sequence(lambda n: f"CF{n}")


class CouncilMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CouncilMembership

    person = factory.SubFactory(PersonFactory)
    council = factory.SubFactory(CouncilFactory)
    role = CouncilMembership.Role.MEMBER
    start_date = datetime.date(2019, 1, 1)


class WorkingGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkingGroup

    slug = factory.Sequence(lambda n: f"group-{n}")
    name_en = factory.Sequence(lambda n: f"Working group {n}")
    name_fr = factory.Sequence(lambda n: f"Groupe de travail {n}")
    acronym_en = factory.Sequence(lambda n: f"WG{n}")
    acronym_fr = factory.Sequence(lambda n: f"GT{n}")
    mandate_en = "Share practices across jurisdictions."
    mandate_fr = "Partager les pratiques entre les administrations."
    start_date = datetime.date(2019, 1, 1)


class ReportingLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingLine

    working_group = factory.SubFactory(WorkingGroupFactory)
    council = factory.SubFactory(CouncilFactory)
    start_date = datetime.date(2019, 1, 1)


class CochairSeatFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CochairSeat

    working_group = factory.SubFactory(WorkingGroupFactory)
    number = 1


class CochairTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CochairTerm

    seat = factory.SubFactory(CochairSeatFactory)
    person = factory.SubFactory(PersonFactory)
    start_date = datetime.date(2019, 1, 1)


class PriorityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Priority

    slug = factory.Sequence(lambda n: f"priority-{n}")
    name_en = factory.Sequence(lambda n: f"Priority {n}")
    name_fr = factory.Sequence(lambda n: f"Priorité {n}")
    council = factory.SubFactory(CouncilFactory)


class LogicModelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LogicModel

    slug = factory.Sequence(lambda n: f"model-{n}")
    name_en = factory.Sequence(lambda n: f"Model {n}")
    name_fr = factory.Sequence(lambda n: f"Modèle {n}")
    is_current = True
    adopted_on = datetime.date(2019, 6, 1)
    vision_en = "Enable world-class public services."
    vision_fr = "Permettre des services publics de calibre mondial."
    call_to_action_en = "Focus and accelerate."
    call_to_action_fr = "Accent et accélération."
    objective_en = "Focus collaboration."
    objective_fr = "Axer la collaboration."


class PrincipleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Principle

    logic_model = factory.SubFactory(LogicModelFactory)
    order = factory.Sequence(lambda n: n)
    name_en = factory.Sequence(lambda n: f"Principle {n}")
    name_fr = factory.Sequence(lambda n: f"Principe {n}")


class OutcomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outcome

    logic_model = factory.SubFactory(LogicModelFactory)
    term = Outcome.Term.SHORT
    order = factory.Sequence(lambda n: n)
    name_en = factory.Sequence(lambda n: f"Outcome {n}")
    name_fr = factory.Sequence(lambda n: f"Résultat {n}")


class EngagementLevelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EngagementLevel

    logic_model = factory.SubFactory(LogicModelFactory)
    order = factory.Sequence(lambda n: n)
    code = factory.Sequence(lambda n: f"level-{n}")
    name_en = factory.Sequence(lambda n: f"Level {n}")
    name_fr = factory.Sequence(lambda n: f"Niveau {n}")


class AlignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Alignment

    logic_model = factory.SelfAttribute("outcome.logic_model")
    working_group = factory.SubFactory(WorkingGroupFactory)
    outcome = factory.SubFactory(OutcomeFactory)
