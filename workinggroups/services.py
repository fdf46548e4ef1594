"""Writes to working groups, their co-chair seats and terms: atomic, versioned, with who and why in history."""

import datetime
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from councils.models import Council, Organisation, Person
from jointcouncils import roles
from jointcouncils.models import current_q
from jointcouncils.services import check_version, record_save
from notifications import events
from notifications.services import notification_send, users_in_role

from .models import MAX_COCHAIR_SEATS, CochairSeat, CochairTerm, ReportingLine, TermChangeRequest, WorkingGroup

# The fields the portal's edit pages may change; anything else in `data` is refused.
EDITABLE_FIELDS = (
    "name_en",
    "name_fr",
    "acronym_en",
    "acronym_fr",
    "mandate_en",
    "mandate_fr",
    "kind",
    "status",
    "start_date",
    "planned_end_date",
)


def _integrity_error_message() -> str:
    return _("This change conflicts with a record saved at the same time. Nothing was saved: please try again.")


def _save(*, instance, by, reason: str, expected_version: int | None = None, unversioned: str | None = None):
    """record_save, turning a constraint the database caught (a race past validation) into a clear error."""
    try:
        with transaction.atomic():
            return record_save(
                instance=instance, by=by, reason=reason, expected_version=expected_version, unversioned=unversioned
            )
    except IntegrityError as exc:
        raise ValidationError(_integrity_error_message()) from exc


def _apply(instance, data: Mapping[str, Any]) -> None:
    unknown = set(data) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    for field, value in data.items():
        setattr(instance, field, value)


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "working-group"
    slug, n = base, 2
    # "new" is the creation page's URL.
    while slug == "new" or WorkingGroup.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def workinggroup_create(
    *, data: Mapping[str, Any], by, reason: str, council: Council | None = None, slug: str = ""
) -> WorkingGroup:
    """Create a group (and, given a council, its first reporting line from the group's start date)."""
    group = WorkingGroup()
    _apply(group, data)
    group.slug = slug or _unique_slug(group.name_en or group.name_fr or "")
    _save(instance=group, by=by, reason=reason)
    if council is not None:
        line = ReportingLine(working_group=group, council=council, start_date=group.start_date)
        _save(instance=line, by=by, reason=reason)
    return group


@transaction.atomic
def workinggroup_update(
    *,
    workinggroup: WorkingGroup,
    data: Mapping[str, Any],
    by,
    reason: str,
    expected_version: int | None,
    unversioned: str | None = None,
) -> WorkingGroup:
    """Change a group's names, mandate, kind, status and dates; a stale expected_version raises StaleEditError, a
    missing one MissingVersionError unless `unversioned` names the write (an import: see record_save)."""
    _apply(workinggroup, data)
    return _save(instance=workinggroup, by=by, reason=reason, expected_version=expected_version, unversioned=unversioned)


@transaction.atomic
def cochairseat_create(*, workinggroup: WorkingGroup, by, reason: str, note_en: str = "", note_fr: str = "") -> CochairSeat:
    """Add the group's next co-chair seat (numbers 1 to 3); a fourth is refused."""
    # Lock the group so two simultaneous additions cannot both take the last number.
    WorkingGroup.objects.select_for_update().filter(pk=workinggroup.pk).first()
    taken = set(CochairSeat.objects.filter(working_group=workinggroup).values_list("number", flat=True))
    free = [n for n in range(1, MAX_COCHAIR_SEATS + 1) if n not in taken]
    if not free:
        raise ValidationError(_("A working group has at most three co-chair seats."))
    seat = CochairSeat(working_group=workinggroup, number=free[0], note_en=note_en, note_fr=note_fr)
    return _save(instance=seat, by=by, reason=reason)


def _require_secretariat(by) -> None:
    """Seats and terms are the secretariat's record: a co-chair proposes a change (termchangerequest_create).

    by=None is the loader and seed, which write the record itself.
    """
    if by is not None and not roles.is_secretariat(by):
        raise PermissionDenied(_("Only the secretariat changes co-chair terms; a co-chair proposes the change."))


def _check_no_overlap(term: CochairTerm) -> None:
    others = CochairTerm.objects.filter(seat_id=term.seat_id).exclude(pk=term.pk)
    for other in others:
        if other.overlaps(term.start_date, term.end_date):
            raise ValidationError(
                _("This term overlaps another term on the same seat (%(holder)s). A seat has one holder at a time.")
                % {"holder": other.holder_name}
            )


