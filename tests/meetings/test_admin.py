"""The staff admin of meetings: pages open, inlines on the meeting, audited saves, no upload that skips the checks."""

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from meetings.admin import ActionItemInline, AgendaItemInline, AttendanceInline, DecisionInline
from meetings.models import ActionItem, AgendaItem, Attachment, Attendance, Decision, Meeting
from tests.factories import PersonFactory

from .factories import ActionItemFactory, AgendaItemFactory, AttachmentFactory, AttendanceFactory, DecisionFactory, MeetingFactory

pytestmark = pytest.mark.django_db

MODELS = (Meeting, AgendaItem, Attachment, Attendance, Decision, ActionItem)


@pytest.fixture
def admin_client(staff_client):
    call_command("setup_roles", verbosity=0)
    return staff_client


def admin_url(model, view, *args):
    return reverse(f"admin:meetings_{model._meta.model_name}_{view}", args=args)


def test_every_meetings_model_has_a_history_admin_and_meeting_has_its_inlines():
    for model in MODELS:
        model_admin = admin.site._registry[model]
        assert isinstance(model_admin, SimpleHistoryAdmin), model
    for model in (Meeting, AgendaItem, Attachment, Decision, ActionItem):
        assert isinstance(admin.site._registry[model], TranslationAdmin), model
    assert set(admin.site._registry[Meeting].inlines) == {AgendaItemInline, AttendanceInline, DecisionInline, ActionItemInline}


def test_secretariat_opens_every_meetings_admin_page(admin_client, council):
    meeting = MeetingFactory(council=council)
    item = AgendaItemFactory(meeting=meeting)
    objects = {
        Meeting: meeting,
        AgendaItem: item,
        Attachment: AttachmentFactory(agenda_item=item),
        Attendance: AttendanceFactory(meeting=meeting),
        Decision: DecisionFactory(meeting=meeting, agenda_item=item),
        ActionItem: ActionItemFactory(meeting=meeting),
    }
    for model, obj in objects.items():
        urls = [admin_url(model, "changelist"), admin_url(model, "changelist") + "?q=x", admin_url(model, "change", obj.pk)]
        if model is not Attachment:
            urls.append(admin_url(model, "add"))
        for url in urls:
            response = admin_client.get(url)
            assert response.status_code == 200, f"{url}: {response.status_code}"


def test_attachments_cannot_be_uploaded_in_the_admin(admin_client):
    assert admin_client.get(admin_url(Attachment, "add")).status_code == 403


def test_admin_save_records_the_user_and_the_reason(admin_client, secretariat_user, council):
    meeting = MeetingFactory(council=council)
    person = PersonFactory()

    response = admin_client.post(
        admin_url(Attendance, "add"),
        {"meeting": meeting.pk, "person": person.pk, "status": "regrets", "change_reason": "Sent regrets by email"},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    record = Attendance.history.get()
    assert record.history_user == secretariat_user
    assert record.history_change_reason == "Sent regrets by email"
