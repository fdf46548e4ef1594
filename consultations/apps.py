from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """Consultations of members, coded themes, and the strategic plan's narrative."""

    name = "consultations"
    verbose_name = _("consultations")
