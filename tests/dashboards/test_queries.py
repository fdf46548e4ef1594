"""Every dashboard and list answers in the same number of queries at 1× and at 10× the data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.dashboards.conftest import build_volume

# (url, client, the most queries the page may take at any volume). Every request also reads the session, the user
# and their roles, and may save the session (the idle stamp, at most once a minute): 3 queries and a savepoint pair.
PAGES = [
    # Two more than the counts: the translation queue's count (one UNION ALL over the translated models) and the
    # meetings whose reporting deadline has passed (late groups).
    ("/en/dashboard/", "staff_client", 16),
    # The translation queue: one query per translated model (about 29 with ballots and consultations), whatever the
    # number of records.
    # One query per translated model: co-chair terms, council memberships, external relations and council co-chair
    # seats carry translated provenance texts too.
    ("/en/dashboard/translations/", "staff_client", 42),
    ("/en/dashboard/mine/", "cochair_client", 13),
    ("/en/dashboard/priorities/volume-priority/", "member_client", 13),
    ("/en/dashboard/logic-model/", "member_client", 12),
    ("/en/dashboard/participation/", "member_client", 11),
    ("/en/dashboard/milestones/?overdue=true&group_status=active", "member_client", 8),
    ("/en/dashboard/terms/?ending=90&group_status=active", "member_client", 9),
    ("/en/dashboard/tasks/?review_due=true", "member_client", 10),
]


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("factor", [1, 10])
@pytest.mark.parametrize(("url", "client_name", "bound"), PAGES)
def test_query_count_is_bounded_at_1x_and_10x(
    request, council, cochair_user, django_assert_max_num_queries, factor, url, client_name, bound
):
    build_volume(factor, council=council, cochair_person=cochair_user.person)
    client = request.getfixturevalue(client_name)
    client.get(url)  # warm the session and the caches
    with django_assert_max_num_queries(bound):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("factor", [1, 10])
def test_the_landing_redirect_is_bounded_at_1x_and_10x(
    council, cochair_user, cochair_client, django_assert_max_num_queries, factor
):
    """The landing page is a redirect, not a page: measured on its own, and it must lead to the co-chair dashboard."""
    build_volume(factor, council=council, cochair_person=cochair_user.person)
    cochair_client.get("/en/dashboard/start/")
    with django_assert_max_num_queries(6):
        response = cochair_client.get("/en/dashboard/start/")
    assert response.status_code == 302
    assert response["Location"] == "/en/dashboard/mine/"


def test_query_counts_are_the_same_at_1x_and_10x(council, cochair_user, staff_client, cochair_client, member_client):
    clients = {"staff_client": staff_client, "cochair_client": cochair_client, "member_client": member_client}
    for client in clients.values():
        # The session's idle stamp is written on the first request and then at most once a minute: not counted.
        client.get("/en/dashboard/start/")
    build_volume(1, council=council, cochair_person=cochair_user.person)
    small = {url: _count(clients[name], url) for url, name, _ in PAGES}
    build_volume(9, council=council, cochair_person=cochair_user.person)
    large = {url: _count(clients[name], url) for url, name, _ in PAGES}
    assert large == small
