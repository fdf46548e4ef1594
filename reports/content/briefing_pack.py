"""The briefing pack of a meeting: the deck council members read, built from the portal's records."""

from django.db.models import Prefetch, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from meetings.models import ActionItem, AgendaItem, Attachment, Decision, Meeting
from priorities.models import Priority
from reports.kinds import ReportKind, register
from reports.merge import attachment_anchor
from voting.models import Ballot
from workinggroups.participation import participation_block
from workinggroups.selectors import active_groups, latest_approved

from .ballot_record import tally_rows
from .blocks import group_status_row, logic_model_block
from .changes import changes_between
from .values import iso, missing_texts, text


def _meeting_queryset():
    return Meeting.objects.select_related("council").prefetch_related(
        Prefetch(
            "agenda_items",
            queryset=AgendaItem.objects.order_by("order", "pk")
            .select_related("presenter")
            .prefetch_related(
                "priorities", "working_groups", "outcomes", Prefetch("attachments", queryset=Attachment.objects.order_by("pk"))
            ),
        ),
    )


def groups_for(meeting: Meeting):
    """A council's own groups; the Joint Councils see every group (the source table lists all of them)."""
    groups = active_groups(on_date=meeting.date)
    if meeting.council.code == "jc":
        return list(groups)
    return list(groups.reporting_to(meeting.council, on=meeting.date))


def priorities_for(meeting: Meeting):
    council_ids = [meeting.council_id, *meeting.council.constituent_councils.values_list("pk", flat=True)]
    return list(
        Priority.objects.filter(Q(council_id__in=council_ids))
        .exclude(status__in=Priority.NOT_CURRENT)
        .select_related("council", "lead_person")
        .prefetch_related("lead_organisations", "alignments__working_group")
        .order_by("kind", "council__code", "order", "name_en")
    )


def action_item_row(item: ActionItem, language: str) -> dict:
    owner = item.owner
    if item.owner_person_id:
        owner_name = owner.full_name
    else:
        owner_name = text(owner, "acronym", language) or text(owner, "name", language)
    return {
        "description": text(item, "description", language),
        "owner": owner_name,
        "due": iso(item.due_date),
        "status": item.get_status_display(),
        "overdue": item.is_overdue(),
        "meeting": text(item.meeting, "title", language),
        "meeting_date": iso(item.meeting.start),
    }


def decision_row(decision: Decision, language: str) -> dict:
    tally = None
    if decision.votes_for is not None or decision.votes_against is not None:
        tally = {"for": decision.votes_for or 0, "against": decision.votes_against or 0, "abstain": decision.abstentions or 0}
    return {
        "text": text(decision, "text", language),
        "date": iso(decision.decided_on),
        "result": decision.get_result_display(),
        "tally": tally,
        "item": text(decision.agenda_item, "title", language) if decision.agenda_item_id else "",
    }


def between_meetings_ballots(meeting: Meeting) -> list[Ballot]:
    """Ballots closed since the previous meeting whose decision is recorded at this one."""
    return list(
        Ballot.objects.filter(decision__meeting=meeting)
        .select_related("council")
        .prefetch_related("council__constituent_councils")
        .order_by("closed_at", "pk")
    )


def between_meetings_row(ballot: Ballot, language: str) -> dict:
    with translation.override(language):
        return _between_meetings_row(ballot, language)


def _between_meetings_row(ballot: Ballot, language: str) -> dict:
    return {
        "question": text(ballot, "question", language),
        "rule": ballot.get_rule_display(),
        "quorum_percent": ballot.quorum_percent,
        "closed": iso(ballot.closed_at),
        "result": ballot.get_result_display(),
        "tallies": tally_rows(ballot, language),
    }


