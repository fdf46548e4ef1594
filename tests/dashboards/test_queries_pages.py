"""Every list and detail page of the record answers in the same number of queries at 1× and at 10× the data, for the
secretariat, a council member and a co-chair (the dashboards are in test_queries.py).

The detail pages are those of records that exist before the volume is added (the co-chair's group, a meeting, the
volume's priority, a council, a person): their own content stays the same while everything around them grows
tenfold, and their agenda, terms and alignments grow with the volume where build_volume adds to them.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.dashboards.conftest import build_volume
from tests.meetings import factories as meeting_factories

LIST_AND_DETAIL_PAGES = [
    "/en/",
    "/en/working-groups/",
    "/en/working-groups/death-notification/",
    "/en/meetings/",
    "/en/meetings/{meeting}/",
    "/en/meetings/action-items/",
    "/en/priorities/",
    "/en/priorities/volume-priority/",
    "/en/logic-model/",
    "/en/councils/",
    "/en/councils/jc/",
    "/en/people/",
    "/en/people/{person}/",
    "/en/organisations/",
    "/en/search/?q=group",
]
CLIENTS = ["staff_client", "member_client", "cochair_client"]


def _counts(clients: dict, urls: list[str]) -> dict:
    counts = {}
    for name, client in clients.items():
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, (name, url, response.status_code)
            counts[(name, url)] = len(queries)
    return counts


@pytest.fixture
def clients(staff_client, member_client, cochair_client):
    return {"staff_client": staff_client, "member_client": member_client, "cochair_client": cochair_client}


def test_list_and_detail_pages_take_the_same_queries_at_1x_and_10x(council, cochair_user, cochair_group, clients):
    meeting = meeting_factories.MeetingFactory(council=council)
    for n in range(3):
        meeting_factories.AgendaItemFactory(meeting=meeting, order=n + 1)
    urls = [url.format(meeting=meeting.pk, person=cochair_user.person.pk) for url in LIST_AND_DETAIL_PAGES]
    for client in clients.values():
        client.get("/en/dashboard/start/")  # the session's idle stamp, written once on the first request
        # The home page's first visit has no earlier visit to list changes since: its second is every later one.
        client.get("/en/")
    build_volume(1, council=council, cochair_person=cochair_user.person)
    small = _counts(clients, urls)
    build_volume(9, council=council, cochair_person=cochair_user.person)
    for n in range(3, 30):
        meeting_factories.AgendaItemFactory(meeting=meeting, order=n + 1)
    # Every write above bumped the record's version: each page is made afresh, nothing comes from the cache.
    large = _counts(clients, urls)
    assert large == small


def test_cached_parts_save_queries_and_do_not_change_the_page(council, cochair_user, clients):
    """A second request within one record version reads the cached parts: fewer queries (or as many), same page."""
    build_volume(2, council=council, cochair_person=cochair_user.person)
    staff = clients["staff_client"]
    staff.get("/en/dashboard/start/")
    cache.clear()
    for url in ["/en/dashboard/", "/en/logic-model/", "/en/working-groups/", "/en/"]:
        with CaptureQueriesContext(connection) as first_queries:
            first = staff.get(url)
        with CaptureQueriesContext(connection) as second_queries:
            second = staff.get(url)
        assert first.status_code == second.status_code == 200
        assert len(second_queries) < len(first_queries), url
        assert _without_csrf(first.content.decode()) == _without_csrf(second.content.decode()), url


def _without_csrf(html: str) -> str:
    import re

    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
