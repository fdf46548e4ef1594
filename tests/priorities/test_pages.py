"""Pages of the priorities: roles, grouping, filters, edit with history and concurrency, language, queries."""

import pytest
from django.urls import reverse

from priorities.models import Priority
from tests import factories
from tests.councils.data import build_registry

pytestmark = pytest.mark.django_db

ROLES_READ = [("secretariat", 200), ("cochair", 200), ("member", 200), ("outsider", 403), ("anonymous", 302)]
ROLES_EDIT = [("secretariat", 200), ("cochair", 403), ("member", 403), ("outsider", 403), ("anonymous", 302)]


@pytest.fixture
def digital_identity(councils, cochair_group):
    priority = factories.PriorityFactory(
        slug="digital-identity",
        name_en="Digital Identity",
        name_fr="Identité numérique",
        definition_en="Trusted digital identities for every Canadian.",
        definition_fr="Des identités numériques fiables pour chaque Canadien.",
        council=councils.jc,
        kind=Priority.Kind.JC_PRIORITY,
        status=Priority.Status.RECONFIRMED,
        lead_note_en="Executive director of the pan-Canadian digital identity program",
    )
    model = factories.LogicModelFactory(slug="ottawa-2019")
    level = factories.EngagementLevelFactory(logic_model=model, name_en="Co-create", name_fr="Cocréer")
    factories.AlignmentFactory(
        logic_model=model,
        working_group=cochair_group,
        outcome=None,
        priority=priority,
        engagement_level=level,
        contribution_en="Notifies every program of a death once.",
    )
    return priority


@pytest.fixture
def themes(councils):
    return [
        factories.PriorityFactory(
            slug="pscioc-cybersecurity", name_en="Cybersecurity", council=councils.pscioc, kind=Priority.Kind.EMERGING_THEME
        ),
        factories.PriorityFactory(
            slug="pssdc-privacy", name_en="Privacy", council=councils.pssdc, kind=Priority.Kind.EMERGING_THEME
        ),
    ]


@pytest.mark.parametrize("url", ["/en/priorities/", "/en/priorities/digital-identity/"])
@pytest.mark.parametrize(("persona", "status"), ROLES_READ)
def test_read_pages_by_role(personas, digital_identity, url, persona, status):
    assert personas[persona].get(url).status_code == status


@pytest.mark.parametrize(("persona", "status"), ROLES_EDIT)
def test_edit_page_by_role(personas, digital_identity, persona, status):
    assert personas[persona].get("/en/priorities/digital-identity/edit/").status_code == status


def test_list_puts_jc_priorities_first_then_themes_by_council(member_client, digital_identity, themes):
    response = member_client.get(reverse("priorities:list"))
    sections = response.context["sections"]
    assert [s["key"] for s in sections] == ["jc", "pscioc", "pssdc"]
    assert [p.slug for p in sections[0]["priorities"]] == ["digital-identity"]
    assert [g.slug for g in sections[0]["priorities"][0].supporting_groups] == ["death-notification"]
    page = response.content.decode()
    assert "Emerging themes of Public Sector Chief Information Officer Council" in page
    assert "Death Notification" in page


def test_list_filters_by_council_kind_and_status(member_client, digital_identity, themes, councils):
    url = reverse("priorities:list")

    def slugs(query):
        return {p.slug for section in member_client.get(url, query).context["sections"] for p in section["priorities"]}

    assert slugs({"council": councils.pssdc.pk}) == {"pssdc-privacy"}
    assert slugs({"kind": "jc_priority"}) == {"digital-identity"}
    assert slugs({"status": "reconfirmed"}) == {"digital-identity"}


def test_detail_shows_definition_supporting_groups_and_engagement(member_client, digital_identity):
    page = member_client.get(reverse("priorities:detail", args=["digital-identity"])).content.decode()
    assert "Trusted digital identities for every Canadian." in page
    assert "Notifies every program of a death once." in page
    assert "Co-create" in page
    assert "Executive director of the pan-Canadian digital identity program" in page


def test_french_detail_shows_french_content(member_client, digital_identity):
    page = member_client.get("/fr/priorities/digital-identity/").content.decode()
    assert "Identité numérique" in page
    assert "Des identités numériques fiables pour chaque Canadien." in page
    assert "Cocréer" in page


def _post(priority, **changes):
    data = {
        "council": priority.council_id,
        "kind": priority.kind,
        "status": priority.status,
        "year": "2020",
        "order": "0",
        "lead_person": "",
        "name_en": priority.name_en,
        "acronym_en": "",
        "definition_en": priority.definition_en or "",
        "scope_en": "",
        "lead_note_en": "",
        "name_fr": priority.name_fr,
        "acronym_fr": "",
        "definition_fr": priority.definition_fr or "",
        "scope_fr": "",
        "lead_note_fr": "",
        "expected_version": priority.version,
        "change_reason": "Scope agreed on 22 September 2020",
    }
    data.update(changes)
    return data


def test_edit_records_user_reason_and_lead_organisations(staff_client, digital_identity, secretariat_user):
    tbs = factories.OrganisationFactory(acronym_en="TBS")
    response = staff_client.post(
        reverse("priorities:edit", args=["digital-identity"]),
        _post(digital_identity, scope_en="Federal, provincial and territorial IDs.", lead_organisations=[tbs.pk]),
    )
    assert response.status_code == 302
    digital_identity.refresh_from_db()
    assert digital_identity.scope_en == "Federal, provincial and territorial IDs."
    assert list(digital_identity.lead_organisations.all()) == [tbs]
    latest = digital_identity.history.order_by("-history_date").first()
    assert (latest.history_user, latest.history_change_reason) == (secretariat_user, "Scope agreed on 22 September 2020")


def test_stale_edit_is_refused_with_409(staff_client, digital_identity):
    url = reverse("priorities:edit", args=["digital-identity"])
    opened = digital_identity.version
    assert staff_client.post(url, _post(digital_identity, scope_en="First")).status_code == 302
    response = staff_client.post(url, _post(digital_identity, scope_en="Second", expected_version=opened))
    assert response.status_code == 409
    assert "saved this record after you opened it" in response.content.decode()
    digital_identity.refresh_from_db()
    assert digital_identity.scope_en == "First"


@pytest.mark.parametrize("persona", ["cochair", "member"])
def test_cochair_and_member_cannot_post_an_edit(personas, digital_identity, persona):
    response = personas[persona].post(
        reverse("priorities:edit", args=["digital-identity"]), _post(digital_identity, scope_en="Not theirs")
    )
    assert response.status_code == 403
    digital_identity.refresh_from_db()
    assert not digital_identity.scope_en


QUERY_PAGES = [
    ("list", lambda data: reverse("priorities:list"), 10),
    # + who entered the priority in the portal (its provenance).
    ("detail", lambda data: reverse("priorities:detail", args=[data.priorities[0].slug]), 14),
]


@pytest.mark.parametrize(("page", "url_for", "bound"), QUERY_PAGES, ids=[p[0] for p in QUERY_PAGES])
@pytest.mark.parametrize("size", [2, 15])
def test_query_count_does_not_grow_with_the_data(
    staff_client, councils, django_assert_max_num_queries, page, url_for, bound, size
):
    data = build_registry(size, councils=councils)
    # The first priority gets every group's support, so its page grows with the data too.
    for group in data.groups[1:]:
        factories.AlignmentFactory(logic_model=data.model, working_group=group, outcome=None, priority=data.priorities[0])
    with django_assert_max_num_queries(bound):
        response = staff_client.get(url_for(data))
    assert response.status_code == 200
