"""`manage.py load_joint_councils`: load the real record of the Joint Councils (jointcouncils.realdata), idempotently."""

from collections import defaultdict
from collections.abc import Callable, Iterable

from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django.utils import translation

from councils.models import Council, CouncilMembership, Jurisdiction, Organisation, Person
from jointcouncils import realdata
from jointcouncils.realdata import alignment as alignment_data
from jointcouncils.realdata import councils as council_data
from jointcouncils.realdata import logicmodel as logicmodel_data
from jointcouncils.realdata import organisations as organisation_data
from jointcouncils.realdata import priorities as priority_data
from jointcouncils.realdata import workinggroups as workinggroup_data
from jointcouncils.services import record_save
from logicmodel.models import Alignment, EngagementLevel, LogicModel, Outcome, Principle
from meetings.realdata import RegistryDataMissing, load_meetings
from priorities.models import Priority
from seed.consultation_2019 import load_consultation_2019
from workinggroups.models import CochairSeat, CochairTerm, ReportingLine, WorkingGroup

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


class RealDataLoader:
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

    # Generic upsert ------------------------------------------------------------------------------------------------

    @staticmethod
    def _same(instance: models.Model, name: str, value) -> bool:
        field = instance._meta.get_field(name)
        if field.is_relation:
            return getattr(instance, field.attname) == (value.pk if value is not None else None)
        current = getattr(instance, name)
        if isinstance(field, models.CharField | models.TextField):
            # Translation columns are nullable: an empty text and NULL say the same thing.
            return (current or "") == (value or "")
        return current == value

    def _count(self, model: type[models.Model], outcome: str, instance: models.Model, detail: str = "") -> None:
        self.tally[model._meta.verbose_name_plural.capitalize()][outcome] += 1
        if outcome != UNCHANGED:
            self.log(f"{outcome}: {model._meta.verbose_name} «{instance}»{detail}")

    def upsert(self, model: type[models.Model], lookup: dict, values: dict) -> models.Model:
        """Create the row identified by lookup with values, or bring the loaded fields of the existing row up to date."""
        instance = model._default_manager.filter(**lookup).first()
        if instance is None:
            instance = model(**lookup, **values)
            record_save(instance=instance, by=None, reason=realdata.CHANGE_REASON)
            self._count(model, CREATED, instance)
            return instance
        changed = [name for name, value in values.items() if not self._same(instance, name, value)]
        if not changed or not self.update:
            self._count(model, UNCHANGED, instance)
            return instance
        for name in changed:
            setattr(instance, name, values[name])
        record_save(instance=instance, by=None, reason=realdata.CHANGE_REASON)
        self._count(model, UPDATED, instance, f" ({', '.join(changed)})")
        return instance

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
            values = {name: value for name, value in row.items() if name not in {"jurisdiction", "name_en"}}
            self.organisations[key] = self.upsert(Organisation, {"jurisdiction": jurisdiction, "name_en": row["name_en"]}, values)

    def load_councils(self) -> None:
        for row in council_data.COUNCILS:
            values = {key: value for key, value in row.items() if key not in {"code", "constituents"}}
            self.councils[row["code"]] = self.upsert(Council, {"code": row["code"]}, values)
        for row in council_data.COUNCILS:
            self.sync_many(self.councils[row["code"]], "constituent_councils", [self.councils[c] for c in row["constituents"]])
        for key, row in council_data.PEOPLE.items():
            organisation = self.organisations[row["organisation"]] if row["organisation"] else None
            values = {"title_en": row["title_en"], "title_fr": row["title_fr"], "organisation": organisation}
            self.people[key] = self.upsert(Person, {"given_name": row["given_name"], "family_name": row["family_name"]}, values)
        for person, council, role, start, end in council_data.MEMBERSHIPS:
            self.upsert(
                CouncilMembership,
                {"person": self.people[person], "council": self.councils[council], "role": role},
                {"start_date": start, "end_date": end},
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
            "planned_end_date",
            "mandate_en",
            "mandate_fr",
            "notes_en",
            "notes_fr",
        }
        for row in workinggroup_data.WORKING_GROUPS:
            group = self.upsert(WorkingGroup, {"slug": row["slug"]}, {key: row[key] for key in group_fields})
            self.groups[row["slug"]] = group
            for line in row["reporting_lines"]:
                self.upsert(
                    ReportingLine,
                    {"working_group": group, "council": self.councils[line["council"]]},
                    {key: line[key] for key in ("start_date", "end_date", "note_en", "note_fr")},
                )
            for number, seat_row in enumerate(row["seats"], start=1):
                is_vacant = seat_row["holder"] is None
                note = workinggroup_data.VACANT_SEAT_NOTE if is_vacant else {"note_en": "", "note_fr": ""}
                seat = self.upsert(CochairSeat, {"working_group": group, "number": number}, note)
                if is_vacant:
                    continue
                self.upsert(
                    CochairTerm,
                    {"seat": seat, "source": realdata.SOURCE_001_STATUS},
                    {
                        "person": None,
                        "organisation": self.organisations[seat_row["holder"]],
                        "on_behalf_of": None,
                        "council_member_attested": seat_row["member"],
                        "start_date": workinggroup_data.TERMS_START,
                        "end_date": None,
                    },
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
                },
            )

    def load_logic_model(self) -> LogicModel:
        row = logicmodel_data.LOGIC_MODEL
        model = self.upsert(LogicModel, {"slug": row["slug"]}, {key: value for key, value in row.items() if key != "slug"})
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
                    "source": alignment_data.SOURCE,
                },
            )

    def run(self) -> None:
        """Load every area, in dependency order, in one transaction."""
        with transaction.atomic(), translation.override("en"):
            self.load_organisations()
            self.load_councils()
            self.load_working_groups()
            self.load_priorities()
            model = self.load_logic_model()
            self.load_alignments(model)
            load_consultation_2019(self, model)


