"""The one loader of the record's data (seed.data): upserts by natural keys, so that a rerun changes nothing.

`manage.py load_joint_councils` runs Loader.run (the registry: organisations, councils, people, groups, priorities,
logic model, alignment) and then Loader.load_meetings (the meetings of 2015-2020, which refer to the registry).
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models, transaction
from django.utils import translation

from councils.models import (
    Council,
    CouncilCochairSeat,
    CouncilMembership,
    ExternalRelation,
    Jurisdiction,
    Organisation,
    Person,
)
from jointcouncils.record_version import record_version_bump
from jointcouncils.services import record_save
from jointcouncils.upsert import EMPTY_CLEARS, EMPTY_KEEPS, Empty, assign_changes
from logicmodel.models import Alignment, EngagementLevel, LogicModel, Outcome, Principle
from meetings.models import ActionItem, AgendaItem, Decision, Meeting
from priorities.models import Priority
from seed.consultation_2019 import load_consultation_2019
from workinggroups.models import CochairSeat, CochairTerm, OutstandingTask, ReportingLine, WorkingGroup

from . import data as seed_data
from .data import alignment as alignment_data
from .data import councils as council_data
from .data import logicmodel as logicmodel_data
from .data import meetings as meeting_data
from .data import organisations as organisation_data
from .data import priorities as priority_data
from .data import workinggroups as workinggroup_data
from .data.meetings import MeetingData, Text

CHANGE_REASON = seed_data.CHANGE_REASON
# The source strings of co-chair terms loaded by earlier versions (they named a file); such terms are replaced.
RETIRED_TERM_SOURCES = ("001 État des groupes de travail (2019)",)
FILE_NAMED_SOURCE = re.compile(r"DOMAIN\.md|\.txt\b|\bsources? 00[013]\b")
CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
MEETING_MODELS = (Meeting, AgendaItem, Decision, ActionItem)


class Loader:
    """Upserts the real data by natural keys; saves a row only when a loaded field differs, so a rerun writes nothing.

    Every save goes through record_save (full_clean, version bump, history row with no user and the reason
    "load_joint_councils"). Rows the data does not mention are left alone. With update=False, existing rows are
    never changed (only missing ones are created), so edits made in the portal survive a reload.
    """

    def __init__(self, *, update: bool = True, log: Callable[[str], None] | None = None):
        self.update = update
        self.log = log or (lambda message: None)
        self.tally: dict[str, dict[str, int]] = defaultdict(lambda: {CREATED: 0, UPDATED: 0, UNCHANGED: 0})
        self.jurisdictions: dict[str, Jurisdiction] = {}
        self.organisations: dict[str, Organisation] = {}
        self.councils: dict[str, Council] = {}
        self.people: dict[str, Person] = {}
        self.groups: dict[str, WorkingGroup] = {}
        self.priorities: dict[str, Priority] = {}

    # The one upsert -------------------------------------------------------------------------------------------------

    def _count(self, model: type[models.Model], outcome: str, instance: models.Model, detail: str = "") -> None:
        self.tally[model._meta.verbose_name_plural.capitalize()][outcome] += 1
        if outcome != UNCHANGED:
            self.log(f"{outcome}: {model._meta.verbose_name} «{instance}»{detail}")

    def upsert(
        self,
        model: type[models.Model],
        lookup: dict | None,
        values: dict,
        *,
        existing: models.Model | None = None,
        empty: Empty = EMPTY_CLEARS,
        links: dict[str, set[int]] | None = None,
    ) -> models.Model:
        """Create the row, or bring its loaded fields up to date; a row with nothing new is not saved.

        lookup: the row's natural key (the row is found by it, and created with it); otherwise existing: the row the
        caller found, or None. empty: what an empty value in the data does (jointcouncils.upsert). links:
        many-to-many ids the row must have; they are added, never removed.
        """
        if lookup is not None:
            existing = model._default_manager.filter(**lookup).first()
            values = {**lookup, **values}
        links = links or {}
        if existing is None:
            instance = model(**values)
            record_save(instance=instance, by=None, reason=CHANGE_REASON)
            for field, ids in links.items():
                getattr(instance, field).add(*ids)
            self._count(model, CREATED, instance)
            return instance
        if not self.update:
            self._count(model, UNCHANGED, existing)
            return existing
        changed = [name for name, _old, _new in assign_changes(existing, values, empty=empty)]
        if changed:
            record_save(instance=existing, by=None, reason=CHANGE_REASON, unversioned="loader")
        for field, ids in links.items():
            missing = ids - set(getattr(existing, field).values_list("pk", flat=True))
            if missing:
                getattr(existing, field).add(*missing)
                changed.append(field)
        if not changed:
            self._count(model, UNCHANGED, existing)
            return existing
        self._count(model, UPDATED, existing, f" ({', '.join(changed)})")
        return existing

    def sync_many(self, instance: models.Model, field: str, targets: Iterable[models.Model]) -> None:
        """Make a many-to-many field hold exactly targets (these fields carry no history)."""
        manager = getattr(instance, field)
        label = f"{instance._meta.verbose_name_plural.capitalize()}: {instance._meta.get_field(field).verbose_name}"
        wanted = {target.pk for target in targets}
        current = set(manager.values_list("pk", flat=True))
        # Without updates, links are only filled in where there are none yet.
        if current == wanted or (current and not self.update):
            self.tally[label][UNCHANGED] += 1
            return
        manager.set(wanted)
        self.tally[label][UPDATED] += 1
        self.log(f"updated: {instance._meta.verbose_name} «{instance}» ({field})")

    # Areas -----------------------------------------------------------------------------------------------------------

    def load_organisations(self) -> None:
        for row in organisation_data.JURISDICTIONS:
            values = {key: value for key, value in row.items() if key != "code"}
            self.jurisdictions[row["code"]] = self.upsert(Jurisdiction, {"code": row["code"]}, values)
        for key, row in organisation_data.ORGANISATIONS.items():
            jurisdiction = self.jurisdictions[row["jurisdiction"]]
            values = {name: value for name, value in row.items() if name not in {"jurisdiction", "name_en", "provenance"}}
            values |= row["provenance"]
            self.organisations[key] = self.upsert(Organisation, {"jurisdiction": jurisdiction, "name_en": row["name_en"]}, values)

    def retire_placeholders(self) -> None:
        """Remove what earlier versions of the loader invented: the "unnamed holder" organisation, its "not recorded"
        jurisdiction, and the co-chair terms they held (the seats are loaded again as "held, holder not recorded")."""
        placeholder = Organisation.objects.filter(name_en=organisation_data.RETIRED_PLACEHOLDER_ORGANISATION).first()
        retired_terms = CochairTerm.objects.filter(source__in=RETIRED_TERM_SOURCES)
        if placeholder is not None:
            retired_terms = retired_terms | CochairTerm.objects.filter(organisation=placeholder)
        for term in retired_terms:
            self.log(f"removed: {term._meta.verbose_name} «{term}» (placeholder of an earlier load)")
            term.delete()
        if placeholder is not None and not placeholder.people.exists():
            self.log(f"removed: organisation «{placeholder}» (placeholder of an earlier load)")
            placeholder.delete()
        jurisdiction = Jurisdiction.objects.filter(code=organisation_data.RETIRED_PLACEHOLDER_JURISDICTION).first()
        if jurisdiction is not None and not jurisdiction.organisations.exists():
            self.log(f"removed: jurisdiction «{jurisdiction}» (placeholder of an earlier load)")
            jurisdiction.delete()

    def load_councils(self) -> None:
        for row in council_data.COUNCILS:
            values = {key: value for key, value in row.items() if key not in {"code", "constituents"}}
            self.councils[row["code"]] = self.upsert(Council, {"code": row["code"]}, values)
        for row in council_data.COUNCILS:
            self.sync_many(self.councils[row["code"]], "constituent_councils", [self.councils[c] for c in row["constituents"]])
        for key, row in council_data.PEOPLE.items():
            organisation = self.organisations[row["organisation"]] if row["organisation"] else None
            values = {"title_en": row["title_en"], "title_fr": row["title_fr"], "organisation": organisation} | row["provenance"]
            self.people[key] = self.upsert(Person, {"given_name": row["given_name"], "family_name": row["family_name"]}, values)
        for person, council, role, start, end in council_data.MEMBERSHIPS:
            self.upsert(
                CouncilMembership,
                {"person": self.people[person], "council": self.councils[council], "role": role},
                {"start_date": start, "start_precision": "year", "end_date": end} | council_data.MEMBERSHIP_PROVENANCE,
            )
        for order, (council, organisation, level, turnover) in enumerate(council_data.COUNCIL_COCHAIR_SEATS, start=1):
            self.upsert(
                CouncilCochairSeat,
                {"council": self.councils[council], "order": order},
                {
                    "organisation": self.organisations[organisation] if organisation else None,
                    "level": level,
                    "turnover": turnover,
                    "year": 2019,
                }
                | council_data.COUNCIL_COCHAIR_SEATS_PROVENANCE,
            )
        for council, body, kind, is_formal, description_en, description_fr, provenance in council_data.EXTERNAL_RELATIONS:
            self.upsert(
                ExternalRelation,
                {"council": self.councils[council], "body": self.organisations[body]},
                {"kind": kind, "is_formal": is_formal, "description_en": description_en, "description_fr": description_fr}
                | provenance,
            )

    def load_working_groups(self) -> None:
        group_fields = {
            "name_en",
            "name_fr",
            "acronym_en",
            "acronym_fr",
            "kind",
            "status",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "name_translated_language",
            "planned_end_date",
            "mandate_en",
            "mandate_fr",
            "notes_en",
            "notes_fr",
        }
        for row in workinggroup_data.WORKING_GROUPS:
            values = {key: row[key] for key in group_fields} | row["provenance"]
            group = self.upsert(WorkingGroup, {"slug": row["slug"]}, values)
            self.groups[row["slug"]] = group
            for line in row["reporting_lines"]:
                self.upsert(
                    ReportingLine,
                    {"working_group": group, "council": self.councils[line["council"]]},
                    {key: line[key] for key in ("start_date", "start_precision", "end_date", "note_en", "note_fr")}
                    | line["provenance"],
                )
            for number, seat_row in enumerate(row["seats"], start=1):
                part_en, part_fr = seat_row["part"]
                note = {
                    "note_en": f"Co-chair of the {part_en} part." if part_en else "",
                    "note_fr": f"Coprésidence du volet {part_fr}." if part_fr else "",
                }
                seat = self.upsert(CochairSeat, {"working_group": group, "number": number}, note)
                self.upsert(
                    CochairTerm,
                    {"seat": seat, "start_date": workinggroup_data.TERMS_START},
                    {
                        "person": None,
                        "organisation": self.organisations[seat_row["holder"]] if seat_row["holder"] else None,
                        "holder_level": seat_row["level"],
                        "on_behalf_of": None,
                        "council_member_attested": seat_row["member"],
                        "start_precision": "year",
                        "end_date": None,
                        "source": "",
                    }
                    | seat_row["provenance"],
                )
        for slug, title_en, title_fr, description_en, description_fr, provenance in workinggroup_data.OUTSTANDING:
            self.upsert(
                OutstandingTask,
                {"working_group": self.groups[slug], "title_fr": title_fr},
                {"title_en": title_en, "description_en": description_en, "description_fr": description_fr, "source": ""}
                | provenance,
            )

    def load_priorities(self) -> None:
        jc = self.councils["jc"]
        for row in priority_data.JC_PRIORITIES:
            values = {
                key: row[key]
                for key in (
                    "order",
                    "name_en",
                    "name_fr",
                    "status",
                    "year",
                    "definition_en",
                    "definition_fr",
                    "scope_en",
                    "scope_fr",
                    "lead_note_en",
                    "lead_note_fr",
                )
            }
            values |= row["provenance"]
            values |= {
                "council": jc,
                "kind": Priority.Kind.JC_PRIORITY,
                "lead_person": self.people[row["lead_person"]] if row["lead_person"] else None,
            }
            priority = self.upsert(Priority, {"slug": row["slug"]}, values)
            self.sync_many(priority, "lead_organisations", [self.organisations[key] for key in row["lead_organisations"]])
            self.priorities[row["slug"]] = priority
        for order, (council, slug, name_en, name_fr, definition_en, definition_fr) in enumerate(
            priority_data.EMERGING_THEMES_2020, start=1
        ):
            self.priorities[slug] = self.upsert(
                Priority,
                {"slug": slug},
                {
                    "order": order,
                    "name_en": name_en,
                    "name_fr": name_fr,
                    "definition_en": definition_en,
                    "definition_fr": definition_fr,
                    "council": self.councils[council],
                    "kind": Priority.Kind.EMERGING_THEME,
                    "status": Priority.Status.PROPOSED,
                    "year": priority_data.EMERGING_THEMES_YEAR,
                }
                | priority_data.EMERGING_THEMES_PROVENANCE,
            )

    def load_logic_model(self) -> LogicModel:
        row = logicmodel_data.LOGIC_MODEL
        values = {key: value for key, value in row.items() if key != "slug"} | logicmodel_data.PROVENANCE
        model = self.upsert(LogicModel, {"slug": row["slug"]}, values)
        for order, (name_en, name_fr, description_en, description_fr) in enumerate(logicmodel_data.PRINCIPLES, start=1):
            self.upsert(
                Principle,
                {"logic_model": model, "order": order},
                {"name_en": name_en, "name_fr": name_fr, "description_en": description_en, "description_fr": description_fr},
            )
        for term, rows in (
            (Outcome.Term.LONG, logicmodel_data.LONG_TERM_OUTCOMES),
            (Outcome.Term.SHORT, logicmodel_data.SHORT_TERM_OUTCOMES),
        ):
            for order, (code, name_en, name_fr, description_en, description_fr) in enumerate(rows, start=1):
                self.upsert(
                    Outcome,
                    {"logic_model": model, "term": term, "order": order},
                    {
                        "code": code,
                        "name_en": name_en,
                        "name_fr": name_fr,
                        "description_en": description_en,
                        "description_fr": description_fr,
                    },
                )
        for order, (code, name_en, name_fr, description_en, description_fr) in enumerate(
            logicmodel_data.ENGAGEMENT_LEVELS, start=1
        ):
            self.upsert(
                EngagementLevel,
                {"logic_model": model, "code": code},
                {
                    "order": order,
                    "name_en": name_en,
                    "name_fr": name_fr,
                    "description_en": description_en,
                    "description_fr": description_fr,
                },
            )
        return model

    def load_alignments(self, model: LogicModel) -> None:
        for group, priority in alignment_data.ALIGNMENTS:
            contribution_en, contribution_fr = alignment_data.CONTRIBUTIONS[priority]
            self.upsert(
                Alignment,
                {"logic_model": model, "working_group": self.groups[group], "priority": self.priorities[priority]},
                {
                    "outcome": None,
                    "engagement_level": None,
                    "contribution_en": contribution_en,
                    "contribution_fr": contribution_fr,
                    "source": "",
                }
                | alignment_data.PROVENANCE,
            )

    # Meetings ------------------------------------------------------------------------------------------------------

    def load_meetings(self) -> None:
        """The meetings, agendas, decisions and action items; empty values in the data never erase recorded ones."""
        registry = _Registry()
        for data in meeting_data.MEETINGS:
            self.load_meeting(data, registry)
        self.withdraw_unsourced()
        record_version_bump()

    def _meeting_of(self, key: str) -> Meeting | None:
        data = next(m for m in meeting_data.MEETINGS if m.key == key)
        return (
            Meeting.objects.filter(
                council__code=data.council,
                start__gte=_local_midnight(data.day),
                start__lt=_local_midnight(data.day + datetime.timedelta(days=1)),
            )
            .order_by("pk")
            .first()
        )

    def withdraw_unsourced(self) -> None:
        """Remove the action items and texts earlier loads wrote that no source gives, unless edited in the portal."""
        for key, description_fr in meeting_data.WITHDRAWN_ACTIONS:
            meeting = self._meeting_of(key)
            if meeting is None:
                continue
            for action in ActionItem.objects.filter(meeting=meeting, description_fr=description_fr):
                if action.history.exclude(history_user=None).exists():
                    continue  # someone followed it up in the portal: it stays theirs
                self.log(f"removed: {action._meta.verbose_name} «{action}» (no source records it)")
                action.delete()
        # Earlier loads wrote a meeting's source as file names (a notes file, "source 000 ..."): provenance replaces it.
        for data in meeting_data.MEETINGS:
            meeting = self._meeting_of(data.key)
            if meeting is not None and FILE_NAMED_SOURCE.search(meeting.source or ""):
                self.upsert(Meeting, None, {"source": ""}, existing=meeting, empty=EMPTY_CLEARS)
        for key, order, field, text_en in meeting_data.RETRACTED_TEXTS:
            meeting = self._meeting_of(key)
            item = AgendaItem.objects.filter(meeting=meeting, order=order).first() if meeting else None
            if item is not None and getattr(item, f"{field}_en") == text_en:
                self.upsert(AgendaItem, None, {f"{field}_en": "", f"{field}_fr": ""}, existing=item, empty=EMPTY_CLEARS)

    def load_meeting(self, data: MeetingData, registry: _Registry) -> None:
        council = registry.councils[data.council]
        start = _local_midnight(data.day)
        existing = (
            Meeting.objects.filter(
                council=council, start__gte=start, start__lt=_local_midnight(data.day + datetime.timedelta(days=1))
            )
            .order_by("pk")
            .first()
        )
        values = {
            "council_id": council.pk,
            # The time is unknown: set on create only, so a time the secretariat records later stays.
            "start": start if existing is None else None,
            "status": data.status,
            "is_virtual": data.is_virtual,
            "start_precision": data.precision,
            **data.provenance,
            **_translated("title", data.title),
            **_translated("city", data.city),
            **_translated("objectives", data.objectives),
            **_translated("context", data.context),
        }
        meeting = self.upsert(Meeting, None, values, existing=existing, empty=EMPTY_KEEPS)

        items: dict[int, AgendaItem] = {}
        for item in data.agenda:
            existing = AgendaItem.objects.filter(meeting=meeting, order=item.order).order_by("pk").first()
            values = {
                "meeting_id": meeting.pk,
                "order": item.order,
                "purpose": item.purpose,
                **_translated("title", item.title),
                **_translated("objectives", item.objectives),
                **_translated("context", item.context),
                **_translated("discussion_questions", item.discussion_questions),
                **_translated("decision_sought", item.decision_sought),
                **_translated("presenter_note", item.presenter_note),
                **(item.provenance or data.provenance),
            }
            m2m = {
                "priorities": registry.priority_ids(item.priorities, item.priority_prefixes),
                "working_groups": {registry.groups[slug].pk for slug in item.working_groups},
            }
            items[item.order] = self.upsert(AgendaItem, None, values, existing=existing, empty=EMPTY_KEEPS, links=m2m)

        for decision in data.decisions:
            existing = Decision.objects.filter(meeting=meeting, text_fr=decision.text.fr).order_by("pk").first()
            values = {
                "meeting_id": meeting.pk,
                "agenda_item_id": items[decision.agenda_item].pk if decision.agenda_item else None,
                "decided_on": decision.decided_on or data.day,
                "decided_on_precision": "day" if decision.decided_on else data.precision,
                "result": decision.result,
                **(decision.provenance or data.provenance),
                **_translated("text", decision.text),
            }
            m2m = {"priorities": registry.priority_ids(decision.priorities, ())}
            self.upsert(Decision, None, values, existing=existing, empty=EMPTY_KEEPS, links=m2m)

        for action in data.actions:
            existing = ActionItem.objects.filter(meeting=meeting, description_fr=action.description.fr).order_by("pk").first()
            values = {
                "meeting_id": meeting.pk,
                "agenda_item_id": items[action.agenda_item].pk if action.agenda_item else None,
                # Owner and status are where follow-up starts; the secretariat may reassign or close an item later,
                # and a later run never undoes that.
                **(
                    {
                        "owner_council_id": registry.councils[action.owner_council].pk if action.owner_council else None,
                        "owner_group_id": registry.groups[action.owner_group].pk if action.owner_group else None,
                        "status": action.status,
                    }
                    if existing is None
                    else {}
                ),
                "due_date": action.due_date,
                **_translated("description", action.description),
                **(action.provenance or data.provenance),
            }
            self.upsert(ActionItem, None, values, existing=existing, empty=EMPTY_KEEPS)

    def meeting_counts(self) -> dict[str, dict[str, int]]:
        """The tally of the meeting models, by model name."""
        return {model.__name__: dict(self.tally[model._meta.verbose_name_plural.capitalize()]) for model in MEETING_MODELS}

    def run(self) -> None:
        """Load every area, in dependency order, in one transaction."""
        with transaction.atomic(), translation.override("en"):
            self.retire_placeholders()
            self.load_organisations()
            self.load_councils()
            self.load_working_groups()
            self.load_priorities()
            model = self.load_logic_model()
            self.load_alignments(model)
            load_consultation_2019(self, model)
            # Saves bump the record's version one by one; this covers what the loader writes without a signal.
            record_version_bump()


class RegistryDataMissing(LookupError):
    """The registry rows the meetings refer to (councils, working groups, priorities) are not loaded."""


def required_registry() -> dict[str, set[str]]:
    """Council codes, working-group slugs and priority slugs the meetings refer to."""
    councils, groups, priorities = set(), set(), set()
    for meeting in meeting_data.MEETINGS:
        councils.add(meeting.council)
        for item in meeting.agenda:
            groups.update(item.working_groups)
            priorities.update(item.priorities)
        for decision in meeting.decisions:
            priorities.update(decision.priorities)
        for action in meeting.actions:
            councils.update(c for c in [action.owner_council] if c)
            groups.update(g for g in [action.owner_group] if g)
    return {"councils": councils, "working_groups": groups, "priorities": priorities}


class _Registry:
    def __init__(self):
        needed = required_registry()
        self.councils = {c.code: c for c in Council.objects.filter(code__in=needed["councils"])}
        self.groups = {g.slug: g for g in WorkingGroup.objects.filter(slug__in=needed["working_groups"])}
        self.priorities = {p.slug: p for p in Priority.objects.filter(slug__in=needed["priorities"])}
        missing = [
            f"{label} {key}"
            for label, keys, found in (
                ("council", needed["councils"], self.councils),
                ("working group", needed["working_groups"], self.groups),
                ("priority", needed["priorities"], self.priorities),
            )
            for key in sorted(keys - found.keys())
        ]
        if missing:
            raise RegistryDataMissing("Load the registry before the meetings; missing: " + ", ".join(missing) + ".")

    def priority_ids(self, slugs, prefixes) -> set[int]:
        ids = {self.priorities[slug].pk for slug in slugs}
        for prefix in prefixes:
            ids.update(Priority.objects.filter(slug__startswith=prefix).values_list("pk", flat=True))
        return ids


def _translated(field: str, text: Text) -> dict[str, str]:
    return {f"{field}_en": text.en, f"{field}_fr": text.fr}


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(), tzinfo=ZoneInfo(settings.TIME_ZONE))


def load_meetings(*, stdout=None, verbosity: int = 1, update: bool = True) -> dict[str, dict[str, int]]:
    """Load the real meetings, agendas, decisions and action items; safe to run again (it changes only what differs).

    With update=False (the command's --no-update), existing rows are left as they are; only missing ones are created.

    Returns {"Meeting"|"AgendaItem"|"Decision"|"ActionItem": {"created": n, "updated": n, "unchanged": n}}.
    Raises RegistryDataMissing when the councils, working groups or priorities it refers to are not loaded yet.
    """
    log = (lambda message: stdout.write(f"  {message}\n")) if stdout is not None and verbosity >= 2 else None
    loader = Loader(update=update, log=log)
    with transaction.atomic():
        loader.load_meetings()
    counts = loader.meeting_counts()
    if stdout is not None and verbosity >= 1:
        for name, c in counts.items():
            stdout.write(f"{name}: {c[CREATED]} created, {c[UPDATED]} updated, {c[UNCHANGED]} unchanged\n")
    return counts
