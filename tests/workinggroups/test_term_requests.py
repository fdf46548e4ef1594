"""Co-chairs propose changes of co-chair terms; the secretariat accepts or declines (issue 9, finding 10).

Seats and terms are the secretariat's record: a co-chair can no longer end a fellow co-chair's term or add a
term, by page or by service; they propose, and the change is made only when the secretariat accepts.
"""

import datetime

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation

from jointcouncils.provenance import DatePrecision
from jointcouncils.services import MissingVersionError, StaleEditError
from notifications.models import Notification
from tests import factories
from tests.conftest import _client_for
from workinggroups import services
from workinggroups.models import CochairTerm, TermChangeRequest

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def fellow_term(cochair_group):
    """The fellow co-chair of the persona's group, in seat 2."""
    user = factories.UserFactory(username="fellow", first_name="Fay", last_name="Fellow", roles=[settings.ROLE_COCHAIR])
    person = factories.PersonFactory(given_name="Fay", family_name="Fellow", user=user)
    seat = factories.CochairSeatFactory(working_group=cochair_group, number=2)
    return factories.CochairTermFactory(seat=seat, person=person, start_date=D(2020, 1, 1))


@pytest.fixture
def other_cochair(other_group):
    """A co-chair of another group."""
    user = factories.UserFactory(username="othercochair", first_name="Otto", last_name="Other", roles=[settings.ROLE_COCHAIR])
    person = factories.PersonFactory(given_name="Otto", family_name="Other", user=user)
    seat = factories.CochairSeatFactory(working_group=other_group, number=1)
    factories.CochairTermFactory(seat=seat, person=person, start_date=D(2019, 1, 1))
    return user


@pytest.fixture
def clients(personas, other_cochair):
    return {**personas, "other_cochair": _client_for(other_cochair)}


def propose_end(cochair_user, term, **changes):
    values = {
        "working_group": term.seat.working_group,
        "kind": TermChangeRequest.Kind.END,
        "seat": term.seat,
        "term": term,
        "proposed_date": D(2026, 6, 30),
        "reason": "Fay has retired from the public service.",
        "by": cochair_user,
    }
    values.update(changes)
    return services.termchangerequest_create(**values)


# Co-chairs no longer end or add terms directly -----------------------------------------------------------------


def test_cochair_can_no_longer_end_a_fellow_cochairs_term(cochair_client, cochair_group, fellow_term):
    url = reverse("workinggroups:term_end", args=[cochair_group.slug, fellow_term.pk])
    assert cochair_client.get(url).status_code == 403
    response = cochair_client.post(url, {"end_date": "2026-06-30", "expected_version": 1, "change_reason": "Retired"})
    assert response.status_code == 403
    fellow_term.refresh_from_db()
    assert fellow_term.end_date is None


@pytest.mark.parametrize("name", ["term_add", "cochair_change"])
def test_cochair_can_no_longer_add_or_hand_over_terms(cochair_client, cochair_group, fellow_term, name):
    url = reverse(f"workinggroups:{name}", args=[cochair_group.slug, 2])
    assert cochair_client.get(url).status_code == 403
    assert cochair_client.post(url, {"change_reason": "x"}).status_code == 403


def test_term_services_refuse_a_cochair(cochair_user, fellow_term):
    with pytest.raises(PermissionDenied):
        services.cochairterm_end(term=fellow_term, end_date=D(2026, 6, 30), by=cochair_user, reason="x", expected_version=1)
    with pytest.raises(PermissionDenied):
        services.cochairterm_create(seat=fellow_term.seat, person=factories.PersonFactory(), by=cochair_user, reason="x")
    with pytest.raises(PermissionDenied):
        services.cochairterm_change(
            seat=fellow_term.seat, change_date=D(2026, 7, 1), person=factories.PersonFactory(), by=cochair_user, reason="x"
        )
    fellow_term.refresh_from_db()
    assert fellow_term.end_date is None
    assert CochairTerm.objects.filter(seat=fellow_term.seat).count() == 1


def test_the_secretariat_still_ends_a_term(staff_client, cochair_group, fellow_term):
    url = reverse("workinggroups:term_end", args=[cochair_group.slug, fellow_term.pk])
    response = staff_client.post(url, {"end_date": "2026-06-30", "expected_version": 1, "change_reason": "Retired"})
    assert response.status_code == 302
    fellow_term.refresh_from_db()
    assert fellow_term.end_date == D(2026, 6, 30)


# Services -----------------------------------------------------------------------------------------------------------


def test_a_proposal_changes_no_term_and_tells_the_secretariat(cochair_user, secretariat_user, fellow_term):
    request = propose_end(cochair_user, fellow_term)
    assert request.state == TermChangeRequest.State.PENDING
    fellow_term.refresh_from_db()
    assert fellow_term.end_date is None
    assert Notification.objects.filter(recipient=secretariat_user, event="term_request_proposed").count() == 1
    record = request.history.get()
    assert record.history_user == cochair_user


