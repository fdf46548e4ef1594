"""No page shows stale data after a write, whatever made the write.

The cached parts (jointcouncils.record_version): the overview's numbers, the home page's counts and attention
numbers, the groups list's filter fields (the councils' names among the choices) and the logic-model page; and the
whole pages, kept for the session (jointcouncils.page_cache). Each test fills the cache by reading every such page
until it is served whole, writes one way (a portal form, a service, an import, the loader,
seed_scale's bulk insert, an admin save, an admin history revert, a delete), then reads the pages again and finds
the new data on them.
"""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from councils.models import Council
from dataio.import_kinds import KINDS
from dataio.imports import parse_file, run_import
from jointcouncils.record_version import record_version
from jointcouncils.services import record_delete, record_save
from logicmodel.models import Outcome
from tests import factories
from tests.test_admin import scrape_form
from workinggroups.models import WorkingGroup

CACHED_PAGES = ["/en/dashboard/", "/en/", "/en/working-groups/", "/en/logic-model/"]


def read_pages(client) -> dict:
    """What each cached part says, read from the pages' contexts (the values the templates were given). Each page
    must have been made by its view: a page kept whole for the session (jointcouncils.page_cache) and served again
    has no context, and after a write it must not be served."""
    # A message waiting after a save (a portal form, the admin) would send the first page the whole way by itself:
    # a page that is never kept shows it first, so that each page below is made because of the write alone.
    client.get("/en/preferences/")
    seen = {}
    for url in CACHED_PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.context is not None, f"{url} was served as kept before the write"
        seen[url] = response
    overview, home = seen["/en/dashboard/"].context, seen["/en/"].context
    return {
        "overview_active_groups": overview["numbers"].active_groups,
        "overview_vacant_seats": overview["numbers"].vacant_seats,
        "home_groups": home["counts"]["groups"],
        "home_vacant_seats": home["attention"]["vacant_seats"],
        "filter_fields": str(seen["/en/working-groups/"].context["filter_fields"]),
        "logic_model": str(seen["/en/logic-model/"].context.get("page_html", "")),
    }


@pytest.fixture
def record(db, council, secretariat_user):
    call_command("setup_roles", verbosity=0)
    model = factories.LogicModelFactory(slug="ottawa-2019")
    outcome = factories.OutcomeFactory(logic_model=model, term=Outcome.Term.SHORT, order=1, name_en="Trusted services")
    group = factories.WorkingGroupFactory(slug="alpha", name_en="Alpha", status=WorkingGroup.Status.ACTIVE)
    factories.ReportingLineFactory(working_group=group, council=council)
    factories.CochairSeatFactory(working_group=group, number=1)  # vacant
    return {"outcome": outcome, "group": group}


def keep_pages(client) -> None:
    """Read each page until it is served whole from the page cache (no query, no template)."""
    for url in CACHED_PAGES:
        for _attempt in range(4):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            if not queries:
                assert response.context is None
                break
        else:
            raise AssertionError(f"{url} was never kept")


@pytest.fixture
def warm(record, staff_client):
    """The pages as read before the write: every cached part is in the cache now, and every page is kept whole
    for the session, so that each test's read after its write shows that the write reached both."""
    before = read_pages(staff_client)
    keep_pages(staff_client)
    return before


def test_a_portal_form_save_shows_at_once(record, warm, staff_client):
    outcome = record["outcome"]
    url = reverse("logicmodel:outcome_edit", args=[outcome.pk])
    data = scrape_form(staff_client.get(url).content.decode())
    data["name_en"] = ["Services people trust"]
    data["change_reason"] = ["Clearer name"]
    response = staff_client.post(url, data)
    assert response.status_code == 302, [line for line in response.content.decode().splitlines() if "error" in line]
    after = read_pages(staff_client)
    # The outcome's heading has the new name; the old one is left only in the change history's row.
    assert "Services people trust</h3>" in after["logic_model"]
    assert "Trusted services</h3>" not in after["logic_model"]
    assert "Trusted services</h3>" in warm["logic_model"]


