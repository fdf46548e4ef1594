"""Shared fixtures: one set of personas for every test (secretariat, co-chair, council member, outsider, anonymous)."""

import datetime

import pytest
from django.conf import settings
from django.test import Client

from jointcouncils.record_version import record_version_bump
from tests import factories

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def _new_record_version():
    """Each test starts from a database of its own: a new record version too, so that nothing cached under the
    version a previous test left (the cache outlives the test's transaction) is read as this test's record."""
    record_version_bump()


@pytest.fixture
def council(db):
    return factories.CouncilFactory(
        code="jc", name_en="Joint Councils", name_fr="Conseils mixtes", acronym_en="JC", acronym_fr="CM"
    )


@pytest.fixture
def cochair_group(db, council):
    """A group whose seat 1 is held by the co-chair persona's person."""
    group = factories.WorkingGroupFactory(
        slug="death-notification", name_en="Death Notification", name_fr="Notification de décès"
    )
    factories.ReportingLineFactory(working_group=group, council=council)
    return group


@pytest.fixture
def other_group(db, council):
    group = factories.WorkingGroupFactory(slug="open-government", name_en="Open Government", name_fr="Gouvernement ouvert")
    factories.ReportingLineFactory(working_group=group, council=council)
    return group


@pytest.fixture
def secretariat_user(db):
    return factories.UserFactory(
        username="staff", first_name="Sam", last_name="Staff", is_staff=True, roles=[settings.ROLE_SECRETARIAT]
    )


@pytest.fixture
def cochair_user(db, cochair_group):
    user = factories.UserFactory(username="cochair", first_name="Cora", last_name="Chair", roles=[settings.ROLE_COCHAIR])
    person = factories.PersonFactory(given_name="Cora", family_name="Chair", user=user)
    seat = factories.CochairSeatFactory(working_group=cochair_group, number=1)
    factories.CochairTermFactory(seat=seat, person=person, start_date=datetime.date(2019, 1, 1))
    return user


@pytest.fixture
def member_user(db):
    return factories.UserFactory(username="member", first_name="Max", last_name="Member", roles=[settings.ROLE_COUNCIL_MEMBER])


@pytest.fixture
def outsider_user(db):
    """Logged in, but holds no portal role."""
    return factories.UserFactory(username="outsider", first_name="Olive", last_name="Outsider")


def _client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def personas(secretariat_user, cochair_user, member_user, outsider_user):
    """name -> logged-in test client, for role matrices."""
    return {
        "secretariat": _client_for(secretariat_user),
        "cochair": _client_for(cochair_user),
        "member": _client_for(member_user),
        "outsider": _client_for(outsider_user),
        "anonymous": Client(),
    }


@pytest.fixture
def staff_client(secretariat_user):
    return _client_for(secretariat_user)


@pytest.fixture
def cochair_client(cochair_user):
    return _client_for(cochair_user)


@pytest.fixture
def member_client(member_user):
    return _client_for(member_user)


@pytest.fixture(autouse=True)
def _english_by_default():
    """A /fr/ request leaves French active in the thread; each test starts in English, as a new request would."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")
