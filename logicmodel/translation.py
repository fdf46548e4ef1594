from modeltranslation.translator import TranslationOptions, register

from jointcouncils.history import track

from .models import Alignment, EngagementLevel, Indicator, IndicatorValue, LogicModel, Outcome, Principle


@register(LogicModel)
class LogicModelTranslation(TranslationOptions):
    fields = ("name", "vision", "call_to_action", "objective", "source_location", "inferred_reason")


@register(Principle)
class PrincipleTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Outcome)
class OutcomeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(EngagementLevel)
class EngagementLevelTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Alignment)
class AlignmentTranslation(TranslationOptions):
    fields = ("contribution", "source_location", "inferred_reason")


track(LogicModel, Principle, Outcome, EngagementLevel, Alignment)


@register(Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("name", "description", "unit")


@register(IndicatorValue)
class IndicatorValueTranslation(TranslationOptions):
    fields = ("period_label", "note")


track(Indicator, IndicatorValue)
