"""Changing a co-chair in one form: the current term ends the day before, the next starts that day, one reason."""

import datetime

import pytest
from django.urls import reverse

from tests import factories
from workinggroups.models import CochairTerm

pytestmark = pytest.mark.django_db


def _url(group, number=1) -> str:
    return reverse("workinggroups:cochair_change", args=[group.slug, number])


def test_one_post_ends_the_current_term_and_starts_the_next_with_one_reason(
    staff_client, secretariat_user, cochair_user, cochair_group
):
    current = CochairTerm.objects.get(person__user=cochair_user)
    successor = factories.PersonFactory(given_name="Sandra", family_name="Successor")

    response = staff_client.post(
        _url(cochair_group), {"change_date": "2026-09-01", "person": successor.pk, "change_reason": "Handover at the AGM"}
    )

    assert response.status_code == 302
    assert response.url.endswith("#cochairs-heading")
    current.refresh_from_db()
    new = CochairTerm.objects.get(person=successor)
    assert current.end_date == datetime.date(2026, 8, 31)
    assert (new.seat_id, new.start_date, new.end_date) == (current.seat_id, datetime.date(2026, 9, 1), None)
    for term in (current, new):
        latest = term.history.latest("history_date")
        assert (latest.history_user, latest.history_change_reason) == (secretariat_user, "Handover at the AGM")
    page = staff_client.get(response.url).content.decode()
    assert "Sandra Successor holds seat 1 from" in page


def test_a_refused_change_leaves_the_current_term_open(staff_client, cochair_user, cochair_group):
    current = CochairTerm.objects.get(person__user=cochair_user)

    # The day the current term began: a change needs the outgoing co-chair to have held the seat at least a day.
    response = staff_client.post(
        _url(cochair_group),
        {"change_date": "2019-01-01", "person": factories.PersonFactory().pk, "change_reason": "Typo"},
    )

    assert response.status_code == 200
    assert "The change must come after the current term began" in response.content.decode()
    current.refresh_from_db()
    assert current.end_date is None
    assert CochairTerm.objects.filter(seat__working_group=cochair_group).count() == 1


def test_a_new_holder_is_needed(staff_client, cochair_user, cochair_group):
    response = staff_client.post(_url(cochair_group), {"change_date": "2026-09-01", "change_reason": "x"})
    assert "A term needs a person or, when the person is not known, an organisation." in response.content.decode()


def test_the_group_page_offers_the_change_and_members_cannot_make_it(staff_client, member_client, cochair_user, cochair_group):
    page = staff_client.get(cochair_group.get_absolute_url()).content.decode()
    assert _url(cochair_group) in page
    assert member_client.get(_url(cochair_group)).status_code == 403


def test_when_the_new_term_is_refused_the_old_one_is_not_ended(staff_client, cochair_user, cochair_group):
    current = CochairTerm.objects.get(person__user=cochair_user)
    # A successor is already booked from 2030: an open-ended new term from 2026 would overlap it.
    factories.CochairTermFactory(seat=current.seat, person=factories.PersonFactory(), start_date=datetime.date(2030, 1, 1))
    current.end_date = datetime.date(2029, 12, 31)
    current.save()

    response = staff_client.post(
        _url(cochair_group), {"change_date": "2026-09-01", "person": factories.PersonFactory().pk, "change_reason": "x"}
    )

    assert response.status_code == 200
    assert "overlaps another term" in response.content.decode()
    current.refresh_from_db()
    assert current.end_date == datetime.date(2029, 12, 31)
