"""A person who still holds a co-chair term but lost the co-chair role sees no unapproved update of the group.

The update's own page refuses them (403); the co-chair dashboard (/dashboard/mine/) and "my updates"
(/reporting/updates/) must not show it either: the same predicate (the role and a current term) everywhere.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.workinggroups.factories import StatusUpdateFactory
from workinggroups.models import StatusUpdate

RETURN_REASON = "Please add the milestones of the quarter."


@pytest.fixture
def returned_update(cochair_group):
    return StatusUpdateFactory(
        working_group=cochair_group,
        state=StatusUpdate.State.RETURNED,
        accomplishments_en="Confidential draft text.",
        return_reason=RETURN_REASON,
    )


@pytest.fixture
def departing_client(client, cochair_user):
    """The co-chair persona, still holding the term, now only a council member (the co-chair role removed)."""
    cochair_user.groups.remove(Group.objects.get(name=settings.ROLE_COCHAIR))
    cochair_user.groups.add(Group.objects.get_or_create(name=settings.ROLE_COUNCIL_MEMBER)[0])
    client.force_login(cochair_user)
    return client


def test_departing_cochair_is_refused_the_update_page(departing_client, returned_update):
    response = departing_client.get(reverse("reporting:update_detail", args=[returned_update.pk]))
    assert response.status_code == 403


@pytest.mark.parametrize("url_name", ["dashboards:cochair", "reporting:my_updates"])
def test_departing_cochair_does_not_see_the_returned_update(departing_client, returned_update, url_name):
    response = departing_client.get(reverse(url_name))
    assert response.status_code == 200
    body = response.content.decode()
    assert RETURN_REASON not in body
    assert reverse("reporting:update_detail", args=[returned_update.pk]) not in body
    assert returned_update.working_group.name_en not in body


@pytest.mark.parametrize("url_name", ["dashboards:cochair", "reporting:my_updates"])
def test_cochair_with_the_role_still_sees_it(cochair_client, returned_update, url_name):
    """The control: with the role and the term, the same pages show the group and its update."""
    response = cochair_client.get(reverse(url_name))
    assert response.status_code == 200
    body = response.content.decode()
    assert reverse("reporting:update_detail", args=[returned_update.pk]) in body
    assert returned_update.working_group.name_en in body
