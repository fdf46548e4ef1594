"""Writes of notifications: preferences, sending a message to people in their language, delivery, digests.

Other apps call one function, ``notification_send``, inside their own transaction: the messages are recorded at
once and handed to the mail queue only when that transaction commits (nothing is sent for a change that was
rolled back). Delivery is a thin Celery task (notifications.tasks.deliver) that calls ``notification_deliver``,
which is safe to run twice.
"""

import datetime
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils import formats, timezone, translation

from . import events
from .models import Notification, Preference

logger = logging.getLogger(__name__)

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


@dataclass(frozen=True)
class Recipient:
    """Where and how to write to someone: their account (if any), address, language and name."""

    email: str
    language: str
    name: str
    user: Any = None


class FieldText:
    """A translated field of a record, read when the message is written (in the recipient's language)."""

    def __init__(self, instance, field: str):
        self.instance = instance
        self.field = field

    def __str__(self) -> str:
        return str(getattr(self.instance, self.field) or "")


# Preferences ---------------------------------------------------------------------------------------------------


def preference_get(*, user) -> Preference:
    """The user's preferences, created with the defaults on first use."""
    preference, _created = Preference.objects.get_or_create(user=user)
    return preference


def _person_of(user):
    try:
        return user.person
    except Exception:  # noqa: BLE001 - RelatedObjectDoesNotExist: an account with no person in the record
        return None


def user_language(user) -> str:
    """The language to use with a user: their stored choice, else their person's preferred language, else English."""
    preference = getattr(user, "preference", None) if user is not None else None
    try:
        chosen = preference.language if preference is not None else ""
    except Exception:  # noqa: BLE001
        chosen = ""
    if chosen in LANGUAGES:
        return chosen
    person = _person_of(user) if user is not None else None
    if person is not None and person.preferred_language in LANGUAGES:
        return person.preferred_language
    return settings.LANGUAGE_CODE


def preference_record_login(*, user, language: str | None) -> Preference:
    """At log-in: store the language chosen on the log-in page (when given) and move the visit stamps along."""
    with transaction.atomic():
        preference = preference_get(user=user)
        preference = Preference.objects.select_for_update().get(pk=preference.pk)
        fields = ["previous_visit_at", "last_visit_at"]
        if language in LANGUAGES and preference.language != language:
            preference.language = language
            fields.append("language")
        preference.previous_visit_at = preference.last_visit_at
        preference.last_visit_at = timezone.now()
        preference.save(update_fields=fields)
    return preference


def preference_update(*, user, language: str, delivery: str) -> Preference:
    """Change the user's language and how messages reach them."""
    with transaction.atomic():
        preference = Preference.objects.select_for_update().get(pk=preference_get(user=user).pk)
        preference.language = language
        preference.delivery = delivery
        preference.full_clean()
        preference.save(update_fields=["language", "delivery"])
    return preference


def preference_renew_calendar_token(*, user) -> Preference:
    """Give the user a new calendar feed address; the old one stops working at once."""
    with transaction.atomic():
        preference = Preference.objects.select_for_update().get(pk=preference_get(user=user).pk)
        preference.calendar_token = Preference._meta.get_field("calendar_token").default()
        preference.save(update_fields=["calendar_token"])
    return preference


# Recipients ----------------------------------------------------------------------------------------------------


def recipient_for(target) -> Recipient | None:
    """A user or a person of the record as a recipient; None when there is no address to write to."""
    user_model = get_user_model()
    if isinstance(target, Recipient):
        return target
    if isinstance(target, user_model):
        if not target.is_active:
            return None
        person = _person_of(target)
        email = target.email or (person.email if person is not None else "")
        name = target.get_full_name() or (person.full_name if person is not None else target.get_username())
        return Recipient(email=email, language=user_language(target), name=name, user=target) if email else None
    # A person of the record (duck-typed so that this app needs no domain model).
    user = getattr(target, "user", None)
    if user is not None and user.is_active:
        recipient = recipient_for(user)
        if recipient is not None:
            return recipient
    email = getattr(target, "email", "")
    if not email:
        return None
    language = getattr(target, "preferred_language", "") or settings.LANGUAGE_CODE
    return Recipient(email=email, language=language if language in LANGUAGES else settings.LANGUAGE_CODE, name=str(target))


