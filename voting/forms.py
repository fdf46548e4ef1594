"""Forms of the ballot pages: a new ballot (both languages), one's own vote, a vote received outside the portal."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from councils.models import Council
from jointcouncils.forms import BilingualFormMixin, VersionedFormMixin
from meetings.forms import datetime_input, short_textarea

from .models import Ballot, Vote


class BallotForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("question",)

    class Meta:
        model = Ballot
        fields = (
            "council",
            "opens_at",
            "closes_at",
            "rule",
            "quorum_percent",
            "question_en",
            "background_en",
            "question_fr",
            "background_fr",
        )
        widgets = {
            "opens_at": datetime_input(),
            "closes_at": datetime_input(),
            "rule": forms.RadioSelect,
            "question_en": short_textarea(3),
            "question_fr": short_textarea(3),
            "background_en": short_textarea(6),
            "background_fr": short_textarea(6),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].queryset = Council.objects.order_by("code")
        self.fields["opens_at"].help_text = _("Date and local time the vote opens; the voter list is taken on that day.")
        self.fields["closes_at"].help_text = _("Date and local time the vote closes; no vote is taken or changed after it.")
        if not self.is_bound:
            self.initial.setdefault("opens_at", timezone.localtime().replace(second=0, microsecond=0))


class VoteForm(forms.Form):
    """A voter's own vote: for, against, abstain, or a recusal with its reason."""

    choice = forms.ChoiceField(label=_("Your vote"), choices=Vote.Choice.choices, widget=forms.RadioSelect)
    recusal_reason = forms.CharField(
        label=_("Reason for the recusal"),
        required=False,
        widget=short_textarea(2),
        help_text=_("Needed only if you recuse yourself, for example because of a conflict of interest."),
    )

    def clean(self):
        data = super().clean()
        if data.get("choice") == Vote.Choice.RECUSE and not (data.get("recusal_reason") or "").strip():
            self.add_error("recusal_reason", _("Give the reason for the recusal."))
        return data


class ProxyVoteForm(VoteForm):
    """A vote received by telephone or e-mail, entered by the secretariat on the voter's behalf."""

    voter = forms.ChoiceField(label=_("Voter"))
    received_via = forms.ChoiceField(
        label=_("How the vote was received"),
        choices=[(value, label) for value, label in Vote.Channel.choices if value != Vote.Channel.PORTAL],
        widget=forms.RadioSelect,
    )
    confirmed_by = forms.ModelChoiceField(
        label=_("Confirmed with the voter by"), queryset=get_user_model().objects.none(), empty_label=None
    )
    field_order = ["voter", "choice", "recusal_reason", "received_via", "confirmed_by"]

    def __init__(self, *args, voters=(), user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["choice"].label = _("Vote")
        self.fields["voter"].choices = [("", "—")] + [
            (str(voter.person_id), f"{voter.person.full_name} ({voter.council.acronym})") for voter in voters
        ]
        self.voters = {str(voter.person_id): voter for voter in voters}
        self.fields["confirmed_by"].queryset = (
            get_user_model()
            .objects.filter(groups__name__in=[settings.ROLE_SECRETARIAT, settings.ROLE_ADMIN], is_active=True)
            .distinct()
            .order_by("last_name", "first_name")
        )
        if user is not None:
            self.initial.setdefault("confirmed_by", user.pk)

    def clean_voter(self):
        value = self.cleaned_data["voter"]
        if value not in self.voters:
            raise forms.ValidationError(_("Choose a person on the voter list."))
        return self.voters[value]


class BallotAttachmentForm(BilingualFormMixin, forms.Form):
    """A file for the voters: its title in both languages (the mixin names each title's language)."""

    file = forms.FileField(
        label=_("File"),
        help_text=_("A PDF, Word (DOCX) or Excel (XLSX) file."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.xlsx"}),
    )
    title_en = forms.CharField(label=_("Title"), max_length=250)
    title_fr = forms.CharField(label=_("Title"), max_length=250)
