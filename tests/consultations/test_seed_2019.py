"""The 2019 consultation as load_joint_councils loads it, checked against the analyst's report (quoted here)."""

import pytest
from django.core.management import call_command
from django.utils import translation

from consultations.models import Consultation, Excerpt, QuestionSet, Respondent, Theme


@pytest.fixture
def loaded(db):
    call_command("load_joint_councils", verbosity=0)
    return Consultation.objects.get(slug="co-chairs-2019")


def test_the_consultation_and_its_two_periods_are_known_to_the_month_only(loaded):
    assert loaded.mode == "interview" and not loaded.anonymous
    jc = loaded.question_sets.get(key="jc-cochairs")
    wg = loaded.question_sets.get(key="wg-cochairs")
    with translation.override("fr"):
        assert loaded.period_display == "mars 2019 – juin 2019"
        assert jc.period_display == "avril 2019 – juin 2019"
        assert wg.period_display == "mars 2019 – juin 2019"
    with translation.override("en"):
        assert jc.period_display == "April 2019 – June 2019"
    for record in (loaded, jc, wg):
        assert record.period_precision == "month"


def test_both_guides_are_in_french_as_written_with_english_marked_as_translation(loaded):
    jc = loaded.question_sets.get(key="jc-cochairs")
    wg = loaded.question_sets.get(key="wg-cochairs")
    assert jc.english_is_translation and wg.english_is_translation
    assert jc.name_fr == "Guide d'entrevue – coprésidents des conseils mixtes"
    # The council co-chairs' guide: value, mandate, alignment, measurement, pace (and the alignment proposal).
    sections = list(dict.fromkeys(q.section_fr for q in jc.questions.order_by("order")))
    assert sections[:5] == [
        "Valeur unique des conseils mixtes, réussite et gouvernance",
        "Mandat des conseils mixtes – Rôle éventuellement rehaussé pour les coprésidents",
        "Harmonisation au modèle logique (ML)",
        "Mesure, réussite et échéanciers",
        "Faire progresser le travail au sein de la structure actuelle",
    ]
    first = jc.questions.order_by("order").first()
    assert first.text_fr == "Quel est l'offre unique ou l'avantage clé des conseils mixtes en tant que table FPTM?"
    assert jc.questions.get(key="pace").text_fr.startswith("Êtes-vous satisfait du rythme de la prestation des priorités")
    # The working-group guide: nine topics, named in both languages by the source itself.
    topics = list(dict.fromkeys((q.section_fr, q.section_en) for q in wg.questions.order_by("order")))
    assert len(topics) == 9
    assert topics[0] == ("Contexte et priorités du groupe de travail", "Working Group Background and Priorities")
    assert topics[-1] == ("Autres commentaires/ouvert", "Other Comments/Open")
    assert wg.questions.get(key="measure-success").text_fr == (
        "Comment mesurez-vous le succès de votre groupe de travail ou comment l'avez-vous fait par le passé?"
    )
    assert all(q.text_en and q.text_fr for q in QuestionSet.objects.get(pk=wg.pk).questions.all())


def test_respondents_are_the_four_council_cochairs_and_twelve_groups(loaded):
    named = Respondent.objects.filter(consultation=loaded, person__isnull=False).select_related("person", "council")
    assert sorted((r.person.full_name, r.council.code) for r in named) == [
        ("Alex Benay", "pscioc"),
        ("Heather Sheehy", "pssdc"),
        ("Natasha Clarke", "pssdc"),
        ("Sandra Cascadden", "pscioc"),
    ]
    groups = Respondent.objects.filter(consultation=loaded, person__isnull=True).select_related("working_group", "council")
    assert groups.count() == 12
    by_council = {}
    for r in groups:
        by_council.setdefault(r.council.code, set()).add(r.working_group.slug)
    assert by_council == {
        "pscioc": {"it-procurement", "ict-policy", "cloud-o365", "nscip"},
        "pssdc": {"data-driven-intelligence", "service-to-business"},
        "jc": {"privacy-gdpr", "research", "client-centric-services", "digital-strategy", "digital-identity", "imsc"},
    }
    # The report says they were interviewed, not on which day: no date is invented.
    assert all(
        r.has_answered and r.responded_at is None and r.answered_undated for r in Respondent.objects.filter(consultation=loaded)
    )