def test_only_a_cochair_of_the_group_proposes(other_cochair, member_user, secretariat_user, fellow_term):
    for user in (other_cochair, member_user, secretariat_user):
        with pytest.raises(PermissionDenied):
            propose_end(user, fellow_term)
    assert not TermChangeRequest.objects.exists()


def test_a_proposal_needs_a_reason_and_a_proposed_holder(cochair_user, fellow_term):
    with pytest.raises(ValidationError):
        propose_end(cochair_user, fellow_term, reason="  ")
    with pytest.raises(ValidationError):
        propose_end(cochair_user, fellow_term, kind=TermChangeRequest.Kind.REPLACE)
    assert not TermChangeRequest.objects.exists()


def test_accepting_an_end_ends_the_term_in_the_same_transaction(cochair_user, secretariat_user, fellow_term):
    request = propose_end(cochair_user, fellow_term)
    services.termchangerequest_accept(
        request=request, by=secretariat_user, effective_date=D(2026, 6, 30), expected_version=request.version
    )
    request.refresh_from_db()
    fellow_term.refresh_from_db()
    assert request.state == TermChangeRequest.State.ACCEPTED
    assert request.decided_by == secretariat_user
    assert fellow_term.end_date == D(2026, 6, 30)
    assert fellow_term.history.order_by("-history_date").first().history_user == secretariat_user
    assert Notification.objects.filter(recipient=cochair_user, event="term_request_decided").count() == 1


def test_accepting_a_hand_over_makes_the_new_term(cochair_user, secretariat_user, fellow_term):
    successor = factories.PersonFactory(given_name="Nina", family_name="Next")
    request = propose_end(
        cochair_user, fellow_term, kind=TermChangeRequest.Kind.REPLACE, proposed_holder="Nina Next, Service Ontario"
    )
    services.termchangerequest_accept(
        request=request, by=secretariat_user, effective_date=D(2026, 7, 1), person=successor, expected_version=1
    )
    fellow_term.refresh_from_db()
    assert fellow_term.end_date == D(2026, 6, 30)
    new = CochairTerm.objects.get(seat=fellow_term.seat, person=successor)
    assert new.start_date == D(2026, 7, 1)


def test_accepting_fails_whole_when_the_term_change_is_refused(cochair_user, secretariat_user, fellow_term):
    request = propose_end(cochair_user, fellow_term)
    with pytest.raises(ValidationError):
        services.termchangerequest_accept(request=request, by=secretariat_user, effective_date=D(2010, 1, 1), expected_version=1)
    request.refresh_from_db()
    assert request.state == TermChangeRequest.State.PENDING


def test_declining_needs_a_reason_and_changes_no_term(cochair_user, secretariat_user, fellow_term):
    request = propose_end(cochair_user, fellow_term)
    with pytest.raises(ValidationError):
        services.termchangerequest_decline(request=request, by=secretariat_user, decision_reason="", expected_version=1)
    services.termchangerequest_decline(
        request=request, by=secretariat_user, decision_reason="Her mandate runs to March 2027.", expected_version=1
    )
    request.refresh_from_db()
    fellow_term.refresh_from_db()
    assert request.state == TermChangeRequest.State.DECLINED
    assert fellow_term.end_date is None


def test_decisions_are_the_secretariats_and_versioned(cochair_user, secretariat_user, fellow_term):
    request = propose_end(cochair_user, fellow_term)
    with pytest.raises(PermissionDenied):
        services.termchangerequest_decline(request=request, by=cochair_user, decision_reason="No", expected_version=1)
    with pytest.raises(MissingVersionError):
        services.termchangerequest_decline(request=request, by=secretariat_user, decision_reason="No", expected_version=None)
    with pytest.raises(StaleEditError):
        services.termchangerequest_decline(request=request, by=secretariat_user, decision_reason="No", expected_version=7)
    services.termchangerequest_decline(request=request, by=secretariat_user, decision_reason="No", expected_version=1)
    with pytest.raises(ValidationError):
        services.termchangerequest_accept(request=request, by=secretariat_user, effective_date=D(2026, 6, 30), expected_version=2)


# Pages, role by role ------------------------------------------------------------------------------------------------


EXPECTED = {
    # role: (propose page GET, queue, request page, accept POST)
    "secretariat": (403, 200, 200, 302),
    "cochair": (200, 200, 200, 403),
    "other_cochair": (403, 200, 403, 403),
    "member": (403, 403, 403, 403),
    "outsider": (403, 403, 403, 403),
    "anonymous": (302, 302, 302, 302),
}


@pytest.mark.parametrize("role", EXPECTED)
def test_pages_role_by_role(clients, cochair_user, cochair_group, fellow_term, role):
    request = propose_end(cochair_user, fellow_term)
    client = clients[role]
    propose, queue, detail, accept = EXPECTED[role]
    assert client.get(reverse("workinggroups:term_request_create", args=[cochair_group.slug])).status_code == propose
    assert client.get(reverse("workinggroups:term_requests")).status_code == queue
    assert client.get(request.get_absolute_url()).status_code == detail
    response = client.post(
        reverse("workinggroups:term_request_accept", args=[request.pk]),
        {"accept-effective_date": "2026-06-30", "accept-expected_version": "1"},
    )
    assert response.status_code == accept
    fellow_term.refresh_from_db()
    assert (fellow_term.end_date == D(2026, 6, 30)) == (role == "secretariat")


