"""Permissions of the voting app: readers see ballots; the secretariat prepares them, opens them and enters votes
received outside the portal; a person on the voter list votes for themselves; choices are read after the close only.
"""

import rules

from jointcouncils.predicates import is_reader, is_secretariat


@rules.predicate
def is_on_voter_list(user, ballot) -> bool:
    """The user's person is on the ballot's frozen voter list."""
    if ballot is None or not user.is_authenticated:
        return False
    person_id = getattr(getattr(user, "person", None), "pk", None)
    return person_id is not None and ballot.voters.filter(person_id=person_id).exists()


@rules.predicate
def is_closed_ballot(user, ballot) -> bool:
    return ballot is not None and ballot.is_closed


rules.add_perm("voting.view_ballot", is_reader)
rules.add_perm("voting.add_ballot", is_secretariat)
rules.add_perm("voting.open_ballot", is_secretariat)
rules.add_perm("voting.add_ballotattachment", is_secretariat)
rules.add_perm("voting.view_ballotattachment", is_reader)
# The secretariat sees turnout (who voted, who has not) while the ballot is open, never the choices.
rules.add_perm("voting.view_turnout", is_secretariat)
rules.add_perm("voting.enter_proxy_vote", is_secretariat)
rules.add_perm("voting.cast_vote", is_reader & is_on_voter_list)
# Results and each vote are shown to readers once the ballot is closed, and to nobody before.
rules.add_perm("voting.view_results", is_reader & is_closed_ballot)
