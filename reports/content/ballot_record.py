"""The record of a vote: the question, the rule, the voter list with each vote, recusals, per-council tallies, result."""

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from jointcouncils.i18n import text
from reports.kinds import ReportKind, register
from voting.models import Ballot, Vote, Voter

from .values import missing_texts


def _stamp(value) -> str | None:
    """An aware datetime as local ISO time to the minute (the record says when each vote was cast)."""
    return timezone.localtime(value).strftime("%Y-%m-%dT%H:%M") if value else None


def tally_rows(ballot: Ballot, language: str) -> list[dict]:
    """The tallies recorded at the close, with each council's name in the report's language."""
    councils = {council.code: council for council in ballot.tally_councils()}
    rows = []
    for row in ballot.tallies:
        council = councils.get(row["council"])
        rows.append(
            {
                **row,
                "council_name": text(council, "acronym", language) if council else row["council"],
                "result_label": str(Ballot.Result(row["result"]).label),
            }
        )
    return rows


def snapshot(ballot: Ballot, language: str, draft: bool = False) -> dict:
    with translation.override(language):
        return _snapshot(ballot, language)


def _snapshot(ballot: Ballot, language: str) -> dict:
    ballot = Ballot.objects.select_related("council", "decision__meeting").get(pk=ballot.pk)
    if not ballot.is_closed:
        raise ValueError(_("The record of a vote is built once the ballot is closed."))
    voters = list(
        Voter.objects.filter(ballot=ballot)
        .select_related("person", "council", "on_behalf_of")
        .order_by("council__code", "person__family_name", "person__given_name")
    )
    votes = {v.voter_id: v for v in Vote.objects.filter(ballot=ballot).select_related("entered_by", "confirmed_by")}
    voter_rows = []
    for voter in voters:
        vote = votes.get(voter.pk)
        voter_rows.append(
            {
                "name": voter.person.full_name,
                "council": text(voter.council, "acronym", language),
                "organisation": (text(voter.on_behalf_of, "acronym", language) or text(voter.on_behalf_of, "name", language))
                if voter.on_behalf_of_id
                else "",
                "voted": vote is not None,
                "choice": vote.get_choice_display() if vote else "",
                "recusal_reason": vote.recusal_reason if vote else "",
                "cast_at": _stamp(vote.cast_at) if vote else None,
                "received": vote.get_received_via_display() if vote else "",
                "proxy": bool(vote and vote.is_proxy_entry),
                "entered_by": vote.entered_by.get_full_name() if vote and vote.entered_by_id else "",
                "confirmed_by": vote.confirmed_by.get_full_name() if vote and vote.confirmed_by_id else "",
            }
        )
    decision = ballot.decision
    return {
        "as_of": timezone.localdate(ballot.closed_at).isoformat(),
        "council": text(ballot.council, "name", language),
        "council_acronym": text(ballot.council, "acronym", language),
        "question": text(ballot, "question", language),
        "background": text(ballot, "background", language),
        "rule": ballot.get_rule_display(),
        "quorum_percent": ballot.quorum_percent,
        "opened_at": _stamp(ballot.opened_at),
        "closes_at": _stamp(ballot.closes_at),
        "closed_at": _stamp(ballot.closed_at),
        "eligibility_date": ballot.eligibility_date.isoformat() if ballot.eligibility_date else None,
        "joint": len(ballot.tally_councils()) > 1,
        "voters": voter_rows,
        "recusals": [row for row in voter_rows if row["recusal_reason"]],
        "tallies": tally_rows(ballot, language),
        "result": ballot.get_result_display(),
        "result_code": ballot.result,
        "decision_meeting": text(decision.meeting, "title", language) if decision else "",
        "decision_meeting_date": decision.meeting.start.date().isoformat() if decision else None,
    }


def parity(ballot: Ballot) -> list:
    return missing_texts(ballot, label=_("Ballot: %(question)s") % {"question": str(ballot)}, url=ballot.get_absolute_url())


register(
    ReportKind(
        kind="ballot_record",
        label=gettext_lazy("record of the vote"),
        target_model=Ballot,
        target_field="ballot",
        template="reports/pdf/ballot_record.html",
        snapshot=snapshot,
        parity=parity,
    )
)
