"""Writes of the meetings app: every change says who made it and why (history), and is atomic."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import Person
from jointcouncils.history import set_history
from jointcouncils.services import check_version, record_delete, record_save

from . import attachments, notify
from .models import ActionItem, AgendaItem, Attachment, Attendance, Decision, Meeting

# The standard items every agenda starts from, in both languages, in the order they take on the agenda.
STANDARD_ITEMS = (
    {
        "key": "objectives",
        "title_en": "Objectives of the meeting",
        "title_fr": "Objectifs de la réunion",
        "purpose": AgendaItem.Purpose.INFORMATION,
        "at_start": True,
    },
    {
        "key": "updates",
        "title_en": "Updates from the working groups",
        "title_fr": "Mises à jour des groupes de travail",
        "purpose": AgendaItem.Purpose.INFORMATION,
        "at_start": False,
    },
    {
        "key": "next-steps",
        "title_en": "Next steps",
        "title_fr": "Prochaines étapes",
        "purpose": AgendaItem.Purpose.DECISION,
        "at_start": False,
    },
)
CLOSED_STATUSES = (ActionItem.Status.DONE, ActionItem.Status.DROPPED)


# Meetings -----------------------------------------------------------------------------------------


def meeting_create(*, meeting: Meeting, by, reason: str) -> Meeting:
    """Create a meeting."""
    return meeting_update(meeting=meeting, by=by, reason=reason)


def meeting_update(*, meeting: Meeting, by, reason: str, expected_version: int | None = None) -> Meeting:
    """Change a meeting (a stale edit is refused); creates it when new."""
    return record_save(instance=meeting, by=by, reason=reason, expected_version=expected_version)


# Agenda -------------------------------------------------------------------------------------------


def _locked_agenda(meeting: Meeting) -> list[AgendaItem]:
    """The meeting's items, locked in order, so two people reordering at once cannot interleave."""
    Meeting.objects.select_for_update().filter(pk=meeting.pk).first()
    return list(AgendaItem.objects.select_for_update().filter(meeting_id=meeting.pk).order_by("order", "pk"))


def _renumber(items: list[AgendaItem], *, by, reason: str) -> None:
    """Give the items the orders 1..n in list order, saving only those whose order changes."""
    for position, item in enumerate(items, start=1):
        if item.order != position:
            item.order = position
            # The agenda is locked (_locked_agenda): renumbering is the service's own step, not a page's edit.
            record_save(instance=item, by=by, reason=reason, unversioned="workflow")


def agendaitem_create(*, meeting: Meeting, item: AgendaItem, by, reason: str) -> AgendaItem:
    """Add an item at the end of the meeting's agenda."""
    with transaction.atomic():
        _locked_agenda(meeting)
        last = AgendaItem.objects.filter(meeting_id=meeting.pk).aggregate(last=Max("order"))["last"] or 0
        item.meeting = meeting
        item.order = last + 1
        return record_save(instance=item, by=by, reason=reason)


def agendaitem_update(*, item: AgendaItem, by, reason: str, expected_version: int | None = None) -> AgendaItem:
    """Change an agenda item's content (its place is changed by agendaitem_move)."""
    return record_save(instance=item, by=by, reason=reason, expected_version=expected_version)


def agendaitem_delete(*, item: AgendaItem, by, reason: str, expected_version: int | None) -> None:
    """Remove an item from the agenda and close the gap it leaves.

    expected_version is the version of the item the page showed: a stale page is refused (StaleEditError), a
    missing version too (MissingVersionError).
    """
    with transaction.atomic():
        meeting = item.meeting
        locked = _locked_agenda(meeting)
        latest = next((candidate for candidate in locked if candidate.pk == item.pk), None)
        if latest is None:
            raise ValidationError(_("This agenda item was removed already."))
        check_version(instance=item, latest=latest, expected_version=expected_version)
        for attachment in list(item.attachments.all()):
            attachment_delete(attachment=attachment, by=by, reason=reason, unversioned="workflow")
        # Decisions and action items keep their place in the meeting but lose the link: one save each, so that
        # each has a history row with who and why (on_delete=SET_NULL would clear them with a bare UPDATE).
        for linked in [*item.decisions.all(), *item.action_items.all()]:
            linked.agenda_item = None
            linked.version += 1
            set_history(linked, by=by, reason=reason)
            linked.save(update_fields=["agenda_item", "version", "updated_at"])
        record_delete(instance=item, by=by, reason=reason)
        _renumber(_locked_agenda(meeting), by=by, reason=reason)


def agendaitem_move(*, item: AgendaItem, direction: str, by, expected_version: int | None) -> AgendaItem:
    """Move an item one place up or down the agenda; at either end nothing changes.

    expected_version is the version of the item the page showed: a stale page is refused (StaleEditError), a
    missing version too (MissingVersionError).
    """
    if direction not in {"up", "down"}:
        raise ValueError(direction)
    with transaction.atomic():
        items = _locked_agenda(item.meeting)
        index = next((i for i, candidate in enumerate(items) if candidate.pk == item.pk), None)
        if index is None:
            raise ValidationError(_("This agenda item was removed already."))
        check_version(instance=item, latest=items[index], expected_version=expected_version)
        other = index - 1 if direction == "up" else index + 1
        if 0 <= other < len(items):
            items[index], items[other] = items[other], items[index]
            reason = _("Moved up the agenda.") if direction == "up" else _("Moved down the agenda.")
            _renumber(items, by=by, reason=reason)
        return next(candidate for candidate in items if candidate.pk == item.pk)


