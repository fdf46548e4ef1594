from modeltranslation.translator import TranslationOptions, register

from jointcouncils.history import track

from .models import Council, CouncilMembership, Jurisdiction, Organisation, Person


@register(Jurisdiction)
class JurisdictionTranslation(TranslationOptions):
    fields = ("name",)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "acronym")


@register(Person)
class PersonTranslation(TranslationOptions):
    fields = ("title",)


@register(Council)
class CouncilTranslation(TranslationOptions):
    fields = ("name", "acronym", "description")


track(Jurisdiction, Organisation, Person, Council, CouncilMembership)
