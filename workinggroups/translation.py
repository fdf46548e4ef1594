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
    fields = ("name", "acronym", "mandate", "notes")


@register(ReportingLine)
class ReportingLineTranslation(TranslationOptions):
    fields = ("note",)


@register(CochairSeat)
class CochairSeatTranslation(TranslationOptions):
    fields = ("note",)


track(WorkingGroup, ReportingLine, CochairSeat, CochairTerm, WorkingGroupMember)


@register(Milestone)
class MilestoneTranslation(TranslationOptions):
    fields = ("title", "description")


@register(OutstandingTask)
class OutstandingTaskTranslation(TranslationOptions):
    fields = ("title", "description", "review_note")


@register(StatusUpdate)
class StatusUpdateTranslation(TranslationOptions):
    fields = ("period_label", "rag_rationale", "accomplishments", "next_steps", "risks_issues", "asks", "return_reason")


track(Milestone, OutstandingTask, StatusUpdate)

# A request holds the co-chair's words as written (no translated columns): only its history is tracked.
track(TermChangeRequest)
