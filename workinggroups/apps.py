from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkingGroupsConfig(AppConfig):
    """Working groups, their co-chair seats and terms, members and reporting lines."""

    name = "workinggroups"
    verbose_name = _("Working groups")
