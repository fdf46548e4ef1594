"""The working-group pages: who may do what, what they show, and how bad input is refused."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from tests import factories
from workinggroups.models import CochairSeat, CochairTerm, WorkingGroup

D = datetime.date


def edit_data(group: WorkingGroup, **changes) -> dict:
    data = {
        "name_en": group.name_en,
        "name_fr": group.name_fr,
        "acronym_en": group.acronym_en,
        "acronym_fr": group.acronym_fr,
        "mandate_en": group.mandate_en,
        "mandate_fr": group.mandate_fr,
        "kind": group.kind,
        "status": group.status,
        "start_date": group.start_date.isoformat() if group.start_date else "",
        "planned_end_date": group.planned_end_date.isoformat() if group.planned_end_date else "",
        "expected_version": group.version,
        "change_reason": "Updated after the September meeting",
    }
    data.update(changes)
    return data


def edit_url(group) -> str:
    return reverse("workinggroups:edit", args=[group.slug])


# Access -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["secretariat", "cochair", "member"])
def test_readers_see_the_list_and_a_group(personas, cochair_group, persona):
    client = personas[persona]
    assert client.get(reverse("workinggroups:list")).status_code == 200
    assert client.get(cochair_group.get_absolute_url()).status_code == 200


def test_outsider_is_refused_the_list_and_a_group(personas, cochair_group):
    assert personas["outsider"].get(reverse("workinggroups:list")).status_code == 403
    assert personas["outsider"].get(cochair_group.get_absolute_url()).status_code == 403


@pytest.mark.parametrize("name", ["list", "detail", "edit", "create"])
def test_anonymous_is_sent_to_login(personas, cochair_group, name):
    url = reverse(f"workinggroups:{name}", args=[] if name in {"list", "create"} else [cochair_group.slug])
    response = personas["anonymous"].get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_cochair_edits_their_own_group(cochair_client, cochair_group):
    assert cochair_client.get(edit_url(cochair_group)).status_code == 200
    response = cochair_client.post(edit_url(cochair_group), edit_data(cochair_group, mandate_en="Notify once, tell many."))
    assert response.status_code == 302
    cochair_group.refresh_from_db()
    assert cochair_group.mandate_en == "Notify once, tell many."


def test_cochair_cannot_edit_another_group(cochair_client, other_group):
    assert cochair_client.get(edit_url(other_group)).status_code == 403
    response = cochair_client.post(edit_url(other_group), edit_data(other_group, name_en="Hijacked"))
    assert response.status_code == 403
    other_group.refresh_from_db()
    assert other_group.name_en == "Open Government"


def test_former_cochair_cannot_edit(cochair_user, cochair_client, cochair_group):
    CochairTerm.objects.filter(person__user=cochair_user).update(end_date=D(2020, 1, 1))
    assert cochair_client.get(edit_url(cochair_group)).status_code == 403


def test_council_member_cannot_edit(member_client, cochair_group):
    assert member_client.get(edit_url(cochair_group)).status_code == 403
    assert member_client.post(edit_url(cochair_group), edit_data(cochair_group)).status_code == 403


def test_edit_link_shown_only_to_those_who_may_edit(personas, cochair_group, other_group):
    link = edit_url(cochair_group)
    assert link in personas["cochair"].get(cochair_group.get_absolute_url()).content.decode()
    assert edit_url(other_group) not in personas["cochair"].get(other_group.get_absolute_url()).content.decode()
    assert link not in personas["member"].get(cochair_group.get_absolute_url()).content.decode()


def test_only_secretariat_creates_a_group(personas, council):
    assert personas["cochair"].get(reverse("workinggroups:create")).status_code == 403
    assert personas["member"].get(reverse("workinggroups:create")).status_code == 403
    response = personas["secretariat"].post(
        reverse("workinggroups:create"),
        {
            "name_en": "Open Source",
            "name_fr": "Source ouverte",
            "acronym_en": "OSWG",
            "acronym_fr": "GTSO",
            "kind": "working_group",
            "status": "active",
            "start_date": "2020-09-10",
            "council": council.pk,
            "change_reason": "Created by PSCIOC on 10 September 2020",
        },
    )
    assert response.status_code == 302
    group = WorkingGroup.objects.get(slug="open-source")
    assert group.current_council == council
    assert group.history.first().history_change_reason == "Created by PSCIOC on 10 September 2020"


def test_only_secretariat_adds_a_seat(personas, cochair_group):
    url = reverse("workinggroups:seat_add", args=[cochair_group.slug])
    assert personas["cochair"].post(url, {"change_reason": "More hands"}).status_code == 403
    assert personas["secretariat"].post(url, {"change_reason": "A second co-chair"}).status_code == 302
    assert sorted(cochair_group.seats.values_list("number", flat=True)) == [1, 2]


# History and concurrency --------------------------------------------------------------------------------------


def test_edit_records_who_and_why_and_shows_it_in_the_history(staff_client, cochair_group, secretariat_user):
    staff_client.post(edit_url(cochair_group), edit_data(cochair_group, status="dormant", change_reason="No meeting since 2019"))
    record = cochair_group.history.order_by("-history_date").first()
    assert record.history_user == secretariat_user
    assert record.history_change_reason == "No meeting since 2019"
    page = staff_client.get(cochair_group.get_absolute_url()).content.decode()
    assert "No meeting since 2019" in page
    assert "Sam Staff" in page


def test_concurrent_edit_is_refused_and_the_first_edit_stays(staff_client, cochair_client, cochair_group):
    first = edit_data(cochair_group, name_en="Death Notification Working Group", change_reason="Full name")
    second = edit_data(cochair_group, name_en="Death Notices", change_reason="Shorter name")
    assert first["expected_version"] == second["expected_version"] == 1
    assert cochair_client.post(edit_url(cochair_group), first).status_code == 302
    response = staff_client.post(edit_url(cochair_group), second)
    assert response.status_code == 409
    assert "saved this record after you opened it" in response.content.decode()
    assert "Cora Chair" in response.content.decode()
    cochair_group.refresh_from_db()
    assert cochair_group.name_en == "Death Notification Working Group"
    assert cochair_group.version == 2


# Bad input ----------------------------------------------------------------------------------------------------


def test_planned_end_before_start_is_refused(staff_client, cochair_group):
    response = staff_client.post(
        edit_url(cochair_group), edit_data(cochair_group, start_date="2020-01-01", planned_end_date="2019-01-01")
    )
    assert response.status_code == 200
    assert "The planned end date cannot be before the start date." in response.content.decode()
    cochair_group.refresh_from_db()
    assert cochair_group.planned_end_date is None
    assert cochair_group.version == 1


def test_term_ending_before_it_starts_is_refused(staff_client, cochair_group):
    seat = factories.CochairSeatFactory(working_group=cochair_group, number=2)
    response = staff_client.post(
        reverse("workinggroups:term_add", args=[cochair_group.slug, 2]),
        {
            "person": factories.PersonFactory().pk,
            "start_date": "2021-01-01",
            "end_date": "2020-12-31",
            "change_reason": "New co-chair",
        },
    )
    assert response.status_code == 200
    assert "The end date cannot be before the start date." in response.content.decode()
    assert not seat.terms.exists()


def test_overlapping_term_on_a_seat_is_refused(staff_client, cochair_user, cochair_group):
    response = staff_client.post(
        reverse("workinggroups:term_add", args=[cochair_group.slug, 1]),
        {"person": factories.PersonFactory().pk, "start_date": "2020-01-01", "change_reason": "Successor"},
    )
    assert response.status_code == 200
    assert "This term overlaps another term on the same seat (Cora Chair)." in response.content.decode()
    assert CochairTerm.objects.filter(seat__working_group=cochair_group).count() == 1


def test_secretariat_ends_a_term_and_adds_a_successor(staff_client, cochair_client, cochair_user, cochair_group):
    """Seats and terms are the secretariat's record (a co-chair proposes instead: test_term_requests)."""
    term = CochairTerm.objects.get(person__user=cochair_user)
    url = reverse("workinggroups:term_end", args=[cochair_group.slug, term.pk])
    data = {"end_date": "2026-12-31", "expected_version": 1, "change_reason": "Stepping down"}
    assert cochair_client.post(url, data).status_code == 403
    response = staff_client.post(url, data)
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.end_date == D(2026, 12, 31)
    successor = factories.PersonFactory(given_name="Sandra", family_name="Successor")
    response = staff_client.post(
        reverse("workinggroups:term_add", args=[cochair_group.slug, 1]),
        {"person": successor.pk, "start_date": "2027-01-01", "change_reason": "Successor named"},
    )
    assert response.status_code == 302
    page = cochair_client.get(cochair_group.get_absolute_url()).content.decode()
    assert "Sandra Successor" in page
    assert "Stepping down" in page


