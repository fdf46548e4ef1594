"""Pages of the ballots: list, new ballot, the ballot's page (your vote; for the secretariat, turnout and votes
received outside the portal), opening, attachments. Thin: permission (rules) -> form -> service -> redirect."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, TemplateView

from jointcouncils.views_mixins import PortalPermissionMixin, RolePermissionMixin, ServiceFormMixin, add_validation_error
from meetings.attachments import CONTENT_TYPES

from . import selectors, services
from .filters import BallotFilter
from .forms import BallotAttachmentForm, BallotForm, ProxyVoteForm, VoteForm
from .models import Ballot, BallotAttachment


class BallotListView(RolePermissionMixin, TemplateView):
    permission_required = "voting.view_ballot"
    template_name = "voting/ballot_list.html"
    paginate_by = 25

    def get_context_data(self, **kwargs):
        filterset = BallotFilter(self.request.GET or None, queryset=selectors.ballot_list())
        ballots = filterset.qs if filterset.is_bound else filterset.queryset
        page_obj = Paginator(ballots, self.paginate_by).get_page(self.request.GET.get("page"))
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            nav="ballots",
            filter=filterset,
            page_obj=page_obj,
            ballots=page_obj.object_list,
            query_string=query.urlencode(),
            **kwargs,
        )


class BallotCreateView(RolePermissionMixin, ServiceFormMixin, CreateView):
    permission_required = "voting.add_ballot"
    form_class = BallotForm
    template_name = "voting/ballot_form.html"
    success_message = ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(nav="ballots", **kwargs)

    def write(self, form):
        change = self.change(form)
        change.pop("expected_version")
        ballot = services.ballot_create(ballot=form.save(commit=False), **change)
        self.success_message = (
            _("The ballot is open: the voter list was taken today.") if ballot.is_open else _("The ballot is scheduled.")
        )
        return ballot

    def get_success_url(self):
        return self.object.get_absolute_url()


class BallotMixin(PortalPermissionMixin):
    """Pages under /ballots/<pk>/: the ballot from the URL, its permission checked against it."""

    @cached_property
    def ballot(self) -> Ballot:
        try:
            ballot = selectors.ballot_detail(self.kwargs["pk"])
            if ballot.is_due_to_close():
                # The close does not wait for the periodic job: a ballot past its deadline is closed (idempotently)
                # by whoever opens it first, so nobody reads an "open" ballot whose time is up.
                services.ballot_close(ballot_id=ballot.pk)
                ballot = selectors.ballot_detail(self.kwargs["pk"])
            return ballot
        except Ballot.DoesNotExist as exc:
            raise Http404 from exc

    def get_permission_object(self):
        return self.ballot

    def render_page(self, *, vote_form=None, proxy_form=None, attachment_form=None, status=200):
        ballot = self.ballot
        user = self.request.user
        voter, vote = selectors.my_vote(ballot, user)
        can_cast = user.has_perm("voting.cast_vote", ballot)
        sees_turnout = user.has_perm("voting.view_turnout", ballot)
        sees_results = user.has_perm("voting.view_results", ballot)
        voters = selectors.voter_rows(ballot) if (sees_turnout or sees_results) else []
        accepts = ballot.accepts_votes()
        if vote_form is None and can_cast and accepts:
            vote_form = VoteForm(initial={"choice": vote.choice, "recusal_reason": vote.recusal_reason} if vote else None)
        can_proxy = accepts and user.has_perm("voting.enter_proxy_vote", ballot)
        if proxy_form is None and can_proxy:
            proxy_form = ProxyVoteForm(voters=voters, user=user)
        can_attach = not ballot.is_closed and user.has_perm("voting.add_ballotattachment", ballot)
        if attachment_form is None and can_attach:
            attachment_form = BallotAttachmentForm()
        context = {
            "nav": "ballots",
            "ballot": ballot,
            "my_voter": voter,
            "my_vote": vote,
            # A refused vote (the ballot closed meanwhile) shows its form again, with the reason.
            "vote_form": vote_form if (can_cast and (accepts or (vote_form is not None and vote_form.is_bound))) else None,
            "proxy_form": proxy_form if can_proxy else None,
            "attachment_form": attachment_form if can_attach else None,
            "sees_turnout": sees_turnout,
            "sees_results": sees_results,
            "voters": voters,
            "voted_count": sum(1 for row in voters if row.vote is not None),
            "can_open": ballot.can_open() and user.has_perm("voting.open_ballot", ballot),
            "tally_rows": _tally_rows(ballot) if sees_results else [],
        }
        return render(self.request, "voting/ballot_detail.html", context, status=status)


def _tally_rows(ballot: Ballot) -> list[dict]:
    councils = {council.code: council for council in ballot.tally_councils()}
    return [
        {
            **row,
            "council_name": councils[row["council"]].acronym if row["council"] in councils else row["council"],
            "result_label": Ballot.Result(row["result"]).label,
        }
        for row in ballot.tallies
    ]


class BallotDetailView(BallotMixin, View):
    permission_required = "voting.view_ballot"

    def get(self, request, pk):
        return self.render_page()


class VoteCastView(BallotMixin, View):
    """A voter casts or changes their own vote."""

    permission_required = "voting.cast_vote"

    def post(self, request, pk):
        form = VoteForm(request.POST)
        if form.is_valid():
            try:
                services.vote_cast(
                    ballot=self.ballot,
                    person=request.user.person,
                    choice=form.cleaned_data["choice"],
                    recusal_reason=form.cleaned_data["recusal_reason"],
                    by=request.user,
                )
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                messages.success(request, _("Your vote was recorded. You can change it until the ballot closes."))
                return HttpResponseRedirect(self.ballot.get_absolute_url() + "#your-vote")
        return self.render_page(vote_form=form, status=400)


class ProxyVoteView(BallotMixin, View):
    """The secretariat enters a vote received by telephone or e-mail on a voter's behalf."""

    permission_required = "voting.enter_proxy_vote"

    def post(self, request, pk):
        voters = selectors.voter_rows(self.ballot)
        form = ProxyVoteForm(request.POST, voters=voters, user=request.user)
        if form.is_valid():
            voter = form.cleaned_data["voter"]
            try:
                services.vote_cast(
                    ballot=self.ballot,
                    person=voter.person,
                    choice=form.cleaned_data["choice"],
                    recusal_reason=form.cleaned_data["recusal_reason"],
                    received_via=form.cleaned_data["received_via"],
                    confirmed_by=form.cleaned_data["confirmed_by"],
                    by=request.user,
                )
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                messages.success(
                    request,
                    _("The vote of %(name)s was recorded as received outside the portal.") % {"name": voter.person.full_name},
                )
                return HttpResponseRedirect(self.ballot.get_absolute_url() + "#turnout")
        return self.render_page(proxy_form=form, status=400)


