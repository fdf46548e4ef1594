"""Writes of the voting app: create, open, vote, close, file the decision, send the messages. Atomic, with history."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from councils.models import CouncilMembership
from jointcouncils.models import current_q
from jointcouncils.services import record_save
from meetings import attachments as attachment_checks
from meetings.models import AgendaItem, Decision, Meeting
from meetings.services import agendaitem_create, decision_create

from . import messaging
from .models import REMINDERS, Ballot, BallotAttachment, Vote, Voter
from .tally import overall_result

BETWEEN_MEETINGS_TITLE = {"en": "Decisions taken between meetings", "fr": "Décisions prises entre les réunions"}
RESULT_TO_DECISION = {
    Ballot.Result.CARRIED: Decision.Result.APPROVED,
    Ballot.Result.NOT_CARRIED: Decision.Result.NOT_APPROVED,
    Ballot.Result.NO_QUORUM: Decision.Result.NOT_APPROVED,
}


# Ballots ------------------------------------------------------------------------------------------


def ballot_create(*, ballot: Ballot, by, reason: str, now: datetime.datetime | None = None) -> Ballot:
    """Record a new ballot; it opens at once when its opening time has come."""
    now = now or timezone.now()
    if ballot.closes_at and ballot.closes_at <= now:
        raise ValidationError({"closes_at": _("The closing time must be in the future.")})
    ballot.created_by = by
    ballot.status = Ballot.Status.SCHEDULED
    with transaction.atomic():
        record_save(instance=ballot, by=by, reason=reason)
        if ballot.opens_at <= now:
            ballot = ballot_open(ballot=ballot, by=by, now=now)
    return ballot


def eligible_memberships(*, ballot: Ballot, on: datetime.date):
    """The council seats (co-chairs and members, not observers) current on the day, in the councils tallied."""
    return (
        CouncilMembership.objects.filter(current_q(on=on), council__in=ballot.tally_councils())
        .exclude(role=CouncilMembership.Role.OBSERVER)
        .select_related("person", "council")
        .order_by("council__code", "person__family_name", "person__given_name", "pk")
    )


def ballot_open(*, ballot: Ballot, by, now: datetime.datetime | None = None) -> Ballot:
    """Open the ballot and freeze its voter list: the council members on the opening day. Safe to run twice."""
    now = now or timezone.now()
    with transaction.atomic():
        ballot = Ballot.objects.select_for_update().select_related("council").get(pk=ballot.pk)
        if ballot.status != Ballot.Status.SCHEDULED:
            return ballot
        if not ballot.can_open(now):
            raise ValidationError(_("This ballot's closing time has passed; it cannot be opened."))
        day = timezone.localdate(now)
        seen = set()
        for membership in eligible_memberships(ballot=ballot, on=day):
            # A person seated on both councils votes once, in the first council by code.
            if membership.person_id in seen:
                continue
            seen.add(membership.person_id)
            Voter.objects.create(
                ballot=ballot, person=membership.person, council=membership.council, on_behalf_of=membership.on_behalf_of
            )
        ballot.status = Ballot.Status.OPEN
        ballot.opened_at = now
        ballot.eligibility_date = day
        if ballot.opens_at > now:
            ballot.opens_at = now
        record_save(instance=ballot, by=by, reason=_("Ballot opened; %(count)d eligible voters.") % {"count": len(seen)})
    return ballot


# Votes --------------------------------------------------------------------------------------------


def vote_cast(
    *,
    ballot: Ballot,
    person,
    choice: str,
    by,
    recusal_reason: str = "",
    received_via: str = Vote.Channel.PORTAL,
    confirmed_by=None,
    now: datetime.datetime | None = None,
) -> Vote:
    """Record or change one voter's vote while the ballot is open; refused after the close.

    A vote received by telephone or e-mail is entered by the secretariat on the voter's behalf, with who
    confirmed it; a vote in the portal is the voter's own.
    """
    now = now or timezone.now()
    recusal_reason = (recusal_reason or "").strip()
    if choice not in Vote.Choice.values:
        raise ValidationError({"choice": _("Choose for, against, abstain or recuse yourself.")})
    if received_via not in Vote.Channel.values:
        raise ValidationError({"received_via": _("Say how the vote was received.")})
    if received_via == Vote.Channel.PORTAL:
        if getattr(getattr(by, "person", None), "pk", None) != person.pk:
            raise ValidationError(_("In the portal, a person votes only for themselves."))
    elif confirmed_by is None:
        raise ValidationError({"confirmed_by": _("Say who confirmed the vote with the voter.")})
    with transaction.atomic():
        # The ballot row is locked: the close (which locks it too) either sees this vote or refuses it.
        ballot = Ballot.objects.select_for_update().get(pk=ballot.pk)
        if not ballot.accepts_votes(now):
            raise ValidationError(_("This ballot is closed: votes can no longer be cast or changed."))
        voter = Voter.objects.filter(ballot=ballot, person=person).first()
        if voter is None:
            raise ValidationError(_("This person is not on the ballot's voter list."))
        vote = Vote.objects.select_for_update().filter(ballot=ballot, voter=voter).first()
        changing = vote is not None
        vote = vote or Vote(ballot=ballot, voter=voter)
        vote.choice = choice
        vote.recusal_reason = recusal_reason if choice == Vote.Choice.RECUSE else ""
        vote.received_via = received_via
        vote.confirmed_by = confirmed_by if received_via != Vote.Channel.PORTAL else None
        vote.entered_by = by
        vote.cast_at = now
        if received_via == Vote.Channel.PORTAL:
            reason = _("Vote changed in the portal.") if changing else _("Vote cast in the portal.")
        else:
            reason = _("Vote received %(channel)s, entered by the secretariat.") % {"channel": vote.get_received_via_display()}
        record_save(instance=vote, by=by, reason=reason[:100])
    return vote


# Attachments --------------------------------------------------------------------------------------


def ballot_attachment_add(*, ballot: Ballot, upload, title_en: str, title_fr: str = "", by) -> BallotAttachment:
    """Attach a PDF, DOCX or XLSX to a ballot after the same content checks as an agenda attachment."""
    if ballot.is_closed:
        raise ValidationError(_("This ballot is closed: its attachments can no longer change."))
    checked = attachment_checks.check_upload(upload)
    attachment = BallotAttachment(
        ballot=ballot,
        title_en=title_en,
        title_fr=title_fr or title_en,
        original_name=checked.original_name,
        kind=checked.kind,
        size=checked.size,
        sha256=checked.sha256,
        uploaded_by=by,
    )
    field = attachment.file.field
    storage = field.storage
    path = field.generate_filename(attachment, checked.original_name)
    written = None
    try:
        with transaction.atomic():
            if storage.exists(path):
                attachment.file.name = path
            else:
                upload.seek(0)
                written = storage.save(path, upload)
                attachment.file.name = written
            record_save(instance=attachment, by=by, reason=(_("Attached %(name)s.") % {"name": checked.original_name})[:100])
    except BaseException:
        if written:
            storage.delete(written)
        raise
    return attachment


# Closing ------------------------------------------------------------------------------------------


def ballot_close(*, ballot_id: int, now: datetime.datetime | None = None) -> Ballot:
    """Close a ballot whose time has come: count, record the result, file the decision. Safe to run twice."""
    now = now or timezone.now()
    with transaction.atomic():
        ballot = Ballot.objects.select_for_update().select_related("council").get(pk=ballot_id)
        if not ballot.is_due_to_close(now):
            return ballot
        tallies = ballot.count(list(ballot.votes.all()))
        ballot.tallies = [row.as_dict() for row in tallies]
        ballot.result = overall_result(tallies)
        ballot.status = Ballot.Status.CLOSED
        ballot.closed_at = now
        record_save(
            instance=ballot,
            by=None,
            reason=_("Ballot closed at its deadline: %(result)s.") % {"result": ballot.get_result_display()},
        )
        ballot_decision_file(ballot=ballot)
        voter_ids = list(ballot.voters.values_list("pk", flat=True))
        transaction.on_commit(lambda: messaging.enqueue(voter_ids, "result"))
    return ballot


def next_meeting(ballot: Ballot) -> Meeting | None:
    """The council's first meeting (planned or held, not cancelled) starting after the ballot closed."""
    return (
        Meeting.objects.filter(council_id=ballot.council_id, start__gte=ballot.closed_at)
        .exclude(status=Meeting.Status.CANCELLED)
        .order_by("start", "pk")
        .first()
    )


