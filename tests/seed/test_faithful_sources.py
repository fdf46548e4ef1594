"""The loaded record against the three source documents (issue 8, section 4): each item checked on the real loader's
output, loaded once for the module."""

import datetime
import io
import re
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import models, transaction
from django.urls import reverse
from django.utils import translation

from councils.models import Council, CouncilCochairSeat, ExternalRelation, Jurisdiction, Organisation, Person
from dashboards.selectors import participation_groups
from jointcouncils.provenance import ProvenanceModel
from meetings.models import ActionItem, AgendaItem, Decision, Meeting
from priorities.models import Priority
from reports.content import orientation
from reports.content.blocks import group_status_row
from workinggroups.models import CochairTerm, OutstandingTask, WorkingGroup
from workinggroups.participation import participation_block
from workinggroups.selectors import active_groups

# What a user must never read: a file of this repository or of the sources.
FILE_NAMES = re.compile(r"\.md\b|DOMAIN\b|\.txt\b|000_61b8|001_bd87|003_3378|\b[Ss]ources? 00[013]\b")
LOADED_APPS = ("councils", "workinggroups", "priorities", "logicmodel", "meetings", "consultations")


@pytest.fixture(scope="module")
def loaded_once(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_joint_councils", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def loaded(loaded_once, db):
    """The loaded record; what a test changes is rolled back after it."""


def _meeting(code: str, day: datetime.date) -> Meeting:
    start = datetime.datetime.combine(day, datetime.time(), tzinfo=ZoneInfo(settings.TIME_ZONE))
    return Meeting.objects.get(council__code=code, start__gte=start, start__lt=start + datetime.timedelta(days=1))


def _group(slug: str) -> WorkingGroup:
    return WorkingGroup.objects.with_structure().get(slug=slug)


def _page(client, language: str, url_name: str, *args) -> str:
    with translation.override(language):
        url = reverse(url_name, args=args)
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# Co-chair seats ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "parts"),
    [("privacy-gdpr", ["privacy", "GDPR", "GDPR"]), ("cloud-o365", ["cloud", "cloud", "O365"])],
)
def test_a_over_b_counts_the_cochairs_of_the_groups_two_parts_and_none_is_vacant(loaded, slug, parts):
    group = _group(slug)
    assert group.vacant_seats == []
    assert len(group.current_terms()) == 3
    assert [seat.note_en for seat in group.seats.all()] == [f"Co-chair of the {part} part." for part in parts]
    # "0/0" member co-chairs: no term is a council member's, and the group is flagged as needing one.
    assert group.member_cochair_count == 0 and group.needs_member_cochair


def test_no_loaded_seat_is_vacant(loaded):
    groups = WorkingGroup.objects.with_structure()
    assert [group.slug for group in groups if group.vacant_seats] == []
    assert sum(len(group.current_terms()) for group in groups) == 31


# Holders the sources do not name -----------------------------------------------------------------------------


def test_no_placeholder_organisation_jurisdiction_or_person(loaded):
    assert not Organisation.objects.filter(name_en__icontains="unnamed").exists()
    assert not Organisation.objects.filter(name_en__icontains="holder").exists()
    assert not Jurisdiction.objects.filter(level=Jurisdiction.Level.NOT_RECORDED).exists()
    assert not Person.objects.filter(family_name__icontains="unnamed").exists()
    unnamed = CochairTerm.objects.filter(person__isnull=True, organisation__isnull=True)
    assert unnamed.count() == 20
    assert not unnamed.filter(holder_level="").exists()
    with translation.override("fr"):
        assert unnamed.first().holder_name.startswith("occupé, titulaire non consigné")
    with translation.override("en"):
        assert unnamed.first().holder_name.startswith("held, holder not recorded")


def test_ict_policy_has_the_two_provincial_territorial_cochairs_of_the_map(loaded):
    terms = _group("ict-policy").current_terms()
    assert [term.holder_level for term in terms] == ["provincial_territorial", "provincial_territorial"]
    assert {term.council_member_attested for term in terms} == {None}


