"""`manage.py load_joint_councils`: the real counts of the sources, both languages, and a rerun that changes nothing."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import transaction
from modeltranslation.translator import translator

from councils.models import Council, CouncilMembership, Jurisdiction, Organisation, Person
from logicmodel.models import Alignment, EngagementLevel, LogicModel, Outcome, Principle
from priorities.models import Priority
from workinggroups.models import CochairSeat, CochairTerm, ReportingLine, WorkingGroup

LOADED_MODELS = [
    Jurisdiction,
    Organisation,
    Council,
    Person,
    CouncilMembership,
    WorkingGroup,
    ReportingLine,
    CochairSeat,
    CochairTerm,
    Priority,
    LogicModel,
    Principle,
    Outcome,
    EngagementLevel,
    Alignment,
]

CANONICAL_GROUP_SLUGS = {
    "death-notification",
    "digital-strategy",
    "open-government",
    "research",
    "privacy-gdpr",
    "client-centric-services",
    "data-driven-intelligence",
    "service-to-business",
    "cloud-o365",
    "imsc",
    "nscip",
    "it-procurement",
    "digital-identity",
    "ict-policy",
    "service-network-collaboration",
    "canadas-digital-interchange",
    "innovation-centre-cop",
    "open-source",
    "framework",
    "government-experts-digital-identity",
}
# Groups whose status the sources give no reason to call active: being formed, or not recorded.
NOT_ACTIVE = {
    "open-source": "forming",
    "service-network-collaboration": "not_recorded",
    "canadas-digital-interchange": "not_recorded",
    "framework": "not_recorded",
    "government-experts-digital-identity": "not_recorded",
}

# The analyst's 2019 report, "État des groupes de travail": (slug, co-chairs in office, member co-chairs, vacant
# seats). "1/2" and "2/1" count the co-chairs of a group's two parts (no vacancy); ICT Policy's "?" is the map's 2.
STATUS_TABLE_2019 = [
    ("death-notification", 3, 0, 0),
    ("digital-strategy", 3, 3, 0),
    ("open-government", 2, 0, 0),
    ("research", 2, 2, 0),
    ("privacy-gdpr", 3, 0, 0),
    ("client-centric-services", 2, 2, 0),
    ("data-driven-intelligence", 2, 1, 0),
    ("service-to-business", 2, 1, 0),
    ("cloud-o365", 3, 0, 0),
    ("imsc", 2, 2, 0),
    ("nscip", 2, 1, 0),
    ("it-procurement", 1, 1, 0),
    ("digital-identity", 2, 0, 0),
    ("ict-policy", 2, 0, 0),
]


def load(*args: str) -> str:
    out = io.StringIO()
    call_command("load_joint_councils", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def loaded_once(django_db_setup, django_db_blocker):
    """Load once for the module, inside a transaction rolled back at its end; each test runs in a savepoint of it."""
    with django_db_blocker.unblock(), transaction.atomic():
        load()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def loaded(loaded_once, db):
    """The loaded data; what a test changes is rolled back after it."""


def snapshot() -> dict[str, tuple[int, int]]:
    """Rows and history rows of every model the loader writes."""
    return {model.__name__: (model.objects.count(), model.history.count()) for model in LOADED_MODELS}


def test_loads_the_three_councils_with_jc_joining_pssdc_and_pscioc(loaded):
    assert set(Council.objects.values_list("code", flat=True)) == {"jc", "pssdc", "pscioc"}
    jc = Council.objects.get(code="jc")
    assert set(jc.constituent_councils.values_list("code", flat=True)) == {"pssdc", "pscioc"}
    assert (jc.acronym_en, jc.acronym_fr) == ("JC", "CM")
    pscioc = Council.objects.get(code="pscioc")
    assert pscioc.name_fr == "Conseil des dirigeants principaux de l'information du secteur public"
    assert not pscioc.is_joint


def test_loads_every_working_group_named_in_the_sources(loaded):
    assert set(WorkingGroup.objects.values_list("slug", flat=True)) == CANONICAL_GROUP_SLUGS
    assert dict(WorkingGroup.objects.exclude(status=WorkingGroup.Status.ACTIVE).values_list("slug", "status")) == NOT_ACTIVE
    imsc = WorkingGroup.objects.get(slug="imsc")
    assert (imsc.acronym_en, imsc.acronym_fr, imsc.kind) == ("IMSC", "SCGI", WorkingGroup.Kind.SUB_COMMITTEE)
    assert "pan-Canadian approach to identity management" in imsc.mandate_en
    assert WorkingGroup.objects.get(slug="nscip").acronym_fr == "SNDPI"
    assert WorkingGroup.objects.get(slug="innovation-centre-cop").kind == WorkingGroup.Kind.COMMUNITY_OF_PRACTICE
    assert WorkingGroup.objects.get(slug="research").kind == WorkingGroup.Kind.COMMITTEE
    assert WorkingGroup.objects.get(slug="digital-strategy").start_date == datetime.date(2018, 2, 1)
    assert WorkingGroup.objects.get(slug="open-source").start_date == datetime.date(2020, 9, 10)


@pytest.mark.parametrize(("slug", "cochairs", "member_cochairs", "vacant"), STATUS_TABLE_2019)
def test_cochair_seats_match_the_2019_status_table(loaded, slug, cochairs, member_cochairs, vacant):
    group = WorkingGroup.objects.with_structure().get(slug=slug)
    assert len(group.current_terms()) == cochairs
    assert len(group.vacant_seats) == vacant
    # 1 member co-chair of 2 (which one, the table does not say): each term's membership is not recorded.
    unknown = [term for term in group.current_terms() if term.council_member_attested is None]
    if slug in {"data-driven-intelligence", "service-to-business", "nscip", "ict-policy"}:
        assert len(unknown) == cochairs
        assert group.needs_member_cochair is False
    else:
        assert unknown == []
        assert group.member_cochair_count == member_cochairs
        assert group.needs_member_cochair is (member_cochairs == 0)


def test_seats_name_no_person_and_hold_the_participation_maps_organisations(loaded):
    terms = CochairTerm.objects.select_related("seat__working_group", "organisation")
    assert not terms.filter(person__isnull=False).exists()
    named = terms.filter(organisation__isnull=False)
    holders = {(term.seat.working_group.slug, term.organisation.acronym_en or term.organisation.name_en) for term in named}
    for expected in [
        ("open-government", "TBS"),
        ("imsc", "TBS"),
        ("privacy-gdpr", "ISED"),
        ("service-to-business", "ISED"),
        ("death-notification", "ESDC"),
        ("client-centric-services", "ESDC"),
        ("data-driven-intelligence", "York Region"),
        ("it-procurement", "City of Toronto"),
    ]:
        assert expected in holders
    assert {term.source_document for term in terms} == {"analyst-2019"}
    assert {term.source for term in terms} == {""}
    assert {term.start_date for term in terms} == {datetime.date(2019, 1, 1)}
    assert {term.start_precision for term in terms} == {"year"}


def test_service_to_business_reports_to_pssdc_then_to_the_joint_councils(loaded):
    group = WorkingGroup.objects.with_structure().get(slug="service-to-business")
    assert group.reporting_line_on(datetime.date(2020, 6, 1)).council.code == "pssdc"
    assert group.reporting_line_on(datetime.date(2020, 10, 1)).council.code == "jc"
    assert group.current_council.code == "jc"
    pssdc = Council.objects.get(code="pssdc")
    assert WorkingGroup.objects.reporting_to(pssdc, on=datetime.date(2020, 6, 1)).filter(slug="service-to-business").exists()
    assert not WorkingGroup.objects.reporting_to(pssdc, on=datetime.date(2020, 10, 1)).filter(slug="service-to-business").exists()


@pytest.mark.parametrize(
    ("slug", "council"),
    [("death-notification", "jc"), ("data-driven-intelligence", "pssdc"), ("cloud-o365", "pscioc"), ("open-source", "jc")],
)
def test_groups_report_to_the_council_of_the_sources(loaded, slug, council):
    assert WorkingGroup.objects.with_structure().get(slug=slug).current_council.code == council


def test_logic_model_ottawa_2019_has_its_principles_outcomes_and_engagement_levels(loaded):
    model = LogicModel.objects.current()
    assert model.slug == "ottawa-2019"
    assert model.vision_en.startswith("Enable world-class public services")
    assert model.objective_fr == "Centrer la collaboration en vue de surpasser les attentes des clients."
    assert model.principles.count() == 5
    assert model.outcomes.filter(term=Outcome.Term.LONG).count() == 3
    assert model.outcomes.filter(term=Outcome.Term.SHORT).count() == 7
    assert list(model.engagement_levels.values_list("code", flat=True)) == ["inform", "share", "collaborate", "co-create"]
    # The source describes every principle and long-term outcome in French; each has its English translation.
    for row in [*model.principles.all(), *model.outcomes.filter(term=Outcome.Term.LONG)]:
        assert row.description_en and row.description_fr


def test_priorities_and_emerging_themes(loaded):
    jc_priorities = Priority.objects.filter(kind=Priority.Kind.JC_PRIORITY)
    assert set(jc_priorities.values_list("slug", flat=True)) == {
        "digital-identity",
        "client-centric-services",
        "digital-strategy",
    }
    assert set(jc_priorities.values_list("council__code", flat=True)) == {"jc"}
    assert set(jc_priorities.filter(status=Priority.Status.RECONFIRMED).values_list("slug", flat=True)) == {
        "digital-identity",
        "client-centric-services",
    }
    strategy = Priority.objects.get(slug="digital-strategy")
    # No source says digital strategy was retired; the February 2020 decision names only the other two.
    assert strategy.status == Priority.Status.NOT_RECONFIRMED
    assert set(strategy.lead_organisations.values_list("jurisdiction__code", flat=True)) == {"mb", "yt"}
    themes = Priority.objects.filter(kind=Priority.Kind.EMERGING_THEME)
    assert themes.filter(council__code="pscioc").count() == 6
    assert themes.filter(council__code="pssdc").count() == 8
    assert set(themes.values_list("status", flat=True)) == {Priority.Status.PROPOSED}
    assert Priority.objects.get(slug="pssdc-virtual-agents").name_fr == "Technologie des agents virtuels"


def test_2019_alignment_ties_groups_to_priorities_only(loaded):
    alignments = Alignment.objects.select_related("working_group", "priority")
    assert alignments.count() == 10
    assert not alignments.filter(outcome__isnull=False).exists()
    by_priority = {}
    for row in alignments:
        by_priority.setdefault(row.priority.slug, set()).add(row.working_group.slug)
        assert row.contribution_en.startswith("Supports the ")
        assert row.contribution_fr.startswith("Appuie la priorité ")
    assert by_priority == {
        "digital-strategy": {"digital-strategy", "open-government", "cloud-o365"},
        "digital-identity": {"digital-identity", "imsc", "canadas-digital-interchange"},
        "client-centric-services": {
            "client-centric-services",
            "service-network-collaboration",
            "service-to-business",
            "death-notification",
        },
    }
    # Enablers and groups left to be decided are aligned to no priority.
    for slug in ["research", "privacy-gdpr", "nscip", "it-procurement", "data-driven-intelligence", "ict-policy"]:
        assert not alignments.filter(working_group__slug=slug).exists()


def test_people_are_only_those_the_sources_name_without_emails(loaded):
    names = set(Person.objects.values_list("given_name", "family_name"))
    assert names == {
        ("Natasha", "Clarke"),
        ("Heather", "Sheehy"),
        ("Sandra", "Cascadden"),
        ("Alex", "Benay"),
        ("Cathy", "Kealey"),
        ("Peter", "Watkins"),
    }
    assert not Person.objects.exclude(email="").exists()
    cochairs = CouncilMembership.objects.filter(role=CouncilMembership.Role.CO_CHAIR)
    assert set(cochairs.values_list("council__code", "person__family_name")) == {
        ("pssdc", "Clarke"),
        ("pssdc", "Sheehy"),
        ("pscioc", "Cascadden"),
        ("pscioc", "Benay"),
    }
    assert Person.objects.get(family_name="Kealey").organisation.acronym_fr == "ISAC"


def test_organisations_carry_their_acronyms_in_both_languages(loaded):
    pairs = set(Organisation.objects.exclude(acronym_en="").values_list("acronym_en", "acronym_fr"))
    assert {("TBS", "SCT"), ("ISED", "ISDE"), ("ESDC", "EDSC"), ("ICCS", "ISAC"), ("DIACC", "CIANC")} <= pairs
    assert Organisation.objects.get(acronym_en="ICCS").kind == Organisation.Kind.NON_PROFIT
    assert Jurisdiction.objects.get(code="toronto").level == Jurisdiction.Level.MUNICIPAL
    assert Jurisdiction.objects.filter(level__in=["provincial", "territorial"]).count() == 13


def test_every_loaded_text_exists_in_english_and_french(loaded):
    for model in LOADED_MODELS:
        if model not in translator.get_registered_models():
            continue
        for field in translator.get_options_for_model(model).fields:
            if field == "acronym":  # an acronym can exist in one language only (CDI)
                continue
            for pk, en, fr in model.objects.values_list("pk", f"{field}_en", f"{field}_fr"):
                if field == "name":
                    assert en and fr, f"{model.__name__} {pk} lacks a {field} in one language"
                assert bool(en) == bool(fr), f"{model.__name__} {pk}: {field} in one language only"


def test_history_records_the_load_with_no_user_and_its_reason(loaded):
    for model in LOADED_MODELS:
        rows = model.history.all()
        assert rows.exists()
        assert not rows.filter(history_user__isnull=False).exists()
        assert set(rows.values_list("history_change_reason", flat=True)) == {"load_joint_councils"}


def test_a_second_run_changes_nothing(loaded):
    before = snapshot()
    versions = {model.__name__: sorted(model.objects.values_list("version", flat=True)) for model in LOADED_MODELS}
    out = load()
    assert snapshot() == before
    assert {model.__name__: sorted(model.objects.values_list("version", flat=True)) for model in LOADED_MODELS} == versions
    assert "nothing changed" in out


def test_a_rerun_restores_a_loaded_field_and_says_so_in_history(loaded):
    group = WorkingGroup.objects.get(slug="imsc")
    group.name_fr = "Autre nom"
    group.save()
    load()
    group.refresh_from_db()
    assert group.name_fr == "Sous-comité de gestion de l'identité"
    latest = group.history.first()
    assert (latest.history_type, latest.history_change_reason, latest.name_fr) == (
        "~",
        "load_joint_councils",
        "Sous-comité de gestion de l'identité",
    )


def test_no_update_keeps_edits_and_creates_what_is_missing(loaded):
    WorkingGroup.objects.filter(slug="imsc").update(name_fr="Nom modifié dans le portail")
    Principle.objects.get(order=5).delete()
    load("--no-update")
    assert WorkingGroup.objects.get(slug="imsc").name_fr == "Nom modifié dans le portail"
    assert Principle.objects.filter(order=5, name_en="Measurable and managed outcomes").exists()


def test_dry_run_reports_but_saves_nothing(loaded):
    Principle.objects.get(order=5).delete()
    before = snapshot()
    out = load("--dry-run")
    assert "Dry run: 1 created" in out
    assert snapshot() == before