def snapshot(meeting: Meeting, language: str, draft: bool = False) -> dict:
    meeting = _meeting_queryset().get(pk=meeting.pk)
    previous = meeting.previous_meeting()
    groups = groups_for(meeting)
    priorities = priorities_for(meeting)
    agenda = list(meeting.agenda_items.all())
    decisions_prev = list(previous.decisions.select_related("agenda_item").order_by("decided_on", "pk")) if previous else []
    decisions_here = list(meeting.decisions.select_related("agenda_item").order_by("decided_on", "pk"))
    carried = list(meeting.carried_forward_action_items())
    raised_here = list(
        meeting.action_items.select_related(
            "meeting", "owner_person", "owner_organisation", "owner_group", "owner_council"
        ).order_by("due_date", "pk")
    )
    group_rows = [group_status_row(group, meeting.date, language) for group in groups]
    updates = []
    for group in groups:
        update = latest_approved(group)
        if update:
            updates.append(
                {
                    "group": text(group, "name", language),
                    "period": text(update, "period_label", language),
                    "rag": update.rag,
                    "rag_label": update.get_rag_display(),
                    "rationale": text(update, "rag_rationale", language),
                    "accomplishments": text(update, "accomplishments", language),
                    "next_steps": text(update, "next_steps", language),
                    "risks": text(update, "risks_issues", language),
                    "asks": text(update, "asks", language),
                }
            )
    rag_by_group = {group.pk: row["rag"] for group, row in zip(groups, group_rows, strict=True)}
    priority_rows = []
    for priority in priorities:
        supporting = [a.working_group for a in priority.alignments.all() if a.working_group_id]
        priority_rows.append(
            {
                "name": text(priority, "name", language),
                "kind": priority.get_kind_display(),
                "council": text(priority.council, "acronym", language),
                "status": priority.get_status_display(),
                "definition": text(priority, "definition", language),
                "lead": ", ".join(
                    ([priority.lead_person.full_name] if priority.lead_person_id else [])
                    + [text(org, "acronym", language) or text(org, "name", language) for org in priority.lead_organisations.all()]
                )
                or text(priority, "lead_note", language),
                "groups": [
                    {"name": text(g, "name", language), "rag": rag_by_group.get(g.pk, "")}
                    for g in sorted(supporting, key=lambda g: g.name_en or "")
                ],
            }
        )
    attachments = []
    for item in agenda:
        for attachment in item.attachments.all():
            if attachment.language and attachment.language != language:
                continue
            pages = attachment_pages(attachment) if attachment.kind == Attachment.Kind.PDF else 0
            attachments.append(
                {
                    "item": text(item, "title", language),
                    "title": text(attachment, "title", language),
                    "kind": attachment.get_kind_display(),
                    "sha256": attachment.sha256,
                    "path": attachment.file.name,
                    "size": attachment.size,
                    "pages": pages,
                    "anchors": [attachment_anchor(attachment.sha256, n) for n in range(1, pages + 1)],
                }
            )
    window_end = meeting.start if meeting.start <= timezone.now() else timezone.now()
    changes = changes_between(previous.start if previous else None, window_end, language) if previous else []
    stamps = [meeting.updated_at, *(i.updated_at for i in agenda), *(d.updated_at for d in decisions_prev + decisions_here)]
    stamps += [a.updated_at for a in carried + raised_here] + [g.updated_at for g in groups] + [p.updated_at for p in priorities]
    participation = participation_block(groups, language)
    return {
        "as_of": iso(max(stamps)),
        "council": text(meeting.council, "name", language),
        "council_acronym": text(meeting.council, "acronym", language),
        "meeting": {
            "title": text(meeting, "title", language),
            "date": iso(meeting.start),
            "date_precision": meeting.start_precision,
            "end_date": iso(meeting.end) if meeting.end else None,
            "city": text(meeting, "city", language),
            "venue": text(meeting, "venue", language),
            "virtual": meeting.is_virtual,
            "status": meeting.get_status_display(),
            "objectives": text(meeting, "objectives", language),
            "context": text(meeting, "context", language),
        },
        "previous": {"title": text(previous, "title", language), "date": iso(previous.start)} if previous else None,
        "agenda": [
            {
                "order": index,
                "anchor": f"item-{item.pk}",
                "title": text(item, "title", language),
                "purpose": item.get_purpose_display(),
                "minutes": item.minutes,
                "presenter": item.presenter.full_name if item.presenter_id else text(item, "presenter_note", language),
                "objectives": text(item, "objectives", language),
                "context": text(item, "context", language),
                "questions": [
                    line.strip(" •-\t")
                    for line in text(item, "discussion_questions", language).splitlines()
                    if line.strip(" •-\t")
                ],
                "decision_sought": text(item, "decision_sought", language),
                "priorities": [text(p, "name", language) for p in item.priorities.all()],
                "groups": [text(g, "name", language) for g in item.working_groups.all()],
                "outcomes": [text(o, "name", language) for o in item.outcomes.all()],
            }
            for index, item in enumerate(agenda, start=1)
        ],
        "priorities": priority_rows,
        "groups": group_rows,
        "groups_without_member_cochair": sum(1 for row in group_rows if row["needs_member_cochair"]),
        "vacant_seats": sum(row["vacant_seats"] for row in group_rows),
        "updates": updates,
        "decisions_previous": [decision_row(d, language) for d in decisions_prev],
        "decisions_here": [decision_row(d, language) for d in decisions_here],
        "between_meetings": [between_meetings_row(b, language) for b in between_meetings_ballots(meeting)],
        "carried_forward": [action_item_row(a, language) for a in carried],
        "action_items_here": [action_item_row(a, language) for a in raised_here],
        "changes": changes,
        "logic_model": logic_model_block(language),
        "participation": participation,
        "attachments": attachments,
    }


