from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkingGroupsConfig(AppConfig):
    """Working groups, their co-chair seats and terms, members, reporting lines, workplans and status updates."""

    name = "workinggroups"
    verbose_name = _("Working groups")

    def ready(self):
        # Permissions of the reporting workflow live beside its views; rules.py is autodiscovered, this is not.
        from .reporting import rules  # noqa: F401
