"""The three councils (the JC made of PSSDC and PSCIOC), members with accounts, and a way to open a ballot."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from councils.models import CouncilMembership
from tests import factories
from voting.models import Ballot
from voting.services import ballot_create

NOW = timezone.make_aware(datetime.datetime(2026, 3, 2, 10, 0))


@pytest.fixture
def councils(db):
    pssdc = factories.CouncilFactory(
        code="pssdc",
        name_en="Public Sector Service Delivery Council",
        name_fr="Conseil de la prestation des services du secteur public",
        acronym_en="PSSDC",
        acronym_fr="CPSSP",
    )
    pscioc = factories.CouncilFactory(
        code="pscioc",
        name_en="Public Sector Chief Information Officer Council",
        name_fr="Conseil des dirigeants principaux de l'information du secteur public",
        acronym_en="PSCIOC",
        acronym_fr="CDPISP",
    )
    jc = factories.CouncilFactory(
        code="jc", name_en="Joint Councils", name_fr="Conseils mixtes", acronym_en="JC", acronym_fr="CM"
    )
    jc.constituent_councils.set([pssdc, pscioc])
    return {"pssdc": pssdc, "pscioc": pscioc, "jc": jc}


def make_member(
    council,
    name: str,
    *,
    start=datetime.date(2019, 1, 1),
    end=None,
    language="en",
    role=CouncilMembership.Role.MEMBER,
    account=True,
):
    """A person seated on the council over the dates, with a council-member account named after them."""
    user = None
    if account:
        user = factories.UserFactory(
            username=name.lower(), first_name=name, last_name="Member", roles=[settings.ROLE_COUNCIL_MEMBER]
        )
    person = factories.PersonFactory(
        given_name=name, family_name="Member", user=user, preferred_language=language, email=f"{name.lower()}@example.ca"
    )
    CouncilMembership.objects.create(person=person, council=council, role=role, start_date=start, end_date=end)
    return person


def new_ballot(council, by=None, *, now=NOW, rule=Ballot.Rule.MAJORITY, quorum=50, days=5, opens_in=None) -> Ballot:
    """A ballot created (and opened, unless opens_in is given) at `now`, closing `days` later."""
    opens_at = now + opens_in if opens_in else now
    ballot = Ballot(
        council=council,
        question_en="Adopt the 2026 work plan?",
        question_fr="Adopter le plan de travail 2026?",
        background_en="The plan was discussed in February.",
        background_fr="Le plan a été discuté en février.",
        opens_at=opens_at,
        closes_at=now + datetime.timedelta(days=days),
        rule=rule,
        quorum_percent=quorum,
    )
    return ballot_create(ballot=ballot, by=by, reason="New ballot", now=now)


@pytest.fixture(autouse=True)
def in_process_jobs(settings):
    """Jobs (messages) run in this process, as in `make run`; the worker test starts a real worker instead."""
    from jointcouncils.celery import app as celery_app

    saved = celery_app.conf.task_always_eager
    settings.CELERY_TASK_ALWAYS_EAGER = True
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = saved
