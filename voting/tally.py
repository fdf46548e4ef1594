"""Counting a ballot: the rule, the quorum and the result of one council's tally, from plain numbers.

Abstentions count toward the quorum, not toward the majority; recusals count toward neither. Integer arithmetic
only, so two-thirds of three votes is exactly two.
"""

from dataclasses import asdict, dataclass

MAJORITY = "majority"
TWO_THIRDS = "two_thirds"
UNANIMOUS = "unanimous"

CARRIED = "carried"
NOT_CARRIED = "not_carried"
NO_QUORUM = "no_quorum"


@dataclass(frozen=True)
class CouncilTally:
    """One council's count: who was eligible, how they voted, and whether the proposal passed there."""

    council: str  # the council's code
    eligible: int
    votes_for: int
    votes_against: int
    abstentions: int
    recusals: int
    quorum_needed: int
    result: str

    @property
    def took_part(self) -> int:
        """Voters counted toward the quorum: for, against and abstain (not recusals)."""
        return self.votes_for + self.votes_against + self.abstentions

    @property
    def not_voted(self) -> int:
        return self.eligible - self.took_part - self.recusals

    def as_dict(self) -> dict:
        return {**asdict(self), "took_part": self.took_part, "not_voted": self.not_voted}


def quorum_needed(*, eligible: int, quorum_percent: int) -> int:
    """The smallest number of voters taking part that meets the quorum (a share of the eligible voters)."""
    # ceil(eligible * percent / 100) without floats.
    return -(-eligible * quorum_percent // 100)


def council_tally(
    *,
    council: str,
    rule: str,
    quorum_percent: int,
    eligible: int,
    votes_for: int,
    votes_against: int,
    abstentions: int,
    recusals: int,
) -> CouncilTally:
    """Apply the quorum, then the rule, to one council's votes."""
    needed = quorum_needed(eligible=eligible, quorum_percent=quorum_percent)
    took_part = votes_for + votes_against + abstentions
    if eligible == 0 or took_part < needed or took_part == 0:
        result = NO_QUORUM
    elif rule == MAJORITY:
        # More than half of the votes cast (for and against); abstentions are not votes cast.
        result = CARRIED if votes_for > votes_against else NOT_CARRIED
    elif rule == TWO_THIRDS:
        cast = votes_for + votes_against
        result = CARRIED if cast and 3 * votes_for >= 2 * cast else NOT_CARRIED
    elif rule == UNANIMOUS:
        # A written resolution: every eligible member who has not recused themselves signed "for".
        result = CARRIED if votes_for > 0 and votes_for == eligible - recusals else NOT_CARRIED
    else:
        raise ValueError(rule)
    return CouncilTally(council, eligible, votes_for, votes_against, abstentions, recusals, needed, result)


def overall_result(tallies: list[CouncilTally]) -> str:
    """A ballot passes only if it passes in every council it was tallied in (PSSDC and PSCIOC for the JC)."""
    if not tallies or any(t.result == NO_QUORUM for t in tallies):
        return NO_QUORUM
    return CARRIED if all(t.result == CARRIED for t in tallies) else NOT_CARRIED