def attachment_pages(attachment: Attachment) -> int:
    from reports.merge import attachment_page_count

    try:
        return attachment_page_count(attachment.file.path)
    except Exception:  # noqa: BLE001 - an unreadable file is listed, not merged
        return 0


def parity(meeting: Meeting) -> list:
    meeting = _meeting_queryset().get(pk=meeting.pk)
    url = meeting.get_absolute_url()
    missing = missing_texts(meeting, label=_("Meeting: %(title)s") % {"title": meeting.title}, url=url)
    for item in meeting.agenda_items.all():
        missing += missing_texts(item, label=_("Agenda item: %(title)s") % {"title": item.title}, url=url)
    previous = meeting.previous_meeting()
    decisions = list(meeting.decisions.all()) + (list(previous.decisions.all()) if previous else [])
    for decision in decisions:
        missing += missing_texts(
            decision, label=_("Decision: %(text)s") % {"text": str(decision)}, url=decision.meeting.get_absolute_url()
        )
    for ballot in between_meetings_ballots(meeting):
        missing += missing_texts(
            ballot, label=_("Ballot: %(question)s") % {"question": str(ballot)}, url=ballot.get_absolute_url()
        )
    for item in list(meeting.carried_forward_action_items()) + list(meeting.action_items.all()):
        missing += missing_texts(
            item, label=_("Action item: %(text)s") % {"text": str(item)}, url=item.meeting.get_absolute_url()
        )
    for group in groups_for(meeting):
        missing += missing_texts(
            group,
            label=_("Working group: %(name)s") % {"name": group.name},
            url=group.get_absolute_url(),
            fields=("name",),
        )
        update = latest_approved(group)
        if update:
            missing += missing_texts(
                update,
                label=_("Status update: %(group)s, %(period)s") % {"group": group.name, "period": update.period_label},
                url=group.get_absolute_url(),
            )
    for priority in priorities_for(meeting):
        missing += missing_texts(
            priority,
            label=_("Priority: %(name)s") % {"name": priority.name},
            url=priority.get_absolute_url(),
            fields=("name", "definition"),
        )
    return missing


def attachments(snapshot: dict) -> list[dict]:
    return [a for a in snapshot.get("attachments", []) if a["pages"]]


register(
    ReportKind(
        kind="briefing_pack",
        label=_lazy("briefing pack"),
        target_model=Meeting,
        target_field="meeting",
        template="reports/pdf/briefing_pack.html",
        snapshot=snapshot,
        parity=parity,
        attachments=attachments,
    )
)