def test_fourth_seat_is_refused(staff_client, cochair_group):
    for number in (1, 2, 3):
        factories.CochairSeatFactory(working_group=cochair_group, number=number)
    response = staff_client.post(reverse("workinggroups:seat_add", args=[cochair_group.slug]), {"change_reason": "One more"})
    assert response.status_code == 200
    assert "A working group has at most three co-chair seats." in response.content.decode()
    assert CochairSeat.objects.filter(working_group=cochair_group).count() == 3


def test_duplicate_acronym_is_refused_with_the_message(staff_client, cochair_group, other_group):
    cochair_group.acronym_en = "DN"
    cochair_group.save()
    response = staff_client.post(edit_url(other_group), edit_data(other_group, acronym_en="dn"))
    assert response.status_code == 200
    assert "Another working group already uses this English acronym." in response.content.decode()
    other_group.refresh_from_db()
    assert other_group.acronym_en != "dn"


# Content ------------------------------------------------------------------------------------------------------


def test_list_flags_groups_without_a_member_cochair(member_client, landscape):
    page = member_client.get(reverse("workinggroups:list")).content.decode()
    assert page.count('class="flagged"') == 4
    assert page.count("Needs a member co-chair</span>") == 4
    filtered = member_client.get(reverse("workinggroups:list"), {"no_member_cochair": "false"}).content.decode()
    assert "Privacy and GDPR" in filtered
    assert "Death Notification" not in filtered
    assert 'class="flagged"' not in filtered


