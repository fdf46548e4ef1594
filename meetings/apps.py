from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    """Meetings of the councils: agendas, attendance, decisions and action items."""

    name = "meetings"
    verbose_name = _("Meetings")
