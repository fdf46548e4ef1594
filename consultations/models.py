"""Consultations (interviews and surveys), their versioned question sets, answers, coded excerpts, themes, and the
strategic plan's periods with their narrative sections."""

import datetime
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from councils.models import Council, Person
from jointcouncils.models import TimeStampedModel
from logicmodel.models import Outcome
from priorities.models import Priority
from workinggroups.models import WorkingGroup


class Precision(models.TextChoices):
    """How much of a date the record knows: a source that gives only a month is shown as that month."""

    DAY = "day", _("day")
    MONTH = "month", _("month")


def partial_date(value: datetime.date | None, precision: str) -> str:
    """A date written to the precision the record knows (e.g. "April 2019", never an invented day)."""
    if value is None:
        return ""
    if precision == Precision.MONTH:
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    return formats.date_format(value, "DATE_FORMAT")


class PeriodMixin(models.Model):
    """A period known to the day or only to the month."""

    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"), null=True, blank=True)
    period_precision = models.CharField(
        _("precision of the period"),
        max_length=5,
        choices=Precision.choices,
        default=Precision.DAY,
        help_text=_("Month: the source gives only the month; the day stored is the first of the month and is never shown."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.period_end and self.period_start and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end of the period cannot be before its start.")})
        if self.period_precision == Precision.MONTH:
            for name in ("period_start", "period_end"):
                value = getattr(self, name)
                if value and value.day != 1:
                    raise ValidationError({name: _("A period known to the month is stored on the first day of the month.")})

    @property
    def period_display(self) -> str:
        start = partial_date(self.period_start, self.period_precision)
        end = partial_date(self.period_end, self.period_precision)
        return f"{start} – {end}" if end and end != start else start


class Consultation(PeriodMixin, TimeStampedModel):
    """A consultation of council and working-group members: by interview or by survey, named or anonymous."""

    class Mode(models.TextChoices):
        INTERVIEW = "interview", _("interview (the secretariat types the answers)")
        SURVEY = "survey", _("survey (each respondent answers through a personal link)")

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=250)
    purpose = models.TextField(_("purpose"), blank=True)
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.SURVEY)
    anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_("Records who has answered, but keeps no link from an answer to its respondent."),
    )
    previous = models.ForeignKey(
        "self",
        verbose_name=_("previous run"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_runs",
        help_text=_("The earlier run of the same consultation; its scale questions are compared with this one's."),
    )
    sent_at = models.DateTimeField(_("invitations sent"), null=True, blank=True)
    reminder_round = models.PositiveSmallIntegerField(_("reminder rounds"), default=0)
    source = models.CharField(_("source"), max_length=250, blank=True)

    class Meta:
        ordering = ["-period_start", "slug"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("consultations:detail", args=[self.slug])

    @property
    def is_survey(self) -> bool:
        return self.mode == self.Mode.SURVEY

    def can_send(self) -> bool:
        """A survey is sent once it has a question set with questions and at least one respondent."""
        return self.is_survey and self.respondents.exists() and Question.objects.filter(question_set__consultation=self).exists()

    def clean(self):
        super().clean()
        if self.previous_id and self.previous_id == self.pk:
            raise ValidationError({"previous": _("A consultation cannot be its own previous run.")})


class QuestionSet(PeriodMixin, TimeStampedModel):
    """One version of a guide or questionnaire; a new version copies the questions, whose keys stay the same."""

    consultation = models.ForeignKey(
        Consultation, verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="question_sets"
    )
    key = models.SlugField(_("key"), max_length=60, help_text=_("Stays the same across the versions of one guide."))
    number = models.PositiveSmallIntegerField(_("version"), default=1)
    name = models.CharField(_("name"), max_length=250)
    audience = models.CharField(_("audience"), max_length=250, blank=True)
    english_is_translation = models.BooleanField(
        _("English is the secretariat's translation"),
        default=False,
        help_text=_("The questions were written in French; the English text is the secretariat's translation."),
    )
    source = models.CharField(_("source"), max_length=250, blank=True)

    class Meta:
        ordering = ["consultation", "key", "number"]
        verbose_name = _("question set")
        verbose_name_plural = _("question sets")
        constraints = [
            models.UniqueConstraint(fields=["consultation", "key", "number"], name="questionset_unique_version"),
        ]

    def __str__(self) -> str:
        return f"{self.name} (v{self.number})"

    def get_absolute_url(self) -> str:
        return reverse("consultations:detail", args=[self.consultation.slug]) + f"#set-{self.pk}"

    @property
    def is_latest(self) -> bool:
        return not QuestionSet.objects.filter(consultation_id=self.consultation_id, key=self.key, number__gt=self.number).exists()

    def is_answered(self) -> bool:
        """A version with answers is frozen: a change makes a new version, so earlier answers keep their questions."""
        return (
            Answer.objects.filter(question__question_set=self).exists()
            or AnonymousSubmission.objects.filter(question_set=self).exists()
        )


class Question(TimeStampedModel):
    """A question of a question set: its text in English and French, a kind and an order."""

    class Kind(models.TextChoices):
        TEXT = "text", _("free text")
        CHOICE = "choice", _("a choice")
        SCALE = "scale", _("a 1–5 scale")

    question_set = models.ForeignKey(
        QuestionSet, verbose_name=_("question set"), on_delete=models.CASCADE, related_name="questions"
    )
    key = models.SlugField(
        _("key"), max_length=60, help_text=_("Stays the same when a new version rewords the question: the export's column.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    section = models.CharField(_("section"), max_length=250, blank=True)
    text = models.TextField(_("question"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.TEXT)
    choices = models.TextField(_("choices"), blank=True, help_text=_("One choice a line, in the same order in both languages."))

    class Meta:
        ordering = ["question_set", "order", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(fields=["question_set", "key"], name="question_unique_key_in_set"),
        ]

    def __str__(self) -> str:
        return self.text

    def choice_list(self, language: str) -> list[str]:
        value = getattr(self, f"choices_{language}") or self.choices_en or self.choices_fr or ""
        return [line.strip() for line in value.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        if self.kind == self.Kind.CHOICE:
            en, fr = self.choice_list("en"), self.choice_list("fr")
            if len(en) < 2 or len(fr) < 2 or len(en) != len(fr):
                raise ValidationError(
                    {"choices": _("A choice question needs at least two choices, as many in English as in French.")}
                )


class RespondentQuerySet(models.QuerySet):
    def answered(self):
        return self.filter(models.Q(responded_at__isnull=False) | models.Q(answered_undated=True))

    def not_answered(self):
        return self.filter(responded_at__isnull=True, answered_undated=False)


class Respondent(TimeStampedModel):
    """Someone asked to answer, with the group or council on whose behalf they answer."""

    consultation = models.ForeignKey(
        Consultation, verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="respondents"
    )
    question_set = models.ForeignKey(
        QuestionSet, verbose_name=_("question set"), on_delete=models.PROTECT, related_name="respondents"
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="consultation_responses",
        help_text=_("Empty when the source does not name who answered."),
    )
    working_group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("on behalf of working group"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    council = models.ForeignKey(
        Council, verbose_name=_("on behalf of council"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    role = models.CharField(
        _("role"), max_length=250, blank=True, help_text=_("How quotes are attributed, e.g. working group co-chair.")
    )
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES, default="en")
    # The link that needs no login: a public id in the address, and a secret the signed token carries; a new
    # secret withdraws every link sent before.
    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    token_secret = models.CharField(max_length=64, default=secrets.token_urlsafe, editable=False)
    invited_at = models.DateTimeField(_("invited"), null=True, blank=True)
    reminders_sent = models.PositiveSmallIntegerField(_("reminders sent"), default=0)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_undated = models.BooleanField(
        _("answered (date not recorded)"), default=False, help_text=_("The record says this respondent answered, not when.")
    )
    source = models.CharField(_("source"), max_length=250, blank=True)

    objects = RespondentQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "pk"]
        verbose_name = _("respondent")
        verbose_name_plural = _("respondents")
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "person"], condition=models.Q(person__isnull=False), name="respondent_once_per_person"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        who = self.person.full_name if self.person_id else (self.role or str(_("respondent not named")))
        body = self.working_group or self.council
        return f"{who} ({body})" if body else who

    @property
    def has_answered(self) -> bool:
        return self.responded_at is not None or self.answered_undated

    @property
    def email(self) -> str:
        return self.person.email if self.person_id else ""

    def clean(self):
        super().clean()
        if self.question_set_id and self.consultation_id and self.question_set.consultation_id != self.consultation_id:
            raise ValidationError({"question_set": _("The question set belongs to another consultation.")})


class AnswerValue(models.Model):
    """What an answer holds: text, a choice or a point on the 1–5 scale."""

    text = models.TextField(_("answer"), blank=True)
    choice = models.CharField(_("choice"), max_length=250, blank=True)
    scale = models.PositiveSmallIntegerField(_("scale (1–5)"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def value(self):
        if self.scale is not None:
            return self.scale
        return self.choice or self.text

    def clean(self):
        super().clean()
        if self.scale is not None and not 1 <= self.scale <= 5:
            raise ValidationError({"scale": _("Choose a value from 1 to 5.")})


class Answer(AnswerValue, TimeStampedModel):
    """A named answer of one respondent to one question."""

    respondent = models.ForeignKey(Respondent, verbose_name=_("respondent"), on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="answers")

    class Meta:
        ordering = ["respondent", "question__order"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["respondent", "question"], name="answer_once_per_question"),
            models.CheckConstraint(
                condition=models.Q(scale__isnull=True) | models.Q(scale__range=(1, 5)), name="answer_scale_1_5"
            ),
        ]

    def __str__(self) -> str:
        return str(self.value)


class AnonymousSubmission(models.Model):
    """One anonymous set of answers. By design it holds nothing that leads back to a respondent: a random id, no
    time, no person, no user, no history; the respondent's row only records that they have answered."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    consultation = models.ForeignKey(
        Consultation, verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="anonymous_submissions"
    )
    question_set = models.ForeignKey(QuestionSet, verbose_name=_("question set"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("anonymous submission")
        verbose_name_plural = _("anonymous submissions")

    def __str__(self) -> str:
        return str(_("anonymous submission"))


class AnonymousAnswer(AnswerValue):
    """An answer of an anonymous submission (a random id, no time stamps)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    submission = models.ForeignKey(
        AnonymousSubmission, verbose_name=_("submission"), on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="anonymous_answers")

    class Meta:
        verbose_name = _("anonymous answer")
        verbose_name_plural = _("anonymous answers")
        constraints = [
            models.UniqueConstraint(fields=["submission", "question"], name="anonymousanswer_once_per_question"),
            models.CheckConstraint(
                condition=models.Q(scale__isnull=True) | models.Q(scale__range=(1, 5)), name="anonymousanswer_scale_1_5"
            ),
        ]

    def __str__(self) -> str:
        return str(self.value)


class Theme(TimeStampedModel):
    """A theme (or a challenge) that coded excerpts illustrate; it links to priorities and logic-model outcomes."""

    class Kind(models.TextChoices):
        THEME = "theme", _("key theme")
        CHALLENGE = "challenge", _("challenge")

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.THEME)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    consultation = models.ForeignKey(
        Consultation, verbose_name=_("consultation"), on_delete=models.SET_NULL, null=True, blank=True, related_name="themes"
    )
    priorities = models.ManyToManyField(Priority, verbose_name=_("priorities"), blank=True, related_name="consultation_themes")
    outcomes = models.ManyToManyField(
        Outcome, verbose_name=_("logic-model outcomes"), blank=True, related_name="consultation_themes"
    )
    source = models.CharField(_("source"), max_length=250, blank=True)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name


class Excerpt(TimeStampedModel):
    """A passage of an answer (or a quote a source gives) coded into one or more themes."""

    consultation = models.ForeignKey(
        Consultation, verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="excerpts"
    )
    answer = models.ForeignKey(
        Answer, verbose_name=_("answer"), on_delete=models.CASCADE, null=True, blank=True, related_name="excerpts"
    )
    anonymous_answer = models.ForeignKey(
        AnonymousAnswer,
        verbose_name=_("anonymous answer"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="excerpts",
    )
    passage = models.TextField(_("passage"), help_text=_("The words as said or written, in their language."))
    language = models.CharField(_("language of the passage"), max_length=2, choices=settings.LANGUAGES)
    translation = models.TextField(
        _("translation"), blank=True, help_text=_("The secretariat's translation into the other official language.")
    )
    attribution = models.CharField(
        _("attribution"),
        max_length=250,
        blank=True,
        help_text=_("Only as far as the record attributes it, by role, not by name."),
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), related_name="excerpts")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    coded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("coded by"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source = models.CharField(_("source"), max_length=250, blank=True)

    class Meta:
        ordering = ["consultation", "order", "pk"]
        verbose_name = _("excerpt")
        verbose_name_plural = _("excerpts")
        constraints = [
            models.CheckConstraint(
                condition=~(models.Q(answer__isnull=False) & models.Q(anonymous_answer__isnull=False)),
                name="excerpt_one_answer_at_most",
            ),
        ]

    def __str__(self) -> str:
        return self.passage[:80]

    @property
    def respondent(self) -> Respondent | None:
        return self.answer.respondent if self.answer_id else None

    def text_in(self, language: str) -> tuple[str, bool]:
        """The passage as read in a language, and whether it is the secretariat's translation."""
        if self.language == language or not self.translation:
            return self.passage, False
        return self.translation, True

    def clean(self):
        super().clean()
        source_text = self.answer.text if self.answer_id else (self.anonymous_answer.text if self.anonymous_answer_id else None)
        if source_text is not None and self.passage and self.passage not in source_text:
            raise ValidationError({"passage": _("The passage must be copied exactly from the answer.")})


class PlanPeriod(TimeStampedModel):
    """A period of the Joint Councils strategic plan (e.g. 2020-2023); approved by the secretariat, then locked."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        APPROVED = "approved", _("approved")

    slug = models.SlugField(_("period"), max_length=20, unique=True, help_text=_("e.g. 2020-2023"))
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)

    class Meta:
        ordering = ["-start_year"]
        verbose_name = _("strategic plan period")
        verbose_name_plural = _("strategic plan periods")

    def __str__(self) -> str:
        return f"{self.start_year}–{self.end_year}"

    def get_absolute_url(self) -> str:
        return reverse("consultations:plan_period", args=[self.slug])

    @property
    def is_locked(self) -> bool:
        return self.status == self.Status.APPROVED

    def can_approve(self) -> bool:
        """Approval locks the narrative: every section must then read in both languages."""
        return not self.is_locked and all(s.body_en and s.body_fr for s in self.sections.all())

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year cannot be before the first year.")})


class PlanSection(TimeStampedModel):
    """A narrative section of a plan period (introduction, context or one priority's narrative), in both languages."""

    class Kind(models.TextChoices):
        INTRODUCTION = "introduction", _("introduction")
        CONTEXT = "context", _("context")
        PRIORITY = "priority", _("priority narrative")

    period = models.ForeignKey(PlanPeriod, verbose_name=_("plan period"), on_delete=models.CASCADE, related_name="sections")
    kind = models.CharField(_("section"), max_length=20, choices=Kind.choices)
    priority = models.ForeignKey(
        Priority, verbose_name=_("priority"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    body = models.TextField(_("text"), blank=True)

    class Meta:
        ordering = ["period", "kind", "priority__order"]
        verbose_name = _("plan section")
        verbose_name_plural = _("plan sections")
        constraints = [
            models.UniqueConstraint(fields=["period", "kind", "priority"], name="plansection_unique", nulls_distinct=False),
            models.CheckConstraint(
                condition=(
                    models.Q(kind="priority", priority__isnull=False)
                    | (~models.Q(kind="priority") & models.Q(priority__isnull=True))
                ),
                name="plansection_priority_only_for_priority_kind",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.period} – {self.get_kind_display()}" + (f" – {self.priority}" if self.priority_id else "")

    def get_absolute_url(self) -> str:
        return reverse("consultations:plan_section_edit", args=[self.period.slug, self.pk])
