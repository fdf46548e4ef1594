"""Respondents are written to through the portal's notifications: in their language, recorded, the personal link
in the message; in anonymous mode, the record of messages says nothing of anyone's answers."""

from django.core import mail

from consultations.models import AnonymousAnswer, AnonymousSubmission, Respondent
from consultations.services import answers_submit, consultation_remind, consultation_send
from notifications.models import Notification, Preference
from notifications.services import preference_get
from tests import factories


def _send(capture, function, **kwargs):
    with capture(execute=True):
        return function(**kwargs)


def test_a_french_respondent_gets_the_french_invitation_and_it_is_recorded(survey, eager, django_capture_on_commit_callbacks):
    _send(django_capture_on_commit_callbacks, consultation_send, consultation=survey, by=None, reason="sent")

    french = next(m for m in mail.outbox if m.to == ["elise@example.org"])
    assert french.subject == "Consultation : Consultation des membres 2021"
    assert "Le secrétariat des conseils mixtes vous invite à répondre à la consultation « Consultation des membres 2021 »" in (
        french.body
    )
    assert french.extra_headers["Content-Language"] == "fr"
    record = Notification.objects.get(email="elise@example.org")
    assert (record.event, record.language, record.status, record.mandatory) == ("consultation_invitation", "fr", "sent", True)
    assert record.subject == french.subject and record.body == french.body
    # The personal link, in the respondent's language, is the message's link.
    assert "/fr/consultations/answer/" in record.url and record.url in french.body
    english = Notification.objects.get(email="john@example.org")
    assert (english.language, english.subject) == ("en", "Consultation: Member consultation 2021")


def test_an_invitation_reaches_a_respondent_whose_account_chose_no_messages(survey, eager, django_capture_on_commit_callbacks):
    john = survey.respondents.get(person__given_name="John").person
    john.user = factories.UserFactory(username="john", email="john@example.org")
    john.save(update_fields=["user"])
    preference = preference_get(user=john.user)
    preference.delivery = Preference.Delivery.NONE
    preference.save()

    _send(django_capture_on_commit_callbacks, consultation_send, consultation=survey, by=None, reason="sent")

    assert sorted(m.to[0] for m in mail.outbox) == ["elise@example.org", "john@example.org"]
    record = Notification.objects.get(email="john@example.org")
    assert (record.recipient, record.delivery, record.status) == (john.user, "immediate", "sent")


def test_in_anonymous_mode_the_record_of_messages_says_nothing_of_the_answers(
    anonymous_survey, eager, django_capture_on_commit_callbacks
):
    _send(django_capture_on_commit_callbacks, consultation_send, consultation=anonymous_survey, by=None, reason="sent")
    ana = anonymous_survey.respondents.get(person__given_name="Ana")
    question = ana.question_set.questions.get(key="value")
    before = Notification.objects.count()
    answers_submit(respondent=ana, values={question.pk: "Moins de réunions, plus de suivi."}, by=None)
    # Answering writes no message, so no message's time or address stands beside the answers.
    assert Notification.objects.count() == before == 3

    mail.outbox.clear()
    assert _send(django_capture_on_commit_callbacks, consultation_remind, consultation=anonymous_survey, by=None, reason="r") == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["ben@example.org", "cai@example.org"]

    submission = AnonymousSubmission.objects.get(consultation=anonymous_survey)
    answer_ids = {str(a.id) for a in AnonymousAnswer.objects.filter(submission=submission)}
    for record in Notification.objects.all():
        text = " ".join([record.subject, record.body, record.url, record.dedupe_key, record.error])
        assert "Moins de réunions" not in text
        assert str(submission.id) not in text
        assert not any(answer_id in text for answer_id in answer_ids)
    assert Respondent.objects.get(pk=ana.pk).has_answered