@transaction.atomic
def cochairterm_create(
    *,
    seat: CochairSeat,
    by,
    reason: str,
    person: Person | None = None,
    organisation: Organisation | None = None,
    on_behalf_of: Organisation | None = None,
    start_date: datetime.date | None = None,
    end_date: datetime.date | None = None,
    council_member_attested: bool = False,
    source: str = "",
) -> CochairTerm:
    """Give a seat a holder for a period; refused when it overlaps another term on the seat or ends before it starts."""
    _require_secretariat(by)
    # Lock the seat so two simultaneous additions cannot both pass the overlap check.
    CochairSeat.objects.select_for_update().filter(pk=seat.pk).first()
    term = CochairTerm(
        seat=seat,
        person=person,
        organisation=organisation,
        on_behalf_of=on_behalf_of,
        start_date=start_date,
        end_date=end_date,
        council_member_attested=council_member_attested if person is None else False,
        source=source,
    )
    if start_date and end_date and end_date < start_date:
        raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
    _check_no_overlap(term)
    return _save(instance=term, by=by, reason=reason)


@transaction.atomic
def cochairterm_end(
    *,
    term: CochairTerm,
    end_date: datetime.date,
    by,
    reason: str,
    expected_version: int | None = None,
    unversioned: str | None = None,
) -> CochairTerm:
    """End a term on the given day (its last day in the seat).

    expected_version is the version the page showed (stale: StaleEditError; missing: MissingVersionError), unless
    `unversioned` names the write (an import, or a hand-over that ends the term: see record_save).
    """
    _require_secretariat(by)
    CochairSeat.objects.select_for_update().filter(pk=term.seat_id).first()
    if term.start_date and end_date < term.start_date:
        raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
    term.end_date = end_date
    _check_no_overlap(term)
    return _save(instance=term, by=by, reason=reason, expected_version=expected_version, unversioned=unversioned)


@transaction.atomic
def cochairterm_change(
    *,
    seat: CochairSeat,
    change_date: datetime.date,
    by,
    reason: str,
    person: Person | None = None,
    organisation: Organisation | None = None,
    on_behalf_of: Organisation | None = None,
    council_member_attested: bool = False,
) -> CochairTerm:
    """Hand a seat over on one date: the current holder's term ends the day before, the new term starts that day.

    Both rows are written, with the same reason, or neither is.
    """
    _require_secretariat(by)
    CochairSeat.objects.select_for_update().filter(pk=seat.pk).first()
    # The term that covers the day of the change, if any (the seat may be vacant then).
    current = CochairTerm.objects.filter(seat=seat).filter(current_q(on=change_date)).order_by("-start_date").first()
    if current is not None:
        if current.start_date and current.start_date >= change_date:
            raise ValidationError(
                {
                    "change_date": _("The change must come after the current term began (%(start)s).")
                    % {"start": current.start_date}
                }
            )
        cochairterm_end(
            term=current,
            end_date=change_date - datetime.timedelta(days=1),
            by=by,
            reason=reason,
            unversioned="workflow",  # the hand-over's own step, on the seat locked above
        )
    return cochairterm_create(
        seat=seat,
        person=person,
        organisation=organisation,
        on_behalf_of=on_behalf_of,
        start_date=change_date,
        council_member_attested=council_member_attested,
        by=by,
        reason=reason,
    )


# Term change requests: a co-chair proposes, the secretariat decides ---------------------------------------------


@transaction.atomic
def termchangerequest_create(
    *,
    working_group: WorkingGroup,
    kind: str,
    seat: CochairSeat,
    by,
    reason: str,
    term: CochairTerm | None = None,
    proposed_person: Person | None = None,
    proposed_holder: str = "",
    proposed_date: datetime.date | None = None,
    proposed_date_precision: str = TermChangeRequest.Precision.DAY,
) -> TermChangeRequest:
    """A co-chair of the group proposes ending a term, adding one or handing a seat over; nothing changes yet."""
    if not by.has_perm("workinggroups.add_termchangerequest", working_group):
        raise PermissionDenied(_("Only a co-chair of this group can propose a change to its co-chair terms."))
    request = TermChangeRequest(
        working_group=working_group,
        kind=kind,
        seat=seat,
        term=term,
        proposed_person=proposed_person,
        proposed_holder=(proposed_holder or "").strip(),
        proposed_date=proposed_date,
        proposed_date_precision=proposed_date_precision,
        reason=(reason or "").strip(),
        requested_by=by,
    )
    record_save(instance=request, by=by, reason=_("Change of co-chair proposed.")[:100])
    notify_termchangerequest(request, proposed=True)
    return request