@pytest.mark.parametrize(
    ("language", "levels"),
    [
        ("en", [("federal", 9), ("provincial/territorial", 17), ("municipal", 2), ("level not recorded", 3)]),
        ("fr", [("fédéral", 9), ("provincial/territorial", 17), ("municipal", 2), ("ordre non indiqué", 3)]),
    ],
)
def test_the_participation_annex_counts_equal_the_map(loaded, language, levels):
    with translation.override(language):
        block = participation_block(participation_groups(), language)
    assert [(row["level"], row["seats"]) for row in block["by_level"]] == levels
    organisations = {row["organisation"]: row["seats"] for row in block["by_organisation"]}
    assert organisations[{"en": "TBS", "fr": "SCT"}[language]] == 5
    assert organisations[{"en": "ISED", "fr": "ISDE"}[language]] == 2


def test_the_dashboard_shows_the_maps_counts(loaded, member_client):
    page = _page(member_client, "fr", "dashboards:participation")
    assert re.search(r"Provincial/territorial</th><td>17<", page)
    assert re.search(r"Fédéral</th><td>9<", page)
    assert "Unnamed" not in page and "Titulaire non nommé" not in page


@pytest.mark.parametrize(("language", "label"), [("en", "held, holder not recorded"), ("fr", "occupé, titulaire non consigné")])
def test_the_packs_status_table_says_held_holder_not_recorded(loaded, language, label):
    with translation.override(language):
        row = group_status_row(active_groups().get(slug="digital-strategy"), datetime.date(2020, 9, 22), language)
    assert len(row["cochairs"]) == 3
    assert all(name.startswith(label) for name in row["cochairs"])
    assert row["vacant_seats"] == 0


# Names -------------------------------------------------------------------------------------------------------


def test_priority_groups_carry_the_names_of_the_2019_english_alignment_slide(loaded):
    names = dict(WorkingGroup.objects.values_list("slug", "name_en"))
    assert names["digital-strategy"] == "Digital Strategy Working Group"
    assert names["digital-identity"] == "Digital Identity Working Group"
    assert names["client-centric-services"] == "Client-Centric Services Working Group"


def test_french_names_the_sources_do_not_give_are_marked_as_the_secretariats_translations(loaded, member_client):
    translated = dict(WorkingGroup.objects.exclude(name_translated_language="").values_list("slug", "name_translated_language"))
    for slug in ("canadas-digital-interchange", "service-network-collaboration", "nscip"):
        assert translated[slug] == "fr"
    assert translated["open-source"] == "en"  # "Groupe de travail sur les sources ouvertes": French only
    assert "digital-strategy" not in translated
    french = _page(member_client, "fr", "workinggroups:detail", "canadas-digital-interchange")
    assert "Le nom français est une traduction du secrétariat" in french
    english = _page(member_client, "en", "workinggroups:detail", "canadas-digital-interchange")
    assert "The French name is the secretariat's translation" in english


# Dates -------------------------------------------------------------------------------------------------------


def test_dates_carry_their_precision_and_are_shown_as_the_source_gives_them(loaded, member_client):
    assert set(CochairTerm.objects.values_list("start_precision", flat=True)) == {"year"}
    ottawa = _meeting("jc", datetime.date(2019, 1, 1))
    assert ottawa.start_precision == "year"
    french = _page(member_client, "fr", "meetings:detail", _meeting("jc", datetime.date(2020, 9, 22)).pk)
    assert "septembre 2020" in french and "22 septembre 2020" not in french.split("<h2")[0]
    english = _page(member_client, "en", "meetings:detail", ottawa.pk)
    assert "January 2019" not in english and "1 January" not in english
    group = _page(member_client, "fr", "workinggroups:detail", "digital-strategy")
    assert "février 2018" in group and "1 février 2018" not in group and "1er février 2018" not in group
    # Terms "in office in 2019": the year, never 1 January.
    assert "<td>2019</td>" in group


