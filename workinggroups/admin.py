"""Staff admin of working groups: reporting lines, co-chair seats and terms, members, workplans and updates."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from jointcouncils.admin import AuditedAdmin, AuditedTranslationAdmin, ProvenanceAdminMixin, language_fieldsets

from .models import (
    MAX_COCHAIR_SEATS,
    CochairSeat,
    CochairTerm,
    Milestone,
    OutstandingTask,
    ReportingLine,
    StatusUpdate,
    TermChangeRequest,
    WorkingGroup,
    WorkingGroupMember,
)

GROUP_SEARCH = ("working_group__name_en", "working_group__name_fr", "working_group__acronym_en", "working_group__acronym_fr")


class ReportingLineInline(TranslationTabularInline):
    model = ReportingLine
    extra = 0
    fields = ("council", "start_date", "end_date", "note_en", "note_fr")


class CochairSeatInline(TranslationTabularInline):
    """Seats in the group's page; each seat's terms are edited on the seat's own page (the change link)."""

    model = CochairSeat
    extra = 0
    max_num = MAX_COCHAIR_SEATS
    fields = ("number", "note_en", "note_fr", "holders")
    readonly_fields = ("holders",)
    show_change_link = True

    @admin.display(description=_("current holder"))
    def holders(self, seat):
        if seat.pk is None:
            return ""
        term = seat.current_term()
        return term.holder_name if term else _("vacant")


class WorkingGroupMemberInline(admin.TabularInline):
    model = WorkingGroupMember
    extra = 0
    fields = ("person", "on_behalf_of", "start_date", "end_date")
    autocomplete_fields = ("person", "on_behalf_of")


@admin.register(WorkingGroup)
class WorkingGroupAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("name", "acronym", "kind", "status", "start_date", "planned_end_date")
    list_filter = ("kind", "status", "reporting_lines__council", "alignments__priority")
    search_fields = ("slug", "name_en", "name_fr", "acronym_en", "acronym_fr", "mandate_en", "mandate_fr")
    date_hierarchy = "start_date"
    fieldsets = language_fieldsets(
        ("slug", "kind", "status", "start_date", "planned_end_date"), ("name", "acronym", "mandate", "notes")
    )
    inlines = (ReportingLineInline, CochairSeatInline, WorkingGroupMemberInline)


@admin.register(ReportingLine)
class ReportingLineAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("working_group", "council", "start_date", "end_date")
    list_filter = ("council",)
    list_select_related = ("working_group", "council")
    search_fields = GROUP_SEARCH + ("note_en", "note_fr")
    autocomplete_fields = ("working_group",)
    fieldsets = language_fieldsets(("working_group", "council", "start_date", "end_date"), ("note",))


class CochairTermInline(admin.TabularInline):
    model = CochairTerm
    extra = 0
    fields = (
        "person",
        "organisation",
        "holder_level",
        "on_behalf_of",
        "start_date",
        "start_precision",
        "end_date",
        "council_member_attested",
        "source",
    )
    autocomplete_fields = ("person", "organisation", "on_behalf_of")


@admin.register(CochairSeat)
class CochairSeatAdmin(AuditedTranslationAdmin):
    list_display = ("working_group", "number", "holder", "note")
    list_filter = ("number", "working_group__status")
    list_select_related = ("working_group",)
    search_fields = GROUP_SEARCH + ("note_en", "note_fr")
    autocomplete_fields = ("working_group",)
    fieldsets = language_fieldsets(("working_group", "number"), ("note",))
    inlines = (CochairTermInline,)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("terms__person", "terms__organisation")

    @admin.display(description=_("current holder"))
    def holder(self, seat):
        term = seat.current_term()
        return term.holder_name if term else _("vacant")


