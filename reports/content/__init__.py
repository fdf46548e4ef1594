"""Report content modules; importing this package registers every kind."""

from . import ballot_record, briefing_pack, deck, orientation, priority_status, strategic_plan, wg_status  # noqa: F401
