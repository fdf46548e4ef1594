from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DataioConfig(AppConfig):
    """Spreadsheet export of every list, spreadsheet import of the registry, and search across the record."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "dataio"
    verbose_name = _("data import, export and search")
