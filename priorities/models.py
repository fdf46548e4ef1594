"""Priorities of the Joint Councils and the councils' emerging themes."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from councils.models import Council, Organisation, Person
from jointcouncils.models import TimeStampedModel
from jointcouncils.provenance import ProvenanceModel


class Priority(ProvenanceModel, TimeStampedModel):
    """A Joint Councils priority, or an emerging theme of one council."""

    class Kind(models.TextChoices):
        JC_PRIORITY = "jc_priority", _("Joint Councils priority")
        EMERGING_THEME = "emerging_theme", _("emerging theme")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        ACTIVE = "active", pgettext_lazy("priority status", "active")
        RECONFIRMED = "reconfirmed", _("reconfirmed")
        PAUSED = "paused", pgettext_lazy("priority status", "paused")
        RETIRED = "retired", _("retired")
        # A former Joint Councils priority that a later decision did not name again (a fact, not a retirement).
        NOT_RECONFIRMED = "not_reconfirmed", _("not reconfirmed")
        NOT_RECORDED = "not_recorded", pgettext_lazy("priority status", "not recorded")

    # Statuses of priorities that are no longer the councils' current ones: packs, dashboards and filters leave them out.
    NOT_CURRENT = (Status.RETIRED, Status.NOT_RECONFIRMED)

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    definition = models.TextField(_("definition"), blank=True)
    scope = models.TextField(_("scope"), blank=True)
    council = models.ForeignKey(Council, verbose_name=_("council"), on_delete=models.PROTECT, related_name="priorities")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.JC_PRIORITY, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE, db_index=True)
    lead_person = models.ForeignKey(
        Person, verbose_name=_("lead (person)"), on_delete=models.PROTECT, null=True, blank=True, related_name="led_priorities"
    )
    lead_organisations = models.ManyToManyField(
        Organisation, verbose_name=_("lead organisations"), blank=True, related_name="led_priorities"
    )
    lead_note = models.CharField(_("lead"), max_length=250, blank=True, help_text=_("Who leads, in words, when no record fits."))
    year = models.PositiveSmallIntegerField(_("year identified"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["kind", "council__code", "order", "name"]
        verbose_name = _("priority")
        verbose_name_plural = _("priorities")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("priorities:detail", args=[self.slug])