def test_a_service_write_shows_at_once(record, warm, staff_client, secretariat_user, council):
    council.name_en = "Joint Councils of Canada"
    record_save(instance=council, by=secretariat_user, reason="Full name", expected_version=council.version)
    after = read_pages(staff_client)
    assert "Joint Councils of Canada" in after["filter_fields"]
    assert "Joint Councils of Canada" not in warm["filter_fields"]


def test_a_new_seat_through_a_service_changes_the_numbers(record, warm, staff_client, secretariat_user):
    seat = factories.CochairSeatFactory.build(working_group=record["group"], number=2)
    record_save(instance=seat, by=secretariat_user, reason="Second seat")
    after = read_pages(staff_client)
    assert after["overview_vacant_seats"] == warm["overview_vacant_seats"] + 1
    assert after["home_vacant_seats"] == warm["home_vacant_seats"] + 1


def test_an_import_shows_at_once(record, warm, staff_client, secretariat_user):
    data = b"slug,name_en,name_fr,status,council\nimported,Imported group,Groupe importe,active,jc\n"
    kind = KINDS["working-groups"]
    outcome = run_import(
        kind=kind, parsed=parse_file(kind=kind, data=data, filename="groups.csv"), by=secretariat_user, commit=True
    )
    assert outcome.applied, [row.errors for row in outcome.rows]
    after = read_pages(staff_client)
    assert after["overview_active_groups"] == warm["overview_active_groups"] + 1
    assert after["home_groups"] == warm["home_groups"] + 1


def test_the_loader_and_seed_scale_show_at_once(record, warm, staff_client):
    call_command("load_joint_councils", verbosity=0)
    loaded = read_pages(staff_client)
    assert "Public Sector Service Delivery Council" in loaded["filter_fields"]
    assert loaded["home_groups"] == WorkingGroup.objects.filter(status=WorkingGroup.Status.ACTIVE).count()
    assert loaded["home_groups"] > warm["home_groups"]

    # seed_scale writes with bulk inserts, which send no signal: it bumps the version itself.
    version = record_version()
    call_command("seed_scale", factor=2, verbosity=0)
    assert record_version() != version
    scaled = read_pages(staff_client)
    assert scaled["overview_active_groups"] == WorkingGroup.objects.filter(status=WorkingGroup.Status.ACTIVE).count()
    assert scaled["overview_active_groups"] > loaded["overview_active_groups"]


def test_an_admin_save_and_a_history_revert_show_at_once(record, warm, staff_client, council):
    url = reverse("admin:councils_council_change", args=[council.pk])
    data = scrape_form(staff_client.get(url).content.decode())
    data["name_en"] = ["Joint Councils (renamed in the admin)"]
    data["change_reason"] = ["Renamed"]
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    renamed = read_pages(staff_client)
    assert "Joint Councils (renamed in the admin)" in renamed["filter_fields"]

    first = Council.history.filter(id=council.pk).order_by("history_date").first()
    url = reverse("admin:councils_council_simple_history", args=[council.pk, first.history_id])
    data = scrape_form(staff_client.get(url).content.decode())
    data["change_reason"] = ["Back to the name of the record"]
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    reverted = read_pages(staff_client)
    assert "Joint Councils (renamed in the admin)" not in reverted["filter_fields"]
    assert reverted["filter_fields"] == warm["filter_fields"]


def test_a_delete_shows_at_once(record, warm, staff_client, secretariat_user):
    record_delete(instance=record["group"], by=secretariat_user, reason="Created by mistake")
    after = read_pages(staff_client)
    assert after["overview_active_groups"] == warm["overview_active_groups"] - 1
    assert after["home_groups"] == warm["home_groups"] - 1
    assert after["overview_vacant_seats"] == warm["overview_vacant_seats"] - 1


def test_a_write_in_a_transaction_bumps_again_when_it_commits(db, django_capture_on_commit_callbacks, council, secretariat_user):
    """Pages read by other requests while the transaction was open must not survive it (see record_version)."""
    before = record_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        council.name_en = "Joint Councils, edited"
        record_save(instance=council, by=secretariat_user, reason="Edit", expected_version=council.version)
        during = record_version()
        assert during != before
    assert callbacks  # the bump on commit was registered
    assert record_version() not in {before, during}
