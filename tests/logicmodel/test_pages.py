"""Pages of the logic model: roles, content, versions, edits with history and concurrency, language, queries."""

from datetime import date

import pytest
from django.urls import reverse

from logicmodel.models import Indicator, IndicatorValue, Outcome
from tests import factories
from tests.councils.data import build_registry

pytestmark = pytest.mark.django_db

ROLES_READ = [("secretariat", 200), ("cochair", 200), ("member", 200), ("outsider", 403), ("anonymous", 302)]
ROLES_EDIT = [("secretariat", 200), ("cochair", 403), ("member", 403), ("outsider", 403), ("anonymous", 302)]


@pytest.fixture
def ottawa(cochair_group, councils):
    model = factories.LogicModelFactory(
        slug="ottawa-2019",
        name_en="Ottawa 2019",
        name_fr="Ottawa 2019",
        vision_en="Enable world-class public services through co-creation and collaboration.",
        vision_fr="Permettre des services publics de calibre mondial grâce à la cocréation et à la collaboration.",
    )
    principle = factories.PrincipleFactory(
        logic_model=model,
        name_en="Digital by design",
        name_fr="Numérique dès la conception",
        description_en="Services are digital from the start.",
    )
    long_term = factories.OutcomeFactory(
        logic_model=model, term=Outcome.Term.LONG, name_en="Borderless government", name_fr="Gouvernement sans frontières"
    )
    short_term = factories.OutcomeFactory(
        logic_model=model,
        term=Outcome.Term.SHORT,
        name_en="Core digital enablers",
        name_fr="Catalyseurs numériques de base",
        description_en="Shared platforms.",
    )
    share = factories.EngagementLevelFactory(logic_model=model, code="share", name_en="Share", name_fr="Partager")
    factories.AlignmentFactory(logic_model=model, working_group=cochair_group, outcome=short_term, engagement_level=share)
    priority = factories.PriorityFactory(slug="client-centric-services", name_en="Client-Centric Services", council=councils.jc)
    factories.AlignmentFactory(logic_model=model, working_group=cochair_group, outcome=None, priority=priority)
    return {"model": model, "principle": principle, "long": long_term, "short": short_term}


@pytest.mark.parametrize("url", ["/en/logic-model/", "/en/logic-model/ottawa-2019/"])
@pytest.mark.parametrize(("persona", "status"), ROLES_READ)
def test_read_pages_by_role(personas, ottawa, url, persona, status):
    assert personas[persona].get(url).status_code == status


@pytest.mark.parametrize("which", ["model", "principle", "outcome"])
@pytest.mark.parametrize(("persona", "status"), ROLES_EDIT)
def test_edit_pages_by_role(personas, ottawa, which, persona, status):
    url = {
        "model": reverse("logicmodel:edit", args=["ottawa-2019"]),
        "principle": reverse("logicmodel:principle_edit", args=[ottawa["principle"].pk]),
        "outcome": reverse("logicmodel:outcome_edit", args=[ottawa["short"].pk]),
    }[which]
    assert personas[persona].get(url).status_code == status


def test_current_model_shows_vision_principles_outcomes_and_aligned_groups(member_client, ottawa):
    response = member_client.get(reverse("logicmodel:detail"))
    page = response.content.decode()
    for text in (
        "Enable world-class public services through co-creation and collaboration.",
        "Digital by design",
        "Services are digital from the start.",
        "Borderless government",
        "Core digital enablers",
        "Shared platforms.",
        "Share",
        "Client-Centric Services",
    ):
        assert text in page
    short = response.context["short_term_outcomes"]
    assert [a.working_group.slug for a in short[0].alignments.all()] == ["death-notification"]
    assert [item["priority"].slug for item in response.context["priorities"]] == ["client-centric-services"]
    assert "Versions" not in page


def test_outcome_shows_its_indicators_with_the_latest_value(member_client, ottawa):
    indicator = Indicator.objects.create(
        outcome=ottawa["short"], name_en="Jurisdictions using the shared platform", name_fr="Administrations", target=13
    )
    IndicatorValue.objects.create(indicator=indicator, period_label_en="2019-2020", period_end=date(2020, 3, 31), value=4)
    IndicatorValue.objects.create(indicator=indicator, period_label_en="2020-2021", period_end=date(2021, 3, 31), value=7)
    page = member_client.get(reverse("logicmodel:detail")).content.decode()
    assert "Jurisdictions using the shared platform" in page
    assert "7.00 (2020-2021)" in page


def test_versions_are_listed_when_there_is_more_than_one(member_client, ottawa):
    factories.LogicModelFactory(slug="strategy-2021", name_en="Strategy 2021", is_current=False)
    page = member_client.get(reverse("logicmodel:detail")).content.decode()
    assert "Versions" in page
    assert reverse("logicmodel:detail_version", args=["strategy-2021"]) in page


def test_no_logic_model_yet_is_a_plain_page(member_client):
    response = member_client.get(reverse("logicmodel:detail"))
    assert response.status_code == 200
    assert "No logic model is recorded yet." in response.content.decode()


def test_french_page_shows_french_content(member_client, ottawa):
    page = member_client.get("/fr/logic-model/").content.decode()
    assert "Permettre des services publics de calibre mondial" in page
    assert "Gouvernement sans frontières" in page
    assert "Numérique dès la conception" in page


