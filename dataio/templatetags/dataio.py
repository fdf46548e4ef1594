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


@register.simple_tag
def can_import(user) -> bool:
    """The import permission from rules alone: user.has_perm would also ask the ModelBackend (two queries a page)."""
    import rules

    return bool(user and user.is_authenticated and rules.has_perm("dataio.import_data", user))
