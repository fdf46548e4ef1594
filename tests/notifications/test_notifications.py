"""Section 2: every event's message, in the recipient's language, recorded; preferences; digests; retries."""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from meetings import notify
from meetings.services import actionitem_create, actionitem_update
from notifications import services
from notifications.models import Notification, Preference
from notifications.tasks import deliver, send_digests
from tests import factories
from tests.meetings.factories import ActionItemFactory, MeetingFactory, at
from workinggroups.models import StatusUpdate
from workinggroups.reporting.services import statusupdate_approve, statusupdate_return, statusupdate_submit


def _prefer(user, language, delivery=Preference.Delivery.IMMEDIATE):
    preference = services.preference_get(user=user)
    preference.language = language
    preference.delivery = delivery
    preference.save()
    return user


def _by_address(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.fixture
def update(cochair_group, cochair_user):
    return StatusUpdate.objects.create(
        working_group=cochair_group,
        period_label_en="JC, September 2020",
        period_label_fr="CM, septembre 2020",
        period_start=datetime.date(2020, 3, 1),
        period_end=datetime.date(2020, 9, 21),
        rag="green",
        author=cochair_user,
    )


def test_a_submitted_update_is_announced_to_the_secretariat_each_in_their_language(sent, update, cochair_user, secretariat_user):
    french_staff = factories.UserFactory(username="staff-fr", roles=[settings.ROLE_SECRETARIAT])
    _prefer(french_staff, "fr")
    _prefer(secretariat_user, "en")

    sent(statusupdate_submit, update=update, expected_version=update.version, by=cochair_user)

    [english] = _by_address(secretariat_user.email)
    [french] = _by_address(french_staff.email)
    assert english.subject == "Status update submitted: Death Notification, JC, September 2020"
    assert "submitted their status update for JC, September 2020" in english.body
    assert f"http://portal.test/en/reporting/updates/{update.pk}/" in english.body
    assert french.subject == "Mise à jour de l'état soumise : Notification de décès, CM, septembre 2020"
    assert f"http://portal.test/fr/reporting/updates/{update.pk}/" in french.body
    assert french.extra_headers["Content-Language"] == "fr"
    # The co-chair who submitted is not a secretariat member: not written to.
    assert _by_address(cochair_user.email) == []
    record = Notification.objects.get(email=french_staff.email)
    assert (record.event, record.status, record.language) == ("update_submitted", "sent", "fr")
    assert record.sent_at is not None


def test_a_returned_update_tells_its_cochairs_why_in_their_language(sent, update, cochair_user, secretariat_user):
    _prefer(cochair_user, "fr")
    update = statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    mail.outbox = []

    sent(
        statusupdate_return, update=update, expected_version=update.version, by=secretariat_user, reason="Add the risks, please."
    )

    [message] = _by_address(cochair_user.email)
    assert message.subject == "Mise à jour de l'état renvoyée pour modification : Notification de décès, CM, septembre 2020"
    assert "Add the risks, please." in message.body
    assert f"/fr/reporting/updates/{update.pk}/edit/" in message.body


def test_an_approved_update_is_announced_to_its_cochairs(sent, update, cochair_user, secretariat_user):
    _prefer(cochair_user, "en")
    update = statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    mail.outbox = []

    sent(statusupdate_approve, update=update, expected_version=update.version, by=secretariat_user)

    [message] = _by_address(cochair_user.email)
    assert message.subject == "Status update approved: Death Notification, JC, September 2020"


def test_an_assigned_action_item_is_announced_once_to_its_owner(sent, council, secretariat_user):
    owner = factories.PersonFactory(given_name="Odile", family_name="Owner", preferred_language="fr")
    meeting = MeetingFactory(council=council, title_en="JC meeting", title_fr="Réunion des CM")
    item = ActionItemFactory.build(
        meeting=meeting,
        owner_person=owner,
        description_en="Draft the charter",
        description_fr="Rédiger la charte",
        due_date=datetime.date(2030, 3, 1),
        owner_council=None,
    )

    item = sent(actionitem_create, meeting=meeting, item=item, by=secretariat_user, reason="Raised at the meeting")

    [message] = _by_address(owner.email)
    assert message.subject == "Mesure de suivi attribuée : Rédiger la charte"
    assert "Rédiger la charte" in message.body and "1 mars 2030" in message.body
    # Saving it again with the same owner sends nothing more; a new owner is told.
    item.due_date = datetime.date(2030, 4, 1)
    sent(actionitem_update, item=item, expected_version=item.version, by=secretariat_user, reason="New date")
    assert len(_by_address(owner.email)) == 1
    other = factories.PersonFactory(preferred_language="en")
    item.owner_person = other
    sent(actionitem_update, item=item, expected_version=item.version, by=secretariat_user, reason="New owner")
    [english] = _by_address(other.email)
    assert english.subject == "Action item assigned: Draft the charter"


def test_an_action_item_due_within_seven_days_is_reminded_once(sent, council, cochair_group, cochair_user):
    _prefer(cochair_user, "en")
    today = datetime.date(2030, 1, 10)
    meeting = MeetingFactory(council=council)
    due = ActionItemFactory(meeting=meeting, owner_group=cochair_group, due_date=today + datetime.timedelta(days=7))
    later = ActionItemFactory(meeting=meeting, owner_group=cochair_group, due_date=today + datetime.timedelta(days=8))
    ActionItemFactory(meeting=meeting, owner_group=cochair_group, due_date=today, status="done", closing_note_en="Done.")

    first_day = sent(notify.action_items_remind_due, today=today)
    # The next day the first is not reminded again; the second has come within 7 days.
    next_day = sent(notify.action_items_remind_due, today=today + datetime.timedelta(days=1))

    assert (first_day, next_day) == (1, 1)
    first, second = _by_address(cochair_user.email)
    assert first.subject == f"Action item due on Jan. 17, 2030: {due.description_en}"
    assert second.subject == f"Action item due on Jan. 18, 2030: {later.description_en}"


def test_the_reporting_deadline_reminds_cochairs_of_groups_without_an_update_at_14_and_3_days(
    sent, council, cochair_group, other_group, cochair_user
):
    _prefer(cochair_user, "fr")
    other_cochair = factories.PersonFactory(preferred_language="en")
    seat = factories.CochairSeatFactory(working_group=other_group, number=1)
    factories.CochairTermFactory(seat=seat, person=other_cochair, start_date=datetime.date(2019, 1, 1))
    # The other group submitted its update: its co-chair is not reminded.
    StatusUpdate.objects.create(
        working_group=other_group,
        period_label_en="P",
        period_label_fr="P",
        period_start=datetime.date(2029, 1, 1),
        period_end=datetime.date(2029, 12, 1),
        rag="green",
        state=StatusUpdate.State.SUBMITTED,
        submitted_at=timezone.now(),
    )
    deadline = datetime.date(2030, 3, 1)
    meeting = MeetingFactory(council=council, start=at(datetime.date(2030, 3, 15)), status="planned", reporting_deadline=deadline)

    assert sent(notify.reporting_deadlines_remind, today=deadline - datetime.timedelta(days=15)) == 0
    assert sent(notify.reporting_deadlines_remind, today=deadline - datetime.timedelta(days=14)) == 1
    assert sent(notify.reporting_deadlines_remind, today=deadline - datetime.timedelta(days=10)) == 0
    assert sent(notify.reporting_deadlines_remind, today=deadline - datetime.timedelta(days=3)) == 1

    first, second = _by_address(cochair_user.email)
    assert first.subject == f"Mise à jour de l'état attendue le 1 mars 2030 pour CM – {meeting.title_fr} : Notification de décès"
    assert "dans 14 jours" in first.body and "dans 3 jours" in second.body
    assert _by_address(other_cochair.email) == []


def test_the_deadline_reminder_is_mandatory_and_arrives_even_when_messages_are_off(sent, council, cochair_group, cochair_user):
    _prefer(cochair_user, "en", Preference.Delivery.NONE)
    deadline = datetime.date(2030, 3, 1)
    MeetingFactory(council=council, start=at(datetime.date(2030, 3, 15)), status="planned", reporting_deadline=deadline)
    sent(notify.reporting_deadlines_remind, today=deadline - datetime.timedelta(days=3))
    assert len(_by_address(cochair_user.email)) == 1


def test_a_person_who_chose_no_messages_gets_none_but_the_message_is_recorded(sent, update, secretariat_user, cochair_user):
    _prefer(secretariat_user, "en", Preference.Delivery.NONE)
    sent(statusupdate_submit, update=update, expected_version=update.version, by=cochair_user)
    assert mail.outbox == []
    record = Notification.objects.get(email=secretariat_user.email)
    assert (record.delivery, record.status) == ("none", "skipped")


def test_the_daily_digest_groups_the_waiting_messages_in_one_email(sent, council, cochair_group, cochair_user, secretariat_user):
    _prefer(cochair_user, "fr", Preference.Delivery.DIGEST)
    meeting = MeetingFactory(council=council)
    for day in (3, 5):
        ActionItemFactory(meeting=meeting, owner_group=cochair_group, due_date=datetime.date(2030, 1, 10 + day))
    sent(notify.action_items_remind_due, today=datetime.date(2030, 1, 10))
    update = StatusUpdate.objects.create(
        working_group=cochair_group,
        period_label_en="P1",
        period_label_fr="P1",
        period_start=datetime.date(2029, 1, 1),
        period_end=datetime.date(2029, 6, 1),
        rag="green",
        state=StatusUpdate.State.SUBMITTED,
    )
    sent(statusupdate_approve, update=update, expected_version=update.version, by=secretariat_user)
    assert _by_address(cochair_user.email) == []

    assert sent(send_digests.delay).get() == 1

    [digest] = _by_address(cochair_user.email)
    assert digest.subject == "Portail des Conseils mixtes : votre résumé quotidien"
    assert "3 messages" in digest.body
    # Grouped by kind: each kind's heading once, its messages under it.
    assert digest.body.count("Une mesure de suivi arrive à échéance dans 7 jours") == 1
    assert digest.body.count("Une mise à jour de l'état est approuvée") == 1
    assert digest.body.index("Une mesure de suivi") < digest.body.index("Une mise à jour de l'état est approuvée")
    items = Notification.objects.filter(recipient=cochair_user).exclude(event="digest")
    assert {item.status for item in items} == {"sent"}
    assert {item.digest_id for item in items} == {Notification.objects.get(event="digest").pk}
    # Nothing waits any more: a second run sends nothing.
    assert sent(send_digests.delay).get() == 0


def test_a_failing_mail_server_is_recorded_as_failed_after_the_retries(settings, sent, update, cochair_user, secretariat_user):
    settings.EMAIL_BACKEND = "tests.notifications.failing_backend.EmailBackend"
    sent(statusupdate_submit, update=update, expected_version=update.version, by=cochair_user)
    record = Notification.objects.get(email=secretariat_user.email)
    # In eager mode there is no retry: the one attempt fails and the record says why.
    assert record.status == "failed"
    assert "SMTPServerDisconnected" in record.error
    assert record.attempts == 1


def test_delivery_is_idempotent(sent, update, cochair_user, secretariat_user):
    sent(statusupdate_submit, update=update, expected_version=update.version, by=cochair_user)
    record = Notification.objects.get(email=secretariat_user.email)
    deliver.delay(record.pk)
    assert len(_by_address(secretariat_user.email)) == 1


def test_notification_send_is_a_service_other_apps_can_call(sent, secretariat_user, member_user):
    """The documented entry point: users or people, an event, a context, a link; reminders once per key."""
    meeting = MeetingFactory(title_en="JC meeting", title_fr="Réunion des CM")
    _prefer(member_user, "fr")

    created = sent(
        services.notification_send,
        recipients=[member_user, member_user],
        event="pack_ready",
        context={"meeting": meeting, "date": meeting.date},
        url=f"/en/meetings/{meeting.pk}/",
        dedupe_key="k1",
    )
    again = sent(
        services.notification_send,
        recipients=[member_user],
        event="pack_ready",
        context={"meeting": meeting, "date": meeting.date},
        url=f"/en/meetings/{meeting.pk}/",
        dedupe_key="k1",
    )

    assert len(created) == 1 and again == []
    [message] = mail.outbox
    assert message.subject.startswith("Trousse d'information prête : ") and message.subject.endswith("Réunion des CM")
    assert f"http://portal.test/fr/meetings/{meeting.pk}/" in message.body


def test_email_settings_come_from_email_url():
    from jointcouncils.settings.base import email_settings

    smtp = email_settings("smtp://user%40x:p%2Fw@mail.example.ca:587?tls=1")
    assert smtp["EMAIL_BACKEND"].endswith("smtp.EmailBackend")
    assert (smtp["EMAIL_HOST"], smtp["EMAIL_PORT"], smtp["EMAIL_HOST_USER"], smtp["EMAIL_HOST_PASSWORD"]) == (
        "mail.example.ca",
        587,
        "user@x",
        "p/w",
    )
    assert smtp["EMAIL_USE_TLS"] is True
    assert email_settings("console://")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    assert settings.EMAIL_BACKEND.endswith("locmem.EmailBackend")
    with pytest.raises(Exception, match="unknown scheme"):
        email_settings("carrier-pigeon://")


def test_the_send_is_not_recorded_when_the_change_is_rolled_back(update, cochair_user, secretariat_user, eager_celery):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
        raise RuntimeError
    assert Notification.objects.count() == 0
    assert mail.outbox == []
