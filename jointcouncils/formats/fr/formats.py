"""French date and time formats of the portal: times as "14 h 30" (the rest is Django's French)."""

TIME_FORMAT = "G \\h i"
DATETIME_FORMAT = "j F Y, G \\h i"
SHORT_DATETIME_FORMAT = "d/m/Y G \\h i"