def between_meetings_item(*, meeting: Meeting) -> AgendaItem:
    """The meeting's "Decisions taken between meetings" agenda item, added at the end of the agenda when missing."""
    titles = {title.casefold() for title in BETWEEN_MEETINGS_TITLE.values()}
    for item in meeting.agenda_items.all():
        if (item.title_en or "").strip().casefold() in titles or (item.title_fr or "").strip().casefold() in titles:
            return item
    item = AgendaItem(
        title_en=BETWEEN_MEETINGS_TITLE["en"], title_fr=BETWEEN_MEETINGS_TITLE["fr"], purpose=AgendaItem.Purpose.INFORMATION
    )
    return agendaitem_create(meeting=meeting, item=item, by=None, reason=_("Added for a decision taken between meetings.")[:100])


def decision_text(ballot: Ballot, language: str) -> str:
    """The decision as the minutes record it, in one language: the question, the result and each council's count."""
    with translation.override(language):
        lines = [
            _("Decided between meetings by ballot (%(rule)s), closed on %(date)s: %(result)s.")
            % {
                "rule": ballot.get_rule_display(),
                "date": timezone.localdate(ballot.closed_at).isoformat(),
                "result": ballot.get_result_display(),
            },
            getattr(ballot, f"question_{language}") or ballot.question_en,
        ]
        codes = {council.code: council for council in ballot.tally_councils()}
        for row in ballot.tallies:
            council = codes.get(row["council"])
            lines.append(
                _(
                    "%(council)s: %(for)d for, %(against)d against, %(abstain)d abstentions, %(recused)d recused, "
                    "%(not_voted)d did not vote, of %(eligible)d eligible (%(result)s)."
                )
                % {
                    "council": getattr(council, f"acronym_{language}") or council.acronym_en if council else row["council"],
                    "for": row["votes_for"],
                    "against": row["votes_against"],
                    "abstain": row["abstentions"],
                    "recused": row["recusals"],
                    "not_voted": row["not_voted"],
                    "eligible": row["eligible"],
                    "result": Ballot.Result(row["result"]).label,
                }
            )
        return "\n".join(lines)


