"""Every rule, the quorum, abstentions and recusals, and the JC's two tallies, counted as the close counts them."""

import datetime

import pytest

from tests.voting.conftest import NOW, make_member, new_ballot
from voting import tally
from voting.models import Ballot, Vote
from voting.services import ballot_close, vote_cast

AFTER = NOW + datetime.timedelta(days=6)


def count(rule, *, eligible, f=0, a=0, ab=0, r=0, quorum=50):
    return tally.council_tally(
        council="x", rule=rule, quorum_percent=quorum, eligible=eligible, votes_for=f, votes_against=a, abstentions=ab, recusals=r
    ).result


@pytest.mark.parametrize(
    ("f", "a", "ab", "expected"),
    [
        (3, 2, 0, tally.CARRIED),
        (2, 2, 1, tally.NOT_CARRIED),  # a tie is not a majority
        (2, 1, 2, tally.CARRIED),  # abstentions are not votes cast
        (1, 2, 2, tally.NOT_CARRIED),
        (0, 0, 5, tally.NOT_CARRIED),  # quorum met by abstentions, but nobody is for
    ],
)
def test_simple_majority_of_votes_cast(f, a, ab, expected):
    assert count(tally.MAJORITY, eligible=5, f=f, a=a, ab=ab) == expected


@pytest.mark.parametrize(
    ("f", "a", "expected"),
    [(2, 1, tally.CARRIED), (4, 2, tally.CARRIED), (3, 2, tally.NOT_CARRIED), (5, 3, tally.NOT_CARRIED), (6, 3, tally.CARRIED)],
)
def test_two_thirds_of_votes_cast_exactly(f, a, expected):
    assert count(tally.TWO_THIRDS, eligible=10, f=f, a=a, quorum=0) == expected


def test_unanimous_resolution_needs_every_eligible_members_for():
    assert count(tally.UNANIMOUS, eligible=4, f=4) == tally.CARRIED
    assert count(tally.UNANIMOUS, eligible=4, f=3) == tally.NOT_CARRIED  # one did not sign
    assert count(tally.UNANIMOUS, eligible=4, f=3, ab=1) == tally.NOT_CARRIED
    # A member who recused themselves is not asked to sign.
    assert count(tally.UNANIMOUS, eligible=4, f=3, r=1) == tally.CARRIED


def test_quorum_is_a_share_of_the_eligible_rounded_up_and_recusals_do_not_count():
    assert tally.quorum_needed(eligible=7, quorum_percent=50) == 4
    assert tally.quorum_needed(eligible=6, quorum_percent=50) == 3
    assert tally.quorum_needed(eligible=3, quorum_percent=67) == 3
    assert count(tally.MAJORITY, eligible=7, f=3) == tally.NO_QUORUM
    assert count(tally.MAJORITY, eligible=7, f=3, ab=1) == tally.CARRIED  # the abstention completes the quorum
    assert count(tally.MAJORITY, eligible=7, f=3, r=1) == tally.NO_QUORUM  # a recusal does not
    assert count(tally.MAJORITY, eligible=0) == tally.NO_QUORUM


def test_overall_result_passes_only_when_every_council_passes():
    def row(result):
        return tally.CouncilTally("x", 1, 0, 0, 0, 0, 0, result)

    assert tally.overall_result([row(tally.CARRIED), row(tally.CARRIED)]) == tally.CARRIED
    assert tally.overall_result([row(tally.CARRIED), row(tally.NOT_CARRIED)]) == tally.NOT_CARRIED
    assert tally.overall_result([row(tally.CARRIED), row(tally.NO_QUORUM)]) == tally.NO_QUORUM
    assert tally.overall_result([]) == tally.NO_QUORUM


def _vote(ballot, person, choice, reason=""):
    return vote_cast(ballot=ballot, person=person, choice=choice, recusal_reason=reason, by=person.user, now=NOW)


@pytest.mark.django_db
def test_a_jc_ballot_is_tallied_in_each_council_and_fails_when_one_council_says_no(councils):
    pssdc = [make_member(councils["pssdc"], f"P{n}") for n in range(3)]
    pscioc = [make_member(councils["pscioc"], f"C{n}") for n in range(3)]
    ballot = new_ballot(councils["jc"])
    for person in pssdc:
        _vote(ballot, person, Vote.Choice.FOR)
    _vote(ballot, pscioc[0], Vote.Choice.FOR)
    _vote(ballot, pscioc[1], Vote.Choice.AGAINST)
    _vote(ballot, pscioc[2], Vote.Choice.AGAINST)

    ballot = ballot_close(ballot_id=ballot.pk, now=AFTER)

    by_council = {row["council"]: row for row in ballot.tallies}
    assert list(by_council) == ["pscioc", "pssdc"]
    assert (by_council["pssdc"]["votes_for"], by_council["pssdc"]["result"]) == (3, tally.CARRIED)
    assert (by_council["pscioc"]["votes_for"], by_council["pscioc"]["votes_against"]) == (1, 2)
    assert by_council["pscioc"]["result"] == tally.NOT_CARRIED
    # Summed, four for and two against would have carried: the JC does not count that way.
    assert ballot.result == Ballot.Result.NOT_CARRIED


@pytest.mark.django_db
def test_a_jc_ballot_carried_in_both_councils_with_abstention_and_recusal(councils):
    pssdc = [make_member(councils["pssdc"], f"P{n}") for n in range(3)]
    pscioc = [make_member(councils["pscioc"], f"C{n}") for n in range(2)]
    ballot = new_ballot(councils["jc"], rule=Ballot.Rule.TWO_THIRDS)
    _vote(ballot, pssdc[0], Vote.Choice.FOR)
    _vote(ballot, pssdc[1], Vote.Choice.ABSTAIN)
    _vote(ballot, pssdc[2], Vote.Choice.RECUSE, "My department is the proposed lead.")
    _vote(ballot, pscioc[0], Vote.Choice.FOR)

    ballot = ballot_close(ballot_id=ballot.pk, now=AFTER)

    pssdc_row = next(row for row in ballot.tallies if row["council"] == "pssdc")
    assert pssdc_row == {**pssdc_row, "eligible": 3, "votes_for": 1, "abstentions": 1, "recusals": 1, "took_part": 2}
    assert pssdc_row["quorum_needed"] == 2 and pssdc_row["result"] == tally.CARRIED
    pscioc_row = next(row for row in ballot.tallies if row["council"] == "pscioc")
    assert (pscioc_row["took_part"], pscioc_row["not_voted"], pscioc_row["result"]) == (1, 1, tally.CARRIED)
    assert ballot.result == Ballot.Result.CARRIED


@pytest.mark.django_db
def test_no_quorum_in_one_council_means_no_quorum(councils):
    make_member(councils["pssdc"], "P0")
    make_member(councils["pssdc"], "P1")
    pscioc = make_member(councils["pscioc"], "C0")
    ballot = new_ballot(councils["jc"])
    _vote(ballot, pscioc, Vote.Choice.FOR)

    ballot = ballot_close(ballot_id=ballot.pk, now=AFTER)

    assert ballot.result == Ballot.Result.NO_QUORUM
