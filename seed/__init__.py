"""The top floor: the real record of the Joint Councils, loaded from the sources (data modules under seed/data/)."""