class Command(BaseCommand):
    help = "Load the real record of the Joint Councils (councils, groups, seats, priorities, logic model) in English and French."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-update",
            action="store_true",
            help="Only create what is missing; leave existing rows (and edits made in the portal) as they are.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Report what would change, then roll everything back.")

    def handle(self, *args, no_update: bool = False, dry_run: bool = False, verbosity: int = 1, **options):
        log = self.stdout.write if verbosity >= 2 else None
        loader = RealDataLoader(update=not no_update, log=log)
        with transaction.atomic():
            loader.run()
            # The meetings of 2015-2020 refer to the councils, groups and priorities loaded just above.
            try:
                meetings = load_meetings(
                    stdout=self.stdout if verbosity >= 2 else None, verbosity=verbosity, update=not no_update
                )
            except RegistryDataMissing as exc:
                raise CommandError(str(exc)) from exc
            for label, counts in meetings.items():
                loader.tally[label] = {CREATED: counts["created"], UPDATED: counts["updated"], UNCHANGED: counts["unchanged"]}
            if dry_run:
                transaction.set_rollback(True)
        if verbosity >= 1:
            self._summary(loader, dry_run=dry_run)

    def _summary(self, loader: RealDataLoader, *, dry_run: bool) -> None:
        width = max(len(label) for label in loader.tally)
        for label, counts in loader.tally.items():
            self.stdout.write(
                f"{label:<{width}}  created {counts[CREATED]:>3}  updated {counts[UPDATED]:>3}  unchanged {counts[UNCHANGED]:>3}"
            )
        created = sum(counts[CREATED] for counts in loader.tally.values())
        updated = sum(counts[UPDATED] for counts in loader.tally.values())
        if dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run: {created} created, {updated} updated; rolled back, nothing saved."))
        elif created or updated:
            self.stdout.write(self.style.SUCCESS(f"Joint Councils data loaded: {created} created, {updated} updated."))
        else:
            self.stdout.write(self.style.SUCCESS("Joint Councils data already up to date: nothing changed."))
