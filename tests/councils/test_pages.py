"""Pages of councils, people, organisations, the glossary and home: roles, edits, history, language, queries."""

import datetime

import pytest
from django.urls import reverse

from councils.models import Council, CouncilMembership, Person
from tests import factories
from tests.councils.data import build_registry

pytestmark = pytest.mark.django_db

READ_PAGES = [
    ("home", {}),
    ("councils:council_list", {}),
    ("councils:council_detail", {"code": "jc"}),
    ("councils:person_list", {}),
    ("councils:person_detail", {"pk": "PERSON"}),
    ("councils:organisation_list", {}),
    ("councils:glossary", {}),
]
EDIT_PAGES = [
    ("councils:council_edit", {"code": "jc"}),
    ("councils:membership_add", {"code": "jc"}),
    ("councils:person_create", {}),
    ("councils:person_edit", {"pk": "PERSON"}),
]


@pytest.fixture
def person(councils):
    person = factories.PersonFactory(given_name="Natasha", family_name="Clarke")
    factories.CouncilMembershipFactory(person=person, council=councils.pssdc, role=CouncilMembership.Role.CO_CHAIR)
    return person


def _url(name, kwargs, person):
    kwargs = {key: (person.pk if value == "PERSON" else value) for key, value in kwargs.items()}
    return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize(("name", "kwargs"), READ_PAGES)
@pytest.mark.parametrize(
    ("persona", "status"),
    [("secretariat", 200), ("cochair", 200), ("member", 200), ("outsider", 403), ("anonymous", 302)],
)
def test_read_pages_by_role(personas, person, name, kwargs, persona, status):
    response = personas[persona].get(_url(name, kwargs, person))
    assert response.status_code == status
    if status == 302:
        assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.parametrize(("name", "kwargs"), EDIT_PAGES)
@pytest.mark.parametrize(
    ("persona", "status"),
    [("secretariat", 200), ("cochair", 403), ("member", 403), ("outsider", 403), ("anonymous", 302)],
)
def test_edit_pages_by_role(personas, person, name, kwargs, persona, status):
    response = personas[persona].get(_url(name, kwargs, person))
    assert response.status_code == status


@pytest.mark.parametrize("persona", ["cochair", "member"])
def test_cochair_and_member_cannot_post_a_council_edit(personas, councils, persona):
    response = personas[persona].post(
        reverse("councils:council_edit", args=["jc"]),
        {"name_en": "Hijacked", "name_fr": "Détourné", "acronym_en": "JC", "acronym_fr": "CM", "change_reason": "x"},
    )
    assert response.status_code == 403
    assert Council.objects.get(code="jc").name_en == "Joint Councils"


def _council_post(council, **changes):
    data = {
        "established": "",
        "name_en": council.name_en,
        "acronym_en": council.acronym_en,
        "description_en": "",
        "name_fr": council.name_fr,
        "acronym_fr": council.acronym_fr,
        "description_fr": "",
        "expected_version": council.version,
        "change_reason": "Add the description",
    }
    data.update(changes)
    return data


def test_council_edit_records_user_and_reason_in_history(staff_client, councils, secretariat_user):
    jc = councils.jc
    response = staff_client.post(
        reverse("councils:council_edit", args=["jc"]),
        _council_post(jc, description_en="PSSDC and PSCIOC meeting together since 1998."),
    )
    assert response.status_code == 302
    jc.refresh_from_db()
    assert jc.description_en == "PSSDC and PSCIOC meeting together since 1998."
    latest = jc.history.order_by("-history_date").first()
    assert latest.history_user == secretariat_user
    assert latest.history_change_reason == "Add the description"
    page = staff_client.get(reverse("councils:council_detail", args=["jc"])).content.decode()
    assert "Add the description" in page
    assert "Sam Staff" in page


def test_stale_council_edit_is_refused_with_409_and_a_message(staff_client, councils, secretariat_user):
    jc = councils.jc
    opened_at = jc.version
    # Someone else saves first.
    staff_client.post(reverse("councils:council_edit", args=["jc"]), _council_post(jc, description_en="First save"))
    response = staff_client.post(
        reverse("councils:council_edit", args=["jc"]),
        _council_post(jc, description_en="Second save", expected_version=opened_at),
    )
    assert response.status_code == 409
    assert "saved this record after you opened it" in response.content.decode()
    jc.refresh_from_db()
    assert jc.description_en == "First save"


def test_council_edit_needs_both_names(staff_client, councils):
    response = staff_client.post(reverse("councils:council_edit", args=["jc"]), _council_post(councils.jc, name_fr=""))
    assert response.status_code == 200
    assert "Name (French)" in response.content.decode()
    councils.jc.refresh_from_db()
    assert councils.jc.name_fr == "Conseils mixtes"


def test_membership_with_end_before_start_is_refused_and_nothing_saved(staff_client, councils, person):
    before = CouncilMembership.objects.count()
    response = staff_client.post(
        reverse("councils:membership_add", args=["pscioc"]),
        {
            "person": person.pk,
            "role": CouncilMembership.Role.MEMBER,
            "start_date": "2020-09-10",
            "end_date": "2020-01-01",
            "change_reason": "Joined PSCIOC",
        },
    )
    assert response.status_code == 200
    assert "The end date cannot be before the start date." in response.content.decode()
    assert CouncilMembership.objects.count() == before


