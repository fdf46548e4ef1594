from modeltranslation.translator import TranslationOptions, register

from jointcouncils.history import track

from .models import Answer, Consultation, Excerpt, PlanPeriod, PlanSection, Question, QuestionSet, Respondent, Theme


@register(Consultation)
class ConsultationTranslation(TranslationOptions):
    fields = ("title", "purpose")


@register(QuestionSet)
class QuestionSetTranslation(TranslationOptions):
    fields = ("name", "audience")


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("section", "text", "choices")


@register(Respondent)
class RespondentTranslation(TranslationOptions):
    fields = ("role",)


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Excerpt)
class ExcerptTranslation(TranslationOptions):
    fields = ("attribution",)


@register(PlanSection)
class PlanSectionTranslation(TranslationOptions):
    fields = ("body",)


# Anonymous submissions and their answers are deliberately NOT tracked: a history row carries a time and a user,
# which would link an anonymous answer back to whoever sent it.
track(Consultation, QuestionSet, Question, Respondent, PlanPeriod)
track(Theme, m2m_fields={Theme: ["priorities", "outcomes"]})
track(Excerpt, m2m_fields={Excerpt: ["themes"]})
track(PlanSection, Answer)
