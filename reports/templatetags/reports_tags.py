"""{% report_actions target "kind" %}: the "build" button and the link to past builds, on any record's page."""

from django import template
from django.utils.translation import get_language

from reports import kinds as report_kinds
from reports.selectors import meeting_packs, new_packs

register = template.Library()


@register.inclusion_tag("reports/includes/report_actions.html", takes_context=True)
def report_actions(context, target, *kinds):
    """One line per report kind: a build button for those who may build it, and the past builds for readers."""
    user = context["request"].user
    rows = [
        {
            "kind": kind,
            "label": report_kinds.get(kind).label,
            "can_request": user.has_perm("reports.request_report", target),
        }
        for kind in kinds
    ]
    return {"target": target, "rows": rows, "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("reports/includes/meeting_pack.html", takes_context=True)
def meeting_pack(context, meeting, heading_level=2):
    """A meeting's briefing pack for the reader: their language's edition first, the other beside, each with its state."""
    user = context["request"].user
    editions = meeting_packs(meeting_ids=[meeting.pk], user=user, language=get_language())[meeting.pk]
    return {"meeting": meeting, "editions": editions, "heading_level": heading_level}


@register.simple_tag(takes_context=True)
def attach_packs(context, meetings) -> str:
    """Give each meeting of a list its pack editions for the reader (``meeting.pack_editions``), in two queries."""
    meetings = list(meetings)
    editions = meeting_packs(meeting_ids=[m.pk for m in meetings], user=context["request"].user, language=get_language())
    for meeting in meetings:
        meeting.pack_editions = editions[meeting.pk]
    return ""


@register.simple_tag
def packs_since(council_ids, since):
    """Final briefing packs in the active language built for the councils' meetings since a moment (newest first)."""
    if since is None:
        return []
    return new_packs(council_ids=council_ids, since=since, language=get_language())


@register.filter
def longdate(value: str | None, precision: str = "day") -> str:
    """An ISO date of a report snapshot, written out in the active language ("22 September 2020", "22 septembre 2020"),
    to the precision the record knows ("September 2020", "2019")."""
    import datetime

    from django.utils.formats import date_format

    if not value:
        return ""
    try:
        day = datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return date_format(day, "YEAR_MONTH_FORMAT")
    return date_format(day, "j F Y")


@register.filter
def longdatetime(value: str | None) -> str:
    """A local ISO date and time of a report snapshot, written out in the active language ("2 December 2026, 14:30")."""
    import datetime

    from django.utils.formats import date_format

    if not value:
        return ""
    try:
        moment = datetime.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return date_format(moment, "j F Y, H:i")
