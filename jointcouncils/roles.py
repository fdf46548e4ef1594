"""Roles are auth groups; these helpers answer "is this user in that role?"."""

from django.conf import settings


def _group_names(user) -> set[str]:
    if not user or not user.is_authenticated:
        return set()
    cached = getattr(user, "_jc_group_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._jc_group_names = cached
    return cached


def is_admin(user) -> bool:
    """Admins are superusers or members of the admin group."""
    return bool(user and user.is_authenticated and (user.is_superuser or settings.ROLE_ADMIN in _group_names(user)))


def is_secretariat(user) -> bool:
    """ICCS secretariat staff edit everything; admins too."""
    return is_admin(user) or settings.ROLE_SECRETARIAT in _group_names(user)


def is_cochair(user) -> bool:
    """A co-chair reads everything and edits their own groups."""
    return settings.ROLE_COCHAIR in _group_names(user)


def is_council_member(user) -> bool:
    """A council member reads."""
    return settings.ROLE_COUNCIL_MEMBER in _group_names(user)


def is_reader(user) -> bool:
    """Anyone with a portal role may read the record; a logged-in outsider may not."""
    return is_secretariat(user) or is_cochair(user) or is_council_member(user)


ALL_ROLES = (settings.ROLE_SECRETARIAT, settings.ROLE_COCHAIR, settings.ROLE_COUNCIL_MEMBER, settings.ROLE_ADMIN)
