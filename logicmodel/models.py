"""The Joint Councils logic model (versioned) and the alignment of working groups to it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from jointcouncils.models import TimeStampedModel
from jointcouncils.provenance import ProvenanceModel
from priorities.models import Priority
from workinggroups.models import WorkingGroup


class LogicModelQuerySet(models.QuerySet):
    def current(self):
        """The logic model in force (the newest one marked current)."""
        return self.filter(is_current=True).order_by("-adopted_on").first()


class LogicModel(ProvenanceModel, TimeStampedModel):
    """One version of the logic model, e.g. "Ottawa 2019"."""

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    is_current = models.BooleanField(_("current"), default=False)
    vision = models.TextField(_("vision"))
    call_to_action = models.TextField(_("call to action"))
    objective = models.TextField(_("objective"))

    objects = LogicModelQuerySet.as_manager()

    class Meta:
        ordering = ["-adopted_on"]
        verbose_name = _("logic model")
        verbose_name_plural = _("logic models")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("logicmodel:detail_version", args=[self.slug])


class Principle(TimeStampedModel):
    """A guiding principle of the logic model."""

    logic_model = models.ForeignKey(
        LogicModel, verbose_name=_("logic model"), on_delete=models.CASCADE, related_name="principles"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["logic_model", "order"]
        verbose_name = _("principle")
        verbose_name_plural = _("principles")
        constraints = [models.UniqueConstraint(fields=["logic_model", "order"], name="principle_unique_order")]

    def __str__(self) -> str:
        return self.name


class Outcome(TimeStampedModel):
    """A long-term or short-term outcome of the logic model."""

    class Term(models.TextChoices):
        LONG = "long", _("long-term")
        SHORT = "short", _("short-term")

    logic_model = models.ForeignKey(LogicModel, verbose_name=_("logic model"), on_delete=models.CASCADE, related_name="outcomes")
    term = models.CharField(_("term"), max_length=10, choices=Term.choices, db_index=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    code = models.CharField(_("code"), max_length=10, blank=True, help_text=_("e.g. LT1, ST3"))
    name = models.CharField(_("name"), max_length=250)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["logic_model", "term", "order"]
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        constraints = [models.UniqueConstraint(fields=["logic_model", "term", "order"], name="outcome_unique_order")]

    def __str__(self) -> str:
        return self.name


class EngagementLevel(TimeStampedModel):
    """A level of the operating framework: inform, share, collaborate, co-create / co-deliver and innovate."""

    logic_model = models.ForeignKey(
        LogicModel, verbose_name=_("logic model"), on_delete=models.CASCADE, related_name="engagement_levels"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["logic_model", "order"]
        verbose_name = _("engagement level")
        verbose_name_plural = _("engagement levels")
        constraints = [models.UniqueConstraint(fields=["logic_model", "code"], name="engagementlevel_unique_code")]

    def __str__(self) -> str:
        return self.name


class Alignment(ProvenanceModel, TimeStampedModel):
    """How a working group contributes to one outcome or one priority, at an engagement level."""

    logic_model = models.ForeignKey(
        LogicModel, verbose_name=_("logic model"), on_delete=models.CASCADE, related_name="alignments"
    )
    working_group = models.ForeignKey(
        WorkingGroup, verbose_name=_("working group"), on_delete=models.CASCADE, related_name="alignments"
    )
    outcome = models.ForeignKey(
        Outcome, verbose_name=_("outcome"), on_delete=models.CASCADE, null=True, blank=True, related_name="alignments"
    )
    priority = models.ForeignKey(
        Priority, verbose_name=_("priority"), on_delete=models.CASCADE, null=True, blank=True, related_name="alignments"
    )
    engagement_level = models.ForeignKey(
        EngagementLevel,
        verbose_name=_("engagement level"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="alignments",
    )
    contribution = models.TextField(_("contribution"), blank=True)
    source = models.CharField(_("source"), max_length=250, blank=True)

    class Meta:
        ordering = ["logic_model", "working_group"]
        verbose_name = _("alignment")
        verbose_name_plural = _("alignments")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(outcome__isnull=False) & models.Q(priority__isnull=True))
                | (models.Q(outcome__isnull=True) & models.Q(priority__isnull=False)),
                name="alignment_one_target",
            ),
            models.UniqueConstraint(
                fields=["logic_model", "working_group", "outcome"],
                condition=models.Q(outcome__isnull=False),
                name="alignment_unique_outcome",
            ),
            models.UniqueConstraint(
                fields=["logic_model", "working_group", "priority"],
                condition=models.Q(priority__isnull=False),
                name="alignment_unique_priority",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.working_group} → {self.outcome or self.priority}"

    def clean(self):
        super().clean()
        if bool(self.outcome_id) == bool(self.priority_id):
            raise ValidationError(_("An alignment points to exactly one outcome or one priority."))
        if self.outcome_id and self.outcome.logic_model_id != self.logic_model_id:
            raise ValidationError({"outcome": _("The outcome belongs to another version of the logic model.")})


class Indicator(TimeStampedModel):
    """A measure of progress on an outcome ("annual review of progress on the logic model"), with a target."""

    outcome = models.ForeignKey(Outcome, verbose_name=_("outcome"), on_delete=models.CASCADE, related_name="indicators")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    unit = models.CharField(_("unit"), max_length=40, blank=True, help_text=_("e.g. %, jurisdictions, guides"))
    baseline = models.DecimalField(_("baseline"), max_digits=12, decimal_places=2, null=True, blank=True)
    target = models.DecimalField(_("target"), max_digits=12, decimal_places=2, null=True, blank=True)
    target_date = models.DateField(_("target date"), null=True, blank=True)

    class Meta:
        ordering = ["outcome", "order", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name


class IndicatorValue(TimeStampedModel):
    """The actual value of an indicator for a period (e.g. a fiscal year)."""

    indicator = models.ForeignKey(Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="values")
    period_label = models.CharField(_("period"), max_length=60, help_text=_("e.g. 2020–2021"))
    period_end = models.DateField(_("period end"))
    value = models.DecimalField(_("actual value"), max_digits=12, decimal_places=2)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["indicator", "period_end"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [models.UniqueConstraint(fields=["indicator", "period_end"], name="indicatorvalue_one_per_period")]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.value} ({self.period_label})"
