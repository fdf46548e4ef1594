"""orientation (to be written)."""
