from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JointCouncilsConfig(AppConfig):
    """Project-wide pieces: health, roles, history helpers."""

    name = "jointcouncils"
    verbose_name = _("Joint Councils portal")
