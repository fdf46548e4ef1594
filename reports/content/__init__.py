"""Report content modules; importing this package registers every kind."""

from . import briefing_pack, orientation, priority_status, strategic_plan, wg_status  # noqa: F401
