"""Hand-built consultations for the tests: a bilingual survey with three kinds of question and two respondents."""

import datetime

import pytest

from consultations.models import Consultation, Question, QuestionSet, Respondent
from jointcouncils.celery import app as celery_app
from jointcouncils.services import record_save
from tests import factories


@pytest.fixture
def eager():
    """Celery runs jobs in-process for the test (the on-commit send is captured by the test)."""
    saved = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = saved


def save(instance):
    return record_save(instance=instance, by=None, reason="test", unversioned="seed")  # test data, as seed writes it


@pytest.fixture
def jurisdictions(db):
    return {
        "ca": factories.JurisdictionFactory(code="ca", name_en="Canada", name_fr="Canada", level="federal"),
        "ns": factories.JurisdictionFactory(code="ns", name_en="Nova Scotia", name_fr="Nouvelle-Écosse", level="provincial"),
        "on": factories.JurisdictionFactory(code="on", name_en="Ontario", name_fr="Ontario", level="provincial"),
    }


def person(given, family, jurisdiction, *, email, language="en"):
    org = factories.OrganisationFactory(name_en=f"{given} office", name_fr=f"Bureau de {given}", jurisdiction=jurisdiction)
    return factories.PersonFactory(
        given_name=given, family_name=family, email=email, organisation=org, preferred_language=language
    )


def make_survey(*, slug="survey-2021", anonymous=False, mode=Consultation.Mode.SURVEY):
    consultation = save(
        Consultation(
            slug=slug,
            title_en="Member consultation 2021",
            title_fr="Consultation des membres 2021",
            purpose_en="How are the councils doing?",
            purpose_fr="Comment vont les conseils?",
            mode=mode,
            anonymous=anonymous,
            period_start=datetime.date(2021, 3, 1),
            period_end=datetime.date(2021, 4, 30),
        )
    )
    question_set = save(
        QuestionSet(
            consultation=consultation,
            key="members",
            number=1,
            name_en="Member questionnaire",
            name_fr="Questionnaire des membres",
            period_start=consultation.period_start,
        )
    )
    save(
        Question(
            question_set=question_set,
            key="value",
            order=1,
            kind=Question.Kind.TEXT,
            text_en="What value do the councils bring?",
            text_fr="Quelle valeur les conseils apportent-ils?",
        )
    )
    save(
        Question(
            question_set=question_set,
            key="satisfaction",
            order=2,
            kind=Question.Kind.SCALE,
            text_en="How satisfied are you with the pace of the work?",
            text_fr="Êtes-vous satisfait du rythme des travaux?",
        )
    )
    save(
        Question(
            question_set=question_set,
            key="meetings",
            order=3,
            kind=Question.Kind.CHOICE,
            text_en="Which meetings suit you best?",
            text_fr="Quelles réunions vous conviennent le mieux?",
            choices_en="In person\nOnline",
            choices_fr="En personne\nEn ligne",
        )
    )
    return consultation


@pytest.fixture
def survey(db, jurisdictions, council, cochair_group):
    """A named survey: Élise answers in French for the group, John in English for the council."""
    consultation = make_survey()
    question_set = consultation.question_sets.get()
    elise = person("Élise", "Tremblay", jurisdictions["ns"], email="elise@example.org", language="fr")
    john = person("John", "Smith", jurisdictions["ca"], email="john@example.org")
    save(
        Respondent(
            consultation=consultation,
            question_set=question_set,
            person=elise,
            working_group=cochair_group,
            language="fr",
            role_en="working-group co-chair",
            role_fr="coprésidente de groupe de travail",
        )
    )
    save(
        Respondent(
            consultation=consultation,
            question_set=question_set,
            person=john,
            council=council,
            language="en",
            role_en="council member",
            role_fr="membre du conseil",
        )
    )
    return consultation


@pytest.fixture
def anonymous_survey(db, jurisdictions, council):
    consultation = make_survey(slug="anonymous-2021", anonymous=True)
    question_set = consultation.question_sets.get()
    for given, code in (("Ana", "ns"), ("Ben", "on"), ("Cai", "ca")):
        save(
            Respondent(
                consultation=consultation,
                question_set=question_set,
                person=person(given, "Doe", jurisdictions[code], email=f"{given.lower()}@example.org"),
                council=council,
                language="en",
            )
        )
    return consultation
