"""Coding excerpts into themes and the counts of the themes view, checked against hand-counted fixtures."""

import pytest
from django.core.exceptions import ValidationError

from consultations.models import Excerpt, Theme
from consultations.selectors import priority_trail, theme_rows
from consultations.services import answers_submit, excerpt_code
from tests import factories
from tests.consultations.conftest import make_survey, person, save


@pytest.fixture
def coded(db, jurisdictions, council, cochair_group, other_group):
    """Three respondents (federal, Nova Scotia, Ontario) and two themes coded by hand:

    theme "pace": Ana twice, Ben once            -> 2 respondents, 3 excerpts; federal 1/2, provincial 1/1
    theme "tools": Cai once, plus a source quote -> 1 respondent, 2 excerpts; provincial 1/1, not attributed 0/1
    """
    from consultations.models import Respondent

    consultation = make_survey(slug="coded", mode="interview")
    qs = consultation.question_sets.get()
    value = qs.questions.get(key="value")
    priority = factories.PriorityFactory(
        council=council, slug="cx", name_en="Client-Centric Services", name_fr="Services axés sur les clients"
    )
    pace = Theme(slug="pace", name_en="Pace", name_fr="Rythme", description_en="Too slow", description_fr="Trop lent")
    save(pace)
    pace.priorities.set([priority])
    tools = Theme(slug="tools", name_en="Tools", name_fr="Outils")
    save(tools)
    people = {
        "Ana": (jurisdictions["ca"], {"council": council}),
        "Ben": (jurisdictions["ns"], {"working_group": cochair_group}),
        "Cai": (jurisdictions["on"], {"working_group": other_group}),
    }
    answers = {}
    for given, (jurisdiction, body) in people.items():
        respondent = save(
            Respondent(
                consultation=consultation,
                question_set=qs,
                person=person(given, "Doe", jurisdiction, email=f"{given.lower()}-c@example.org"),
                language="en",
                role_en="co-chair",
                role_fr="coprésident",
                **body,
            )
        )
        answers_submit(respondent=respondent, values={value.pk: f"{given} says: too slow. And the tools are old."}, by=None)
        answers[given] = respondent.answers.get(question=value)
    code = lambda answer, passage, themes: excerpt_code(  # noqa: E731
        consultation=consultation, answer=answer, passage=passage, themes=themes, by=None, reason="test"
    )
    code(answers["Ana"], "too slow", [pace])
    code(answers["Ana"], "the tools are old", [pace])
    code(answers["Ben"], "too slow", [pace])
    code(answers["Cai"], "the tools are old", [tools])
    save(
        Excerpt(
            consultation=consultation,
            passage="Les outils sont vieux.",
            language="fr",
            translation="The tools are old.",
            attribution_en="a co-chair",
            attribution_fr="un coprésident",
        )
    )
    Excerpt.objects.get(passage="Les outils sont vieux.").themes.set([tools])
    return {"consultation": consultation, "pace": pace, "tools": tools, "priority": priority, "answers": answers}


def test_theme_counts_match_the_hand_count(coded):
    rows = {row.theme.slug: row for row in theme_rows(language="en", consultation=coded["consultation"])}
    pace, tools = rows["pace"], rows["tools"]
    assert (pace.respondent_count, pace.excerpt_count) == (2, 3)
    assert (tools.respondent_count, tools.excerpt_count) == (1, 2)
    assert dict((label, (people, count)) for label, people, count in pace.levels()) == {"federal": (1, 2), "provincial": (1, 1)}
    assert dict((label, (people, count)) for label, people, count in tools.levels()) == {
        "provincial": (1, 1),
        "not attributed": (0, 1),
    }
    assert dict((label, (people, count)) for label, people, count in pace.councils()) == {"JC": (1, 2), "none recorded": (1, 1)}
    assert dict((label, (people, count)) for label, people, count in pace.groups()) == {
        "Death Notification": (1, 1),
        "none recorded": (1, 2),
    }


def test_the_trail_from_a_priority_counts_respondents_and_jurisdictions_of_all(coded):
    [trail] = priority_trail(coded["priority"], "fr")
    assert trail["name"] == "Rythme"
    assert (trail["respondents"], trail["respondents_of"]) == (2, 3)
    assert (trail["jurisdictions"], trail["jurisdictions_of"]) == (2, 3)
    assert trail["excerpts"] == 3
    assert [q["text"] for q in trail["quotes"]] == ["too slow", "the tools are old"]
    assert trail["quotes"][0]["attribution"] == "coprésident"


def test_a_passage_must_come_from_the_answer_and_have_a_theme(coded):
    answer = coded["answers"]["Ana"]
    before = Excerpt.objects.count()
    with pytest.raises(ValidationError, match="copied exactly"):
        excerpt_code(
            consultation=coded["consultation"],
            answer=answer,
            passage="words never said",
            themes=[coded["pace"]],
            by=None,
            reason="t",
        )
    with pytest.raises(ValidationError):
        excerpt_code(consultation=coded["consultation"], answer=answer, passage="too slow", themes=[], by=None, reason="t")
    assert Excerpt.objects.count() == before


def test_themes_page_shows_counts_and_quotes_in_a_fixed_number_of_queries(coded, member_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        response = member_client.get("/en/consultations/themes/?consultation=coded")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Pace" in page and "Tools" in page
    assert "« too slow »" in page
    assert "Client-Centric Services" in page
    # More excerpts do not add queries.
    for _ in range(5):
        excerpt_code(
            consultation=coded["consultation"],
            answer=coded["answers"]["Ben"],
            passage="the tools are old",
            themes=[coded["tools"], coded["pace"]],
            by=None,
            reason="t",
        )
    with django_assert_max_num_queries(15):
        assert member_client.get("/en/consultations/themes/?consultation=coded").status_code == 200


def test_the_secretariat_codes_a_passage_on_the_coding_page(coded, staff_client):
    answer = coded["answers"]["Cai"]
    url = "/en/consultations/coded/coding/"
    bad = staff_client.post(
        url, {"answer": answer.pk, "passage": "invented", "themes": [coded["pace"].pk], "change_reason": "coding"}
    )
    assert bad.status_code == 400
    assert "copied exactly" in bad.content.decode()
    ok = staff_client.post(
        url, {"answer": answer.pk, "passage": "too slow", "themes": [coded["pace"].pk], "change_reason": "coding"}
    )
    assert ok.status_code == 302
    excerpt = Excerpt.objects.get(answer=answer, passage="too slow")
    assert list(excerpt.themes.all()) == [coded["pace"]]
    assert excerpt.history.first().history_change_reason == "coding"


def test_a_council_member_may_not_code(coded, member_client):
    assert member_client.get("/en/consultations/coded/coding/").status_code == 403