def test_membership_add_saves_with_history(staff_client, councils, person, secretariat_user):
    response = staff_client.post(
        reverse("councils:membership_add", args=["pscioc"]),
        {
            "person": person.pk,
            "role": CouncilMembership.Role.MEMBER,
            "start_date": "2020-09-10",
            "end_date": "",
            "change_reason": "Joined PSCIOC",
        },
    )
    assert response.status_code == 302
    membership = CouncilMembership.objects.get(council=councils.pscioc, person=person)
    record = membership.history.get()
    assert (record.history_user, record.history_change_reason) == (secretariat_user, "Joined PSCIOC")
    page = staff_client.get(reverse("councils:council_detail", args=["pscioc"])).content.decode()
    assert "Clarke" in page


def test_person_create_and_edit(staff_client, secretariat_user):
    organisation = factories.OrganisationFactory(name_en="Treasury Board Secretariat", acronym_en="TBS")
    data = {
        "given_name": "Alex",
        "family_name": "Benay",
        "email": "alex@example.ca",
        "organisation": organisation.pk,
        "preferred_language": "en",
        "user": "",
        "title_en": "Chief Information Officer",
        "title_fr": "Dirigeant principal de l'information",
        "change_reason": "PSCIOC co-chair",
    }
    response = staff_client.post(reverse("councils:person_create"), data)
    assert response.status_code == 302
    person = Person.objects.get(family_name="Benay")
    data.update(title_en="Former CIO", expected_version=person.version, change_reason="Left the role")
    response = staff_client.post(reverse("councils:person_edit", args=[person.pk]), data)
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.title_en == "Former CIO"
    reasons = list(person.history.order_by("history_date").values_list("history_change_reason", flat=True))
    assert reasons == ["PSCIOC co-chair", "Left the role"]


