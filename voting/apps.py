from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VotingConfig(AppConfig):
    """Ballots put to a council between meetings: written resolutions and electronic votes."""

    name = "voting"
    verbose_name = _("Decisions between meetings")