def test_cochair_proposes_from_the_group_page(cochair_client, cochair_group, fellow_term):
    page = cochair_client.get(cochair_group.get_absolute_url()).content.decode()
    url = reverse("workinggroups:term_request_create", args=[cochair_group.slug])
    assert url in page
    assert reverse("workinggroups:term_end", args=[cochair_group.slug, fellow_term.pk]) not in page
    response = cochair_client.post(
        url,
        {
            "kind": "end",
            "seat": fellow_term.seat_id,
            "term": fellow_term.pk,
            "proposed_date": "2026-06-01",
            "proposed_date_precision": "month",
            "reason": "Fay leaves in June.",
        },
    )
    assert response.status_code == 302
    request = TermChangeRequest.objects.get()
    assert request.proposed_date_precision == "month"
    page = cochair_client.get(request.get_absolute_url()).content.decode()
    assert "June 2026" in page
    assert "June 1, 2026" not in page


def test_a_proposal_without_a_reason_answers_400(cochair_client, cochair_group, fellow_term):
    url = reverse("workinggroups:term_request_create", args=[cochair_group.slug])
    response = cochair_client.post(url, {"kind": "end", "seat": fellow_term.seat_id, "term": fellow_term.pk})
    assert response.status_code == 400
    assert not TermChangeRequest.objects.exists()


def test_staff_see_the_count_on_the_group_page_and_the_queue(staff_client, cochair_user, cochair_group, fellow_term):
    request = propose_end(cochair_user, fellow_term)
    page = staff_client.get(cochair_group.get_absolute_url()).content.decode()
    assert "1 proposed change of co-chair waits for a decision" in page
    assert request.get_absolute_url() in page
    queue = staff_client.get(reverse("workinggroups:term_requests")).content.decode()
    assert "1 request waits for your decision" in queue


def test_staff_decline_and_the_requester_reads_the_reason(staff_client, cochair_client, cochair_user, fellow_term):
    request = propose_end(cochair_user, fellow_term)
    response = staff_client.post(
        reverse("workinggroups:term_request_decline", args=[request.pk]),
        {"decline-decision_reason": "Her mandate runs to March 2027.", "decline-expected_version": "1"},
    )
    assert response.status_code == 302
    page = cochair_client.get(request.get_absolute_url()).content.decode()
    assert "declined" in page
    assert "Her mandate runs to March 2027." in page
    assert "Sam Staff" in page  # the history names who decided
    mine = cochair_client.get(reverse("workinggroups:term_requests")).content.decode()
    assert "declined" in mine


def test_decline_without_the_version_answers_400_and_stale_409(staff_client, cochair_user, fellow_term):
    request = propose_end(cochair_user, fellow_term)
    url = reverse("workinggroups:term_request_decline", args=[request.pk])
    assert staff_client.post(url, {"decline-decision_reason": "No."}).status_code == 400
    response = staff_client.post(url, {"decline-decision_reason": "No.", "decline-expected_version": "5"})
    assert response.status_code == 409
    request.refresh_from_db()
    assert request.state == TermChangeRequest.State.PENDING


def test_the_pages_are_in_french(cochair_client, staff_client, cochair_user, cochair_group, fellow_term):
    request = propose_end(cochair_user, fellow_term)
    detail = staff_client.get(request.get_absolute_url().replace("/en/", "/fr/", 1)).content.decode()
    assert "Changement de coprésidence proposé" in detail
    assert "Accepter la demande" in detail


def test_a_proposed_date_uses_the_records_precisions_and_is_written_as_precise_as_given():
    assert set(TermChangeRequest.Precision.values) == set(DatePrecision.values)
    request = TermChangeRequest(proposed_date=datetime.date(2021, 9, 1), proposed_date_precision="month")
    with translation.override("fr"):
        assert request.proposed_date_display == "septembre 2021"
    request.proposed_date_precision = "year"
    assert request.proposed_date_display == "2021"


@pytest.mark.parametrize(
    ("language", "waiting", "none"),
    [
        ("en", "1 proposed change of co-chair waits for a decision.", "0 proposed changes of co-chair wait for a decision."),
        ("fr", "1 changement de coprésidence proposé attend une décision.", "0 changement de coprésidence proposé attend"),
    ],
)
def test_the_secretariats_home_page_counts_the_proposals_waiting_for_a_decision(
    staff_client, cochair_user, secretariat_user, fellow_term, language, waiting, none
):
    home = f"/{language}/"
    assert none in " ".join(staff_client.get(home).content.decode().split())
    request = propose_end(cochair_user, fellow_term)
    page = " ".join(staff_client.get(home).content.decode().split())
    assert waiting in page
    assert f'href="/{language}/working-groups/term-requests/"' in page
    services.termchangerequest_accept(
        request=request, by=secretariat_user, effective_date=D(2026, 6, 30), expected_version=request.version
    )
    assert none in " ".join(staff_client.get(home).content.decode().split())
