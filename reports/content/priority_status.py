"""priority_status report content (to be written)."""
