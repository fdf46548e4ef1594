"""Abstract bases shared by the domain apps."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    """Created/updated stamps and a version number for optimistic concurrency."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Bumped by every service write; a form posts the version it was rendered with, and a stale one is refused.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        abstract = True


class DatedModel(models.Model):
    """A start and an optional end date, the end not before the start."""

    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def is_current_on(self, day) -> bool:
        """True when the period covers the given day (open ends count as covering)."""
        return (self.start_date is None or self.start_date <= day) and (self.end_date is None or day <= self.end_date)

    def overlaps(self, start, end) -> bool:
        """True when this period and [start, end] share at least one day (None is open)."""
        starts_before_other_ends = self.start_date is None or end is None or self.start_date <= end
        ends_after_other_starts = self.end_date is None or start is None or start <= self.end_date
        return starts_before_other_ends and ends_after_other_starts


def current_q(prefix: str = "", on: datetime.date | None = None) -> models.Q:
    """Rows of a dated model (start_date/end_date, open ends) that cover the day (today by default); prefix walks a
    relation. The query side of DatedModel.is_current_on."""
    on = on or timezone.localdate()
    p = f"{prefix}__" if prefix else ""
    started = models.Q(**{f"{p}start_date__lte": on}) | models.Q(**{f"{p}start_date__isnull": True})
    not_ended = models.Q(**{f"{p}end_date__gte": on}) | models.Q(**{f"{p}end_date__isnull": True})
    return started & not_ended


def end_after_start_constraint(name: str) -> models.CheckConstraint:
    """The database refuses an end date before the start date, whatever wrote the row."""
    return models.CheckConstraint(
        condition=models.Q(end_date__isnull=True)
        | models.Q(start_date__isnull=True)
        | models.Q(end_date__gte=models.F("start_date")),
        name=name,
    )


def related_model(model: type[models.Model], name: str) -> type[models.Model]:
    """The model at the other end of model's relation `name` (a reverse one included).

    How an app reads rows that an app on a higher floor relates to it (a person's co-chair terms, a group's
    alignments) without importing that app: through the relation the higher app declares (ARCHITECTURE.md).
    """
    return model._meta.get_field(name).related_model
