"""rules predicates for the portal's roles; each app's rules.py combines them into permissions."""

import rules

from . import roles


@rules.predicate
def is_admin(user) -> bool:
    return roles.is_admin(user)


@rules.predicate
def is_secretariat(user) -> bool:
    return roles.is_secretariat(user)


@rules.predicate
def is_cochair(user) -> bool:
    return roles.is_cochair(user)


@rules.predicate
def is_reader(user) -> bool:
    """Secretariat, co-chairs and council members read the whole record."""
    return roles.is_reader(user)
