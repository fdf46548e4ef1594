from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Report builds: briefing packs and status reports, built by Celery, rendered by WeasyPrint."""

    name = "reports"
    verbose_name = _("Reports")
