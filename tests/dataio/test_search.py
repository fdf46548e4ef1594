"""Search: accent-insensitive in both languages on PostgreSQL, grouped by kind, fixed query count; SQLite fallback."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from dataio import search
from meetings.models import ActionItem, AgendaItem, Decision, Meeting
from tests import factories

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL")


@pytest.fixture
def record(db, council):
    group = factories.WorkingGroupFactory(
        slug="digital-identity",
        name_en="Digital Identity Priority",
        name_fr="Priorité de l'identité numérique",
        acronym_en="DI",
        acronym_fr="IN",
    )
    priority = factories.PriorityFactory(
        slug="digital-identity", name_en="Digital Identity", name_fr="Identité numérique", council=council
    )
    meeting = Meeting.objects.create(
        council=council,
        title_en="Joint Councils, Winnipeg",
        title_fr="Conseils mixtes, Winnipeg",
        start=timezone.make_aware(datetime.datetime(2019, 9, 20, 9, 0)),
        city_en="Winnipeg",
        city_fr="Winnipeg",
    )
    item = AgendaItem.objects.create(
        meeting=meeting, order=1, title_en="Progress of the trust framework", title_fr="Progrès du cadre de confiance"
    )
    Decision.objects.create(
        meeting=meeting,
        agenda_item=item,
        text_en="The councils endorse the pan-Canadian trust framework.",
        text_fr="Les conseils appuient le cadre de confiance pancanadien.",
        decided_on=datetime.date(2019, 9, 20),
    )
    ActionItem.objects.create(
        meeting=meeting,
        description_en="Circulate the trust framework to the deputy ministers.",
        description_fr="Faire circuler le cadre de confiance aux sous-ministres.",
        owner_council=council,
    )
    return {"group": group, "priority": priority, "meeting": meeting}


def hits(response, key):
    return [hit["title"] for group in response.context["groups"] if group.key == key for hit in group.hits]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_identite_without_accent_finds_identite_numerique(staff_client, record, language):
    response = staff_client.get(f"/{language}/search/", {"q": "identite"})
    assert response.status_code == 200
    expected = "Identité numérique" if language == "fr" else "Digital Identity"
    assert expected in hits(response, "priorities")
    assert hits(response, "workinggroups")
    assert record["priority"].get_absolute_url() in response.content.decode().replace("/en/", f"/{language}/")


def test_a_french_word_finds_french_records(staff_client, record):
    response = staff_client.get("/fr/search/", {"q": "numérique"})
    assert "Identité numérique" in hits(response, "priorities")
    # Stemming: "appuient" (they endorse) finds the decision through its French text only.
    response = staff_client.get("/fr/search/", {"q": "appuyer cadre"})
    assert hits(response, "decisions") == ["Les conseils appuient le cadre de confiance pancanadien."]


def test_english_stemming_and_prefixes(staff_client, record):
    response = staff_client.get("/en/search/", {"q": "circulating"})
    assert hits(response, "actionitems") == ["Circulate the trust framework to the deputy ministers."]
    response = staff_client.get("/en/search/", {"q": "winni"})
    assert hits(response, "meetings") == ["Joint Councils, Winnipeg"]


def test_results_are_grouped_by_kind_with_links(staff_client, record):
    response = staff_client.get("/en/search/", {"q": "trust framework"})
    kinds = [group.key for group in response.context["groups"]]
    assert kinds == ["agendaitems", "decisions", "actionitems"]
    page = response.content.decode()
    assert f"/en/meetings/{record['meeting'].pk}/#item-" in page
    assert "<h2" in page


def test_search_costs_a_fixed_number_of_queries(staff_client, record, django_assert_max_num_queries):
    staff_client.get("/en/search/", {"q": "identite"})
    with django_assert_max_num_queries(len(search.TARGETS) + 8):
        staff_client.get("/en/search/", {"q": "identite"})
    for n in range(15):
        factories.PriorityFactory(slug=f"identity-{n}", name_en=f"Identity {n}", name_fr=f"Identité {n}")
    with django_assert_max_num_queries(len(search.TARGETS) + 8) as captured:
        response = staff_client.get("/en/search/", {"q": "identite"})
    assert len(hits(response, "priorities")) == search.RESULTS_PER_KIND
    assert len(captured) <= len(search.TARGETS) + 8


def test_outsider_is_refused_and_header_has_the_search_box(personas):
    assert personas["outsider"].get("/en/search/", {"q": "x"}).status_code == 403
    page = personas["member"].get("/en/").content.decode()
    assert 'action="/en/search/"' in page
    assert '<label for="site-search">' in page


def test_empty_or_symbol_only_query_finds_nothing(staff_client, record):
    assert staff_client.get("/en/search/", {"q": ""}).context["groups"] == []
    assert staff_client.get("/en/search/", {"q": "&|!:*"}).context["groups"] == []


def test_sqlite_fallback_query_builder(record):
    """The plain path (SQLite): every word in some English, French or untranslated column, case-insensitive."""
    target = next(t for t in search.TARGETS if t.key == "priorities")
    condition = search.fallback_filter(target, ["identité", "numérique"])
    sql = str(target.model().objects.filter(condition).query)
    assert "name_en" in sql and "name_fr" in sql and "definition_fr" in sql
    # The same builder runs here (icontains works on PostgreSQL too): French words find the French name.
    found = list(search.search_queryset(target, ["identité", "numérique"], vendor="sqlite"))
    assert found == [record["priority"]]
    groups = search.search("Identité", vendor="sqlite")
    assert "priorities" in [group.key for group in groups]


@pytest.mark.parametrize("target", search.TARGETS, ids=lambda target: target.key)
def test_search_uses_the_gin_indexes_of_migration_0002(db, target):
    """The indexes are built from the expression the search filters on: if the searched columns change without a
    new migration, the planner can no longer use them and this fails."""
    with connection.cursor() as cursor:
        # Tables are tiny here: make the planner show whether it *can* use the indexes (bitmap scans only).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    plan = search.search_queryset(target, ["identite"]).explain()
    model = target.model()._meta.model_name
    assert f"dataio_search_{model}_en" in plan, plan
    assert f"dataio_search_{model}_fr" in plan


def test_the_searches_read_through_their_indexes_and_leave_the_setting_as_it_was(db):
    """PostgreSQL underrates to_tsvector over the unaccent dictionaries and may read a whole table instead of its
    GIN index; the search makes whole-table reads the last resort for its own queries only."""

    def setting():
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            return cursor.fetchone()[0]

    assert setting() == "on"
    with search._index_scans("postgresql"):
        assert setting() == "off"
        words = search.words_of("identite")
        target = next(target for target in search.TARGETS if target.key == "workinggroups")
        sql, params = search.search_queryset(target, words, "postgresql").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert "dataio_search_workinggroup_en" in plan
        assert "Seq Scan" not in plan
    assert setting() == "on"
