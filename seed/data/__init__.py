"""Plain bilingual data taken from the sources, one module per area; every record carries its provenance."""
