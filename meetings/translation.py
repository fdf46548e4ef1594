from modeltranslation.translator import TranslationOptions, register

from jointcouncils.history import track

from .models import ActionItem, AgendaItem, Attachment, Attendance, Decision, Meeting


@register(Meeting)
class MeetingTranslation(TranslationOptions):
    fields = ("title", "city", "venue", "objectives", "context", "source_location", "inferred_reason")


@register(AgendaItem)
class AgendaItemTranslation(TranslationOptions):
    fields = (
        "title",
        "objectives",
        "context",
        "discussion_questions",
        "decision_sought",
        "presenter_note",
        "source_location",
        "inferred_reason",
    )


@register(Attachment)
class AttachmentTranslation(TranslationOptions):
    fields = ("title",)


@register(Decision)
class DecisionTranslation(TranslationOptions):
    fields = ("text", "source_location", "inferred_reason")


@register(ActionItem)
class ActionItemTranslation(TranslationOptions):
    fields = ("description", "closing_note", "source_location", "inferred_reason")


track(
    Meeting,
    Attendance,
    AgendaItem,
    Attachment,
    Decision,
    ActionItem,
    m2m_fields={AgendaItem: ["priorities", "working_groups", "outcomes"], Decision: ["priorities"]},
)
