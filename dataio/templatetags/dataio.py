"""Template helpers of the export links."""

from django import template

register = template.Library()


@register.simple_tag
def export_query(request, fixed: str = "") -> str:
    """The query string an export link carries: the given one, else the page's filters without the page number."""
    if fixed:
        return fixed
    if request is None:
        return ""
    data = request.GET.copy()
    data.pop("page", None)
    return data.urlencode()
