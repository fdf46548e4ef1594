from modeltranslation.translator import TranslationOptions, register

from jointcouncils.history import track

from .models import CochairSeat, CochairTerm, ReportingLine, WorkingGroup, WorkingGroupMember


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
