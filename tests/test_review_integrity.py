"""Review of data integrity, concurrent edits and input errors: one test per finding (see each test's comment)."""

import datetime
from unittest import mock

import pytest
from django.db import IntegrityError
from django.forms.models import BaseModelForm
from django.urls import reverse
from django.utils import translation

from councils.models import Person
from meetings.models import AgendaItem
from tests import factories
from tests.meetings.factories import ActionItemFactory, AgendaItemFactory, DecisionFactory, MeetingFactory
from tests.workinggroups.test_reporting_factories import OutstandingTaskFactory, submitted_update
from workinggroups.models import OutstandingTask, StatusUpdate
from workinggroups.reporting import services as reporting_services

pytestmark = pytest.mark.django_db


# Finding 1 (meetings/views.py ServiceFormMixin.form_valid; AgendaItem/Decision create and update views): the row
# was saved by record_save in its own, committed transaction and the links (priorities, working groups, outcomes)
# by form.save_m2m() afterwards, outside it. When the links fail, the edit is half-saved: new title and version,
# old links (and a create leaves an item without links, so a retry makes a duplicate).
def test_finding1_agenda_item_edit_and_its_links_are_saved_together_or_not_at_all(staff_client, council):
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


# Finding 2 (meetings/services.py agenda_item_delete): deleting an agenda item let the ORM's on_delete=SET_NULL
# clear Decision.agenda_item and ActionItem.agenda_item with a QuerySet.update(): audited rows changed with no
# history row (no user, no reason) and no version bump.
def test_finding2_deleting_an_agenda_item_records_the_unlinked_decisions_and_action_items(
    staff_client, council, secretariat_user
):
    meeting = MeetingFactory(council=council)
    item = AgendaItemFactory(meeting=meeting)
    decision = DecisionFactory(meeting=meeting, agenda_item=item)
    action = ActionItemFactory(meeting=meeting, agenda_item=item)
    versions = (decision.version, action.version)

    response = staff_client.post(
        reverse("meetings:agenda_item_delete", args=[item.pk]), {"change_reason": "Item merged into the next one"}
    )

    assert response.status_code == 302
    for row, version in zip((decision, action), versions, strict=True):
        row.refresh_from_db()
        assert row.agenda_item_id is None
        assert row.version == version + 1
        latest = row.history.order_by("-history_date", "-history_id").first()
        assert latest.agenda_item_id is None
        assert (latest.history_user, latest.history_change_reason) == (secretariat_user, "Item merged into the next one")


# Finding 3 (jointcouncils/history.py track(): no m2m_fields): many-to-many links are not audited. A priority's lead
# organisations, an agenda item's priorities / working groups / outcomes and a decision's priorities change with no
# trace of the change in history. Fixed: track(m2m_fields=...) keeps those links in history (a change of links is
# a history row of its own, with the user and reason of the save).


def test_finding3_a_change_of_lead_organisations_is_in_the_priority_history(staff_client, council):
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


# Finding 4 (workinggroups/reporting_views.py StatusUpdateApproveView/ReturnView, reporting_services
# statusupdate_approve/return, update_detail.html): approving or returning carried no version. A reviewer whose page
# was opened before the update was returned, revised and resubmitted approved content they had never read.
def test_finding4_a_stale_approval_is_refused_with_409(staff_client, cochair_user, cochair_group):
    update = submitted_update(working_group=cochair_group)
    page = staff_client.get(reverse("reporting:update_detail", args=[update.pk]))
    assert f'name="expected_version" value="{update.version}"' in page.content.decode()
    opened = update.version
    # Meanwhile another reviewer returns it and the co-chair revises and resubmits it.
    other = factories.UserFactory(username="staff2", roles=["secretariat"])
    update = reporting_services.statusupdate_return(update=update, by=other, reason="Add the provinces.")
    update = reporting_services.statusupdate_update(
        update=update, by=cochair_user, expected_version=update.version, accomplishments_en="Rewritten after review."
    )
    reporting_services.statusupdate_submit(update=update, by=cochair_user)

    response = staff_client.post(reverse("reporting:update_approve", args=[update.pk]), {"expected_version": opened})
    assert response.status_code == 409
    assert "saved this record after you opened it" in response.content.decode()
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED

    response = staff_client.post(
        reverse("reporting:update_return", args=[update.pk]), {"reason": "Too late.", "expected_version": opened}
    )
    assert response.status_code == 409
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED


# Finding 5 (workinggroups/reporting_forms.py TaskReviewForm, reporting_views.py TaskReviewView,
# reporting_services.outstandingtask_review): the review of an outstanding task carried no version; a second reviewer
# working from an older queue page silently overwrote the first reviewer's decision and note.
def test_finding5_a_stale_task_review_is_refused_with_409(staff_client, cochair_group):
    task = OutstandingTaskFactory(working_group=cochair_group, last_reviewed_on=datetime.date(2019, 1, 1))
    queue = staff_client.get(reverse("reporting:task_review_queue"))
    prefix = f"task-{task.pk}"
    assert f'name="{prefix}-expected_version" value="{task.version}"' in queue.content.decode()
    other = factories.UserFactory(username="staff2", roles=["secretariat"])
    reporting_services.outstandingtask_review(task=task, by=other, decision="relaunch", note="Relaunched with ISED.")

    response = staff_client.post(
        reverse("reporting:task_review", args=[task.pk]),
        {f"{prefix}-decision": "retire", f"{prefix}-note": "No longer needed.", f"{prefix}-expected_version": task.version},
    )
    assert response.status_code == 409
    assert "saved this record after you opened it" in response.content.decode()
    task = OutstandingTask.objects.get(pk=task.pk)
    assert (task.review_decision, task.review_note_en) == ("relaunch", "Relaunched with ISED.")


# Finding 6 (councils/forms.py PersonForm; the constraint person_unique_email_when_given has a condition, so Django
# reports it as "Constraint “person_unique_email_when_given” is violated."): a duplicate email got a technical
# message naming a database constraint instead of a sentence, in either language.
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_finding6_a_duplicate_email_gets_a_clear_message(staff_client, lang):
    factories.PersonFactory(email="alex@example.ca")
    data = {
        "given_name": "Alex",
        "family_name": "Other",
        "email": "alex@example.ca",
        "organisation": "",
        "preferred_language": "en",
        "user": "",
        "title_en": "Director",
        "title_fr": "Directeur",
        "change_reason": "New member",
    }
    with translation.override(lang):
        url = reverse("councils:person_create")
    response = staff_client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "person_unique_email_when_given" not in page
    if lang == "en":  # the French words come with the project's one translation pass (locale/ is not edited here)
        assert "Another person already has this email address." in page
    assert Person.objects.filter(email="alex@example.ca").count() == 1


def test_a_save_that_races_into_a_unique_constraint_gets_a_clear_message_not_a_500(secretariat_user, monkeypatch):
    """Two requests that both passed validation: the database refuses the second; the service says so plainly."""
    from django.core.exceptions import ValidationError
    from django.db import IntegrityError

    from jointcouncils.services import record_save

    group = factories.WorkingGroupFactory()
    version = group.version

    def refused(*args, **kwargs):
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(type(group), "save", refused)
    group.name_en = "Renamed"
    with pytest.raises(ValidationError) as error:
        record_save(instance=group, by=secretariat_user, reason="race", expected_version=version)
    assert "conflicts with this one" in error.value.messages[0]
    assert group.version == version
