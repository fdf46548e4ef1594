"""No silent overwrite by leaving the version out (issue 9, finding 1).

Every edit of an existing record says which version of it the page showed: a stale version answers 409, a
missing one 400, and nothing is saved in either case. The services refuse a missing version too, except the
named opt-outs (imports, the loader, seed, a service's own workflow steps).
"""

import pytest
from django.core.management import call_command
from django.urls import reverse

from consultations.models import PlanPeriod, PlanSection
from jointcouncils.services import MissingVersionError, StaleEditError, record_save
from meetings.models import AgendaItem, Attachment
from tests import factories
from tests.meetings.factories import AgendaItemFactory, AttachmentFactory, DecisionFactory, MeetingFactory
from tests.test_admin import admin_url, scrape_form
from tests.workinggroups.factories import MilestoneFactory, StatusUpdateFactory, submitted_update
from workinggroups.models import StatusUpdate, WorkingGroup
from workinggroups.reporting import services as reporting_services

pytestmark = pytest.mark.django_db

MISSING = "did not say which version of the record it was made on"
STALE = "saved this record after you opened it"


def bump(instance, by=None):
    """Someone else saves the record after the page was opened."""
    record_save(instance=instance, by=by, reason="Someone else's edit", expected_version=instance.version)
    return instance.version


# record_save --------------------------------------------------------------------------------------------------


def test_record_save_refuses_an_update_without_a_version(cochair_group):
    cochair_group.name_en = "Overwritten"
    with pytest.raises(MissingVersionError):
        record_save(instance=cochair_group, by=None, reason="No version")
    cochair_group.refresh_from_db()
    assert cochair_group.name_en == "Death Notification"
    assert cochair_group.version == 1


def test_record_save_takes_a_named_opt_out_and_refuses_an_unknown_one(cochair_group):
    cochair_group.name_en = "Loaded"
    with pytest.raises(ValueError):
        record_save(instance=cochair_group, by=None, reason="Loader", unversioned="because")
    record_save(instance=cochair_group, by=None, reason="Loader", unversioned="loader")
    cochair_group.refresh_from_db()
    assert (cochair_group.name_en, cochair_group.version) == ("Loaded", 2)


def test_record_save_creates_without_a_version(db):
    group = WorkingGroup(slug="new-group", name_en="New", name_fr="Nouveau")
    record_save(instance=group, by=None, reason="Created")
    assert group.version == 1


# The edit pages of every app: the hidden field is rendered, missing → 400, stale → 409 --------------------------


def _council(ctx):
    return ctx["council"], reverse("councils:council_edit", args=[ctx["council"].code])


def _person(ctx):
    person = factories.PersonFactory(given_name="Pat", family_name="Person")
    return person, reverse("councils:person_edit", args=[person.pk])


def _group(ctx):
    return ctx["group"], reverse("workinggroups:edit", args=[ctx["group"].slug])


def _priority(ctx):
    priority = factories.PriorityFactory(council=ctx["council"])
    return priority, reverse("priorities:edit", args=[priority.slug])


def _outcome(ctx):
    outcome = factories.OutcomeFactory()
    return outcome, reverse("logicmodel:outcome_edit", args=[outcome.pk])


def _meeting(ctx):
    meeting = MeetingFactory(council=ctx["council"])
    return meeting, reverse("meetings:edit", args=[meeting.pk])


def _decision(ctx):
    decision = DecisionFactory(meeting=MeetingFactory(council=ctx["council"]))
    return decision, reverse("meetings:decision_edit", args=[decision.pk])


def _milestone(ctx):
    milestone = MilestoneFactory(working_group=ctx["group"])
    return milestone, reverse("reporting:milestone_edit", args=[milestone.pk])


def _plan_section(ctx):
    period = PlanPeriod.objects.create(slug="2024-2027", start_year=2024, end_year=2027)
    section = PlanSection.objects.create(period=period, kind=PlanSection.Kind.INTRODUCTION, body_en="Intro", body_fr="Intro")
    return section, reverse("consultations:plan_section_edit", args=[period.slug, section.pk])


