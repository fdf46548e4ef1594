"""Who may set preferences: anyone with a portal role, for their own account only (the views use request.user)."""

import rules

from jointcouncils.predicates import is_reader

rules.add_perm("notifications.manage_preferences", is_reader)