def test_sorting_and_filters_still_work_on_dates_known_to_the_month_or_year(loaded, member_client):
    jc = list(Meeting.objects.filter(council__code="jc").order_by("start").values_list("start_precision", "city_en"))
    assert jc[0] == ("month", "St. John's")
    assert [city for _precision, city in jc].index("Ottawa") < [city for _p, city in jc].index("Winnipeg")
    in_2019 = Meeting.objects.filter(start__year=2019, council__code="jc")
    assert set(in_2019.values_list("city_en", flat=True)) == {"Ottawa", "Winnipeg"}
    listing = _page(member_client, "en", "meetings:list")
    assert "September 2015" in listing


# Inferences --------------------------------------------------------------------------------------------------


def test_the_listed_inferences_are_fixed(loaded):
    assert Priority.objects.get(slug="digital-strategy").status == Priority.Status.NOT_RECONFIRMED
    february = _meeting("jc", datetime.date(2020, 2, 26))
    assert february.action_items.count() == 0
    assert WorkingGroup.objects.get(slug="open-source").status == WorkingGroup.Status.FORMING
    for slug in ("data-driven-intelligence", "service-to-business", "nscip"):
        assert {term.council_member_attested for term in _group(slug).current_terms()} == {None}
    september = _meeting("jc", datetime.date(2020, 9, 22))
    assert september.start_precision == "month" and september.inferred
    item_8 = september.agenda_items.get(order=8)
    assert item_8.decision_sought_en == "" and item_8.decision_sought_fr == ""


def _provenance_models():
    return [
        model
        for app in ("councils", "workinggroups", "priorities", "logicmodel", "meetings")
        for model in apps.get_app_config(app).get_models()
        if issubclass(model, ProvenanceModel)
    ]


def test_every_loaded_record_carries_its_provenance_and_every_inference_its_reason(loaded):
    checked = 0
    for model in _provenance_models():
        for row in model.objects.all():
            checked += 1
            assert row.source_document, f"{model.__name__} {row}"
            if row.inferred:
                assert row.inferred_reason_en and row.inferred_reason_fr, f"{model.__name__} {row}"
            else:
                assert not row.inferred_reason_en and not row.inferred_reason_fr
    assert checked > 150


@pytest.mark.parametrize(
    ("language", "source", "flag"),
    [
        ("en", "Joint Councils strategic discussion, September 2020 (briefing deck)", "Inferred:"),
        ("fr", "Discussion stratégique des conseils mixtes, septembre 2020 (présentation)", "Inféré\u00a0:"),
    ],
)
def test_the_record_page_names_its_source_by_title_and_shows_the_inferred_flag(loaded, member_client, language, source, flag):
    page = _page(member_client, language, "meetings:detail", _meeting("jc", datetime.date(2020, 9, 22)).pk)
    assert source in page
    assert flag in page
    assert {"en": "digital identity progress report", "fr": "l'identité numérique aux conseils mixtes"}[language] in page.replace(
        "&#x27;", "'"
    )


def test_the_admin_shows_and_filters_the_inferred_flag(loaded, staff_client):
    call_command("setup_roles", verbosity=0)
    page = staff_client.get("/en/admin/meetings/meeting/?inferred__exact=1").content.decode()
    assert "Joint Councils approvals, July 2018" in page
    assert "St. John&#x27;s" not in page and "St. John's" not in page
    change = staff_client.get(f"/en/admin/meetings/meeting/{_meeting('jc', datetime.date(2020, 9, 22)).pk}/change/")
    assert "inferred_reason_fr" in change.content.decode()


# Missing facts -----------------------------------------------------------------------------------------------


def test_outstanding_tasks_of_the_sources_are_records(loaded):
    tasks = dict(OutstandingTask.objects.values_list("working_group__slug", "title_fr"))
    assert "Évaluation des facteurs relatifs à la vie privée" in tasks["privacy-gdpr"]
    assert "exigences pancanadiennes" in tasks["cloud-o365"]
    assert "ensembles de données de haute valeur" in tasks["open-government"]
    assert "modèle de maturité" in tasks["client-centric-services"]
    assert OutstandingTask.objects.count() == 4


