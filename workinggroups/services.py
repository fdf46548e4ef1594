"""Writes to working groups, their co-chair seats and terms: atomic, versioned, with who and why in history."""

import datetime
from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from councils.models import Council, Organisation, Person
from jointcouncils.models import current_q
from jointcouncils.services import record_save

from .models import MAX_COCHAIR_SEATS, CochairSeat, CochairTerm, ReportingLine, WorkingGroup

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
