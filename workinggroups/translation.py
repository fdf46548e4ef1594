from modeltranslation.translator import TranslationOptions, register

from jointcouncils.history import track

from .models import (
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


@register(WorkingGroup)
class WorkingGroupTranslation(TranslationOptions):
    fields = ("name", "acronym", "mandate", "notes", "source_location", "inferred_reason")


@register(ReportingLine)
class ReportingLineTranslation(TranslationOptions):
    fields = ("note", "source_location", "inferred_reason")


@register(CochairSeat)
class CochairSeatTranslation(TranslationOptions):
    fields = ("note",)


@register(CochairTerm)
class CochairTermTranslation(TranslationOptions):
    fields = ("source_location", "inferred_reason")


track(WorkingGroup, ReportingLine, CochairSeat, CochairTerm, WorkingGroupMember)


@register(Milestone)
class MilestoneTranslation(TranslationOptions):
    fields = ("title", "description")


@register(OutstandingTask)
class OutstandingTaskTranslation(TranslationOptions):
    fields = ("title", "description", "review_note", "source_location", "inferred_reason")


@register(StatusUpdate)
class StatusUpdateTranslation(TranslationOptions):
    fields = ("period_label", "rag_rationale", "accomplishments", "next_steps", "risks_issues", "asks", "return_reason")


track(Milestone, OutstandingTask, StatusUpdate)

# A request holds the co-chair's words as written (no translated columns): only its history is tracked.
track(TermChangeRequest)