def test_the_approvals_of_july_2018_and_the_pscioc_agreement_of_february_2020_are_decisions(loaded):
    july = _meeting("jc", datetime.date(2018, 7, 1))
    assert july.start_precision == "month"
    texts = set(july.decisions.values_list("text_fr", flat=True))
    assert any("embauche d’un analyste" in text for text in texts)
    assert any("analyse des lacunes" in text for text in texts)
    assert {d.decided_on_precision for d in july.decisions.all()} == {"month"}
    february = _meeting("pscioc", datetime.date(2020, 2, 1))
    decision = february.decisions.get()
    assert "relève des CM" in decision.text_fr and decision.decided_on_precision == "month"
    assert Decision.objects.filter(meeting__council__code="pscioc", text_en__contains="Service to Business").count() == 1


def test_council_cochair_seats_carry_their_organisations_and_the_maps_turnover(loaded, member_client):
    seats = CouncilCochairSeat.objects.select_related("council", "organisation")
    pscioc = [(s.organisation.acronym_en if s.organisation else s.level, s.turnover) for s in seats if s.council.code == "pscioc"]
    assert pscioc == [("TBS", "current"), ("provincial_territorial", "outgoing"), ("provincial_territorial", "new")]
    pssdc = [(s.organisation.acronym_en if s.organisation else s.level, s.turnover) for s in seats if s.council.code == "pssdc"]
    assert pssdc[0] == ("ESDC", "current") and ("provincial_territorial", "new") in pssdc
    page = _page(member_client, "fr", "councils:council_detail", "pscioc")
    assert "sortant" in page and "Secrétariat du Conseil du Trésor du Canada" in page


def test_ordec_the_framework_group_and_the_experts_group_are_recorded(loaded):
    ordec = Organisation.objects.get(acronym_fr="ORDEC")
    assert ordec.name_fr == "Organismes responsables des données de l'état civil" and ordec.inferred
    framework = WorkingGroup.objects.get(slug="framework")
    assert (framework.start_date.year, framework.start_precision) == (2015, "year")
    assert (framework.end_date.year, framework.end_precision) == (2018, "year")
    assert framework.name_fr == "Groupe de travail sur le cadre"
    experts = WorkingGroup.objects.get(slug="government-experts-digital-identity")
    assert experts.name_fr == "Groupe d'experts gouvernementaux sur l'identité numérique"
    assert experts.status == WorkingGroup.Status.NOT_RECORDED


# External bodies ---------------------------------------------------------------------------------------------


def test_external_bodies_and_reporting_lines_are_records(loaded):
    relations = {(r.council.code, r.body.name_en): r for r in ExternalRelation.objects.select_related("council", "body")}
    pssdc = relations[("pssdc", "FPT Deputy Ministers' table")]
    assert pssdc.kind == ExternalRelation.Kind.REPORTS_TO and pssdc.is_formal is False
    pscioc = relations[("pscioc", "FPT Deputy Ministers' table")]
    assert pscioc.kind == ExternalRelation.Kind.NO_LINK and "une coupure" in pscioc.description_fr.lower()
    assert {body for code, body in relations if code == "jc"} == {
        "FPT Deputy Ministers' table",
        "Digital ID & Authentication Council of Canada",
        "CIO Strategy Council",
        "Chief data officer",
    }


@pytest.mark.parametrize(("language", "heading"), [("en", "External bodies"), ("fr", "Organismes externes")])
def test_council_pages_and_the_orientation_pack_show_the_external_bodies(loaded, member_client, language, heading):
    page = _page(member_client, language, "councils:council_detail", "pscioc")
    assert heading in page
    assert {"en": "FPT Deputy Ministers&#x27; table", "fr": "Table des SM FPT"}[language] in page
    with translation.override(language):
        snap = orientation.snapshot(WorkingGroup.objects.get(slug="imsc"), language)
    bodies = {(row["council"], row["body"]) for row in snap["external"]}
    assert (
        {"en": "PSSDC", "fr": "CPSSP"}[language],
        {"en": "FPT Deputy Ministers' table", "fr": "Table des SM FPT"}[language],
    ) in bodies
    assert all(row["source"] for row in snap["external"])


