"""Writes of the consultations app: question sets and their versions, sending and reminding, answers (named or
anonymous), coding excerpts into themes, and the strategic plan's narrative sections."""

import datetime

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jointcouncils.services import record_save
from notifications import events
from notifications.services import Recipient, notification_send, recipient_for
from priorities.models import Priority

from .models import (
    AnonymousAnswer,
    AnonymousSubmission,
    Answer,
    Consultation,
    Excerpt,
    PlanPeriod,
    PlanSection,
    Question,
    QuestionSet,
    Respondent,
    Theme,
)

TOKEN_SALT = "consultations.survey-link"  # noqa: S105 - the name of a signing salt, not a secret


class LinkError(Exception):
    """A survey link that does not open: expired, altered, withdrawn or for someone else."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


# Personal links ----------------------------------------------------------------------------------------------------


def survey_token(*, respondent: Respondent, expires_at: datetime.datetime | None = None) -> str:
    """A signed token for one respondent's link; it carries its expiry and the respondent's current secret."""
    if expires_at is None:
        expires_at = timezone.now() + datetime.timedelta(days=settings.CONSULTATION_LINK_DAYS)
    payload = {"r": str(respondent.public_id), "s": respondent.token_secret, "e": int(expires_at.timestamp())}
    return signing.dumps(payload, salt=TOKEN_SALT, compress=True)


def survey_link(*, respondent: Respondent, expires_at: datetime.datetime | None = None) -> str:
    """The absolute personal link, in the respondent's language."""
    with translation.override(respondent.language):
        path = reverse(
            "consultations:answer", args=[respondent.public_id, survey_token(respondent=respondent, expires_at=expires_at)]
        )
    return settings.PORTAL_BASE_URL + path


def respondent_from_token(*, public_id, token: str) -> Respondent:
    """The respondent a link is for, or LinkError (altered, expired, withdrawn, or another respondent's)."""
    try:
        payload = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature as exc:
        raise LinkError(
            _("This link is not valid. Use the link from your invitation, or ask the secretariat for a new one.")
        ) from exc
    if payload.get("r") != str(public_id):
        raise LinkError(_("This link belongs to someone else. Use the link from your own invitation."))
    if payload.get("e", 0) < timezone.now().timestamp():
        raise LinkError(_("This link has expired. Ask the secretariat for a new one."))
    respondent = Respondent.objects.select_related("consultation", "question_set").filter(public_id=public_id).first()
    if respondent is None or respondent.token_secret != payload.get("s"):
        raise LinkError(_("This link was withdrawn. Ask the secretariat for a new one."))
    return respondent


# Question sets -----------------------------------------------------------------------------------------------------


def questionset_new_version(*, question_set: QuestionSet, by, reason: str) -> QuestionSet:
    """A new version of a guide with a copy of its questions (same keys), for changes after answers came in."""
    with transaction.atomic():
        latest = (
            QuestionSet.objects.filter(consultation=question_set.consultation, key=question_set.key).order_by("-number").first()
        )
        skip = {"id", "number", "version", "created_at", "updated_at"}
        fields = {f.attname: getattr(question_set, f.attname) for f in QuestionSet._meta.concrete_fields if f.attname not in skip}
        new = QuestionSet(**fields, number=latest.number + 1)
        record_save(instance=new, by=by, reason=reason)
        for question in question_set.questions.all():
            skip = {"id", "question_set_id", "created_at", "updated_at", "version"}
            values = {f.attname: getattr(question, f.attname) for f in Question._meta.concrete_fields if f.attname not in skip}
            record_save(instance=Question(question_set=new, **values), by=by, reason=reason)
    return new


def question_add(*, question: Question, by, reason: str) -> Question:
    """Add a question; a version that has answers is frozen (make a new version instead)."""
    if question.question_set.is_answered():
        raise ValidationError(_("This version already has answers; make a new version of the question set to change it."))
    return record_save(instance=question, by=by, reason=reason)


# Sending and reminding ---------------------------------------------------------------------------------------------


def respondent_recipient(respondent: Respondent) -> Recipient | None:
    """Where to write to a respondent: their person's address (their account's when they have one), in the
    respondent's language, which is also the language of their survey page; None when there is no address."""
    if not respondent.person_id:
        return None
    found = recipient_for(respondent.person)
    if found is None:
        return None
    return Recipient(email=found.email, language=respondent.language, name=found.name, user=found.user)


def respondent_notify(*, respondent: Respondent, reminder: bool) -> bool:
    """The one place a respondent is written to: an invitation or a reminder with their personal link, through the
    portal's notifications (recorded, sent by the mail task once the caller's transaction commits).

    The secretariat's own message: sent even to someone who chose no messages (their link is in it). It says
    nothing of any answer, so in anonymous mode too the record of messages links no respondent to an answer.
    Returns False (nothing recorded) when there is no address to write to. The callers lock the respondent's row
    and record the invitation or the reminder's round in the same transaction, so each is written once.
    """
    recipient = respondent_recipient(respondent)
    if recipient is None:
        return False
    consultation = respondent.consultation
    event = events.CONSULTATION_REMINDER if reminder else events.CONSULTATION_INVITATION
    notification_send(
        recipients=[recipient],
        event=event.key,
        context={
            "title": getattr(consultation, f"title_{respondent.language}") or consultation.title_en,
            "expiry": timezone.localdate() + datetime.timedelta(days=settings.CONSULTATION_LINK_DAYS),
        },
        url=survey_link(respondent=respondent),
        mandatory=True,
    )
    return True