def test_five_key_themes_and_the_challenges_with_the_reports_quotes(loaded):
    themes = Theme.objects.filter(consultation=loaded, kind="theme").order_by("order")
    assert [t.name_fr for t in themes] == [
        "Thème clé 1 : L'intégration est nécessaire",
        "Thème clé 2 : Maximiser l'harmonisation et la valeur des conseils mixtes",
        "Thème clé 3 : Nécessité de concentrer le programme : offrir des services aux Canadiens",
        "Thème clé 4 : Nécessité de faire progresser le travail horizontal",
        "Thème clé 5 : Moderniser la gouvernance pour le travail horizontal",
    ]
    assert [t.excerpts.count() for t in themes] == [4, 4, 3, 3, 4]
    assert themes[0].excerpts.filter(passage="Nous devons cesser de séparer les services de la technologie.").exists()
    challenges = {t.slug: t for t in Theme.objects.filter(consultation=loaded, kind="challenge")}
    assert challenges["2019-challenge-participation"].excerpts.count() == 4
    assert challenges["2019-challenge-fpt-dm-table"].excerpts.count() == 4
    assert challenges["2019-challenge-meetings"].excerpts.count() == 3
    assert challenges["2019-challenge-measurement"].excerpts.count() == 3
    # The slide on the co-chairs' role lists its elements and gives no quote.
    role = challenges["2019-challenge-jc-cochairs-role"]
    assert role.excerpts.count() == 0
    assert "communication externe" in role.description_fr
    assert (
        challenges["2019-challenge-meetings"]
        .excerpts.filter(passage__startswith="Difficultés avec les téléconférences.")
        .exists()
    )


def test_quotes_are_attributed_by_role_never_by_name_and_every_record_has_provenance(loaded):
    names = ["Clarke", "Sheehy", "Cascadden", "Benay", "Kealey"]
    for excerpt in Excerpt.objects.filter(consultation=loaded):
        assert excerpt.answer_id is None and excerpt.language == "fr"
        assert excerpt.translation and excerpt.attribution_en and excerpt.attribution_fr
        assert not any(name in excerpt.attribution_en + excerpt.attribution_fr for name in names)
        assert excerpt.source.startswith("Rapport de l'analyste des politiques stratégiques aux conseils mixtes, 2019")
    for model in (QuestionSet, Respondent, Theme):
        assert all(row.source for row in model.objects.filter(consultation=loaded))
    assert loaded.source


def test_loading_again_changes_nothing(loaded):
    counts = (Excerpt.objects.count(), Theme.objects.count(), Respondent.objects.count())
    history = Excerpt.history.count()
    call_command("load_joint_councils", verbosity=0)
    assert (Excerpt.objects.count(), Theme.objects.count(), Respondent.objects.count()) == counts
    assert Excerpt.history.count() == history


def test_the_2019_pages_show_the_guides_and_the_quotes(loaded, staff_client, member_client, django_assert_max_num_queries):
    detail = staff_client.get(f"/fr/consultations/{loaded.slug}/").content.decode()
    assert "Guide d&#x27;entrevue – coprésidents des conseils mixtes" in detail
    assert "Rédigé en français\u00a0; le texte anglais est la traduction du secrétariat." in detail
    with django_assert_max_num_queries(15):
        themes = member_client.get(f"/fr/consultations/themes/?consultation={loaded.slug}")
    page = themes.content.decode()
    assert "Thème clé 1\u00a0: L&#x27;intégration est nécessaire" in page
    assert "«\u00a0Nous devons cesser de séparer les services de la technologie.\u00a0»" in page
    assert "Coprésident(e) des conseils mixtes (entrevues, avril à juin 2019)" in page


def test_the_plan_pages_keep_a_fixed_number_of_queries(loaded, member_client, django_assert_max_num_queries):
    from consultations.services import planperiod_create

    period = planperiod_create(start_year=2020, end_year=2023, by=None, reason="test")
    with django_assert_max_num_queries(12):
        assert member_client.get(f"/en/consultations/plan/{period.slug}/").status_code == 200
    with django_assert_max_num_queries(10):
        assert member_client.get("/en/consultations/plan/").status_code == 200
