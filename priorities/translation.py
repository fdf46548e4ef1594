from modeltranslation.translator import TranslationOptions, register

from jointcouncils.history import track

from .models import Priority


@register(Priority)
class PriorityTranslation(TranslationOptions):
    fields = ("name", "acronym", "definition", "scope", "lead_note", "source_location", "inferred_reason")


track(Priority, m2m_fields={Priority: ["lead_organisations"]})