EDIT_PAGES = {
    "councils: council": _council,
    "councils: person": _person,
    "workinggroups: group": _group,
    "priorities: priority": _priority,
    "logicmodel: outcome": _outcome,
    "meetings: meeting": _meeting,
    "meetings: decision": _decision,
    "reporting: milestone": _milestone,
    "consultations: plan section": _plan_section,
}


@pytest.fixture
def ctx(council, cochair_group):
    return {"council": council, "group": cochair_group}


def _form_data(client, url) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    data = scrape_form(response.content.decode())
    assert "expected_version" in data, "the edit page renders the hidden version field"
    data["change_reason"] = ["Regression test"]
    return data


@pytest.mark.parametrize("page", EDIT_PAGES)
def test_edit_without_the_version_answers_400_and_saves_nothing(staff_client, ctx, page):
    record, url = EDIT_PAGES[page](ctx)
    data = _form_data(staff_client, url)
    del data["expected_version"]
    response = staff_client.post(url, data)
    assert response.status_code == 400
    assert MISSING in response.content.decode()
    record.refresh_from_db()
    assert record.version == 1


@pytest.mark.parametrize("page", EDIT_PAGES)
def test_edit_of_a_stale_version_answers_409_and_saves_nothing(staff_client, ctx, page, secretariat_user):
    record, url = EDIT_PAGES[page](ctx)
    data = _form_data(staff_client, url)
    assert data["expected_version"] == ["1"]
    bump(record, by=secretariat_user)
    response = staff_client.post(url, data)
    assert response.status_code == 409
    assert STALE in response.content.decode()
    record.refresh_from_db()
    assert record.version == 2


