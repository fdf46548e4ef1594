from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LogicModelConfig(AppConfig):
    """The versioned logic model: vision, principles, outcomes, engagement levels, alignment."""

    name = "logicmodel"
    verbose_name = _("Logic model")
