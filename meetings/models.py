"""Meetings of the councils, their agendas, attendance, decisions and action items ("next steps")."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from councils.models import Council, Organisation, Person
from jointcouncils import roles
from jointcouncils.models import TimeStampedModel
from jointcouncils.provenance import ProvenanceModel, precision_field
from logicmodel.models import Outcome
from priorities.models import Priority
from workinggroups.models import StatusUpdate, WorkingGroup


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self if roles.is_reader(user) else self.none()


class Meeting(ProvenanceModel, TimeStampedModel):
    """A meeting of one council (or of the Joint Councils), in person or virtual."""

    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("meeting status", "planned")
        HELD = "held", pgettext_lazy("meeting status", "held")
        CANCELLED = "cancelled", pgettext_lazy("meeting status", "cancelled")

    council = models.ForeignKey(Council, verbose_name=_("council"), on_delete=models.PROTECT, related_name="meetings")
    title = models.CharField(_("title"), max_length=250)
    start = models.DateTimeField(_("start"))
    start_precision = precision_field(_("precision of the date"))
    end = models.DateTimeField(_("end"), null=True, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    venue = models.CharField(_("venue"), max_length=250, blank=True)
    is_virtual = models.BooleanField(_("virtual meeting"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED, db_index=True)
    objectives = models.TextField(_("objectives"), blank=True)
    context = models.TextField(_("context"), blank=True)
    source = models.CharField(_("source"), max_length=250, blank=True)
    reporting_deadline = models.DateField(
        _("status updates due by"),
        null=True,
        blank=True,
        help_text=_(
            "The working groups' status updates are due by this date. Co-chairs of groups without a submitted update "
            "are reminded 14 and 3 days before it."
        ),
    )

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-start"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")), name="meeting_end_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.council} – {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", args=[self.pk])

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The meeting cannot end before it starts.")})
        self.clean_deadline()

    @property
    def date(self) -> datetime.date:
        return timezone.localtime(self.start).date()

    @property
    def place(self) -> str:
        """Venue and city, or "virtual"; empty when the record has neither."""
        parts = [part for part in (self.venue, self.city) if part]
        if self.is_virtual and not parts:
            return str(_("virtual meeting"))
        return ", ".join(parts)

    def clean_deadline(self):
        """The deadline falls on or before the meeting's day."""
        if self.reporting_deadline and self.start and self.reporting_deadline > timezone.localtime(self.start).date():
            raise ValidationError({"reporting_deadline": _("Updates must be due on or before the day of the meeting.")})

    def reporting_groups(self):
        """The working groups that report to this meeting's council (on the meeting's day), active ones only."""
        return (
            WorkingGroup.objects.reporting_to(self.council, on=self.date)
            .filter(status=WorkingGroup.Status.ACTIVE)
            .order_by("name_en")
        )

    def groups_without_update(self):
        """Groups reporting to the council with no update submitted since the council's previous meeting.

        An update counts when it is submitted or approved; a draft or a returned one does not.
        """
        previous = self.previous_meeting()
        submitted = StatusUpdate.objects.filter(
            working_group=models.OuterRef("pk"),
            state__in=[StatusUpdate.State.SUBMITTED, StatusUpdate.State.APPROVED],
        )
        if previous is not None:
            submitted = submitted.filter(submitted_at__gt=previous.start)
        return self.reporting_groups().annotate(has_update=models.Exists(submitted)).filter(has_update=False)

    def previous_meeting(self):
        """The council's meeting just before this one (held or planned, not cancelled)."""
        return (
            Meeting.objects.filter(council_id=self.council_id, start__lt=self.start)
            .exclude(status=Meeting.Status.CANCELLED)
            .order_by("-start")
            .first()
        )

    def carried_forward_action_items(self):
        """Action items raised at earlier meetings of the same council still open at this meeting's start.

        An item closed after this meeting still shows here: it was open when the meeting took place.
        """
        return (
            ActionItem.objects.filter(meeting__council_id=self.council_id, meeting__start__lt=self.start)
            .filter(models.Q(closed_on__isnull=True) | models.Q(closed_on__gte=self.date))
            .exclude(status=ActionItem.Status.DROPPED, closed_on__isnull=True)
            .select_related("meeting", "owner_person", "owner_organisation", "owner_group", "owner_council")
            .order_by("due_date", "pk")
        )


