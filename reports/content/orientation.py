"""orientation report content (to be written)."""
