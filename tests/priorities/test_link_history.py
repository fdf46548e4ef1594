"""A change of a priority's lead organisations is kept in its history."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


# Regression (jointcouncils/history.py track(): no m2m_fields): many-to-many links are not audited. A priority's lead
# organisations, an agenda item's priorities / working groups / outcomes and a decision's priorities change with no
# trace of the change in history. Fixed: track(m2m_fields=...) keeps those links in history (a change of links is
# a history row of its own, with the user and reason of the save).


def test_a_change_of_lead_organisations_is_in_the_priority_history(staff_client, council):
    priority = factories.PriorityFactory(slug="digital-identity", council=council, name_en="Digital Identity")
    tbs = factories.OrganisationFactory(acronym_en="TBS")
    data = {
        "council": council.pk,
        "kind": priority.kind,
        "status": priority.status,
        "order": 0,
        "lead_organisations": [tbs.pk],
        "name_en": priority.name_en,
        "name_fr": priority.name_fr,
        "expected_version": priority.version,
        "change_reason": "TBS leads",
    }
    assert staff_client.post(reverse("priorities:edit", args=[priority.slug]), data).status_code == 302

    records = list(priority.history.order_by("history_date", "history_id"))
    first, latest = records[0], records[-1]
    assert "lead_organisations" in latest.diff_against(first).changed_fields
    assert [org.organisation_id for org in latest.lead_organisations.all()] == [tbs.pk]
    assert latest.history_change_reason == "TBS leads"
    # The priority's page shows the change of links by name in its history.
    page = staff_client.get(reverse("priorities:detail", args=[priority.slug])).content.decode()
    assert "(TBS)" in page.split('id="history-heading"')[1]
