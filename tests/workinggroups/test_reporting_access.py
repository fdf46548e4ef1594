"""Reporting access needs the co-chair role, not only a current term; an approved update's history hides drafts."""

import datetime

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from tests import factories
from tests.workinggroups.factories import StatusUpdateFactory
from workinggroups.models import StatusUpdate
from workinggroups.reporting import services as reporting_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def outsider_with_a_term(outsider_user, cochair_group):
    """A logged-in user with no portal role whose person still holds a current co-chair term (e.g. the
    secretariat took the co-chair role away, or never gave it, but the record's term is still open)."""
    person = factories.PersonFactory(user=outsider_user)
    seat = factories.CochairSeatFactory(working_group=cochair_group, number=2)
    factories.CochairTermFactory(seat=seat, person=person, start_date=datetime.date(2019, 1, 1))
    return outsider_user


# Regression: a current co-chair term without the co-chair role gives co-chair powers --------------------------
# workinggroups/rules.py is_cochair_of_group, workinggroups/reporting_rules.py is_cochair_of_owning_group and
# reports/rules.py is_cochair_of_target_group look at the term only, never at the role (meetings/rules.py does
# require is_cochair). An outsider ("reads nothing") with a term reads the group's drafts and edits the group.


def test_outsider_with_a_term_cannot_read_a_draft_update(client, outsider_with_a_term, cochair_group):
    draft = StatusUpdateFactory(working_group=cochair_group, accomplishments_en="Confidential draft text.")
    client.force_login(outsider_with_a_term)
    response = client.get(reverse("reporting:update_detail", args=[draft.pk]))
    assert response.status_code == 403


def test_outsider_with_a_term_cannot_edit_the_group(client, outsider_with_a_term, cochair_group):
    client.force_login(outsider_with_a_term)
    assert client.get(reverse("workinggroups:edit", args=[cochair_group.slug])).status_code == 403
    assert not outsider_with_a_term.has_perm("workinggroups.change_workinggroup", cochair_group)
    assert not outsider_with_a_term.has_perm("workinggroups.add_statusupdate", cochair_group)
    assert not outsider_with_a_term.has_perm("reports.request_report", cochair_group)


# Regression: an approved update's change history shows council members its drafts and the return reason --------
# workinggroups/reporting_views.py StatusUpdateDetailMixin.render_page gives every reader history_rows, whose
# field diffs carry the draft texts and the secretariat's return reason that the page otherwise shows only to
# the group's co-chairs and the secretariat.


def test_member_does_not_see_the_drafts_or_return_reason_of_an_approved_update(
    member_client, cochair_client, cochair_user, secretariat_user, cochair_group
):
    update = reporting_services.statusupdate_create(
        working_group=cochair_group,
        by=cochair_user,
        period_label_en="JC, September 2020",
        period_start=datetime.date(2020, 6, 1),
        period_end=datetime.date(2020, 9, 22),
        rag=StatusUpdate.Rag.GREEN,
        accomplishments_en="Embarrassing first draft wording.",
    )
    update = reporting_services.statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    update = reporting_services.statusupdate_return(
        update=update, expected_version=update.version, by=secretariat_user, reason="Internal remark: the numbers are wrong."
    )
    update = reporting_services.statusupdate_update(
        update=update, expected_version=update.version, by=cochair_user, accomplishments_en="Published the notification guide."
    )
    update = reporting_services.statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    update = reporting_services.statusupdate_approve(update=update, expected_version=update.version, by=secretariat_user)

    response = member_client.get(reverse("reporting:update_detail", args=[update.pk]))
    assert response.status_code == 200
    assertNotContains(response, "Embarrassing first draft wording.")
    assertNotContains(response, "the numbers are wrong")
    # The group's co-chairs (and the secretariat) keep the full history.
    page = cochair_client.get(reverse("reporting:update_detail", args=[update.pk]))
    assertContains(page, "Returned: Internal remark: the numbers are wrong.")
