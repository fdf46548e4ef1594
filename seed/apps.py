from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeedConfig(AppConfig):
    """The top floor: the real record's data, its loader, and the commands that load, scale and demo it."""

    name = "seed"
    verbose_name = _("Seed data")