class BallotOpenView(BallotMixin, View):
    permission_required = "voting.open_ballot"

    def post(self, request, pk):
        try:
            services.ballot_open(ballot=self.ballot, by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("The ballot is open: the voter list was taken today."))
        return HttpResponseRedirect(reverse("voting:detail", args=[self.ballot.pk]))


class BallotAttachmentAddView(BallotMixin, View):
    permission_required = "voting.add_ballotattachment"

    def post(self, request, pk):
        form = BallotAttachmentForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.ballot_attachment_add(
                    ballot=self.ballot,
                    upload=form.cleaned_data["file"],
                    title_en=form.cleaned_data["title_en"],
                    title_fr=form.cleaned_data["title_fr"],
                    by=request.user,
                )
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                messages.success(request, _("The file was attached."))
                return HttpResponseRedirect(self.ballot.get_absolute_url() + "#attachments")
        return self.render_page(attachment_form=form, status=400)


class BallotAttachmentDownloadView(RolePermissionMixin, View):
    permission_required = "voting.view_ballotattachment"

    def get(self, request, attachment_pk):
        attachment = BallotAttachment.objects.filter(pk=attachment_pk).first()
        if attachment is None:
            raise Http404
        try:
            handle = attachment.file.open("rb")
        except FileNotFoundError as exc:
            raise Http404(_("The file is missing from the file store.")) from exc
        return FileResponse(
            handle, as_attachment=True, filename=attachment.original_name, content_type=CONTENT_TYPES[attachment.kind]
        )