def test_french_council_page_shows_french_content(member_client, councils):
    response = member_client.get("/fr/councils/jc/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Conseils mixtes" in page
    assert "Conseil de la prestation des services du secteur public" in page


def test_council_list_shows_jc_as_joint_body_and_counts(member_client, councils, person, cochair_group):
    page = member_client.get(reverse("councils:council_list")).content.decode()
    assert "Joint body of PSCIOC and PSSDC" in page
    response = member_client.get(reverse("councils:council_list"))
    by_code = {c.code: c for c in response.context["councils"]}
    assert by_code["pssdc"].member_count == 1
    assert by_code["jc"].group_count == 1


def test_council_detail_splits_current_and_past_members(member_client, councils):
    today = datetime.date.today()
    past = factories.PersonFactory(given_name="Heather", family_name="Sheehy")
    factories.CouncilMembershipFactory(
        person=past, council=councils.pssdc, start_date=datetime.date(2018, 1, 1), end_date=datetime.date(2019, 1, 1)
    )
    current = factories.PersonFactory(given_name="Sandra", family_name="Cascadden")
    factories.CouncilMembershipFactory(person=current, council=councils.pssdc, start_date=today)
    response = member_client.get(reverse("councils:council_detail", args=["pssdc"]))
    assert [m.person for m in response.context["current_memberships"]] == [current]
    assert [m.person for m in response.context["past_memberships"]] == [past]


def test_people_filters_and_search(member_client, councils):
    tbs = factories.OrganisationFactory(name_en="Treasury Board Secretariat", acronym_en="TBS")
    clarke = factories.PersonFactory(given_name="Natasha", family_name="Clarke", organisation=tbs)
    factories.CouncilMembershipFactory(person=clarke, council=councils.pssdc, role=CouncilMembership.Role.CO_CHAIR)
    other = factories.PersonFactory(given_name="Alex", family_name="Benay")
    factories.CouncilMembershipFactory(person=other, council=councils.pssdc, role=CouncilMembership.Role.MEMBER)
    factories.CouncilMembershipFactory(person=other, council=councils.pscioc, role=CouncilMembership.Role.CO_CHAIR)
    url = reverse("councils:person_list")

    def names(query):
        return {p.family_name for p in member_client.get(url, query).context["people"]}

    assert names({"council": councils.pssdc.pk, "role": "co_chair"}) == {"Clarke"}
    assert names({"role": "co_chair"}) == {"Clarke", "Benay"}
    assert names({"organisation": tbs.pk}) == {"Clarke"}
    assert names({"q": "natasha clarke"}) == {"Clarke"}
    assert names({"q": "TBS"}) == {"Clarke"}


def test_people_list_filters_group_cochairs(member_client, cochair_user):
    names = {
        p.family_name for p in member_client.get(reverse("councils:person_list"), {"role": "group_co_chair"}).context["people"]
    }
    assert names == {"Chair"}


def test_people_list_paginates_by_25(member_client):
    factories.PersonFactory.create_batch(30)
    response = member_client.get(reverse("councils:person_list"))
    assert len(response.context["people"]) == 25
    assert "Page 1 of 2" in response.content.decode()


def test_organisations_count_cochair_seats_on_behalf_of(member_client, cochair_group):
    esdc = factories.OrganisationFactory(name_en="Employment and Social Development Canada", acronym_en="ESDC")
    seat = factories.CochairSeatFactory(working_group=cochair_group, number=2)
    factories.CochairTermFactory(seat=seat, person=factories.PersonFactory(), on_behalf_of=esdc)
    seat3 = factories.CochairSeatFactory(working_group=cochair_group, number=3)
    factories.CochairTermFactory(seat=seat3, person=None, organisation=esdc)
    response = member_client.get(reverse("councils:organisation_list"))
    organisations = response.context["organisations"]
    assert organisations[0] == esdc
    assert organisations[0].cochair_seat_count == 2


def test_glossary_lists_records_and_fixed_terms_in_both_languages(member_client):
    ca = factories.JurisdictionFactory(code="ca", name_en="Canada", name_fr="Canada", level="federal")
    factories.OrganisationFactory(
        jurisdiction=ca,
        name_en="Treasury Board of Canada Secretariat",
        name_fr="Secrétariat du Conseil du Trésor du Canada",
        acronym_en="TBS",
        acronym_fr="SCT",
    )
    page = member_client.get(reverse("councils:glossary")).content.decode()
    assert "SCT" in page and "TBS" in page
    assert "Secrétariat du Conseil du Trésor du Canada" in page
    for term in ("FPTM", "FPT DM table", "Table des SM FPT", "CDO", "DPD", "CoP", "CdP", "coprésident(e)"):
        assert term in page


def test_glossary_sorts_by_the_current_languages_acronym(member_client):
    factories.OrganisationFactory(name_en="Treasury Board of Canada Secretariat", acronym_en="TBS", acronym_fr="SCT")
    factories.OrganisationFactory(name_en="Innovation, Science and Economic Development", acronym_en="ISED", acronym_fr="ISDE")
    english = [e.acronym_en for e in (r["entry"] for r in member_client.get("/en/glossary/").context["rows"])]
    french = [e.acronym_fr for e in (r["entry"] for r in member_client.get("/fr/glossary/").context["rows"])]
    assert english.index("ISED") < english.index("TBS")
    assert french.index("ISDE") < french.index("SCT")
    # The Chief Data Officer files under C in English (CDO) and under D in French (DPD).
    assert english.index("CDO") < english.index("ISED")
    assert french.index("ISDE") < french.index("SCT")
    assert french.index("CdP") < french.index("DPD") < french.index("ISDE")


def test_glossary_record_wins_over_a_fixed_term(member_client):
    factories.OrganisationFactory(name_en="Institute for Citizen-Centred Service", acronym_en="ICCS", acronym_fr="ISAC")
    rows = member_client.get(reverse("councils:glossary")).context["rows"]
    assert sum(1 for row in rows if row["entry"].acronym_en == "ICCS") == 1


def test_home_shows_counts_and_the_cochairs_groups(cochair_client, cochair_group, other_group):
    page = cochair_client.get(reverse("home")).content.decode()
    assert "Your groups" in page
    assert "Death Notification" in page
    assert "Open Government" not in page


def test_home_shows_attention_numbers_to_staff(staff_client, member_client, cochair_group, other_group):
    # cochair_group has no seat here (no co-chair persona), other_group neither: both need a member co-chair.
    seat = factories.CochairSeatFactory(working_group=other_group, number=1)
    assert seat.is_vacant
    response = staff_client.get(reverse("home"))
    assert response.context["attention"] == {
        "no_member_cochair": 2,
        "vacant_seats": 1,
        "terms_ending_soon": 0,
        "term_requests_pending": 0,
    }
    assert "needs attention" not in member_client.get(reverse("home")).content.decode().lower()


# Each page's bound holds at both sizes: a query per row would break it at the larger one.
QUERY_PAGES = [
    # The member's hub (next meetings, packs, action items, last decisions) adds ten, whatever the data.
    ("home", lambda data: reverse("home"), 25),
    ("council_list", lambda data: reverse("councils:council_list"), 9),
    # + the council's co-chair seats on the participation map and its external relations.
    ("council_detail", lambda data: reverse("councils:council_detail", args=["jc"]), 20),
    ("person_list", lambda data: reverse("councils:person_list"), 12),
    # + who entered the person in the portal (its provenance).
    ("person_detail", lambda data: reverse("councils:person_detail", args=[data.people[0].pk]), 15),
    ("organisation_list", lambda data: reverse("councils:organisation_list"), 9),
    ("glossary", lambda data: reverse("councils:glossary"), 10),
]


@pytest.mark.parametrize(("page", "url_for", "bound"), QUERY_PAGES, ids=[p[0] for p in QUERY_PAGES])
@pytest.mark.parametrize("size", [2, 15])
def test_query_count_does_not_grow_with_the_data(
    staff_client, councils, django_assert_max_num_queries, page, url_for, bound, size
):
    data = build_registry(size, councils=councils)
    url = url_for(data)
    with django_assert_max_num_queries(bound):
        response = staff_client.get(url)
    assert response.status_code == 200