def _outcome_post(outcome, **changes):
    data = {
        "term": outcome.term,
        "order": outcome.order,
        "code": "ST6",
        "name_en": outcome.name_en,
        "description_en": outcome.description_en or "",
        "name_fr": outcome.name_fr,
        "description_fr": outcome.description_fr or "",
        "expected_version": outcome.version,
        "change_reason": "Annual review of the logic model",
    }
    data.update(changes)
    return data


def test_outcome_edit_records_user_and_reason(staff_client, ottawa, secretariat_user):
    outcome = ottawa["short"]
    response = staff_client.post(
        reverse("logicmodel:outcome_edit", args=[outcome.pk]),
        _outcome_post(outcome, description_fr="Plateformes communes."),
    )
    assert response.status_code == 302
    outcome.refresh_from_db()
    assert outcome.description_fr == "Plateformes communes."
    latest = outcome.history.order_by("-history_date").first()
    assert (latest.history_user, latest.history_change_reason) == (secretariat_user, "Annual review of the logic model")
    assert "Annual review of the logic model" in staff_client.get(reverse("logicmodel:detail")).content.decode()


def test_stale_outcome_edit_is_refused_with_409(staff_client, ottawa):
    outcome = ottawa["short"]
    url = reverse("logicmodel:outcome_edit", args=[outcome.pk])
    opened = outcome.version
    assert staff_client.post(url, _outcome_post(outcome, description_en="First")).status_code == 302
    response = staff_client.post(url, _outcome_post(outcome, description_en="Second", expected_version=opened))
    assert response.status_code == 409
    assert "saved this record after you opened it" in response.content.decode()
    outcome.refresh_from_db()
    assert outcome.description_en == "First"


def test_model_and_principle_edits_save(staff_client, ottawa):
    model, principle = ottawa["model"], ottawa["principle"]
    response = staff_client.post(
        reverse("logicmodel:edit", args=["ottawa-2019"]),
        {
            "adopted_on": "2019-06-01",
            "name_en": model.name_en,
            "vision_en": model.vision_en,
            "call_to_action_en": "Focus and accelerate to enable digital government for Canadians.",
            "objective_en": model.objective_en,
            "name_fr": model.name_fr,
            "vision_fr": model.vision_fr,
            "call_to_action_fr": model.call_to_action_fr,
            "objective_fr": model.objective_fr,
            "expected_version": model.version,
            "change_reason": "Full call to action from the source",
        },
    )
    assert response.status_code == 302
    model.refresh_from_db()
    assert model.call_to_action_en == "Focus and accelerate to enable digital government for Canadians."
    response = staff_client.post(
        reverse("logicmodel:principle_edit", args=[principle.pk]),
        {
            "order": principle.order,
            "name_en": principle.name_en,
            "description_en": principle.description_en or "",
            "name_fr": principle.name_fr,
            "description_fr": "Les services sont numériques dès le départ.",
            "expected_version": principle.version,
            "change_reason": "French description",
        },
    )
    assert response.status_code == 302
    principle.refresh_from_db()
    assert principle.description_fr == "Les services sont numériques dès le départ."


@pytest.mark.parametrize("persona", ["cochair", "member"])
def test_cochair_and_member_cannot_post_an_edit(personas, ottawa, persona):
    outcome = ottawa["short"]
    response = personas[persona].post(
        reverse("logicmodel:outcome_edit", args=[outcome.pk]), _outcome_post(outcome, description_en="Not theirs")
    )
    assert response.status_code == 403
    outcome.refresh_from_db()
    assert outcome.description_en == "Shared platforms."


QUERY_PAGES = [
    ("current", lambda data: reverse("logicmodel:detail"), 19),
    ("version", lambda data: reverse("logicmodel:detail_version", args=[data.model.slug]), 19),
]


@pytest.mark.parametrize(("page", "url_for", "bound"), QUERY_PAGES, ids=[p[0] for p in QUERY_PAGES])
@pytest.mark.parametrize("size", [2, 15])
def test_query_count_does_not_grow_with_the_data(
    staff_client, councils, django_assert_max_num_queries, page, url_for, bound, size
):
    data = build_registry(size, councils=councils)
    with django_assert_max_num_queries(bound):
        response = staff_client.get(url_for(data))
    assert response.status_code == 200


@pytest.mark.django_db
def test_an_outcome_with_many_groups_lists_the_first_ones_and_links_to_all(secretariat_user):
    from django.test import Client

    from logicmodel.selectors import GROUPS_SHOWN
    from tests import factories

    model = factories.LogicModelFactory(slug="ottawa-2019")
    outcome = factories.OutcomeFactory(logic_model=model)
    for index in range(GROUPS_SHOWN + 3):
        factories.AlignmentFactory(outcome=outcome, working_group=factories.WorkingGroupFactory(name_en=f"Group {index:02d}"))
    client = Client()
    client.force_login(secretariat_user)

    page = client.get(reverse("logicmodel:detail")).content.decode()

    assert f"See all {GROUPS_SHOWN + 3} working groups aligned to this outcome" in page
    assert f"?outcome={outcome.pk}" in page
    assert "Group 00" in page
    assert f"Group {GROUPS_SHOWN + 2:02d}" not in page
    listed = client.get(reverse("workinggroups:list"), {"outcome": outcome.pk})
    assert listed.context["page_obj"].paginator.count == GROUPS_SHOWN + 3