class Attendance(TimeStampedModel):
    """Who attended a meeting, on behalf of whom, or sent regrets."""

    class Status(models.TextChoices):
        PRESENT = "present", _("present")
        REGRETS = "regrets", _("regrets")
        REPRESENTED = "represented", _("represented")

    meeting = models.ForeignKey(Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="attendance")
    on_behalf_of = models.ForeignKey(
        Organisation, verbose_name=_("on behalf of"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    status = models.CharField(_("attendance"), max_length=20, choices=Status.choices, default=Status.PRESENT)
    represented_by = models.ForeignKey(
        Person,
        verbose_name=_("represented by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Who sat in for this member."),
    )
    is_guest = models.BooleanField(_("guest"), default=False, help_text=_("Invited to this meeting; not on the roster."))

    class Meta:
        ordering = ["meeting", "person"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="attendance_once_per_meeting")]

    def __str__(self) -> str:
        return f"{self.person} – {self.meeting} ({self.get_status_display()})"

    def clean(self):
        super().clean()
        if self.status == self.Status.REPRESENTED and not self.represented_by_id:
            raise ValidationError({"represented_by": _("Say who represented %(person)s.") % {"person": self.person}})
        if self.status != self.Status.REPRESENTED and self.represented_by_id:
            raise ValidationError({"represented_by": _("Only a represented member has someone sitting in for them.")})
        if self.represented_by_id and self.represented_by_id == self.person_id:
            raise ValidationError({"represented_by": _("A member cannot represent themselves.")})

    @property
    def organisation(self):
        return self.on_behalf_of or self.person.organisation


class AgendaItem(ProvenanceModel, TimeStampedModel):
    """One item of a meeting's agenda, in order."""

    class Purpose(models.TextChoices):
        INFORMATION = "information", _("for information")
        DISCUSSION = "discussion", _("for discussion")
        DECISION = "decision", _("for decision")

    meeting = models.ForeignKey(Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="agenda_items")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=250)
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices, default=Purpose.INFORMATION)
    objectives = models.TextField(_("objectives"), blank=True)
    context = models.TextField(_("context"), blank=True)
    discussion_questions = models.TextField(_("discussion questions"), blank=True, help_text=_("One question per line."))
    decision_sought = models.TextField(_("decision sought"), blank=True)
    presenter = models.ForeignKey(
        Person, verbose_name=_("presenter"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    presenter_note = models.CharField(_("presenter (in words)"), max_length=250, blank=True)
    minutes = models.PositiveSmallIntegerField(_("time allotted (minutes)"), null=True, blank=True)
    priorities = models.ManyToManyField(Priority, verbose_name=_("priorities"), blank=True, related_name="agenda_items")
    working_groups = models.ManyToManyField(
        WorkingGroup, verbose_name=_("working groups"), blank=True, related_name="agenda_items"
    )
    outcomes = models.ManyToManyField(Outcome, verbose_name=_("outcomes"), blank=True, related_name="agenda_items")

    class Meta:
        ordering = ["meeting", "order", "pk"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self) -> str:
        return self.title

    @property
    def question_list(self) -> list[str]:
        return [line.strip(" •-\t") for line in (self.discussion_questions or "").splitlines() if line.strip(" •-\t")]


def attachment_path(instance, filename: str) -> str:
    # Files are stored under their checksum, never under a name a user chose.
    return f"attachments/{instance.sha256[:2]}/{instance.sha256}"


class Attachment(TimeStampedModel):
    """A PDF, DOCX or XLSX attached to an agenda item; its type is checked by content, its checksum kept."""

    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "DOCX"
        XLSX = "xlsx", "XLSX"

    agenda_item = models.ForeignKey(
        AgendaItem, verbose_name=_("agenda item"), on_delete=models.CASCADE, related_name="attachments"
    )
    title = models.CharField(_("title"), max_length=250)
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=250)
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices)
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["agenda_item", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.title


class Decision(ProvenanceModel, TimeStampedModel):
    """A decision taken at a meeting, on an agenda item, with its result and optional vote tally."""

    class Result(models.TextChoices):
        APPROVED = "approved", _("approved")
        NOT_APPROVED = "not_approved", _("not approved")
        DEFERRED = "deferred", _("deferred")

    meeting = models.ForeignKey(Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="decisions")
    agenda_item = models.ForeignKey(
        AgendaItem, verbose_name=_("agenda item"), on_delete=models.SET_NULL, null=True, blank=True, related_name="decisions"
    )
    text = models.TextField(_("decision"))
    decided_on = models.DateField(_("date"))
    decided_on_precision = precision_field(_("precision of the date"))
    result = models.CharField(_("result"), max_length=20, choices=Result.choices, default=Result.APPROVED)
    votes_for = models.PositiveSmallIntegerField(_("votes for"), null=True, blank=True)
    votes_against = models.PositiveSmallIntegerField(_("votes against"), null=True, blank=True)
    abstentions = models.PositiveSmallIntegerField(_("abstentions"), null=True, blank=True)
    priorities = models.ManyToManyField(Priority, verbose_name=_("priorities"), blank=True, related_name="decisions")

    class Meta:
        ordering = ["meeting", "decided_on", "pk"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return self.text[:80]


class ActionItemQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=[ActionItem.Status.OPEN, ActionItem.Status.IN_PROGRESS])

    def overdue(self, today: datetime.date | None = None):
        today = today or timezone.localdate()
        return self.open().filter(due_date__lt=today)


class ActionItem(ProvenanceModel, TimeStampedModel):
    """A next step from a meeting, owned by a person, a working group or a council, followed until closed."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        IN_PROGRESS = "in_progress", _("in progress")
        DONE = "done", _("done")
        DROPPED = "dropped", _("dropped")

    meeting = models.ForeignKey(Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="action_items")
    agenda_item = models.ForeignKey(
        AgendaItem, verbose_name=_("agenda item"), on_delete=models.SET_NULL, null=True, blank=True, related_name="action_items"
    )
    description = models.TextField(_("description"))
    owner_person = models.ForeignKey(
        Person, verbose_name=_("owner (person)"), on_delete=models.PROTECT, null=True, blank=True, related_name="action_items"
    )
    owner_group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("owner (working group)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="action_items",
    )
    owner_council = models.ForeignKey(
        Council, verbose_name=_("owner (council)"), on_delete=models.PROTECT, null=True, blank=True, related_name="action_items"
    )
    owner_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("owner (organisation)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="action_items",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN, db_index=True)
    closing_note = models.TextField(_("closing note"), blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        owner_person__isnull=False,
                        owner_organisation__isnull=True,
                        owner_group__isnull=True,
                        owner_council__isnull=True,
                    )
                    | models.Q(
                        owner_person__isnull=True,
                        owner_organisation__isnull=False,
                        owner_group__isnull=True,
                        owner_council__isnull=True,
                    )
                    | models.Q(
                        owner_person__isnull=True,
                        owner_organisation__isnull=True,
                        owner_group__isnull=False,
                        owner_council__isnull=True,
                    )
                    | models.Q(
                        owner_person__isnull=True,
                        owner_organisation__isnull=True,
                        owner_group__isnull=True,
                        owner_council__isnull=False,
                    )
                ),
                name="actionitem_exactly_one_owner",
            ),
        ]

    def __str__(self) -> str:
        return self.description[:80]

    def clean(self):
        super().clean()
        owners = [self.owner_person_id, self.owner_organisation_id, self.owner_group_id, self.owner_council_id]
        if sum(1 for owner in owners if owner) != 1:
            raise ValidationError(
                _("An action item has exactly one owner: a person, an organisation, a working group or a council.")
            )
        if self.status in {self.Status.DONE, self.Status.DROPPED} and not self.closing_note:
            raise ValidationError({"closing_note": _("Say how the action item was closed.")})

    @property
    def owner(self):
        return self.owner_person or self.owner_organisation or self.owner_group or self.owner_council

    @property
    def is_open(self) -> bool:
        return self.status in {self.Status.OPEN, self.Status.IN_PROGRESS}

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.is_open and self.due_date is not None and self.due_date < today
