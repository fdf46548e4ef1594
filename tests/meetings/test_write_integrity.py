"""An agenda item and its links are saved together; deleting one records what it unlinks."""

from unittest import mock

import pytest
from django.db import IntegrityError
from django.forms.models import BaseModelForm
from django.urls import reverse

from meetings.models import AgendaItem
from tests import factories
from tests.meetings.factories import ActionItemFactory, AgendaItemFactory, DecisionFactory, MeetingFactory

pytestmark = pytest.mark.django_db


# Regression (meetings/views.py ServiceFormMixin.form_valid; AgendaItem/Decision create and update views): the row
# was saved by record_save in its own, committed transaction and the links (priorities, working groups, outcomes)
# by form.save_m2m() afterwards, outside it. When the links fail, the edit is half-saved: new title and version,
# old links (and a create leaves an item without links, so a retry makes a duplicate).
def test_agenda_item_edit_and_its_links_are_saved_together_or_not_at_all(staff_client, council):
    item = AgendaItemFactory(meeting=MeetingFactory(council=council), title_en="Digital identity", title_fr="Identité")
    priority = factories.PriorityFactory(council=council)
    history_rows = item.history.count()
    data = {
        "purpose": AgendaItem.Purpose.DISCUSSION,
        "priorities": [priority.pk],
        "title_en": "Digital identity: next steps",
        "title_fr": "Identité numérique : prochaines étapes",
        "expected_version": item.version,
        "change_reason": "Agenda reviewed",
    }
    with (
        mock.patch.object(BaseModelForm, "_save_m2m", side_effect=IntegrityError("a linked priority was just deleted")),
        pytest.raises(IntegrityError),
    ):
        staff_client.post(reverse("meetings:agenda_item_edit", args=[item.pk]), data)

    opened_version = item.version
    item.refresh_from_db()
    assert (item.title_en, item.version) == ("Digital identity", opened_version)
    assert item.history.count() == history_rows


# Regression (meetings/services.py agendaitem_delete): deleting an agenda item let the ORM's on_delete=SET_NULL
# clear Decision.agenda_item and ActionItem.agenda_item with a QuerySet.update(): audited rows changed with no
# history row (no user, no reason) and no version bump.
def test_deleting_an_agenda_item_records_the_unlinked_decisions_and_action_items(staff_client, council, secretariat_user):
    meeting = MeetingFactory(council=council)
    item = AgendaItemFactory(meeting=meeting)
    decision = DecisionFactory(meeting=meeting, agenda_item=item)
    action = ActionItemFactory(meeting=meeting, agenda_item=item)
    versions = (decision.version, action.version)

    response = staff_client.post(
        reverse("meetings:agenda_item_delete", args=[item.pk]),
        {"change_reason": "Item merged into the next one", "expected_version": item.version},
    )

    assert response.status_code == 302
    for row, version in zip((decision, action), versions, strict=True):
        row.refresh_from_db()
        assert row.agenda_item_id is None
        assert row.version == version + 1
        latest = row.history.order_by("-history_date", "-history_id").first()
        assert latest.agenda_item_id is None
        assert (latest.history_user, latest.history_change_reason) == (secretariat_user, "Item merged into the next one")
