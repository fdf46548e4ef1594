"""Template context shared by every page."""

from jointcouncils import roles


def portal(request):
    """The user's roles, so templates can show or hide staff actions."""
    user = getattr(request, "user", None)
    return {
        "is_secretariat": bool(user and roles.is_secretariat(user)),
        "is_cochair": bool(user and roles.is_cochair(user)),
    }