def consultation_send(*, consultation: Consultation, by, reason: str) -> Consultation:
    """Send a survey's personal links to every respondent not yet invited (once each, by a background job)."""
    from .tasks import invite_respondent

    if not consultation.can_send():
        raise ValidationError(_("A survey is sent once it has questions and at least one respondent."))
    with transaction.atomic():
        consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
        if consultation.sent_at is None:
            consultation.sent_at = timezone.now()
            record_save(instance=consultation, by=by, reason=reason, unversioned="workflow")
        for respondent_id in consultation.respondents.filter(invited_at__isnull=True).values_list("pk", flat=True):
            invite_respondent.delay_on_commit(respondent_id)
    return consultation


def consultation_remind(*, consultation: Consultation, by, reason: str) -> int:
    """One more reminder round to the respondents who have not answered; returns how many will be written to."""
    from .tasks import remind_respondent

    with transaction.atomic():
        consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
        if consultation.sent_at is None:
            raise ValidationError(_("Send the survey before reminding anyone."))
        consultation.reminder_round += 1
        record_save(instance=consultation, by=by, reason=reason, unversioned="workflow")
        pending = list(consultation.respondents.not_answered().values_list("pk", flat=True))
        for respondent_id in pending:
            remind_respondent.delay_on_commit(respondent_id, consultation.reminder_round)
    return len(pending)


def respondent_invite(*, respondent_id: int) -> bool:
    """Write the invitation once; a second run finds it sent and does nothing."""
    with transaction.atomic():
        respondent = (
            Respondent.objects.select_for_update(of=("self",)).select_related("consultation", "person").get(pk=respondent_id)
        )
        if respondent.invited_at is not None:
            return False
        if not respondent_notify(respondent=respondent, reminder=False):
            # No address on record: nothing was sent, so nothing is recorded (the page shows "not invited").
            return False
        respondent.invited_at = timezone.now()
        record_save(instance=respondent, by=None, reason="invitation sent", unversioned="workflow")
    return True


def respondent_remind(*, respondent_id: int, round_number: int) -> bool:
    """Write one reminder of a round, only to someone who has not answered; safe to run twice."""
    with transaction.atomic():
        respondent = (
            Respondent.objects.select_for_update(of=("self",)).select_related("consultation", "person").get(pk=respondent_id)
        )
        if respondent.has_answered or respondent.reminders_sent >= round_number:
            return False
        if not respondent_notify(respondent=respondent, reminder=True):
            return False
        respondent.reminders_sent = round_number
        record_save(instance=respondent, by=None, reason="reminder sent", unversioned="workflow")
    return True


# Answers -----------------------------------------------------------------------------------------------------------


def _clean_value(question: Question, raw, language: str) -> dict:
    raw = (raw or "").strip() if isinstance(raw, str) else raw
    if raw in ("", None):
        return {}
    if question.kind == Question.Kind.SCALE:
        try:
            value = int(raw)
        except (TypeError, ValueError):
            value = 0
        if not 1 <= value <= 5:
            raise ValidationError({f"q_{question.pk}": _("Choose a value from 1 to 5.")})
        return {"scale": value}
    if question.kind == Question.Kind.CHOICE:
        options = question.choice_list(language)
        if raw not in options:
            raise ValidationError({f"q_{question.pk}": _("Choose one of the options.")})
        # Stored in English so that the two languages' answers count together.
        return {"choice": question.choice_list("en")[options.index(raw)]}
    return {"text": raw}