def recipients_of(targets: Iterable) -> list[Recipient]:
    """Users and people as recipients, each address once."""
    seen: set[str] = set()
    result = []
    for target in targets:
        recipient = recipient_for(target)
        if recipient is None or recipient.email.lower() in seen:
            continue
        seen.add(recipient.email.lower())
        result.append(recipient)
    return result


def users_in_role(role: str):
    """Active accounts of a role (an auth group), e.g. settings.ROLE_SECRETARIAT."""
    return get_user_model().objects.filter(is_active=True, groups__name=role).select_related("preference").distinct()


# Sending -------------------------------------------------------------------------------------------------------


def in_language(url: str, language: str) -> str:
    """A portal path in another language: its language prefix replaced (/en/x/ -> /fr/x/); other URLs through
    translate_url (which alone resolves only paths under the active language's prefix)."""
    for code in LANGUAGES:
        if url.startswith(f"/{code}/"):
            return f"/{language}/" + url[len(code) + 2 :]
    return translate_url(url, language)


def absolute_url(path: str, language: str) -> str:
    """The link in the recipient's language, on the portal's public address (settings.PORTAL_URL)."""
    if not path:
        return ""
    translated = in_language(path, language)
    if translated.startswith(("http://", "https://")):
        return translated
    return settings.PORTAL_URL.rstrip("/") + translated


def _as_text(value) -> str:
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    return str(value)


def render_message(*, event: events.Event, context: dict, recipient: Recipient, url: str) -> tuple[str, str]:
    """The subject and body of an event for one recipient, in their language."""
    with translation.override(recipient.language):
        subject = str(event.subject) % {key: _as_text(value) for key, value in context.items()}
        body = render_to_string(
            event.template_name, {**context, "recipient_name": recipient.name, "url": url, "portal_url": settings.PORTAL_URL}
        )
    return " ".join(subject.split())[:250], body.strip() + "\n"


def _delivery_for(recipient: Recipient, mandatory: bool) -> str:
    if mandatory or recipient.user is None:
        return Notification.Delivery.IMMEDIATE
    delivery = preference_get(user=recipient.user).delivery
    return {
        Preference.Delivery.IMMEDIATE: Notification.Delivery.IMMEDIATE,
        Preference.Delivery.DIGEST: Notification.Delivery.DIGEST,
        Preference.Delivery.NONE: Notification.Delivery.NONE,
    }[delivery]


def notification_send(
    *, recipients: Iterable, event: str, context: dict, url: str, mandatory: bool = False, dedupe_key: str = ""
) -> list[Notification]:
    """Write to people about an event, each in their language, as each chose (immediately, in a digest, not at all).

    recipients: users and/or people of the record (anyone with ``email``, ``preferred_language`` and ``user``).
    event: a key registered in notifications.events; its body template gets ``context`` plus the link.
    url: a path of the portal (reverse(...)); each recipient gets it in their language, as a full address.
    mandatory: the secretariat's messages that ignore the recipient's choice (always sent at once).
    dedupe_key: for reminders, a key sent once per address and event (a second call with it sends nothing).

    Call it inside the transaction of the change: the messages are recorded now and sent after the commit.
    Returns the messages recorded by this call.
    """
    spec = events.get(event)
    created = []
    for recipient in recipients_of(recipients):
        if dedupe_key and Notification.objects.filter(email=recipient.email, event=event, dedupe_key=dedupe_key).exists():
            continue
        link = absolute_url(url, recipient.language)
        subject, body = render_message(event=spec, context=context, recipient=recipient, url=link)
        delivery = _delivery_for(recipient, mandatory)
        try:
            with transaction.atomic():
                notification = Notification.objects.create(
                    recipient=recipient.user,
                    email=recipient.email,
                    language=recipient.language,
                    event=event,
                    subject=subject,
                    body=body,
                    url=link,
                    mandatory=mandatory,
                    delivery=delivery,
                    status=Notification.Status.SKIPPED if delivery == Notification.Delivery.NONE else Notification.Status.PENDING,
                    dedupe_key=dedupe_key,
                )
        except IntegrityError:
            # The same reminder recorded at the same moment by another run: theirs is the one.
            continue
        created.append(notification)
        if delivery == Notification.Delivery.IMMEDIATE:
            _enqueue_on_commit(notification.pk)
    return created