def test_list_filter_form_is_labelled_and_keeps_filters_across_pages(member_client, council):
    for _n in range(30):
        factories.ReportingLineFactory(working_group=factories.WorkingGroupFactory(), council=council)
    response = member_client.get(reverse("workinggroups:list"), {"council": council.pk, "page": 2})
    page = response.content.decode()
    assert '<label for="id_council">' in page
    assert 'type="submit"' in page
    assert "Page 2 of 2" in page
    assert f"?council={council.pk}&amp;page=1" in page
    assert len(response.context["groups"]) == 5


def test_detail_shows_seats_terms_vacancy_and_alignment(member_client, landscape):
    model = landscape.priority.alignments.get().logic_model
    factories.AlignmentFactory(
        logic_model=model,
        working_group=landscape.vacant,
        outcome=factories.OutcomeFactory(logic_model=model, name_en="Trusted and secure services"),
        engagement_level=factories.EngagementLevelFactory(logic_model=model, name_en="Collaborate"),
        contribution_en="Guidance on privacy impact assessments.",
    )
    page = member_client.get(landscape.vacant.get_absolute_url()).content.decode()
    assert "<strong>Vacant</strong>" in page
    assert "Digital Identity" in page
    assert "Trusted and secure services" in page
    assert "Collaborate" in page
    assert "Guidance on privacy impact assessments." in page
    assert "Joint Councils (JC)" in page


def test_detail_shows_the_reporting_line_history(member_client, landscape):
    page = member_client.get(landscape.moved.get_absolute_url()).content.decode()
    assert "Public Sector Service Delivery Council (PSSDC)" in page
    assert "Aug. 31, 2020" in page
    assert "Sept. 1, 2020" in page


def test_detail_flags_terms_ending_within_90_days(member_client, landscape):
    from django.utils import timezone

    term = CochairTerm.objects.get(seat__working_group=landscape.death)
    term.end_date = timezone.localdate() + datetime.timedelta(days=30)
    term.save()
    page = member_client.get(landscape.death.get_absolute_url()).content.decode()
    assert "Ends within 90 days" in page


def test_french_page_shows_the_french_name(member_client, cochair_group):
    with translation.override("fr"):
        url = reverse("workinggroups:detail", args=[cochair_group.slug])
    assert url.startswith("/fr/")
    page = member_client.get(url).content.decode()
    assert "<h1>Notification de décès" in page


# Query counts -------------------------------------------------------------------------------------------------

LIST_QUERIES = 17
DETAIL_QUERIES = 20  # staff: + the pending term change requests of the group, + who entered it (provenance)


def _populate(count: int, council) -> None:
    for _ in range(count):
        group = factories.WorkingGroupFactory()
        factories.ReportingLineFactory(working_group=group, council=council)
        for number in (1, 2):
            seat = factories.CochairSeatFactory(working_group=group, number=number)
            person = factories.PersonFactory()
            factories.CouncilMembershipFactory(person=person, council=council)
            factories.CochairTermFactory(seat=seat, person=person)
        factories.CochairSeatFactory(working_group=group, number=3)


@pytest.mark.parametrize("count", [5, 30])
def test_list_query_count_does_not_grow_with_groups(member_client, council, django_assert_max_num_queries, count):
    _populate(count, council)
    with django_assert_max_num_queries(LIST_QUERIES):
        response = member_client.get(reverse("workinggroups:list"))
    assert response.status_code == 200
    assert len(response.context["groups"]) == min(count, 25)


@pytest.mark.parametrize("terms", [1, 3])
def test_detail_query_count_is_fixed(staff_client, landscape, django_assert_max_num_queries, terms):
    group = landscape.observer
    seat = group.seats.get(number=2)
    for n in range(terms):
        factories.CochairTermFactory(seat=seat, start_date=D(2010 + n, 1, 1), end_date=D(2010 + n, 12, 31))
    with django_assert_max_num_queries(DETAIL_QUERIES):
        response = staff_client.get(group.get_absolute_url())
    assert response.status_code == 200
