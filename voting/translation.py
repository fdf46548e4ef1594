from modeltranslation.translator import TranslationOptions, register

from jointcouncils.history import track

from .models import Ballot, BallotAttachment, Vote


@register(Ballot)
class BallotTranslation(TranslationOptions):
    fields = ("question", "background")


@register(BallotAttachment)
class BallotAttachmentTranslation(TranslationOptions):
    fields = ("title",)


track(Ballot, Vote, BallotAttachment)
