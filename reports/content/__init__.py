"""Report content modules; importing this package registers every kind."""

from . import ballot_record, briefing_pack, deck, orientation, priority_status, wg_status  # noqa: F401
