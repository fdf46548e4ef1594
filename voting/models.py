"""Ballots put to a council between meetings, their frozen voter lists, and one vote per voter."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from councils.models import Council, Organisation, Person
from jointcouncils import roles
from jointcouncils.models import TimeStampedModel
from meetings.models import Attachment, Decision, attachment_path

from . import tally

# Before the close, this long and this long, voters who have not voted get a reminder.
REMINDERS = {"3d": datetime.timedelta(days=3), "1d": datetime.timedelta(days=1)}


class BallotQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self if roles.is_reader(user) else self.none()

    def due_to_open(self, now):
        return self.filter(status=Ballot.Status.SCHEDULED, opens_at__lte=now)

    def due_to_close(self, now):
        return self.filter(status=Ballot.Status.OPEN, closes_at__lte=now)


class Ballot(TimeStampedModel):
    """One proposed decision put to one council, or to the Joint Councils, to be decided before a deadline."""

    class Rule(models.TextChoices):
        MAJORITY = tally.MAJORITY, _("simple majority of votes cast")
        TWO_THIRDS = tally.TWO_THIRDS, _("two-thirds of votes cast")
        UNANIMOUS = tally.UNANIMOUS, _("unanimous written resolution")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", pgettext_lazy("ballot status", "scheduled")
        OPEN = "open", pgettext_lazy("ballot status", "open")
        CLOSED = "closed", pgettext_lazy("ballot status", "closed")

    class Result(models.TextChoices):
        CARRIED = tally.CARRIED, _("carried")
        NOT_CARRIED = tally.NOT_CARRIED, _("not carried")
        NO_QUORUM = tally.NO_QUORUM, _("no quorum")

    council = models.ForeignKey(Council, verbose_name=_("council"), on_delete=models.PROTECT, related_name="ballots")
    question = models.TextField(_("question"))
    background = models.TextField(_("background"), blank=True)
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    rule = models.CharField(_("rule"), max_length=20, choices=Rule.choices, default=Rule.MAJORITY)
    quorum_percent = models.PositiveSmallIntegerField(
        _("quorum (% of eligible voters)"),
        default=50,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The share of the eligible voters who must take part (for, against or abstain)."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED, db_index=True)
    eligibility_date = models.DateField(_("voter list as of"), null=True, blank=True, editable=False)
    opened_at = models.DateTimeField(_("opened"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    result = models.CharField(_("result"), max_length=20, choices=Result.choices, blank=True, editable=False)
    # One entry per council tallied (CouncilTally.as_dict), written once at the close.
    tallies = models.JSONField(_("tallies"), default=list, blank=True, editable=False)
    decision = models.OneToOneField(
        Decision,
        verbose_name=_("decision"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="ballot",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = BallotQuerySet.as_manager()

    class Meta:
        ordering = ["-closes_at", "pk"]
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [
            models.CheckConstraint(condition=models.Q(closes_at__gt=models.F("opens_at")), name="ballot_closes_after_opening"),
            models.CheckConstraint(condition=models.Q(quorum_percent__lte=100), name="ballot_quorum_at_most_100"),
        ]

    def __str__(self) -> str:
        return self.question[:80]

    def get_absolute_url(self) -> str:
        return reverse("voting:detail", args=[self.pk])

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The ballot must close after it opens.")})

    # Facts and transitions ------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED

    def accepts_votes(self, now: datetime.datetime | None = None) -> bool:
        """Open, and its closing time not reached (a ballot past its time refuses votes even before the task runs)."""
        now = now or timezone.now()
        return self.is_open and now < self.closes_at

    def can_open(self, now: datetime.datetime | None = None) -> bool:
        return self.status == self.Status.SCHEDULED and (now or timezone.now()) < self.closes_at

    def is_due_to_close(self, now: datetime.datetime | None = None) -> bool:
        return self.is_open and self.closes_at <= (now or timezone.now())

    def tally_councils(self) -> list[Council]:
        """The councils whose members vote and whose tallies are counted: PSSDC and PSCIOC for the Joint Councils."""
        constituents = list(self.council.constituent_councils.order_by("code"))
        return constituents or [self.council]

    def count(self, votes) -> list[tally.CouncilTally]:
        """The tally of each council from the frozen voter list and the given votes (used at the close)."""
        voters = list(self.voters.all())
        by_voter = {vote.voter_id: vote for vote in votes}
        rows = []
        for council in self.tally_councils():
            mine = [voter for voter in voters if voter.council_id == council.pk]
            choices = [by_voter[voter.pk].choice for voter in mine if voter.pk in by_voter]
            rows.append(
                tally.council_tally(
                    council=council.code,
                    rule=self.rule,
                    quorum_percent=self.quorum_percent,
                    eligible=len(mine),
                    votes_for=choices.count(Vote.Choice.FOR),
                    votes_against=choices.count(Vote.Choice.AGAINST),
                    abstentions=choices.count(Vote.Choice.ABSTAIN),
                    recusals=choices.count(Vote.Choice.RECUSE),
                )
            )
        return rows

    @property
    def totals(self) -> dict:
        """The recorded tallies summed over the councils (after the close)."""
        keys = ("eligible", "votes_for", "votes_against", "abstentions", "recusals", "took_part", "not_voted")
        return {key: sum(row.get(key, 0) for row in self.tallies) for key in keys}


class Voter(models.Model):
    """A person on a ballot's voter list, frozen at opening from the dated council memberships."""

    ballot = models.ForeignKey(Ballot, verbose_name=_("ballot"), on_delete=models.CASCADE, related_name="voters")
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="ballot_voters")
    council = models.ForeignKey(Council, verbose_name=_("council"), on_delete=models.PROTECT, related_name="+")
    on_behalf_of = models.ForeignKey(
        Organisation, verbose_name=_("on behalf of"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # When each message went out: the jobs that send them look here first, so a message goes once.
    reminded_3d_at = models.DateTimeField(_("reminded three days before"), null=True, blank=True)
    reminded_1d_at = models.DateTimeField(_("reminded one day before"), null=True, blank=True)
    result_sent_at = models.DateTimeField(_("result sent"), null=True, blank=True)

    class Meta:
        ordering = ["ballot", "council__code", "person__family_name", "person__given_name"]
        verbose_name = _("voter")
        verbose_name_plural = _("voters")
        constraints = [models.UniqueConstraint(fields=["ballot", "person"], name="voter_once_per_ballot")]

    def __str__(self) -> str:
        return f"{self.person} – {self.council}"


class Vote(TimeStampedModel):
    """One voter's vote on one ballot; changed until the close, never after; its history keeps every change."""

    class Choice(models.TextChoices):
        FOR = "for", pgettext_lazy("vote", "for")
        AGAINST = "against", pgettext_lazy("vote", "against")
        ABSTAIN = "abstain", pgettext_lazy("vote", "abstain")
        RECUSE = "recuse", pgettext_lazy("vote", "recused")

    class Channel(models.TextChoices):
        PORTAL = "portal", _("in the portal")
        TELEPHONE = "telephone", _("by telephone")
        EMAIL = "email", _("by e-mail")

    ballot = models.ForeignKey(Ballot, verbose_name=_("ballot"), on_delete=models.CASCADE, related_name="votes")
    voter = models.ForeignKey(Voter, verbose_name=_("voter"), on_delete=models.CASCADE, related_name="votes")
    choice = models.CharField(_("vote"), max_length=10, choices=Choice.choices)
    recusal_reason = models.TextField(_("reason for the recusal"), blank=True)
    received_via = models.CharField(_("received"), max_length=10, choices=Channel.choices, default=Channel.PORTAL)
    cast_at = models.DateTimeField(_("time of the vote"))
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("entered by"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The secretariat member who confirmed a vote received outside the portal with the voter."),
    )

    class Meta:
        ordering = ["ballot", "voter"]
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["ballot", "voter"], name="vote_once_per_voter_per_ballot"),
            models.CheckConstraint(
                condition=~models.Q(choice="recuse") | ~models.Q(recusal_reason=""), name="vote_recusal_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.voter.person} – {self.ballot}"

    def clean(self):
        super().clean()
        if self.choice == self.Choice.RECUSE and not (self.recusal_reason or "").strip():
            raise ValidationError({"recusal_reason": _("Give the reason for the recusal.")})
        if self.choice != self.Choice.RECUSE:
            self.recusal_reason = ""

    @property
    def is_proxy_entry(self) -> bool:
        """Entered by the secretariat on the voter's behalf (received by telephone or e-mail)."""
        return self.received_via != self.Channel.PORTAL


class BallotAttachment(TimeStampedModel):
    """A PDF, DOCX or XLSX attached to a ballot, checked by content like an agenda attachment."""

    ballot = models.ForeignKey(Ballot, verbose_name=_("ballot"), on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=250)
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=250)
    kind = models.CharField(_("type"), max_length=10, choices=Attachment.Kind.choices)
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["ballot", "pk"]
        verbose_name = _("ballot attachment")
        verbose_name_plural = _("ballot attachments")

    def __str__(self) -> str:
        return self.title
