from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeedConfig(AppConfig):
    """The real data of the Joint Councils and its loader (top floor: imports every domain app, none imports it)."""

    name = "seed"
    verbose_name = _("Joint Councils data")
