from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrioritiesConfig(AppConfig):
    """Council priorities and emerging themes: scope, lead, status."""

    name = "priorities"
    verbose_name = _("Priorities")
