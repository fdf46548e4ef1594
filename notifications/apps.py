from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """Each user's preferences (language, messages, calendar feed) and the e-mail messages sent to them."""

    name = "notifications"
    verbose_name = _("notifications")
