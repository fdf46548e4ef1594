"""priority_status (to be written)."""
