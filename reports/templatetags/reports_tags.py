"""{% report_actions target "kind" %}: the "build" button and the link to past builds, on any record's page."""

from django import template

from reports.models import ReportBuild

register = template.Library()


@register.inclusion_tag("reports/includes/report_actions.html", takes_context=True)
def report_actions(context, target, *kinds):
    """One line per report kind: a build button for those who may build it, and the past builds for readers."""
    user = context["request"].user
    rows = [
        {
            "kind": kind,
            "label": ReportBuild.Kind(kind).label,
            "can_request": user.has_perm("reports.request_report", target),
        }
        for kind in kinds
    ]
    return {"target": target, "rows": rows, "csrf_token": context.get("csrf_token")}


@register.filter
def longdate(value: str | None) -> str:
    """An ISO date of a report snapshot, written out in the active language ("22 September 2020", "22 septembre 2020")."""
    import datetime

    from django.utils.formats import date_format

    if not value:
        return ""
    try:
        day = datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
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