@admin.register(CochairTerm)
class CochairTermAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("holder_name", "seat", "on_behalf_of", "start_date", "end_date", "council_member_attested")
    list_filter = ("council_member_attested", "seat__number", "seat__working_group__status")
    list_select_related = ("seat__working_group", "person", "organisation", "on_behalf_of")
    search_fields = (
        "source_location_en",
        "source_location_fr",
        "person__given_name",
        "person__family_name",
        "organisation__name_en",
        "organisation__name_fr",
        "organisation__acronym_en",
        "organisation__acronym_fr",
        "seat__working_group__name_en",
        "seat__working_group__name_fr",
    )
    autocomplete_fields = ("seat", "person", "organisation", "on_behalf_of")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "seat",
                    "person",
                    "organisation",
                    "holder_level",
                    "on_behalf_of",
                    "start_date",
                    "start_precision",
                    "end_date",
                    "council_member_attested",
                    "source",
                )
            },
        ),
    )

    @admin.display(description=_("holder"))
    def holder_name(self, term):
        return term.holder_name


@admin.register(WorkingGroupMember)
class WorkingGroupMemberAdmin(AuditedAdmin):
    list_display = ("person", "working_group", "on_behalf_of", "start_date", "end_date")
    list_filter = ("working_group__status",)
    list_select_related = ("person", "working_group", "on_behalf_of")
    search_fields = GROUP_SEARCH + ("person__given_name", "person__family_name")
    autocomplete_fields = ("working_group", "person", "on_behalf_of")
    fieldsets = ((None, {"fields": ("working_group", "person", "on_behalf_of", "start_date", "end_date")}),)


@admin.register(Milestone)
class MilestoneAdmin(AuditedTranslationAdmin):
    list_display = ("title", "working_group", "due_date", "status", "completed_on")
    list_filter = ("status",)
    list_select_related = ("working_group",)
    search_fields = GROUP_SEARCH + ("title_en", "title_fr", "description_en", "description_fr")
    autocomplete_fields = ("working_group", "depends_on")
    date_hierarchy = "due_date"
    fieldsets = language_fieldsets(
        ("working_group", "due_date", "status", "completed_on", "depends_on"), ("title", "description")
    )


@admin.register(OutstandingTask)
class OutstandingTaskAdmin(ProvenanceAdminMixin, AuditedTranslationAdmin):
    list_display = ("title", "working_group", "raised_on", "last_reviewed_on", "review_decision")
    list_filter = ("review_decision",)
    list_select_related = ("working_group",)
    search_fields = GROUP_SEARCH + ("title_en", "title_fr", "description_en", "description_fr")
    autocomplete_fields = ("working_group",)
    fieldsets = language_fieldsets(
        ("working_group", "raised_on", "last_reviewed_on", "review_decision", "source"),
        ("title", "description", "review_note"),
    )


@admin.register(StatusUpdate)
class StatusUpdateAdmin(AuditedTranslationAdmin):
    list_display = ("working_group", "period_label", "rag", "state", "period_end", "approved_at")
    list_filter = ("state", "rag")
    list_select_related = ("working_group",)
    search_fields = GROUP_SEARCH + ("period_label_en", "period_label_fr")
    autocomplete_fields = ("working_group",)
    # The review workflow (submit, return, approve) belongs to the portal's pages; here its traces are read-only.
    readonly_fields = ("author", "submitted_at", "reviewed_by", "approved_at")
    date_hierarchy = "period_end"
    fieldsets = language_fieldsets(
        ("working_group", "period_start", "period_end", "rag", "state"),
        ("period_label", "rag_rationale", "accomplishments", "next_steps", "risks_issues", "asks", "return_reason"),
        extra=((_("Review"), {"fields": ("author", "submitted_at", "reviewed_by", "approved_at")}),),
    )


@admin.register(TermChangeRequest)
class TermChangeRequestAdmin(AuditedAdmin):
    """Read and correct the words of a request; accepting or declining belongs to the portal's request page, which
    makes the term change in the same transaction."""

    list_display = ("working_group", "kind", "state", "requested_by", "created_at", "decided_at")
    list_filter = ("state", "kind")
    list_select_related = ("working_group", "requested_by")
    search_fields = GROUP_SEARCH + ("reason", "proposed_holder", "decision_reason")
    autocomplete_fields = ("working_group", "proposed_person")
    raw_id_fields = ("seat", "term", "requested_by")
    readonly_fields = ("state", "decided_by", "decided_at", "decision_reason")
