from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardsConfig(AppConfig):
    """Live dashboards: the secretariat overview, the co-chair's own, priorities, logic-model coverage, participation."""

    name = "dashboards"
    verbose_name = _("Dashboards")
