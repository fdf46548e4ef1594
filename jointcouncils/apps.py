from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JointCouncilsConfig(AppConfig):
    """Project-wide pieces: health, roles, history helpers."""

    name = "jointcouncils"
    verbose_name = _("Joint Councils portal")

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .record_version import connect_signals

        # Every write to the record bumps its version, the key of cached numbers and fragments.
        connect_signals()