def ballot_decision_file(*, ballot: Ballot) -> Decision | None:
    """File a closed ballot's decision on the council's next meeting and link it back; nothing when done already
    or when no next meeting is planned yet (the periodic sweep tries again)."""
    if not ballot.is_closed or ballot.decision_id:
        return ballot.decision
    meeting = next_meeting(ballot)
    if meeting is None:
        return None
    totals = ballot.totals
    decision = Decision(
        meeting=meeting,
        agenda_item=between_meetings_item(meeting=meeting),
        text_en=decision_text(ballot, "en"),
        text_fr=decision_text(ballot, "fr"),
        decided_on=timezone.localdate(ballot.closed_at),
        result=RESULT_TO_DECISION[ballot.result],
        votes_for=totals["votes_for"],
        votes_against=totals["votes_against"],
        abstentions=totals["abstentions"],
    )
    decision_create(decision=decision, by=None, reason=_("Decision taken between meetings, from its ballot.")[:100])
    ballot.decision = decision
    record_save(instance=ballot, by=None, reason=_("Decision filed on the next meeting.")[:100])
    return decision


def ballots_sweep(*, now: datetime.datetime | None = None) -> dict:
    """What the periodic job does: open and close the ballots whose time has come (however late), file decisions
    still waiting for a next meeting, and send the reminders due. Each step is idempotent."""
    now = now or timezone.now()
    opened = closed = filed = 0
    for ballot_id in Ballot.objects.due_to_open(now).values_list("pk", flat=True):
        ballot = Ballot.objects.get(pk=ballot_id)
        if ballot.can_open(now):
            ballot_open(ballot=ballot, by=None, now=now)
            opened += 1
    for ballot_id in Ballot.objects.due_to_close(now).values_list("pk", flat=True):
        if ballot_close(ballot_id=ballot_id, now=now).is_closed:
            closed += 1
    for ballot_id in Ballot.objects.filter(status=Ballot.Status.CLOSED, decision__isnull=True).values_list("pk", flat=True):
        with transaction.atomic():
            ballot = Ballot.objects.select_for_update().get(pk=ballot_id)
            if ballot_decision_file(ballot=ballot) is not None:
                filed += 1
    reminders = 0
    for key, before in REMINDERS.items():
        field = f"reminded_{key}_at"
        due = Voter.objects.filter(
            ballot__status=Ballot.Status.OPEN,
            ballot__closes_at__gt=now,
            ballot__closes_at__lte=now + before,
            votes__isnull=True,
            **{f"{field}__isnull": True},
        )
        if key == "3d":
            # A ballot opened less than a day before the close gets the last reminder only.
            due = due.filter(ballot__closes_at__gt=now + REMINDERS["1d"])
        voter_ids = list(due.values_list("pk", flat=True))
        reminders += len(voter_ids)
        messaging.enqueue(voter_ids, f"reminder_{key}")
    return {"opened": opened, "closed": closed, "filed": filed, "reminders": reminders}


def voter_message_send(*, voter_id: int, kind: str, now: datetime.datetime | None = None) -> bool:
    """Send one message (a reminder or the result) to one voter, once: returns False when already sent or moot.

    The message goes through the portal's notifications (the voter's language and choice of messages, the record
    of messages sent, the mail task)."""
    field = {"reminder_3d": "reminded_3d_at", "reminder_1d": "reminded_1d_at", "result": "result_sent_at"}[kind]
    now = now or timezone.now()
    with transaction.atomic():
        voter = (
            Voter.objects.select_for_update(of=("self",))
            .select_related("ballot__council", "person__user__preference")
            .filter(pk=voter_id)
            .first()
        )
        if voter is None or getattr(voter, field) is not None:
            return False
        ballot = voter.ballot
        # A reminder queued just before the voter voted, or before the close, is not sent.
        if kind.startswith("reminder") and (not ballot.is_open or voter.votes.exists()):
            return False
        if kind == "result" and not ballot.is_closed:
            return False
        # Recorded now, in this transaction; the mail task sends it once the transaction commits.
        messaging.voter_notify(voter=voter, kind=kind)
        setattr(voter, field, now)
        voter.save(update_fields=[field])
    return True