def answers_submit(*, respondent: Respondent, values: dict[int, object], by, language: str | None = None) -> Respondent:
    """Record a respondent's answers: named, or anonymous (then nothing links them back to the respondent).

    A survey is answered once; in interview mode the secretariat may correct named answers later.
    """
    language = language or respondent.language
    with transaction.atomic():
        respondent = (
            Respondent.objects.select_for_update(of=("self",))
            .select_related("consultation", "question_set")
            .get(pk=respondent.pk)
        )
        consultation = respondent.consultation
        if respondent.has_answered and (consultation.anonymous or consultation.is_survey):
            raise ValidationError(_("These answers were already received; they cannot be changed."))
        questions = list(respondent.question_set.questions.all())
        cleaned = {}
        errors = {}
        for question in questions:
            try:
                cleaned[question] = _clean_value(question, values.get(question.pk), language)
            except ValidationError as exc:
                errors.update(exc.message_dict)
        if errors:
            raise ValidationError(errors)
        if not any(cleaned.values()):
            raise ValidationError(_("Answer at least one question."))
        if consultation.anonymous:
            submission = AnonymousSubmission.objects.create(consultation=consultation, question_set=respondent.question_set)
            for question, value in cleaned.items():
                if value:
                    answer = AnonymousAnswer(submission=submission, question=question, **value)
                    answer.full_clean()
                    answer.save()
        else:
            for question, value in cleaned.items():
                answer = Answer.objects.filter(respondent=respondent, question=question).first() or Answer(
                    respondent=respondent, question=question
                )
                answer.text, answer.choice, answer.scale = value.get("text", ""), value.get("choice", ""), value.get("scale")
                if answer.pk or value:
                    record_save(instance=answer, by=by, reason="answers recorded", unversioned="workflow")
        if not respondent.has_answered:
            # Anonymous: the day is enough to say who has answered, and the submission keeps no time at all.
            respondent.responded_at = timezone.now()
            record_save(instance=respondent, by=by, reason="answered", unversioned="workflow")
    return respondent


# Coding ------------------------------------------------------------------------------------------------------------


def excerpt_code(
    *,
    consultation: Consultation,
    passage: str,
    themes: list[Theme],
    by,
    reason: str,
    answer: Answer | None = None,
    anonymous_answer: AnonymousAnswer | None = None,
    language: str | None = None,
    translation_text: str = "",
) -> Excerpt:
    """Tag a passage of an answer with one or more themes."""
    if not themes:
        raise ValidationError({"themes": _("Choose at least one theme.")})
    passage = (passage or "").strip()
    if not passage:
        raise ValidationError({"passage": _("Select or copy the passage to code.")})
    with transaction.atomic():
        if answer is not None:
            respondent = answer.respondent
            language = language or respondent.language
            attribution = {"attribution_en": respondent.role_en or "", "attribution_fr": respondent.role_fr or ""}
        else:
            attribution = {}
        excerpt = Excerpt(
            consultation=consultation,
            answer=answer,
            anonymous_answer=anonymous_answer,
            passage=passage,
            language=language or translation.get_language()[:2],
            translation=translation_text,
            coded_by=by,
            **attribution,
        )
        record_save(instance=excerpt, by=by, reason=reason)
        excerpt.themes.set(themes)
    return excerpt


def theme_save(*, theme: Theme, priorities, outcomes, by, reason: str, expected_version: int | None = None) -> Theme:
    """Save a theme and its links to priorities and outcomes together."""
    with transaction.atomic():
        record_save(instance=theme, by=by, reason=reason, expected_version=expected_version)
        theme.priorities.set(priorities)
        theme.outcomes.set(outcomes)
    return theme


# Strategic plan ----------------------------------------------------------------------------------------------------


def planperiod_create(*, start_year: int, end_year: int, by, reason: str) -> PlanPeriod:
    """A plan period with empty narrative sections: introduction, context and one per Joint Councils priority."""
    with transaction.atomic():
        period = PlanPeriod(slug=f"{start_year}-{end_year}", start_year=start_year, end_year=end_year)
        record_save(instance=period, by=by, reason=reason)
        record_save(instance=PlanSection(period=period, kind=PlanSection.Kind.INTRODUCTION), by=by, reason=reason)
        record_save(instance=PlanSection(period=period, kind=PlanSection.Kind.CONTEXT), by=by, reason=reason)
        for priority in plan_priorities():
            record_save(
                instance=PlanSection(period=period, kind=PlanSection.Kind.PRIORITY, priority=priority), by=by, reason=reason
            )
    return period


def plan_priorities():
    """The priorities a plan covers: the Joint Councils' own (not the councils' emerging themes), active first."""
    return (
        Priority.objects.filter(kind=Priority.Kind.JC_PRIORITY).exclude(status__in=Priority.NOT_CURRENT).order_by("order", "pk")
    )


def plansection_save(
    *, section: PlanSection, body_en: str, body_fr: str, by, reason: str, expected_version: int | None = None
) -> PlanSection:
    """Edit a narrative section in both languages; refused once the period is approved."""
    with transaction.atomic():
        period = PlanPeriod.objects.select_for_update().get(pk=section.period_id)
        if period.is_locked:
            raise ValidationError(_("This plan period is approved: its narrative is locked."))
        section.body_en, section.body_fr = body_en, body_fr
        return record_save(instance=section, by=by, reason=reason, expected_version=expected_version)


def planperiod_approve(*, period: PlanPeriod, by, reason: str) -> PlanPeriod:
    """Approve a period: its narrative is locked from then on."""
    with transaction.atomic():
        period = PlanPeriod.objects.select_for_update().get(pk=period.pk)
        if period.is_locked:
            return period
        if not period.can_approve():
            raise ValidationError(_("Every narrative section needs its English and French text before the period is approved."))
        period.status = PlanPeriod.Status.APPROVED
        period.approved_by = by
        period.approved_at = timezone.now()
        return record_save(instance=period, by=by, reason=reason, unversioned="workflow")