def test_the_french_page_says_it_in_french(staff_client, ctx):
    record, url = _group(ctx)
    data = _form_data(staff_client, url)
    del data["expected_version"]
    response = staff_client.post(url.replace("/en/", "/fr/", 1), data, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    assert "ne précisait pas sur quelle version" in response.content.decode()


def test_the_issue_scenario_a_co_chair_save_is_not_replaced(staff_client, cochair_client, ctx):
    """Staff opens the group at version 1; the co-chair saves; staff's post without the version changes nothing."""
    group, url = _group(ctx)
    staff_data = _form_data(staff_client, url)
    cochair_data = _form_data(cochair_client, url)
    cochair_data["mandate_en"] = ["The co-chair's mandate."]
    assert cochair_client.post(url, cochair_data).status_code == 302
    staff_data["mandate_en"] = ["Staff's older text."]
    del staff_data["expected_version"]
    assert staff_client.post(url, staff_data).status_code == 400
    group.refresh_from_db()
    assert group.mandate_en == "The co-chair's mandate."


# Status updates: services and the buttons of the update's page ---------------------------------------------------


@pytest.fixture
def draft(cochair_group, cochair_user):
    return StatusUpdateFactory(working_group=cochair_group, author=cochair_user, rag=StatusUpdate.Rag.GREEN)


def test_status_update_services_refuse_a_missing_version(draft, cochair_user, secretariat_user):
    with pytest.raises(MissingVersionError):
        reporting_services.statusupdate_update(update=draft, by=cochair_user, accomplishments_en="x")
    with pytest.raises(MissingVersionError):
        reporting_services.statusupdate_submit(update=draft, by=cochair_user)
    submitted = submitted_update(working_group=draft.working_group)
    with pytest.raises(MissingVersionError):
        reporting_services.statusupdate_approve(update=submitted, by=secretariat_user)
    with pytest.raises(MissingVersionError):
        reporting_services.statusupdate_return(update=submitted, by=secretariat_user, reason="Add the risks.")
    draft.refresh_from_db()
    submitted.refresh_from_db()
    assert (draft.state, draft.version) == (StatusUpdate.State.DRAFT, 1)
    assert (submitted.state, submitted.version) == (StatusUpdate.State.SUBMITTED, 1)


def test_status_update_services_refuse_a_stale_version(draft, cochair_user, secretariat_user):
    bump(draft, by=cochair_user)
    with pytest.raises(StaleEditError):
        reporting_services.statusupdate_submit(update=draft, by=cochair_user, expected_version=1)
    submitted = submitted_update(working_group=draft.working_group)
    bump(submitted, by=cochair_user)
    with pytest.raises(StaleEditError):
        reporting_services.statusupdate_approve(update=submitted, by=secretariat_user, expected_version=1)


def test_submit_from_the_page_carries_the_version(cochair_client, draft):
    url = reverse("reporting:update_detail", args=[draft.pk])
    html = cochair_client.get(url).content.decode()
    submit = html[html.index(reverse("reporting:update_submit", args=[draft.pk])) :]
    assert 'name="expected_version" value="1"' in submit[: submit.index("</form>")]


def test_submit_from_the_page_without_the_version_answers_400(cochair_client, draft):
    response = cochair_client.post(reverse("reporting:update_submit", args=[draft.pk]), {})
    assert response.status_code == 400
    assert MISSING in response.content.decode()
    draft.refresh_from_db()
    assert draft.state == StatusUpdate.State.DRAFT


def test_submit_from_a_stale_page_answers_409(cochair_client, draft, cochair_user):
    bump(draft, by=cochair_user)
    response = cochair_client.post(reverse("reporting:update_submit", args=[draft.pk]), {"expected_version": 1})
    assert response.status_code == 409
    draft.refresh_from_db()
    assert draft.state == StatusUpdate.State.DRAFT


def test_submit_from_the_page_with_the_version_submits(cochair_client, draft):
    response = cochair_client.post(reverse("reporting:update_submit", args=[draft.pk]), {"expected_version": 1})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.state == StatusUpdate.State.SUBMITTED


@pytest.mark.parametrize("step", ["update_approve", "update_return"])
def test_review_without_the_version_answers_400(staff_client, cochair_group, step):
    update = submitted_update(working_group=cochair_group)
    response = staff_client.post(reverse(f"reporting:{step}", args=[update.pk]), {"reason": "Add the risks."})
    assert response.status_code == 400
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED


# The admin's change form -------------------------------------------------------------------------------------------


@pytest.fixture
def admin_client(staff_client):
    call_command("setup_roles", verbosity=0)
    return staff_client


def test_admin_change_without_the_version_is_refused(admin_client, cochair_group):
    url = admin_url(WorkingGroup, "change", cochair_group.pk)
    data = scrape_form(admin_client.get(url).content.decode())
    assert data["expected_version"] == ["1"], "the admin's change form carries the version"
    data["name_en"] = ["Renamed without a version"]
    data["change_reason"] = ["Regression test"]
    del data["expected_version"]
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert MISSING in response.content.decode()
    cochair_group.refresh_from_db()
    assert (cochair_group.name_en, cochair_group.version) == ("Death Notification", 1)


def test_admin_change_of_a_stale_version_is_refused(admin_client, cochair_group, secretariat_user):
    url = admin_url(WorkingGroup, "change", cochair_group.pk)
    data = scrape_form(admin_client.get(url).content.decode())
    bump(cochair_group, by=secretariat_user)
    data["name_en"] = ["Renamed from a stale page"]
    data["change_reason"] = ["Regression test"]
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert STALE in response.content.decode()
    cochair_group.refresh_from_db()
    assert cochair_group.name_en == "Death Notification"


# Agenda move and delete, attachment delete -----------------------------------------------------------------------


@pytest.fixture
def agenda(council):
    meeting = MeetingFactory(council=council)
    return [AgendaItemFactory(meeting=meeting, order=n, title_en=f"Item {n}") for n in (1, 2, 3)]


def _orders(agenda):
    return [AgendaItem.objects.get(pk=item.pk).order for item in agenda]


def test_the_agenda_builder_posts_the_version_with_each_move(staff_client, agenda):
    html = staff_client.get(reverse("meetings:agenda", args=[agenda[0].meeting_id])).content.decode()
    assert html.count('name="expected_version"') == 4  # two moves for the middle item, one for each end


def test_move_without_the_version_answers_400(staff_client, agenda):
    response = staff_client.post(reverse("meetings:agenda_item_move", args=[agenda[1].pk]), {"direction": "up"})
    assert response.status_code == 400
    assert MISSING in response.content.decode()
    assert _orders(agenda) == [1, 2, 3]


def test_move_of_a_stale_version_answers_409(staff_client, agenda, secretariat_user):
    bump(agenda[1], by=secretariat_user)
    response = staff_client.post(
        reverse("meetings:agenda_item_move", args=[agenda[1].pk]), {"direction": "up", "expected_version": 1}
    )
    assert response.status_code == 409
    assert _orders(agenda) == [1, 2, 3]


def test_move_with_the_version_moves(staff_client, agenda):
    response = staff_client.post(
        reverse("meetings:agenda_item_move", args=[agenda[1].pk]), {"direction": "up", "expected_version": 1}
    )
    assert response.status_code == 302
    assert _orders(agenda) == [2, 1, 3]


def test_agenda_item_delete_page_carries_the_version(staff_client, agenda):
    data = scrape_form(staff_client.get(reverse("meetings:agenda_item_delete", args=[agenda[1].pk])).content.decode())
    assert data["expected_version"] == ["1"]


def test_agenda_item_delete_without_the_version_answers_400(staff_client, agenda):
    response = staff_client.post(reverse("meetings:agenda_item_delete", args=[agenda[1].pk]), {"change_reason": "Not needed"})
    assert response.status_code == 400
    assert MISSING in response.content.decode()
    assert AgendaItem.objects.filter(pk=agenda[1].pk).exists()


def test_agenda_item_delete_of_a_stale_version_answers_409(staff_client, agenda, secretariat_user):
    bump(agenda[1], by=secretariat_user)
    response = staff_client.post(
        reverse("meetings:agenda_item_delete", args=[agenda[1].pk]), {"change_reason": "Not needed", "expected_version": 1}
    )
    assert response.status_code == 409
    assert STALE in response.content.decode()
    assert AgendaItem.objects.filter(pk=agenda[1].pk).exists()


@pytest.fixture
def attachment(agenda, secretariat_user):
    return AttachmentFactory(agenda_item=agenda[0], uploaded_by=secretariat_user)


def test_attachment_delete_page_carries_the_version(staff_client, attachment):
    data = scrape_form(staff_client.get(reverse("meetings:attachment_delete", args=[attachment.pk])).content.decode())
    assert data["expected_version"] == ["1"]


def test_attachment_delete_without_the_version_answers_400(staff_client, attachment):
    response = staff_client.post(reverse("meetings:attachment_delete", args=[attachment.pk]), {"change_reason": "Wrong file"})
    assert response.status_code == 400
    assert Attachment.objects.filter(pk=attachment.pk).exists()


def test_attachment_delete_of_a_stale_version_answers_409(staff_client, attachment, secretariat_user):
    bump(attachment, by=secretariat_user)
    response = staff_client.post(
        reverse("meetings:attachment_delete", args=[attachment.pk]), {"change_reason": "Wrong file", "expected_version": 1}
    )
    assert response.status_code == 409
    assert Attachment.objects.filter(pk=attachment.pk).exists()


def test_attachment_delete_with_the_version_removes_it(staff_client, attachment, media_root):
    response = staff_client.post(
        reverse("meetings:attachment_delete", args=[attachment.pk]), {"change_reason": "Wrong file", "expected_version": 1}
    )
    assert response.status_code == 302
    assert not Attachment.objects.filter(pk=attachment.pk).exists()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path