def agendaitem_create_standard(*, meeting: Meeting, by) -> list[AgendaItem]:
    """Add the standard items the agenda does not have yet: objectives first, updates and next steps last.

    Running it twice adds nothing the second time: an item counts as present when its English or French
    title is the standard one.
    """
    reason = _("Standard agenda items added.")
    added = []
    with transaction.atomic():
        items = _locked_agenda(meeting)
        present = {(item.title_en or "").strip().casefold() for item in items} | {
            (item.title_fr or "").strip().casefold() for item in items
        }
        at_start, at_end = [], []
        for standard in STANDARD_ITEMS:
            if standard["title_en"].casefold() in present or standard["title_fr"].casefold() in present:
                continue
            item = AgendaItem(
                meeting=meeting,
                title_en=standard["title_en"],
                title_fr=standard["title_fr"],
                purpose=standard["purpose"],
                order=0,
            )
            record_save(instance=item, by=by, reason=reason)
            added.append(item)
            (at_start if standard["at_start"] else at_end).append(item)
        if added:
            _renumber([*at_start, *items, *at_end], by=by, reason=reason)
    return added


# Attachments --------------------------------------------------------------------------------------


def attachment_create(
    *, agenda_item: AgendaItem, upload, title_en: str, title_fr: str = "", language: str = "", by
) -> Attachment:
    """Attach a PDF, DOCX or XLSX to an agenda item after checking it by content; store it under its checksum.

    On any refusal or failure nothing is kept: no row, and no file written by this call.
    """
    checked = attachments.check_upload(upload)
    attachment = Attachment(
        agenda_item=agenda_item,
        title_en=title_en,
        title_fr=title_fr or title_en,
        original_name=checked.original_name,
        kind=checked.kind,
        size=checked.size,
        sha256=checked.sha256,
        language=language,
        uploaded_by=by,
    )
    field = attachment.file.field
    storage = field.storage
    path = field.generate_filename(attachment, checked.original_name)
    written = None
    try:
        with transaction.atomic():
            if storage.exists(path):
                # The same content is stored already (same checksum): share the file rather than copy it.
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


def attachment_delete(
    *, attachment: Attachment, by, reason: str, expected_version: int | None = None, unversioned: str | None = None
) -> None:
    """Remove an attachment; its file goes too once no other attachment shares it (same checksum).

    expected_version is the version the page showed (stale: StaleEditError; missing: MissingVersionError), unless
    `unversioned` names the step that removes it (its agenda item's removal: "workflow").
    """
    name = attachment.file.name
    storage = attachment.file.storage
    with transaction.atomic():
        latest = Attachment.objects.select_for_update().filter(pk=attachment.pk).first()
        if latest is None:
            raise ValidationError(_("This attachment was removed already."))
        check_version(instance=attachment, latest=latest, expected_version=expected_version, unversioned=unversioned)
        record_delete(instance=attachment, by=by, reason=reason)
        if name and not Attachment.objects.filter(file=name).exists():
            transaction.on_commit(lambda: storage.delete(name))


# Attendance and decisions -------------------------------------------------------------------------


def attendance_create(*, attendance: Attendance, by, reason: str) -> Attendance:
    """Record one person's attendance at a meeting."""
    return attendance_update(attendance=attendance, by=by, reason=reason)


def attendance_update(*, attendance: Attendance, by, reason: str, expected_version: int | None = None) -> Attendance:
    """Change one person's attendance (or record it when new)."""
    if (
        attendance.person_id
        and Attendance.objects.filter(meeting_id=attendance.meeting_id, person_id=attendance.person_id)
        .exclude(pk=attendance.pk)
        .exists()
    ):
        raise ValidationError({"person": _("This person's attendance at this meeting is already recorded.")})
    return record_save(instance=attendance, by=by, reason=reason, expected_version=expected_version)