def _enqueue_on_commit(notification_id: int) -> None:
    def enqueue():
        from .tasks import deliver

        try:
            deliver.delay(notification_id)
        except Exception as exc:  # noqa: BLE001 - queue down: the message stays pending; requeue_pending sends it
            logger.warning("mail queue unavailable for notification %s: %s", notification_id, exc)

    transaction.on_commit(enqueue, robust=True)


def notification_deliver(*, notification_id: int) -> Notification:
    """Send one pending message by e-mail; a message already sent (or not to be sent) is left alone."""
    with transaction.atomic():
        notification = Notification.objects.select_for_update().get(pk=notification_id)
        if notification.status != Notification.Status.PENDING or notification.delivery != Notification.Delivery.IMMEDIATE:
            return notification
        message = EmailMessage(
            subject=notification.subject,
            body=notification.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[notification.email],
            headers={"Content-Language": notification.language},
        )
        message.send(fail_silently=False)
        now = timezone.now()
        notification.status = Notification.Status.SENT
        notification.sent_at = now
        notification.attempts += 1
        notification.error = ""
        notification.save(update_fields=["status", "sent_at", "attempts", "error"])
        if notification.event == events.DIGEST.key:
            notification.items.filter(status=Notification.Status.PENDING).update(status=Notification.Status.SENT, sent_at=now)
    return notification


def notification_record_failure(*, notification_id: int, error: str, final: bool) -> None:
    """Count a failed attempt; the last one marks the message failed (it stays in the record with its error)."""
    with transaction.atomic():
        notification = Notification.objects.select_for_update().get(pk=notification_id)
        if notification.status != Notification.Status.PENDING:
            return
        notification.attempts += 1
        notification.error = error[:2000]
        fields = ["attempts", "error"]
        if final:
            notification.status = Notification.Status.FAILED
            fields.append("status")
        notification.save(update_fields=fields)


def notification_requeue_pending(*, older_than_seconds: int) -> int:
    """Send again immediate messages still pending (the queue was down when they were recorded)."""
    from .tasks import deliver

    cutoff = timezone.now() - datetime.timedelta(seconds=older_than_seconds)
    ids = list(
        Notification.objects.filter(
            status=Notification.Status.PENDING, delivery=Notification.Delivery.IMMEDIATE, created_at__lt=cutoff
        ).values_list("pk", flat=True)[:500]
    )
    for notification_id in ids:
        deliver.delay(notification_id)
    return len(ids)


# Digests -------------------------------------------------------------------------------------------------------


def digest_user_ids() -> list[int]:
    """Users with messages waiting for their digest."""
    return list(
        Notification.objects.filter(
            delivery=Notification.Delivery.DIGEST, status=Notification.Status.PENDING, digest__isnull=True
        )
        .values_list("recipient_id", flat=True)
        .distinct()
    )


def digest_build(*, user_id: int) -> Notification | None:
    """Gather a user's waiting messages into one digest message, grouped by kind; None when nothing waits."""
    with transaction.atomic():
        items = list(
            Notification.objects.select_for_update(skip_locked=True)
            .filter(
                recipient_id=user_id,
                delivery=Notification.Delivery.DIGEST,
                status=Notification.Status.PENDING,
                digest__isnull=True,
            )
            .order_by("created_at", "pk")
        )
        if not items:
            return None
        user = items[0].recipient
        recipient = recipient_for(user) if user is not None else None
        if recipient is None:
            Notification.objects.filter(pk__in=[item.pk for item in items]).update(
                status=Notification.Status.SKIPPED, error="no address"
            )
            return None
        with translation.override(recipient.language):
            groups: dict[str, dict] = {}
            for item in items:
                group = groups.setdefault(item.event, {"label": str(events.get(item.event).label), "items": []})
                group["items"].append(item)
        subject, body = render_message(
            event=events.DIGEST,
            context={"groups": list(groups.values()), "count": len(items)},
            recipient=recipient,
            url=absolute_url(reverse("notifications:preferences"), recipient.language),
        )
        digest = Notification.objects.create(
            recipient=user,
            email=recipient.email,
            language=recipient.language,
            event=events.DIGEST.key,
            subject=subject,
            body=body,
            delivery=Notification.Delivery.IMMEDIATE,
            status=Notification.Status.PENDING,
        )
        Notification.objects.filter(pk__in=[item.pk for item in items]).update(digest=digest)
        _enqueue_on_commit(digest.pk)
    return digest
