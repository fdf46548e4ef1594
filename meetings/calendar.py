"""Calendar files (RFC 5545, with the icalendar package): one meeting, or a council's feed.

A feed is fetched by calendar applications, which cannot log in, so its address carries the user's secret
calendar key (notifications.Preference.calendar_token); the feed is written in that user's language.
"""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from notifications.services import absolute_url

from .models import Meeting

FEED_PAST_DAYS = 365


def _host() -> str:
    return settings.PORTAL_URL.split("://", 1)[-1].split("/", 1)[0] or "jointcouncils"


def _event(meeting: Meeting, language: str) -> Event:
    event = Event()
    event.add("uid", f"meeting-{meeting.pk}@{_host()}")
    event.add("dtstamp", meeting.updated_at or timezone.now())
    event.add("sequence", meeting.version)
    event.add("dtstart", meeting.start)
    if meeting.end:
        event.add("dtend", meeting.end)
    event.add("summary", f"{meeting.council.acronym} – {meeting.title}")
    if meeting.place:
        event.add("location", meeting.place)
    link = absolute_url(reverse("meetings:detail", args=[meeting.pk]), language)
    event.add("url", link)
    lines = []
    items = [item.title for item in meeting.agenda_items.all()]
    if items:
        lines.append(_("Agenda:"))
        lines.extend(f"{number}. {title}" for number, title in enumerate(items, start=1))
        lines.append("")
    lines.append(_("The meeting, its agenda and its briefing pack in the portal: %(url)s") % {"url": link})
    event.add("description", "\n".join(lines))
    event.add(
        "status",
        {"cancelled": "CANCELLED", "held": "CONFIRMED", "planned": "CONFIRMED"}.get(meeting.status, "TENTATIVE"),
    )
    return event


def _calendar(name: str, language: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//ICCS//Joint Councils portal//" + language.upper())
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def meeting_ics(*, meeting: Meeting, language: str) -> bytes:
    """One meeting as an .ics file, in the language given."""
    with translation.override(language):
        calendar = _calendar(f"{meeting.council.acronym} – {meeting.title}", language)
        calendar.add("method", "PUBLISH")
        calendar.add_component(_event(meeting, language))
        return calendar.to_ical()


def council_feed_ics(*, council, language: str, today: datetime.date | None = None) -> bytes:
    """A council's meetings from a year ago onwards, as a subscribable feed in the language given."""
    today = today or timezone.localdate()
    since = timezone.make_aware(datetime.datetime.combine(today - datetime.timedelta(days=FEED_PAST_DAYS), datetime.time()))
    meetings = (
        Meeting.objects.filter(council=council, start__gte=since)
        .select_related("council")
        .prefetch_related("agenda_items")
        .order_by("start")
    )
    with translation.override(language):
        calendar = _calendar(_("%(council)s meetings") % {"council": council.acronym}, language)
        for meeting in meetings:
            calendar.add_component(_event(meeting, language))
        return calendar.to_ical()
