from modeltranslation.translator import TranslationOptions, register

from jointcouncils.history import track

from .models import Council, CouncilCochairSeat, CouncilMembership, ExternalRelation, Jurisdiction, Organisation, Person


@register(Jurisdiction)
class JurisdictionTranslation(TranslationOptions):
    fields = ("name",)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "acronym", "source_location", "inferred_reason")


@register(Person)
class PersonTranslation(TranslationOptions):
    fields = ("title", "source_location", "inferred_reason")


@register(Council)
class CouncilTranslation(TranslationOptions):
    fields = ("name", "acronym", "description")


@register(CouncilMembership)
class CouncilMembershipTranslation(TranslationOptions):
    fields = ("source_location", "inferred_reason")


@register(ExternalRelation)
class ExternalRelationTranslation(TranslationOptions):
    fields = ("description", "source_location", "inferred_reason")


@register(CouncilCochairSeat)
class CouncilCochairSeatTranslation(TranslationOptions):
    fields = ("source_location", "inferred_reason")


track(Jurisdiction, Organisation, Person, Council, CouncilMembership, ExternalRelation, CouncilCochairSeat)