def attendance_roster_save(*, meeting: Meeting, rows: list[dict], guest: dict | None, by, reason: str) -> list[Attendance]:
    """Record the attendance of a whole roster, and a guest, at once: all of it is saved or none of it.

    rows: {"person", "status" ("" = not recorded), "represented_by", "on_behalf_of"}. A row left "not recorded"
    whose attendance was recorded before is removed (kept in history). guest: {"person"} or {"given_name",
    "family_name", "organisation"} for someone new; a guest is recorded as present.
    """
    saved = []
    with transaction.atomic():
        Meeting.objects.select_for_update().filter(pk=meeting.pk).first()
        existing = {a.person_id: a for a in Attendance.objects.select_for_update().filter(meeting=meeting)}
        for row in rows:
            person, status = row["person"], row["status"]
            attendance = existing.get(person.pk)
            if not status:
                if attendance is not None and not attendance.is_guest:
                    record_delete(instance=attendance, by=by, reason=reason)
                continue
            attendance = attendance or Attendance(meeting=meeting, person=person)
            changes = {
                "status": status,
                "represented_by": row.get("represented_by") if status == Attendance.Status.REPRESENTED else None,
                "on_behalf_of": row.get("on_behalf_of") or attendance.on_behalf_of,
            }
            if attendance.pk and all(getattr(attendance, field) == value for field, value in changes.items()):
                continue  # unchanged: no history row that says nothing
            for field, value in changes.items():
                setattr(attendance, field, value)
            # The roster page carries no version per row: the rows are locked above and a row is written only
            # when its recorded state differs from what the page sends.
            saved.append(record_save(instance=attendance, by=by, reason=reason, unversioned="workflow"))
        if guest:
            person = guest.get("person")
            if person is None:
                person = record_save(
                    instance=Person(
                        given_name=guest["given_name"], family_name=guest["family_name"], organisation=guest.get("organisation")
                    ),
                    by=by,
                    reason=reason,
                )
            if person.pk in existing:
                raise ValidationError(_("%(person)s's attendance at this meeting is already recorded.") % {"person": person})
            saved.append(
                record_save(
                    instance=Attendance(meeting=meeting, person=person, status=Attendance.Status.PRESENT, is_guest=True),
                    by=by,
                    reason=reason,
                )
            )
    return saved


def decision_create(*, decision: Decision, by, reason: str) -> Decision:
    """Record a decision of a meeting."""
    return decision_update(decision=decision, by=by, reason=reason)


def decision_update(*, decision: Decision, by, reason: str, expected_version: int | None = None) -> Decision:
    """Change a decision (or record it when new); its agenda item, when given, must be on the same meeting's agenda."""
    if decision.agenda_item_id and decision.agenda_item.meeting_id != decision.meeting_id:
        raise ValidationError({"agenda_item": _("Choose an item of this meeting's agenda.")})
    return record_save(instance=decision, by=by, reason=reason, expected_version=expected_version)


# Action items -------------------------------------------------------------------------------------


def _check_owner(item: ActionItem) -> None:
    owners = [item.owner_person_id, item.owner_organisation_id, item.owner_group_id, item.owner_council_id]
    if sum(1 for owner in owners if owner) != 1:
        raise ValidationError(_("Choose exactly one owner: a person, an organisation, a working group or a council."))


def actionitem_create(*, meeting: Meeting, item: ActionItem, by, reason: str) -> ActionItem:
    """Record a next step raised at a meeting, with exactly one owner."""
    item.meeting = meeting
    if item.agenda_item_id and item.agenda_item.meeting_id != meeting.pk:
        raise ValidationError({"agenda_item": _("Choose an item of this meeting's agenda.")})
    _check_owner(item)
    item.status = ActionItem.Status.OPEN
    item.closed_on = None
    with transaction.atomic():
        item = record_save(instance=item, by=by, reason=reason)
        notify.action_item_notify_assigned(item=item)
    return item


def actionitem_update(*, item: ActionItem, by, reason: str, expected_version: int | None = None) -> ActionItem:
    """Change an action item's description, owner or due date (the secretariat's full edit)."""
    if item.agenda_item_id and item.agenda_item.meeting_id != item.meeting_id:
        raise ValidationError({"agenda_item": _("Choose an item of this meeting's agenda.")})
    _check_owner(item)
    with transaction.atomic():
        item = record_save(instance=item, by=by, reason=reason, expected_version=expected_version)
        # A new owner is told (once per owner); an unchanged owner is not told again.
        notify.action_item_notify_assigned(item=item)
    return item


def actionitem_set_status(
    *,
    item: ActionItem,
    status: str,
    closing_note_en: str = "",
    closing_note_fr: str = "",
    by,
    reason: str,
    expected_version: int | None = None,
    today: datetime.date | None = None,
) -> ActionItem:
    """Move an action item along: open, in progress, done or dropped.

    Closing (done or dropped) needs a closing note and sets closed_on to today; reopening clears it. The date
    an item was closed decides which later meetings still list it as carried forward.
    """
    closing_note_en = (closing_note_en or "").strip()
    closing_note_fr = (closing_note_fr or "").strip()
    if status not in ActionItem.Status.values:
        raise ValidationError({"status": _("Choose a status from the list.")})
    if status in CLOSED_STATUSES and not (closing_note_en or closing_note_fr):
        raise ValidationError({"closing_note_en": _("Say how the action item was closed: a closing note is required.")})
    was_closed = item.status in CLOSED_STATUSES
    item.status = status
    item.closing_note_en = closing_note_en
    item.closing_note_fr = closing_note_fr
    if status in CLOSED_STATUSES:
        if not was_closed or item.closed_on is None:
            item.closed_on = today or timezone.localdate()
    else:
        item.closed_on = None
    return record_save(instance=item, by=by, reason=reason, expected_version=expected_version)