# Provenance in words -----------------------------------------------------------------------------------------


def _text_fields(model):
    return [f.attname for f in model._meta.concrete_fields if isinstance(f, models.CharField | models.TextField)]


def test_no_loaded_record_names_a_file(loaded):
    offenders = []
    for app in LOADED_APPS:
        for model in apps.get_app_config(app).get_models():
            if model.__name__.startswith("Historical"):
                continue
            fields = _text_fields(model)
            for row in model.objects.values(*fields):
                offenders += [(model.__name__, name, value) for name, value in row.items() if value and FILE_NAMES.search(value)]
    assert offenders == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_rendered_page_names_a_file(loaded, member_client, language):
    pages = [("meetings:list",), ("workinggroups:list",), ("councils:council_list",), ("dashboards:participation",)]
    pages += [("meetings:detail", meeting.pk) for meeting in Meeting.objects.all()]
    pages += [("workinggroups:detail", slug) for slug in WorkingGroup.objects.values_list("slug", flat=True)]
    pages += [("councils:council_detail", code) for code in Council.objects.values_list("code", flat=True)]
    pages += [("priorities:detail", slug) for slug in Priority.objects.values_list("slug", flat=True)[:5]]
    for name, *args in pages:
        page = _page(member_client, language, name, *args)
        found = FILE_NAMES.search(re.sub(r"<(script|link)[^>]*>", "", page))
        assert found is None, f"{name} {args}: {found.group(0)!r}"


# The import page ---------------------------------------------------------------------------------------------


def test_the_import_pages_column_help_is_french_on_fr(loaded, staff_client):
    call_command("setup_roles", verbosity=0)
    with translation.override("fr"):
        url = reverse("dataio:import")
    page = staff_client.get(url).content.decode()
    assert "p. ex. ca, on, toronto" in page and "e.g. ca, on, toronto" not in page
    assert "Une organisation est retrouvée par le code de son administration" in page
    assert "AAAA-MM-JJ" in page and "YYYY-MM-DD" not in page


def test_a_reload_removes_what_earlier_loads_invented(loaded):
    """The placeholder of earlier versions, their vacancy-era terms and the withdrawn action items go; nothing else."""
    not_recorded = Jurisdiction.objects.create(code="not-recorded", name_en="Not recorded", level="not_recorded")
    placeholder = Organisation.objects.create(
        jurisdiction=not_recorded, name_en="Unnamed holder (the source gives a count only)", name_fr="Titulaire non nommé"
    )
    seat = _group("research").seats.get(number=2)
    CochairTerm.objects.filter(seat=seat).delete()
    CochairTerm.objects.create(seat=seat, organisation=placeholder, start_date=datetime.date(2019, 1, 1))
    february = _meeting("jc", datetime.date(2020, 2, 26))
    ActionItem.objects.create(
        meeting=february,
        owner_council=february.council,
        description_en="Quick win: update the format of in-person meetings.",
        description_fr=(
            "Gain rapide : mettre à jour le format des réunions en personne : les réunions des conseils mixtes "
            "seront d’une journée et demie et d’une demi-journée pour le CPSSP et le CDPISP."
        ),
    )
    item = _meeting("jc", datetime.date(2020, 9, 22)).agenda_items.get(order=8)
    AgendaItem.objects.filter(pk=item.pk).update(
        decision_sought_en="Reconfirm the Joint Councils priorities: digital identity and client-centric services",
        decision_sought_fr="Nouvelle validation",
    )
    Meeting.objects.filter(pk=february.pk).update(source="DOMAIN.md; source 000")

    call_command("load_joint_councils", stdout=io.StringIO())

    assert not Organisation.objects.filter(pk=placeholder.pk).exists()
    assert not Jurisdiction.objects.filter(pk=not_recorded.pk).exists()
    assert seat.terms.get().holder_level == "provincial_territorial"
    assert february.action_items.count() == 0
    item.refresh_from_db()
    assert item.decision_sought_en == "" and item.decision_sought_fr == ""
    february.refresh_from_db()
    assert february.source == ""
