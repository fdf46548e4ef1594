"""Reads of the voting app, shaped for the pages in a fixed number of queries."""

from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet

from jointcouncils import roles

from .models import Ballot, BallotAttachment, Vote, Voter


def ballot_list() -> QuerySet[Ballot]:
    """Ballots with their council and their turnout (numbers only, never the choices)."""
    return (
        Ballot.objects.select_related("council")
        .annotate(voter_count=Count("voters", distinct=True), vote_count=Count("votes", distinct=True))
        .order_by("status", "-closes_at", "pk")
    )


def open_ballots_for(user) -> list[Ballot]:
    """The open ballots on which the user's person is a voter, each marked with whether they have voted (one query).

    Only members and co-chairs sit on councils; secretariat staff get no query for it.
    """
    if not (roles.is_council_member(user) or roles.is_cochair(user)):
        return []
    return list(
        Ballot.objects.filter(status=Ballot.Status.OPEN, voters__person__user=user)
        .select_related("council")
        .annotate(has_voted=Exists(Vote.objects.filter(ballot=OuterRef("pk"), voter__person__user=user)))
        .order_by("closes_at", "pk")
    )


def ballot_detail(pk: int) -> Ballot:
    return (
        Ballot.objects.select_related("council", "decision__meeting", "created_by")
        .prefetch_related(Prefetch("attachments", queryset=BallotAttachment.objects.order_by("pk")))
        .get(pk=pk)
    )


def voter_rows(ballot: Ballot) -> list[Voter]:
    """The frozen voter list, each voter with their vote (or None) as `vote`."""
    voters = list(
        ballot.voters.select_related("person", "council", "on_behalf_of").order_by(
            "council__code", "person__family_name", "person__given_name"
        )
    )
    votes = {vote.voter_id: vote for vote in Vote.objects.filter(ballot=ballot).select_related("entered_by", "confirmed_by")}
    for voter in voters:
        voter.vote = votes.get(voter.pk)
    return voters


def my_vote(ballot: Ballot, user) -> tuple[Voter | None, Vote | None]:
    person_id = getattr(getattr(user, "person", None), "pk", None)
    if person_id is None:
        return None, None
    voter = ballot.voters.filter(person_id=person_id).select_related("council").first()
    vote = Vote.objects.filter(voter=voter).select_related("entered_by", "confirmed_by").first() if voter else None
    return voter, vote
