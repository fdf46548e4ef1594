"""Working groups, the councils they report to, co-chair seats and terms, and members."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from councils.models import Council, Jurisdiction, Organisation, Person
from jointcouncils import roles
from jointcouncils.models import DatedModel, TimeStampedModel, end_after_start_constraint
from jointcouncils.provenance import ProvenanceModel, partial_date, precision_field

MAX_COCHAIR_SEATS = 3
TERM_ENDING_SOON_DAYS = 90


class WorkingGroupQuerySet(models.QuerySet):
    """Scoped and annotated reads of working groups."""

    def visible_to(self, user):
        """Every role reads every group; an outsider reads none."""
        return self if roles.is_reader(user) else self.none()

    def with_structure(self):
        """Prefetch what the list and detail pages show, in a fixed number of queries."""
        return self.prefetch_related(
            models.Prefetch(
                "reporting_lines",
                queryset=ReportingLine.objects.select_related("council").order_by("-start_date"),
            ),
            models.Prefetch(
                "seats",
                queryset=CochairSeat.objects.order_by("number").prefetch_related(
                    models.Prefetch(
                        "terms",
                        queryset=CochairTerm.objects.select_related(
                            "person__organisation__jurisdiction", "organisation__jurisdiction", "on_behalf_of__jurisdiction"
                        )
                        .prefetch_related("person__council_memberships")
                        .order_by("-start_date"),
                    )
                ),
            ),
        )

    def reporting_to(self, council, on: datetime.date | None = None):
        """Groups whose reporting line on the given day (today by default) is to the council."""
        on = on or timezone.localdate()
        return self.filter(
            models.Q(reporting_lines__start_date__lte=on) | models.Q(reporting_lines__start_date__isnull=True),
            models.Q(reporting_lines__end_date__gte=on) | models.Q(reporting_lines__end_date__isnull=True),
            reporting_lines__council=council,
        ).distinct()


class WorkingGroup(ProvenanceModel, TimeStampedModel):
    """A working group, committee, sub-committee or community of practice of the councils."""

    class Kind(models.TextChoices):
        WORKING_GROUP = "working_group", _("working group")
        COMMITTEE = "committee", _("committee")
        SUB_COMMITTEE = "sub_committee", _("sub-committee")
        COMMUNITY_OF_PRACTICE = "community_of_practice", _("community of practice")

    class Status(models.TextChoices):
        FORMING = "forming", _("being formed")
        ACTIVE = "active", _("active")
        DORMANT = "dormant", _("dormant")
        COMPLETED = "completed", pgettext_lazy("working group status", "completed")
        DISSOLVED = "dissolved", pgettext_lazy("working group status", "dissolved")
        NOT_RECORDED = "not_recorded", pgettext_lazy("working group status", "not recorded")

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    mandate = models.TextField(_("mandate"), blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.WORKING_GROUP)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE, db_index=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    start_precision = precision_field(_("precision of the start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("When the group ended."))
    end_precision = precision_field(_("precision of the end date"))
    name_translated_language = models.CharField(
        _("name translated by the secretariat"),
        max_length=2,
        choices=[("en", _("English")), ("fr", _("French"))],
        blank=True,
        help_text=_("The language whose name the sources do not give: the secretariat translated it."),
    )
    planned_end_date = models.DateField(_("planned end date"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = WorkingGroupQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(planned_end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(planned_end_date__gte=models.F("start_date")),
                name="workinggroup_planned_end_after_start",
            ),
            # Acronyms are how people name groups; two groups with one acronym confuse everyone.
            models.UniqueConstraint(
                Lower("acronym_en"),
                condition=models.Q(acronym_en__gt=""),
                name="workinggroup_unique_acronym_en",
                violation_error_message=_("Another working group already uses this English acronym."),
            ),
            models.UniqueConstraint(
                Lower("acronym_fr"),
                condition=models.Q(acronym_fr__gt=""),
                name="workinggroup_unique_acronym_fr",
                violation_error_message=_("Another working group already uses this French acronym."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("workinggroups:detail", args=[self.slug])

    def clean(self):
        super().clean()
        if self.start_date and self.planned_end_date and self.planned_end_date < self.start_date:
            raise ValidationError({"planned_end_date": _("The planned end date cannot be before the start date.")})

    # Derived facts. They read prefetched relations (see WorkingGroupQuerySet.with_structure) so that lists
    # do not issue a query per row.
    def reporting_line_on(self, day: datetime.date | None = None):
        day = day or timezone.localdate()
        for line in self.reporting_lines.all():
            if line.is_current_on(day):
                return line
        return None

    @property
    def current_council(self):
        """The council the group reports to today."""
        line = self.reporting_line_on()
        return line.council if line else None

    def current_terms(self, day: datetime.date | None = None) -> list["CochairTerm"]:
        day = day or timezone.localdate()
        return [term for seat in self.seats.all() if (term := seat.current_term(day))]

    @property
    def vacant_seats(self) -> list["CochairSeat"]:
        return [seat for seat in self.seats.all() if seat.is_vacant]

    @property
    def member_cochair_count(self) -> int:
        return sum(1 for term in self.current_terms() if term.is_member_cochair)

    @property
    def needs_member_cochair(self) -> bool:
        """The source table greys these rows: no co-chair sits on a council (unknown when a term does not say)."""
        terms = self.current_terms()
        if any(not term.person_id and term.council_member_attested is None for term in terms):
            return False
        return self.member_cochair_count == 0

    @property
    def terms_ending_soon(self) -> list["CochairTerm"]:
        return [term for term in self.current_terms() if term.ends_within(TERM_ENDING_SOON_DAYS)]


class ReportingLine(ProvenanceModel, DatedModel, TimeStampedModel):
    """The council a group reports to over a period (a group can move, as Service to Business did in 2020)."""

    working_group = models.ForeignKey(
        WorkingGroup, verbose_name=_("working group"), on_delete=models.CASCADE, related_name="reporting_lines"
    )
    council = models.ForeignKey(Council, verbose_name=_("council"), on_delete=models.PROTECT, related_name="reporting_lines")
    note = models.CharField(_("note"), max_length=250, blank=True)
    start_precision = precision_field(_("precision of the start date"))

    class Meta:
        ordering = ["working_group", "-start_date"]
        verbose_name = _("reporting line")
        verbose_name_plural = _("reporting lines")
        constraints = [end_after_start_constraint("reportingline_end_after_start")]

    def __str__(self) -> str:
        return f"{self.working_group} → {self.council}"


class CochairSeat(TimeStampedModel):
    """One of the (at most three) co-chair seats of a group; a seat with no current term is vacant."""

    working_group = models.ForeignKey(
        WorkingGroup, verbose_name=_("working group"), on_delete=models.CASCADE, related_name="seats"
    )
    number = models.PositiveSmallIntegerField(
        _("seat number"), validators=[MinValueValidator(1), MaxValueValidator(MAX_COCHAIR_SEATS)]
    )
    note = models.CharField(_("note"), max_length=250, blank=True)

    class Meta:
        ordering = ["working_group", "number"]
        verbose_name = _("co-chair seat")
        verbose_name_plural = _("co-chair seats")
        constraints = [
            # Unique numbers 1..3 per group: the database itself refuses a fourth seat.
            models.UniqueConstraint(fields=["working_group", "number"], name="cochairseat_unique_number"),
            models.CheckConstraint(
                condition=models.Q(number__gte=1) & models.Q(number__lte=MAX_COCHAIR_SEATS), name="cochairseat_number_1_to_3"
            ),
        ]

    def __str__(self) -> str:
        return _("%(group)s, seat %(number)s") % {"group": self.working_group, "number": self.number}

    def current_term(self, day: datetime.date | None = None):
        day = day or timezone.localdate()
        for term in self.terms.all():
            if term.is_current_on(day):
                return term
        return None

    @property
    def is_vacant(self) -> bool:
        return self.current_term() is None


class CochairTerm(ProvenanceModel, DatedModel, TimeStampedModel):
    """Who holds a seat over a period: a named person, or an organisation when the person is not known."""

    seat = models.ForeignKey(CochairSeat, verbose_name=_("seat"), on_delete=models.CASCADE, related_name="terms")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, null=True, blank=True, related_name="cochair_terms"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation holding the seat"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cochair_terms",
    )
    on_behalf_of = models.ForeignKey(
        Organisation,
        verbose_name=_("on behalf of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cochair_terms_on_behalf",
    )
    holder_level = models.CharField(
        _("level of a holder not recorded"),
        max_length=30,
        choices=Jurisdiction.Level.choices,
        blank=True,
        help_text=_(
            "For a seat held by someone the sources do not name: the jurisdiction level they give for the holder "
            "(“not recorded” when they give none)."
        ),
    )
    council_member_attested = models.BooleanField(
        _("recorded as a council member"),
        null=True,
        blank=True,
        default=False,
        help_text=_(
            "Only for a seat whose holder is not named: the source records the holder as a council member. "
            "For a named person this is derived from their council memberships. Empty: the source does not say."
        ),
    )
    start_precision = precision_field(_("precision of the start date"))
    source = models.CharField(_("source"), max_length=250, blank=True)

    class Meta:
        ordering = ["seat", "-start_date"]
        verbose_name = _("co-chair term")
        verbose_name_plural = _("co-chair terms")
        constraints = [
            end_after_start_constraint("cochairterm_end_after_start"),
            models.CheckConstraint(
                condition=models.Q(person__isnull=False) | models.Q(organisation__isnull=False) | ~models.Q(holder_level=""),
                name="cochairterm_has_holder",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.holder_name} – {self.seat}"

    def clean(self):
        super().clean()
        if self.person_id is None and self.organisation_id is None and not self.holder_level:
            raise ValidationError(
                _("A term needs a person, an organisation or, when the holder is not recorded, the holder's level.")
            )

    @property
    def holder_name(self) -> str:
        if self.person_id:
            return self.person.full_name
        if self.organisation_id:
            return str(self.organisation)
        if not self.holder_level:
            return ""
        if self.holder_level == Jurisdiction.Level.NOT_RECORDED:
            return gettext("held, holder not recorded")
        return gettext("held, holder not recorded (%(level)s)") % {"level": self.get_holder_level_display()}

    @property
    def holder_not_recorded(self) -> bool:
        return not self.person_id and not self.organisation_id and bool(self.holder_level)

    @property
    def level(self) -> str:
        """The jurisdiction level of the holder (Jurisdiction.Level), or "" when unknown."""
        organisation = self.holder_organisation
        if organisation is not None:
            return organisation.jurisdiction.level
        return self.holder_level

    @property
    def holder_organisation(self):
        """The organisation the co-chair speaks for: on behalf of, else the person's, else the holding one."""
        if self.on_behalf_of_id:
            return self.on_behalf_of
        if self.person_id and self.person.organisation_id:
            return self.person.organisation
        return self.organisation

    @property
    def is_member_cochair(self) -> bool:
        """A co-chair who also sits on a council over the same dates."""
        if self.person_id:
            return self.person.is_council_member_between(self.start_date, self.end_date)
        return bool(self.council_member_attested)

    def ends_within(self, days: int, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.end_date is not None and today <= self.end_date <= today + datetime.timedelta(days=days)


class WorkingGroupMember(DatedModel, TimeStampedModel):
    """A person who takes part in a group, on behalf of an organisation."""

    working_group = models.ForeignKey(
        WorkingGroup, verbose_name=_("working group"), on_delete=models.CASCADE, related_name="members"
    )
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="group_memberships")
    on_behalf_of = models.ForeignKey(
        Organisation, verbose_name=_("on behalf of"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["working_group", "person"]
        verbose_name = _("working group member")
        verbose_name_plural = _("working group members")
        constraints = [end_after_start_constraint("workinggroupmember_end_after_start")]

    def __str__(self) -> str:
        return f"{self.person} – {self.working_group}"


class Milestone(TimeStampedModel):
    """A dated step of a group's workplan, which may depend on another milestone of the same group."""

    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("milestone status", "planned")
        IN_PROGRESS = "in_progress", _("in progress")
        DONE = "done", pgettext_lazy("milestone status", "done")
        CANCELLED = "cancelled", pgettext_lazy("milestone status", "cancelled")

    working_group = models.ForeignKey(
        WorkingGroup, verbose_name=_("working group"), on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED, db_index=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    depends_on = models.ForeignKey(
        "self",
        verbose_name=_("depends on"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="dependents",
    )

    class Meta:
        ordering = ["working_group", "due_date", "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.depends_on_id:
            if self.depends_on_id == self.pk:
                raise ValidationError({"depends_on": _("A milestone cannot depend on itself.")})
            if self.depends_on.working_group_id != self.working_group_id:
                raise ValidationError({"depends_on": _("A milestone can only depend on a milestone of the same group.")})
            # Refuse a cycle: walk the chain of dependencies.
            seen = {self.pk}
            current = self.depends_on
            while current is not None:
                if current.pk in seen:
                    raise ValidationError({"depends_on": _("These dependencies would form a loop.")})
                seen.add(current.pk)
                current = current.depends_on

    @property
    def is_open(self) -> bool:
        return self.status in {self.Status.PLANNED, self.Status.IN_PROGRESS}

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.is_open and self.due_date is not None and self.due_date < today


REVIEW_INTERVAL_DAYS = 182  # "not reviewed for six months"


class OutstandingTaskQuerySet(models.QuerySet):
    def review_due(self, today: datetime.date | None = None):
        """Tasks still open and not reviewed for six months (or never), oldest first."""
        today = today or timezone.localdate()
        cutoff = today - datetime.timedelta(days=REVIEW_INTERVAL_DAYS)
        return (
            self.exclude(review_decision=OutstandingTask.Decision.RETIRE)
            .filter(models.Q(last_reviewed_on__isnull=True) | models.Q(last_reviewed_on__lt=cutoff))
            .order_by(models.F("last_reviewed_on").asc(nulls_first=True), "raised_on")
        )


class OutstandingTask(ProvenanceModel, TimeStampedModel):
    """A task a council gave a group that is still outstanding; reviewed periodically: retire, relaunch, follow up."""

    # The history reason of a review (stored in English; pages translate it).
    REASON_REVIEWED = gettext_noop("Review recorded")

    class Decision(models.TextChoices):
        RETIRE = "retire", _("retire")
        RELAUNCH = "relaunch", _("relaunch")
        FOLLOW_UP = "follow_up", _("follow up")

    working_group = models.ForeignKey(
        WorkingGroup, verbose_name=_("working group"), on_delete=models.CASCADE, related_name="outstanding_tasks"
    )
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    raised_on = models.DateField(_("raised on"), null=True, blank=True)
    raised_on_precision = precision_field(_("precision of the date raised"))
    last_reviewed_on = models.DateField(_("last reviewed"), null=True, blank=True)
    review_decision = models.CharField(_("review decision"), max_length=20, choices=Decision.choices, blank=True)
    review_note = models.TextField(_("review note"), blank=True)
    source = models.CharField(_("source"), max_length=250, blank=True)

    objects = OutstandingTaskQuerySet.as_manager()

    class Meta:
        ordering = ["working_group", "title"]
        verbose_name = _("outstanding task")
        verbose_name_plural = _("outstanding tasks")

    def __str__(self) -> str:
        return self.title


class StatusUpdateQuerySet(models.QuerySet):
    def approved(self):
        """Only approved updates feed dashboards and reports."""
        return self.filter(state=StatusUpdate.State.APPROVED)

    def latest_approved_per_group(self, *, started_by: datetime.date | None = None):
        """The newest approved update of each group, of those whose period started by the day when one is given.

        The one definition of "a group's latest approved update": the dashboards and every report read it (through
        workinggroups.selectors.latest_approved). PostgreSQL DISTINCT ON avoided to keep SQLite working.
        """
        approved = StatusUpdate.objects.approved()
        if started_by is not None:
            approved = approved.filter(period_start__lte=started_by)
        newest = (
            approved.filter(working_group=models.OuterRef("working_group"))
            .order_by("-period_end", "-approved_at", "-pk")
            .values("pk")[:1]
        )
        return self.approved().filter(pk=models.Subquery(newest))

    def newest_per_group(self):
        """Each group's newest update in any state (the one its co-chairs are working on or last finished)."""
        newest = (
            StatusUpdate.objects.filter(working_group=models.OuterRef("working_group"))
            .order_by("-period_end", "-pk")
            .values("pk")[:1]
        )
        return self.filter(pk=models.Subquery(newest))


class StatusUpdate(TimeStampedModel):
    """A group's report for a period: RAG status, accomplishments, next steps, risks, asks; reviewed by staff."""

    class Rag(models.TextChoices):
        GREEN = "green", _("green – on track")
        AMBER = "amber", _("amber – at risk")
        RED = "red", _("red – off track")

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("submitted")
        RETURNED = "returned", _("returned for changes")
        APPROVED = "approved", _("approved")

    # The workflow: each step, the states it may start from and the state it leads to (None: the state stays).
    # Services perform the steps (workinggroups.reporting.services); forms, views and templates ask allows().
    STEPS = {
        "edit": ((State.DRAFT, State.RETURNED), None),
        "submit": ((State.DRAFT, State.RETURNED), State.SUBMITTED),
        "return": ((State.SUBMITTED,), State.RETURNED),
        "approve": ((State.SUBMITTED,), State.APPROVED),
    }

    # History reasons are stored in English (they are data, read by everyone); pages translate them when shown.
    REASON_CREATED = gettext_noop("Draft created")
    REASON_SAVED = gettext_noop("Draft saved")
    REASON_SUBMITTED = gettext_noop("Submitted")
    REASON_APPROVED = gettext_noop("Approved")
    REASON_RETURNED_PREFIX = "Returned: "
    HISTORY_REASON_MAX_LENGTH = 100  # history_change_reason is a CharField(100)

    # The colour alone, for sentences such as "changed from amber to red".
    RAG_NAMES = {Rag.GREEN: _("green"), Rag.AMBER: _("amber"), Rag.RED: _("red")}

    working_group = models.ForeignKey(
        WorkingGroup, verbose_name=_("working group"), on_delete=models.CASCADE, related_name="status_updates"
    )
    period_label = models.CharField(
        _("period"), max_length=120, help_text=_("Normally the next meeting, e.g. JC, September 2020.")
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    rag = models.CharField(_("RAG status"), max_length=10, choices=Rag.choices)
    rag_rationale = models.TextField(_("reason for the RAG status"), blank=True)
    accomplishments = models.TextField(_("accomplishments"), blank=True)
    next_steps = models.TextField(_("next steps"), blank=True)
    risks_issues = models.TextField(_("risks and issues"), blank=True)
    asks = models.TextField(_("asks of the councils"), blank=True)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.DRAFT, db_index=True)
    return_reason = models.TextField(_("reason for returning"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)

    objects = StatusUpdateQuerySet.as_manager()

    class Meta:
        ordering = ["working_group", "-period_end"]
        verbose_name = _("status update")
        verbose_name_plural = _("status updates")
        constraints = [
            models.UniqueConstraint(fields=["working_group", "period_start", "period_end"], name="statusupdate_one_per_period"),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")), name="statusupdate_period_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.working_group} – {self.period_label}"

    def previous_approved(self):
        """The group's approved update for the period before this one, if any."""
        return (
            StatusUpdate.objects.approved()
            .filter(working_group_id=self.working_group_id, period_end__lt=self.period_start)
            .order_by("-period_end")
            .first()
        )

    def allows(self, step: str) -> bool:
        """The workflow step (a key of STEPS) may start from the update's state."""
        return self.state in self.STEPS[step][0]

    @property
    def is_editable_by_author(self) -> bool:
        return self.allows("edit")

    @classmethod
    def returned_reason(cls, reason: str) -> str:
        """The history reason of a return: the prefix and the reviewer's reason, cut to the column's length."""
        text = cls.REASON_RETURNED_PREFIX + reason
        if len(text) <= cls.HISTORY_REASON_MAX_LENGTH:
            return text
        return text[: cls.HISTORY_REASON_MAX_LENGTH - 1] + "…"

    def rag_rationale_error(self) -> str | None:
        """The message asking for a rationale when the RAG differs from the previous approved update's; else None.

        One language is enough here; the parity check of reports flags the missing translation.
        """
        if not self.rag or self.period_start is None:
            return None
        previous = self.previous_approved()
        if previous is None or previous.rag == self.rag:
            return None
        if (self.rag_rationale_en or "").strip() or (self.rag_rationale_fr or "").strip():
            return None
        return gettext("Explain why the RAG status changed from %(previous)s to %(current)s.") % {
            "previous": self.RAG_NAMES[previous.rag],
            "current": self.RAG_NAMES[self.rag],
        }


class TermChangeRequest(TimeStampedModel):
    """A co-chair's proposal to change the group's co-chair terms; the secretariat accepts or declines it.

    Seats and terms are the secretariat's record: a co-chair proposes (end a term, add a term to a seat, or hand
    a seat over to someone), and the change happens only when the secretariat accepts, through the term services.
    """

    class Kind(models.TextChoices):
        END = "end", _("End a term")
        ADD = "add", _("Add a term to a vacant seat")
        REPLACE = "replace", _("Hand a seat over to someone else")

    class State(models.TextChoices):
        PENDING = "pending", _("waiting for the secretariat")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")

    class Precision(models.TextChoices):
        """The record's date precisions (jointcouncils.provenance.DatePrecision), worded for the person proposing."""

        DAY = "day", _("this exact day")
        MONTH = "month", _("this month, day not known")
        YEAR = "year", _("this year, month not known")

    working_group = models.ForeignKey(
        WorkingGroup, verbose_name=_("working group"), on_delete=models.CASCADE, related_name="term_requests"
    )
    kind = models.CharField(_("change proposed"), max_length=10, choices=Kind.choices)
    seat = models.ForeignKey(CochairSeat, verbose_name=_("seat"), on_delete=models.CASCADE, related_name="term_requests")
    term = models.ForeignKey(
        CochairTerm,
        verbose_name=_("term"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="change_requests",
        help_text=_("The term to end or hand over."),
    )
    proposed_person = models.ForeignKey(
        Person,
        verbose_name=_("proposed co-chair"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposed_terms",
    )
    proposed_holder = models.CharField(
        _("proposed co-chair, when not in the list"),
        max_length=250,
        blank=True,
        help_text=_("Their name and organisation, as you know them; the secretariat adds them to the record."),
    )
    proposed_date = models.DateField(_("proposed date"), null=True, blank=True)
    proposed_date_precision = models.CharField(
        _("how precise the date is"), max_length=10, choices=Precision.choices, default=Precision.DAY
    )
    reason = models.TextField(_("reason"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.PROTECT,
        related_name="term_change_requests",
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="term_change_decisions",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("co-chair term change request")
        verbose_name_plural = _("co-chair term change requests")

    def __str__(self) -> str:
        return f"{self.working_group} – {self.get_kind_display()} ({self.get_state_display()})"

    def get_absolute_url(self) -> str:
        return reverse("workinggroups:term_request_detail", args=[self.pk])

    @property
    def is_pending(self) -> bool:
        return self.state == self.State.PENDING

    @property
    def proposed_holder_name(self) -> str:
        if self.proposed_person_id:
            return self.proposed_person.full_name
        return self.proposed_holder

    @property
    def proposed_date_display(self) -> str:
        """The proposed date only as precise as it was given (a month, a year, or the day)."""
        return partial_date(self.proposed_date, self.proposed_date_precision)

    def clean(self):
        super().clean()
        errors = {}
        if self.seat_id and self.working_group_id and self.seat.working_group_id != self.working_group_id:
            errors["seat"] = _("Choose a seat of this group.")
        if self.kind in (self.Kind.END, self.Kind.REPLACE) and not self.term_id:
            errors["term"] = _("Choose the term to end or hand over.")
        if self.term_id and self.seat_id and self.term.seat_id != self.seat_id:
            errors["term"] = _("Choose a term of this seat.")
        if self.kind in (self.Kind.ADD, self.Kind.REPLACE) and not (self.proposed_person_id or self.proposed_holder.strip()):
            errors["proposed_holder"] = _("Say who is proposed: choose a person or write their name.")
        if not (self.reason or "").strip():
            errors["reason"] = _("Give the reason for the change.")
        if errors:
            raise ValidationError(errors)