def _locked_pending(request: TermChangeRequest, expected_version: int | None) -> TermChangeRequest:
    locked = TermChangeRequest.objects.select_for_update().get(pk=request.pk)
    check_version(instance=request, latest=locked, expected_version=expected_version)
    if not locked.is_pending:
        raise ValidationError(_("This request was decided already (%(state)s).") % {"state": locked.get_state_display()})
    return locked


@transaction.atomic
def termchangerequest_accept(
    *,
    request: TermChangeRequest,
    by,
    effective_date: datetime.date,
    decision_reason: str = "",
    person: Person | None = None,
    organisation: Organisation | None = None,
    expected_version: int | None,
) -> TermChangeRequest:
    """The secretariat accepts: the term change is made through the term services, in the same transaction.

    effective_date is exact (the last day of an ended term, or the first day of the new one); person (or, when the
    person is not known, organisation) holds the new term of an add or a hand-over.
    """
    _require_secretariat(by)
    if by is None:
        raise PermissionDenied(_("Only the secretariat decides a term change request."))
    locked = _locked_pending(request, expected_version)
    reason = (_("Term change request accepted: %(reason)s") % {"reason": locked.reason})[:100]
    if locked.kind == TermChangeRequest.Kind.END:
        if locked.term is None:
            raise ValidationError(_("The term of this request no longer exists."))
        term = CochairTerm.objects.get(pk=locked.term_id)
        cochairterm_end(term=term, end_date=effective_date, by=by, reason=reason, expected_version=term.version)
    else:
        if person is None and organisation is None:
            raise ValidationError({"person": _("Choose who holds the new term (a person of the record).")})
        holder = {"person": person, "organisation": organisation if person is None else None}
        if locked.kind == TermChangeRequest.Kind.ADD:
            cochairterm_create(seat=locked.seat, start_date=effective_date, by=by, reason=reason, **holder)
        else:
            cochairterm_change(seat=locked.seat, change_date=effective_date, by=by, reason=reason, **holder)
    locked.state = TermChangeRequest.State.ACCEPTED
    locked.decided_by = by
    locked.decided_at = timezone.now()
    locked.decision_reason = (decision_reason or "").strip()
    record_save(instance=locked, by=by, reason=_("Term change request accepted.")[:100], expected_version=locked.version)
    notify_termchangerequest(locked, proposed=False)
    return locked


@transaction.atomic
def termchangerequest_decline(
    *, request: TermChangeRequest, by, decision_reason: str, expected_version: int | None
) -> TermChangeRequest:
    """The secretariat declines, with the reason the requester will read; no term changes."""
    _require_secretariat(by)
    if by is None:
        raise PermissionDenied(_("Only the secretariat decides a term change request."))
    decision_reason = (decision_reason or "").strip()
    if not decision_reason:
        raise ValidationError({"decision_reason": _("Give the reason for declining: the co-chair will read it.")})
    locked = _locked_pending(request, expected_version)
    locked.state = TermChangeRequest.State.DECLINED
    locked.decided_by = by
    locked.decided_at = timezone.now()
    locked.decision_reason = decision_reason
    record_save(instance=locked, by=by, reason=_("Term change request declined.")[:100], expected_version=locked.version)
    notify_termchangerequest(locked, proposed=False)
    return locked


def notify_termchangerequest(request: TermChangeRequest, *, proposed: bool) -> None:
    """Tell the secretariat of a new request, and the requester of the decision (sent once the change commits)."""
    if proposed:
        recipients, event = users_in_role(settings.ROLE_SECRETARIAT), events.TERM_REQUEST_PROPOSED
    else:
        recipients, event = [request.requested_by], events.TERM_REQUEST_DECIDED
    notification_send(
        recipients=recipients,
        event=event.key,
        context={"group": request.working_group, "request": request},
        url=reverse("workinggroups:term_request_detail", args=[request.pk]),
    )
