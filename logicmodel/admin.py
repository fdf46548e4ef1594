"""Staff admin of the logic model (principles, outcomes, indicators, engagement levels) and of alignments."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from jointcouncils.admin import AuditedTranslationAdmin, ProvenanceAdminMixin, language_fieldsets

from .models import Alignment, EngagementLevel, Indicator, IndicatorValue, LogicModel, Outcome, Principle


class PrincipleInline(TranslationStackedInline):
    model = Principle
    extra = 0
    fieldsets = language_fieldsets(("order",), ("name", "description"))


class OutcomeInline(TranslationStackedInline):
    model = Outcome
    extra = 0
    fieldsets = language_fieldsets(("term", "order", "code"), ("name", "description"))


class EngagementLevelInline(TranslationStackedInline):
    model = EngagementLevel
    extra = 0
    fieldsets = language_fieldsets(("order", "code"), ("name", "description"))


@admin.register(LogicModel)
class LogicModelAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("name", "slug", "adopted_on", "is_current")
    list_filter = ("is_current",)
    search_fields = ("slug", "name_en", "name_fr", "vision_en", "vision_fr")
    fieldsets = language_fieldsets(("slug", "adopted_on", "is_current"), ("name", "vision", "call_to_action", "objective"))
    inlines = (PrincipleInline, OutcomeInline, EngagementLevelInline)


class LogicModelPartAdmin(AuditedTranslationAdmin):
    """Principles, outcomes and levels also have their own pages, for search and history."""

    list_select_related = ("logic_model",)
    list_filter = ("logic_model",)
    search_fields = ("name_en", "name_fr", "description_en", "description_fr")


@admin.register(Principle)
class PrincipleAdmin(LogicModelPartAdmin):
    list_display = ("name", "logic_model", "order")
    fieldsets = language_fieldsets(("logic_model", "order"), ("name", "description"))


class IndicatorInline(TranslationStackedInline):
    model = Indicator
    extra = 0
    show_change_link = True
    fieldsets = language_fieldsets(("order", "baseline", "target", "target_date"), ("name", "description", "unit"))


@admin.register(Outcome)
class OutcomeAdmin(LogicModelPartAdmin):
    list_display = ("name", "code", "term", "logic_model", "order")
    list_filter = ("logic_model", "term")
    search_fields = LogicModelPartAdmin.search_fields + ("code",)
    fieldsets = language_fieldsets(("logic_model", "term", "order", "code"), ("name", "description"))
    inlines = (IndicatorInline,)


class IndicatorValueInline(TranslationTabularInline):
    model = IndicatorValue
    extra = 0
    fields = ("period_label_en", "period_label_fr", "period_end", "value", "note_en", "note_fr")


@admin.register(Indicator)
class IndicatorAdmin(AuditedTranslationAdmin):
    list_display = ("name", "outcome", "unit", "baseline", "target", "target_date")
    list_filter = ("outcome__logic_model", "outcome__term")
    list_select_related = ("outcome",)
    search_fields = ("name_en", "name_fr", "description_en", "description_fr", "outcome__name_en", "outcome__name_fr")
    autocomplete_fields = ("outcome",)
    fieldsets = language_fieldsets(("outcome", "order", "baseline", "target", "target_date"), ("name", "description", "unit"))
    inlines = (IndicatorValueInline,)


@admin.register(IndicatorValue)
class IndicatorValueAdmin(AuditedTranslationAdmin):
    list_display = ("indicator", "period_label", "period_end", "value")
    list_filter = ("indicator__outcome__logic_model",)
    list_select_related = ("indicator",)
    search_fields = ("indicator__name_en", "indicator__name_fr", "period_label_en", "period_label_fr", "note_en", "note_fr")
    autocomplete_fields = ("indicator",)
    date_hierarchy = "period_end"
    fieldsets = language_fieldsets(("indicator", "period_end", "value"), ("period_label", "note"))


@admin.register(EngagementLevel)
class EngagementLevelAdmin(LogicModelPartAdmin):
    list_display = ("name", "code", "logic_model", "order")
    search_fields = LogicModelPartAdmin.search_fields + ("code",)
    fieldsets = language_fieldsets(("logic_model", "order", "code"), ("name", "description"))


@admin.register(Alignment)
class AlignmentAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("working_group", "target", "engagement_level", "logic_model")
    list_filter = ("logic_model", "engagement_level", "outcome__term", "priority")
    list_select_related = ("working_group", "outcome", "priority", "engagement_level", "logic_model")
    search_fields = (
        "working_group__name_en",
        "working_group__name_fr",
        "working_group__acronym_en",
        "working_group__acronym_fr",
        "contribution_en",
        "contribution_fr",
    )
    autocomplete_fields = ("working_group",)
    fieldsets = language_fieldsets(
        ("logic_model", "working_group", "outcome", "priority", "engagement_level", "source"), ("contribution",)
    )

    @admin.display(description=_("outcome or priority"))
    def target(self, alignment):
        return alignment.outcome or alignment.priority
