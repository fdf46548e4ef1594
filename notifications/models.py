"""A user's preferences (language, how messages arrive, calendar feed token) and the record of each message."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class Preference(models.Model):
    """One user's choices: the portal's language, how messages reach them, the secret of their calendar feed."""

    class Delivery(models.TextChoices):
        IMMEDIATE = "immediate", _("every message as it happens")
        DIGEST = "digest", _("one daily digest")
        NONE = "none", _("no messages (the secretariat's mandatory messages still arrive)")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="preference"
    )
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES, blank=True)
    delivery = models.CharField(_("messages"), max_length=10, choices=Delivery.choices, default=Delivery.IMMEDIATE)
    # The secret in the calendar feed's address: calendar applications cannot log in (see meetings.calendar).
    calendar_token = models.CharField(_("calendar feed key"), max_length=64, unique=True, default=new_calendar_token)
    last_visit_at = models.DateTimeField(_("last visit"), null=True, blank=True)
    previous_visit_at = models.DateTimeField(_("visit before the last"), null=True, blank=True)

    class Meta:
        verbose_name = _("preference")
        verbose_name_plural = _("preferences")

    def __str__(self) -> str:
        return str(self.user)


class Notification(models.Model):
    """One message to one person: what, in which language, how it is delivered, and whether it was sent."""

    class Delivery(models.TextChoices):
        IMMEDIATE = "immediate", _("immediate")
        DIGEST = "digest", _("in the daily digest")
        NONE = "none", _("not sent (the person chose no messages)")

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting to be sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        SKIPPED = "skipped", _("not sent")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="notifications",
    )
    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    event = models.CharField(_("event"), max_length=60, db_index=True)
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("message"))
    url = models.URLField(_("link"), max_length=500, blank=True)
    mandatory = models.BooleanField(_("mandatory"), default=False)
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    # Scheduled reminders are sent once per key and address (e.g. "action-due:12:2026-12-09").
    dedupe_key = models.CharField(_("once-only key"), max_length=120, blank=True)
    digest = models.ForeignKey(
        "self", verbose_name=_("sent in digest"), on_delete=models.SET_NULL, null=True, blank=True, related_name="items"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "event", "dedupe_key"], condition=~models.Q(dedupe_key=""), name="notification_once_per_key"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email}: {self.subject}"
