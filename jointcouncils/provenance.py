"""Where a record comes from, and how much of a date the record knows.

Every record of the councils says where it comes from: a source document (named by its title in the reader's
language, never by a file name) and where in it, or "entered in the portal" by whom. A record, or part of it, that
the secretariat inferred rather than read in a source carries the "inferred" flag and the reason, shown on its page.

Dates carry their precision, like ISO 8601 partial dates: a source that gives "September 2020" or "2019" is shown
so; the day stored (the first of the period, unless the record says otherwise) only sorts and filters.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    """How much of a date the record knows."""

    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


def precision_field(label) -> models.CharField:
    """The precision of the date field next to it (day unless the source gives less)."""
    return models.CharField(
        label,
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Month or year: the source gives no more; the stored day only sorts and filters, and is never shown."),
    )


def partial_date(value: datetime.date | datetime.datetime | None, precision: str = DatePrecision.DAY) -> str:
    """The date written as the record knows it: "22 September 2020", "September 2020" or "2019"."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    return formats.date_format(value, "DATE_FORMAT")


class SourceDocument(models.TextChoices):
    """The documents the record is taken from; their labels are their titles, in the reader's language."""

    DECK_2020 = (
        "deck-2020-09",
        _("Joint Councils strategic discussion, September 2020 (briefing deck)"),
    )
    ANALYST_2019 = "analyst-2019", _("Strategic policy analyst's report to the Joint Councils, 2019")
    GOVERNANCE_2020 = "governance-2020", _("Joint Councils governance and operating model: for decision (2020)")
    ICCS_PUBLIC = "iccs-public-record", _("ICCS public record")


class ProvenanceModel(models.Model):
    """Where the record comes from (a source document and where in it), and whether part of it is inferred.

    A record with no source document was entered in the portal; its history says by whom. Register source_location
    and inferred_reason for translation in the app's translation.py.
    """

    source_document = models.CharField(
        _("source document"),
        max_length=30,
        choices=SourceDocument.choices,
        blank=True,
        help_text=_("Empty for a record entered in the portal."),
    )
    source_location = models.CharField(
        _("where in the source"), max_length=300, blank=True, help_text=_("The slide or section, e.g. “Working group status”.")
    )
    inferred = models.BooleanField(
        _("inferred"),
        default=False,
        help_text=_("The record, or part of it, is the secretariat's inference, not a fact the source gives."),
    )
    inferred_reason = models.TextField(_("why it is inferred"), blank=True)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        reasons = [getattr(self, f"inferred_reason_{code}", "") or "" for code in ("en", "fr")] + [self.inferred_reason or ""]
        if self.inferred and not any(reason.strip() for reason in reasons):
            raise ValidationError({"inferred_reason": _("Say why the record is inferred.")})

    def provenance(self, language: str | None = None, *, who: bool = True) -> dict:
        """{"source": title, "location": where, "entered_by": name or "", "inferred": bool, "reason": text}."""
        language = language or (translation.get_language() or "en")[:2]
        with translation.override(language):
            title = str(SourceDocument(self.source_document).label) if self.source_document else ""
        location = getattr(self, f"source_location_{language}", None) or self.source_location or ""
        reason = getattr(self, f"inferred_reason_{language}", None) or self.inferred_reason or ""
        entered_by = ""
        if who and not self.source_document and self.pk and hasattr(self, "history"):
            first = self.history.order_by("history_date", "history_id").select_related("history_user").first()
            user = first.history_user if first else None
            entered_by = (user.get_full_name() or user.get_username()) if user else ""
        return {"source": title, "location": location, "entered_by": entered_by, "inferred": self.inferred, "reason": reason}


PROVENANCE_TRANSLATED = ("source_location", "inferred_reason")
PROVENANCE_ADMIN_FIELDS = ("source_document", "source_location", "inferred", "inferred_reason")
