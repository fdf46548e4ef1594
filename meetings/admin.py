"""Staff admin of meetings: agenda items, attendance, decisions and action items inline on each meeting.

Attachments are listed but never uploaded here: an upload must go through the portal's agenda builder, which
checks the file by its content, its size and its checksum (meetings.attachments).
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from jointcouncils.admin import AuditedAdmin, AuditedTranslationAdmin, ProvenanceAdminMixin, language_fieldsets

from .models import ActionItem, AgendaItem, Attachment, Attendance, Decision, Meeting

MEETING_SEARCH = ("meeting__title_en", "meeting__title_fr")


class MeetingItemsInlineMixin:
    """Agenda-item choices of an inline row are the items of the meeting being edited."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "agenda_item":
            meeting_id = request.resolver_match.kwargs.get("object_id") if request.resolver_match else None
            kwargs["queryset"] = AgendaItem.objects.filter(meeting_id=meeting_id).order_by("order", "pk")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class AgendaItemInline(TranslationStackedInline):
    model = AgendaItem
    extra = 0
    fields = (
        ("order", "purpose", "minutes", "presenter"),
        "title_en",
        "title_fr",
        "decision_sought_en",
        "decision_sought_fr",
    )
    autocomplete_fields = ("presenter",)
    show_change_link = True


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    fields = ("person", "on_behalf_of", "status")
    autocomplete_fields = ("person", "on_behalf_of")


class DecisionInline(MeetingItemsInlineMixin, TranslationTabularInline):
    model = Decision
    extra = 0
    fields = ("text_en", "text_fr", "agenda_item", "decided_on", "result", "votes_for", "votes_against", "abstentions")


class ActionItemInline(MeetingItemsInlineMixin, TranslationStackedInline):
    model = ActionItem
    extra = 0
    fields = (
        "description_en",
        "description_fr",
        ("owner_person", "owner_organisation", "owner_group", "owner_council"),
        ("agenda_item", "due_date", "status", "closed_on"),
        "closing_note_en",
        "closing_note_fr",
    )
    autocomplete_fields = ("owner_person", "owner_group")


@admin.register(Meeting)
class MeetingAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("title", "council", "start", "city", "is_virtual", "status")
    list_filter = ("council", "status", "is_virtual")
    list_select_related = ("council",)
    search_fields = ("title_en", "title_fr", "city_en", "city_fr", "venue_en", "venue_fr")
    date_hierarchy = "start"
    fieldsets = language_fieldsets(
        ("council", "start", "end", "is_virtual", "status", "source"), ("title", "city", "venue", "objectives", "context")
    )
    inlines = (AgendaItemInline, AttendanceInline, DecisionInline, ActionItemInline)


class AttachmentInline(admin.TabularInline):
    """Read-only: uploads are checked by content in the portal's agenda builder."""

    model = Attachment
    extra = 0
    fields = ("title_en", "title_fr", "original_name", "kind", "size", "sha256", "uploaded_by")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(AgendaItem)
class AgendaItemAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("title", "meeting", "order", "purpose", "minutes")
    list_filter = ("purpose", "meeting__council")
    list_select_related = ("meeting__council",)
    search_fields = ("title_en", "title_fr", *MEETING_SEARCH)
    autocomplete_fields = ("meeting", "presenter", "priorities", "working_groups", "outcomes")
    fieldsets = language_fieldsets(
        ("meeting", "order", "purpose", "minutes", "presenter"),
        ("title", "objectives", "context", "discussion_questions", "decision_sought", "presenter_note"),
        extra=((_("Links"), {"fields": ("priorities", "working_groups", "outcomes")}),),
    )
    inlines = (AttachmentInline,)


@admin.register(Attachment)
class AttachmentAdmin(AuditedTranslationAdmin):
    """Titles can be corrected here; the file, its type, size and checksum cannot."""

    list_display = ("title", "agenda_item", "kind", "size", "original_name", "created_at")
    list_filter = ("kind", "language")
    list_select_related = ("agenda_item",)
    search_fields = ("title_en", "title_fr", "original_name", "sha256")
    readonly_fields = ("agenda_item", "file", "original_name", "kind", "size", "sha256", "uploaded_by")
    fieldsets = language_fieldsets(
        ("agenda_item", "file", "original_name", "kind", "size", "sha256", "language", "uploaded_by"), ("title",)
    )

    def has_add_permission(self, request):
        return False


@admin.register(Attendance)
class AttendanceAdmin(AuditedAdmin):
    list_display = ("person", "meeting", "on_behalf_of", "status")
    list_filter = ("status", "meeting__council")
    list_select_related = ("person", "meeting__council", "on_behalf_of")
    search_fields = ("person__given_name", "person__family_name", *MEETING_SEARCH)
    autocomplete_fields = ("meeting", "person", "on_behalf_of")
    fields = ("meeting", "person", "on_behalf_of", "status")


@admin.register(Decision)
class DecisionAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("__str__", "meeting", "decided_on", "result")
    list_filter = ("result", "meeting__council")
    list_select_related = ("meeting__council",)
    search_fields = ("text_en", "text_fr", *MEETING_SEARCH)
    autocomplete_fields = ("meeting", "agenda_item", "priorities")
    date_hierarchy = "decided_on"
    fieldsets = language_fieldsets(
        ("meeting", "agenda_item", "decided_on", "result", "votes_for", "votes_against", "abstentions", "priorities"),
        ("text",),
    )


@admin.register(ActionItem)
class ActionItemAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("__str__", "meeting", "owner", "due_date", "status", "closed_on")
    list_filter = ("status", "meeting__council", "owner_group")
    list_select_related = ("meeting__council", "owner_person", "owner_organisation", "owner_group", "owner_council")
    search_fields = ("description_en", "description_fr", *MEETING_SEARCH)
    autocomplete_fields = ("meeting", "agenda_item", "owner_person", "owner_group")
    date_hierarchy = "due_date"
    fieldsets = language_fieldsets(
        (
            "meeting",
            "agenda_item",
            "owner_person",
            "owner_organisation",
            "owner_group",
            "owner_council",
            "due_date",
            "status",
            "closed_on",
        ),
        ("description", "closing_note"),
    )

    @admin.display(description=_("owner"))
    def owner(self, item):
        return item.owner
