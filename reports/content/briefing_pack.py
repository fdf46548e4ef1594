"""briefing_pack report content (to be written)."""
