from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    """Jurisdictions, organisations, people, the three councils and their memberships."""

    name = "councils"
    verbose_name = _("Councils")
