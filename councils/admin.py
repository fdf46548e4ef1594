"""Staff admin of jurisdictions, organisations, people, councils and council memberships."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from jointcouncils.admin import AuditedTranslationAdmin, ProvenanceAdminMixin, language_fieldsets

from .models import Council, CouncilCochairSeat, CouncilMembership, ExternalRelation, Jurisdiction, Organisation, Person


@admin.register(Jurisdiction)
class JurisdictionAdmin(AuditedTranslationAdmin):
    list_display = ("name", "code", "level")
    list_filter = ("level",)
    search_fields = ("code", "name_en", "name_fr")
    fieldsets = language_fieldsets(("code", "level"), ("name",))


@admin.register(Organisation)
class OrganisationAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("name", "acronym", "kind", "jurisdiction")
    list_filter = ("kind", "jurisdiction__level", "jurisdiction")
    list_select_related = ("jurisdiction",)
    search_fields = ("name_en", "name_fr", "acronym_en", "acronym_fr")
    autocomplete_fields = ("jurisdiction",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = language_fieldsets(("kind", "jurisdiction", "website"), ("name", "acronym"))


@admin.register(Person)
class PersonAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("family_name", "given_name", "organisation", "email", "preferred_language", "user")
    list_display_links = ("family_name", "given_name")
    list_filter = ("preferred_language", "organisation__jurisdiction__level", "council_memberships__council")
    list_select_related = ("organisation", "user")
    search_fields = (
        "given_name",
        "family_name",
        "email",
        "title_en",
        "title_fr",
        "organisation__name_en",
        "organisation__name_fr",
        "organisation__acronym_en",
        "organisation__acronym_fr",
    )
    autocomplete_fields = ("organisation",)
    fieldsets = language_fieldsets(
        ("given_name", "family_name", "email", "organisation", "preferred_language", "user"), ("title",)
    )


class CouncilMembershipInline(admin.TabularInline):
    model = CouncilMembership
    fk_name = "council"
    extra = 0
    fields = ("person", "role", "on_behalf_of", "start_date", "end_date")
    autocomplete_fields = ("person", "on_behalf_of")
    verbose_name = _("membership")
    verbose_name_plural = _("memberships")


@admin.register(Council)
class CouncilAdmin(AuditedTranslationAdmin):
    list_display = ("acronym", "name", "code", "established")
    list_display_links = ("acronym", "name")
    search_fields = ("code", "name_en", "name_fr", "acronym_en", "acronym_fr")
    filter_horizontal = ("constituent_councils",)
    fieldsets = language_fieldsets(("code", "established", "constituent_councils"), ("name", "acronym", "description"))
    inlines = (CouncilMembershipInline,)


@admin.register(CouncilMembership)
class CouncilMembershipAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("person", "council", "role", "on_behalf_of", "start_date", "end_date")
    list_filter = ("council", "role", "person__organisation__jurisdiction__level")
    list_select_related = ("person", "council", "on_behalf_of")
    search_fields = (
        "source_location_en",
        "source_location_fr",
        "person__given_name",
        "person__family_name",
        "on_behalf_of__name_en",
        "on_behalf_of__name_fr",
        "on_behalf_of__acronym_en",
        "on_behalf_of__acronym_fr",
    )
    autocomplete_fields = ("person", "on_behalf_of")
    date_hierarchy = "start_date"
    fieldsets = ((None, {"fields": ("person", "council", "role", "on_behalf_of", "start_date", "start_precision", "end_date")}),)


@admin.register(ExternalRelation)
class ExternalRelationAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("council", "body", "kind", "is_formal")
    list_filter = ("council", "kind")
    search_fields = ("body__name_en", "body__name_fr", "description_en", "description_fr")
    autocomplete_fields = ("body",)
    fieldsets = language_fieldsets(("council", "body", "kind", "is_formal"), ("description",))


@admin.register(CouncilCochairSeat)
class CouncilCochairSeatAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("council", "organisation", "level", "turnover", "year")
    list_filter = ("council", "level", "turnover")
    search_fields = ("organisation__name_en", "organisation__name_fr", "source_location_en", "source_location_fr")
    autocomplete_fields = ("organisation",)
    fieldsets = ((None, {"fields": ("council", "order", "organisation", "level", "turnover", "year")}),)
