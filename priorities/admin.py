"""Staff admin of council priorities and emerging themes."""

from django.contrib import admin

from jointcouncils.admin import AuditedTranslationAdmin, ProvenanceAdminMixin, language_fieldsets

from .models import Priority


@admin.register(Priority)
class PriorityAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("name", "acronym", "council", "kind", "status", "year", "order")
    list_filter = ("kind", "status", "council", "year")
    list_select_related = ("council", "lead_person")
    search_fields = ("slug", "name_en", "name_fr", "acronym_en", "acronym_fr", "definition_en", "definition_fr")
    autocomplete_fields = ("lead_person", "lead_organisations")
    fieldsets = language_fieldsets(
        ("slug", "council", "kind", "status", "year", "order", "lead_person", "lead_organisations"),
        ("name", "acronym", "definition", "scope", "lead_note"),
    )
