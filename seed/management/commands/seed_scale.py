"""`manage.py seed_scale --factor N`: synthetic data so that the record is about N times its real volume.

For benchmarks and tests. The real record (load_joint_councils) is counted, and (N - 1) times as many synthetic
organisations, people, council seats, working groups (with reporting lines, co-chair seats and terms, members,
alignments, milestones, outstanding tasks and status updates in every state) and meetings (with agenda items,
decisions and action items) are added; kinds the real record has none of get a few per synthetic group. Rows are
written with simple_history's bulk_create_with_history, so each has its history row, as a save would make.

Synthetic rows are marked: groups' slugs start with "synthetic-", people's emails end with "@synthetic.invalid",
organisations' websites start with "https://synthetic.invalid/", meetings' source is "synthetic:<n>"; everything
else hangs from those. The content of synthetic unit n comes from random.Random(seed + n), so runs are
deterministic (dates are relative to today); a second run with the same factor adds nothing, a larger factor adds
only the missing units, and --reset removes the synthetic rows (and their history) and nothing else.
"""

import datetime
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone, translation
from simple_history.utils import bulk_create_with_history

from councils.models import Council, CouncilMembership, Jurisdiction, Organisation, Person
from jointcouncils.record_version import record_version_bump
from logicmodel.models import Alignment, EngagementLevel, LogicModel, Outcome
from meetings.models import ActionItem, AgendaItem, Attendance, Decision, Meeting
from priorities.models import Priority
from workinggroups.models import (
    CochairSeat,
    CochairTerm,
    Milestone,
    OutstandingTask,
    ReportingLine,
    StatusUpdate,
    WorkingGroup,
    WorkingGroupMember,
)

GROUP_PREFIX = "synthetic-"
EMAIL_DOMAIN = "@synthetic.invalid"
WEBSITE_PREFIX = "https://synthetic.invalid/"
MEETING_SOURCE = "synthetic:"
REASON = "seed_scale"
BATCH = 1000

# The real record's volume (load_joint_councils), used when a kind has no real row to count.
BASELINE = {
    "organisations": 12,
    "people": 6,
    "memberships": 4,
    "groups": 18,
    "seats": 29,
    "alignments": 10,
    "meetings": 12,
    "agenda_items": 13,
    "decisions": 10,
    "action_items": 11,
}
# Per synthetic group, for kinds the real record does not have yet.
MILESTONES_PER_GROUP = 3
MEMBERS_PER_GROUP = 2
STATES = [StatusUpdate.State.DRAFT, StatusUpdate.State.SUBMITTED, StatusUpdate.State.RETURNED, StatusUpdate.State.APPROVED]

WORDS_EN = ["digital", "service", "identity", "data", "cloud", "open", "client", "policy", "security", "innovation"]
WORDS_FR = ["numérique", "service", "identité", "données", "nuage", "ouvert", "client", "politique", "sécurité", "innovation"]


def synthetic_groups():
    return WorkingGroup.objects.filter(slug__startswith=GROUP_PREFIX)


def synthetic_people():
    return Person.objects.filter(email__endswith=EMAIL_DOMAIN)


def synthetic_organisations():
    return Organisation.objects.filter(website__startswith=WEBSITE_PREFIX)


def synthetic_meetings():
    return Meeting.objects.filter(source__startswith=MEETING_SOURCE)


def real_counts() -> dict[str, int]:
    """The volume of the real (non-synthetic) record, kind by kind."""
    groups = WorkingGroup.objects.exclude(slug__startswith=GROUP_PREFIX)
    meetings = Meeting.objects.exclude(source__startswith=MEETING_SOURCE)
    counts = {
        "organisations": Organisation.objects.exclude(website__startswith=WEBSITE_PREFIX).count(),
        "people": Person.objects.exclude(email__endswith=EMAIL_DOMAIN).count(),
        "memberships": CouncilMembership.objects.exclude(person__email__endswith=EMAIL_DOMAIN).count(),
        "groups": groups.count(),
        "seats": CochairSeat.objects.filter(working_group__in=groups).count(),
        "alignments": Alignment.objects.filter(working_group__in=groups).count(),
        "meetings": meetings.count(),
        "agenda_items": AgendaItem.objects.filter(meeting__in=meetings).count(),
        "decisions": Decision.objects.filter(meeting__in=meetings).count(),
        "action_items": ActionItem.objects.filter(meeting__in=meetings).count(),
    }
    return {kind: count or BASELINE[kind] for kind, count in counts.items()}


def _spread(total: int, units: int, index: int, cap: int | None = None) -> int:
    """Unit index's share when total is spread as evenly as possible over units (at most cap)."""
    if units <= 0:
        return 0
    share = total // units + (1 if index < total % units else 0)
    return min(share, cap) if cap is not None else share


class Command(BaseCommand):
    help = "Add synthetic data so that the record is about N times its real volume (--reset removes it)."

    def add_arguments(self, parser):
        parser.add_argument("--factor", type=int, default=10, help="N: the record ends at about N times its real volume.")
        parser.add_argument("--seed", type=int, default=20190920, help="Seed of the random content.")
        parser.add_argument("--reset", action="store_true", help="Remove every synthetic row (and its history) first.")

    def handle(self, *args, factor: int, seed: int, reset: bool, **options):
        if factor < 1:
            raise CommandError("--factor must be at least 1.")
        started = time.monotonic()
        with translation.override("en"):
            if reset:
                removed = reset_synthetic()
                self.stdout.write(f"Removed {removed} synthetic rows and their history.")
            with transaction.atomic():
                created = Seeder(factor=factor, seed=seed, log=self.stdout.write).run()
                # Bulk inserts and plain DELETEs send no signal: the cached numbers and fragments are made again.
                record_version_bump()
        total = sum(created.values())
        detail = ", ".join(f"{kind} {count}" for kind, count in created.items() if count)
        self.stdout.write(
            f"seed_scale --factor {factor}: {total} rows created ({detail or 'nothing missing'}) "
            f"in {time.monotonic() - started:.1f} s."
        )


class Seeder:
    """Creates the missing synthetic units for a factor."""

    def __init__(self, *, factor: int, seed: int, log):
        self.factor = factor
        self.seed = seed
        self.log = log
        self.today = timezone.localdate()
        self.created: dict[str, int] = {}

    def rng(self, kind: str, index: int) -> random.Random:
        return random.Random(f"{self.seed}:{kind}:{index}")  # noqa: S311 (synthetic data, not security)

    def bulk(self, model, objects: list) -> list:
        if not objects:
            return []
        saved = bulk_create_with_history(objects, model, batch_size=BATCH, default_change_reason=REASON)
        key = model._meta.verbose_name_plural.capitalize()
        self.created[str(key)] = self.created.get(str(key), 0) + len(saved)
        return saved

    def run(self) -> dict[str, int]:
        jurisdictions = list(Jurisdiction.objects.exclude(level=Jurisdiction.Level.NOT_RECORDED).order_by("code"))
        councils = list(Council.objects.order_by("code"))
        logic_model = LogicModel.objects.current() or LogicModel.objects.order_by("-adopted_on").first()
        if not jurisdictions or not councils or logic_model is None:
            raise CommandError("Load the real record first: manage.py load_joint_councils.")
        self.councils = councils
        self.logic_model = logic_model
        self.outcomes = list(Outcome.objects.filter(logic_model=logic_model, term=Outcome.Term.SHORT).order_by("order"))
        self.levels = list(EngagementLevel.objects.filter(logic_model=logic_model).order_by("order"))
        self.priorities = list(Priority.objects.order_by("pk"))

        real = real_counts()
        extra = self.factor - 1
        targets = {kind: extra * count for kind, count in real.items()}
        self.real = real
        self.targets = targets
        if extra == 0:
            return self.created

        organisations = self.seed_organisations(jurisdictions, targets["organisations"])
        people = self.seed_people(organisations, targets["people"], targets["memberships"])
        groups = self.seed_groups(people, organisations, targets["groups"])
        self.seed_meetings(groups, people, targets["meetings"])
        return self.created

    # Organisations and people -------------------------------------------------------------------------------------

    def seed_organisations(self, jurisdictions, count: int) -> list[Organisation]:
        existing = set(synthetic_organisations().values_list("website", flat=True))
        new = []
        for n in range(count):
            website = f"{WEBSITE_PREFIX}organisations/{n}"
            if website in existing:
                continue
            rng = self.rng("organisation", n)
            word = rng.randrange(len(WORDS_EN))
            new.append(
                Organisation(
                    name_en=f"Synthetic {WORDS_EN[word]} agency {n:05d}",
                    name_fr=f"Agence synthétique {WORDS_FR[word]} {n:05d}",
                    acronym_en=f"SA{n:05d}",
                    acronym_fr=f"AS{n:05d}",
                    kind=rng.choice(Organisation.Kind.values),
                    jurisdiction=jurisdictions[n % len(jurisdictions)],
                    website=website,
                )
            )
        self.bulk(Organisation, new)
        return list(synthetic_organisations().order_by("pk"))

    def seed_people(self, organisations, count: int, memberships: int) -> list[Person]:
        existing = set(synthetic_people().values_list("email", flat=True))
        new = []
        for n in range(count):
            email = f"synthetic-{n}{EMAIL_DOMAIN}"
            if email in existing:
                continue
            rng = self.rng("person", n)
            new.append(
                Person(
                    given_name=rng.choice(["Alex", "Sam", "Jordan", "Camille", "Dominique", "Taylor", "Morgan", "René"]),
                    family_name=f"Synthetic{n:05d}",
                    email=email,
                    title_en="Director",
                    title_fr="Directrice ou directeur",
                    organisation=organisations[n % len(organisations)] if organisations else None,
                    preferred_language=rng.choice(["en", "fr"]),
                )
            )
        created = self.bulk(Person, new)
        # Council seats for some of the new people, so that some synthetic co-chairs are member co-chairs.
        per_person = memberships / count if count else 0
        seats = []
        for person in created:
            n = int(person.family_name.removeprefix("Synthetic"))
            if int((n + 1) * per_person) > int(n * per_person):
                rng = self.rng("membership", n)
                seats.append(
                    CouncilMembership(
                        person=person,
                        council=self.councils[n % len(self.councils)],
                        role=rng.choice(
                            [CouncilMembership.Role.MEMBER, CouncilMembership.Role.MEMBER, CouncilMembership.Role.CO_CHAIR]
                        ),
                        on_behalf_of=person.organisation,
                        start_date=self.today - datetime.timedelta(days=rng.randrange(100, 1500)),
                    )
                )
        self.bulk(CouncilMembership, seats)
        return list(synthetic_people().order_by("pk"))

    # Working groups -----------------------------------------------------------------------------------------------

    def seed_groups(self, people, organisations, count: int) -> list[WorkingGroup]:
        existing = set(synthetic_groups().values_list("slug", flat=True))
        indices = [n for n in range(count) if f"{GROUP_PREFIX}{n}" not in existing]
        kinds, statuses = WorkingGroup.Kind.values, WorkingGroup.Status.values
        new = []
        for n in indices:
            rng = self.rng("group", n)
            word = rng.randrange(len(WORDS_EN))
            start = self.today - datetime.timedelta(days=rng.randrange(200, 2500))
            new.append(
                WorkingGroup(
                    slug=f"{GROUP_PREFIX}{n}",
                    name_en=f"Synthetic {WORDS_EN[word]} working group {n:05d}",
                    name_fr=f"Groupe de travail synthétique {WORDS_FR[word]} {n:05d}",
                    mandate_en=f"Share practices on {WORDS_EN[word]} services across jurisdictions.",
                    mandate_fr=f"Partager les pratiques de {WORDS_FR[word]} entre les administrations.",
                    kind=kinds[n % len(kinds)],
                    status=statuses[0] if rng.random() < 0.8 else rng.choice(statuses),
                    start_date=start,
                    planned_end_date=start + datetime.timedelta(days=rng.randrange(365, 1500)),
                )
            )
        groups = self.bulk(WorkingGroup, new)
        for group in groups:
            group.index = int(group.slug.removeprefix(GROUP_PREFIX))
        self.seed_group_structure(groups, people, organisations, count)
        self.seed_workplans(groups)
        return list(synthetic_groups().order_by("pk"))

    def seed_group_structure(self, groups, people, organisations, count: int) -> None:
        lines, seats = [], []
        for group in groups:
            rng = self.rng("lines", group.index)
            lines.append(
                ReportingLine(
                    working_group=group, council=self.councils[rng.randrange(len(self.councils))], start_date=group.start_date
                )
            )
            for number in range(1, _spread(self.targets["seats"], count, group.index, cap=3) + 1):
                seats.append(CochairSeat(working_group=group, number=number))
        self.bulk(ReportingLine, lines)
        seats = self.bulk(CochairSeat, seats)
        by_group = {group.pk: group for group in groups}

        terms = []
        for seat in seats:
            group = by_group[seat.working_group_id]
            rng = self.rng(f"term-{seat.number}", group.index)
            if rng.random() < 0.1:
                continue  # about one seat in ten is vacant, as in the real record
            start = group.start_date
            # A few terms end within 90 days; most are open.
            end = self.today + datetime.timedelta(days=rng.randrange(10, 80)) if rng.random() < 0.15 else None
            if people and rng.random() < 0.85:
                person = people[(group.index * 3 + seat.number) % len(people)]
                terms.append(CochairTerm(seat=seat, person=person, start_date=start, end_date=end, source=REASON))
            elif organisations:
                organisation = organisations[(group.index + seat.number) % len(organisations)]
                terms.append(
                    CochairTerm(
                        seat=seat,
                        organisation=organisation,
                        council_member_attested=rng.random() < 0.5,
                        start_date=start,
                        end_date=end,
                        source=REASON,
                    )
                )
        self.bulk(CochairTerm, terms)

        members, alignments = [], []
        alignment_total = self.targets["alignments"]
        for group in groups:
            rng = self.rng("members", group.index)
            for k in range(MEMBERS_PER_GROUP if people else 0):
                person = people[(group.index * 7 + k) % len(people)]
                members.append(WorkingGroupMember(working_group=group, person=person, start_date=group.start_date))
            if len({m.person_id for m in members[-MEMBERS_PER_GROUP:]}) < MEMBERS_PER_GROUP:
                members = members[:-1]
            for k in range(_spread(alignment_total, count, group.index)):
                level = self.levels[rng.randrange(len(self.levels))] if self.levels else None
                if k % 2 == 0 and self.outcomes:
                    outcome = self.outcomes[(group.index + k) % len(self.outcomes)]
                    alignments.append(
                        Alignment(
                            logic_model=self.logic_model,
                            working_group=group,
                            outcome=outcome,
                            engagement_level=level,
                            contribution_en="Synthetic contribution.",
                            contribution_fr="Contribution synthétique.",
                            source=REASON,
                        )
                    )
                elif self.priorities:
                    priority = self.priorities[(group.index + k) % len(self.priorities)]
                    alignments.append(
                        Alignment(
                            logic_model=self.logic_model,
                            working_group=group,
                            priority=priority,
                            engagement_level=level,
                            source=REASON,
                        )
                    )
        self.bulk(WorkingGroupMember, members)
        self.bulk(Alignment, alignments)

    def seed_workplans(self, groups) -> None:
        milestones, tasks, updates = [], [], []
        milestone_statuses = Milestone.Status.values
        now = timezone.now()
        for group in groups:
            rng = self.rng("workplan", group.index)
            for k in range(MILESTONES_PER_GROUP):
                due = self.today + datetime.timedelta(days=rng.randrange(-200, 300))
                status = milestone_statuses[(group.index + k) % len(milestone_statuses)]
                milestones.append(
                    Milestone(
                        working_group=group,
                        title_en=f"Synthetic milestone {k + 1}",
                        title_fr=f"Jalon synthétique {k + 1}",
                        due_date=due,
                        status=status,
                        completed_on=due if status == Milestone.Status.DONE else None,
                    )
                )
            tasks.append(
                OutstandingTask(
                    working_group=group,
                    title_en="Synthetic outstanding task",
                    title_fr="Tâche en suspens synthétique",
                    raised_on=group.start_date,
                    last_reviewed_on=self.today - datetime.timedelta(days=rng.randrange(0, 400)) if rng.random() < 0.6 else None,
                )
            )
            # One update per state, one quarter each, the approved one the oldest.
            for k, state in enumerate(reversed(STATES)):
                end = self.today - datetime.timedelta(days=90 * k + rng.randrange(0, 30))
                updates.append(
                    StatusUpdate(
                        working_group=group,
                        period_label_en=f"Quarter ending {end.isoformat()}",
                        period_label_fr=f"Trimestre se terminant le {end.isoformat()}",
                        period_start=end - datetime.timedelta(days=89),
                        period_end=end,
                        rag=rng.choice(StatusUpdate.Rag.values),
                        rag_rationale_en="Synthetic rationale.",
                        rag_rationale_fr="Justification synthétique.",
                        accomplishments_en="Synthetic accomplishments.",
                        accomplishments_fr="Réalisations synthétiques.",
                        state=state,
                        submitted_at=now if state != StatusUpdate.State.DRAFT else None,
                        approved_at=now if state == StatusUpdate.State.APPROVED else None,
                        return_reason_en="Please add the risks." if state == StatusUpdate.State.RETURNED else "",
                    )
                )
        self.bulk(Milestone, milestones)
        self.bulk(OutstandingTask, tasks)
        self.bulk(StatusUpdate, updates)

    # Meetings -----------------------------------------------------------------------------------------------------

    def seed_meetings(self, groups, people, count: int) -> None:
        existing = set(synthetic_meetings().values_list("source", flat=True))
        indices = [n for n in range(count) if f"{MEETING_SOURCE}{n}" not in existing]
        new = []
        cities = [
            ("Ottawa", "Ottawa"),
            ("Winnipeg", "Winnipeg"),
            ("Québec", "Québec"),
            ("Halifax", "Halifax"),
            ("Victoria", "Victoria"),
        ]
        for n in indices:
            rng = self.rng("meeting", n)
            start = timezone.make_aware(
                datetime.datetime.combine(self.today + datetime.timedelta(days=rng.randrange(-1500, 120)), datetime.time(9))
            )
            city_en, city_fr = cities[n % len(cities)]
            new.append(
                Meeting(
                    council=self.councils[n % len(self.councils)],
                    title_en=f"Synthetic meeting {n:05d}, {city_en}",
                    title_fr=f"Réunion synthétique {n:05d}, {city_fr}",
                    start=start,
                    end=start + datetime.timedelta(hours=6),
                    city_en=city_en,
                    city_fr=city_fr,
                    status=Meeting.Status.HELD if start < timezone.now() else Meeting.Status.PLANNED,
                    source=f"{MEETING_SOURCE}{n}",
                )
            )
        meetings = self.bulk(Meeting, new)
        items, by_meeting = [], {}
        for meeting in meetings:
            meeting.index = int(meeting.source.removeprefix(MEETING_SOURCE))
            for k in range(_spread(self.targets["agenda_items"], count, meeting.index)):
                items.append(
                    AgendaItem(
                        meeting=meeting,
                        order=k + 1,
                        title_en=f"Synthetic agenda item {k + 1}",
                        title_fr=f"Point synthétique {k + 1}",
                        purpose=AgendaItem.Purpose.values[k % len(AgendaItem.Purpose.values)],
                    )
                )
        for item in self.bulk(AgendaItem, items):
            by_meeting.setdefault(item.meeting_id, []).append(item)

        decisions, actions = [], []
        for meeting in meetings:
            rng = self.rng("outcomes", meeting.index)
            agenda = by_meeting.get(meeting.pk, [])
            for k in range(_spread(self.targets["decisions"], count, meeting.index)):
                decisions.append(
                    Decision(
                        meeting=meeting,
                        agenda_item=agenda[k % len(agenda)] if agenda else None,
                        text_en=f"Synthetic decision {k + 1} of meeting {meeting.index:05d}.",
                        text_fr=f"Décision synthétique {k + 1} de la réunion {meeting.index:05d}.",
                        decided_on=meeting.start.date(),
                    )
                )
            for k in range(_spread(self.targets["action_items"], count, meeting.index)):
                status = rng.choice(ActionItem.Status.values)
                owner = {}
                pick = (meeting.index + k) % 3
                if pick == 0 and groups:
                    owner["owner_group"] = groups[(meeting.index + k) % len(groups)]
                elif pick == 1 and people:
                    owner["owner_person"] = people[(meeting.index + k) % len(people)]
                else:
                    owner["owner_council"] = meeting.council
                closed = status in {ActionItem.Status.DONE, ActionItem.Status.DROPPED}
                actions.append(
                    ActionItem(
                        meeting=meeting,
                        agenda_item=agenda[k % len(agenda)] if agenda else None,
                        description_en=f"Synthetic action item {k + 1} of meeting {meeting.index:05d}.",
                        description_fr=f"Suivi synthétique {k + 1} de la réunion {meeting.index:05d}.",
                        due_date=meeting.start.date() + datetime.timedelta(days=rng.randrange(30, 200)),
                        status=status,
                        closing_note_en="Closed (synthetic)." if closed else "",
                        closing_note_fr="Clos (synthétique)." if closed else "",
                        closed_on=meeting.start.date() + datetime.timedelta(days=60) if closed else None,
                        **owner,
                    )
                )
        self.bulk(Decision, decisions)
        self.bulk(ActionItem, actions)


def reset_synthetic() -> int:
    """Delete every synthetic row and its history rows, and nothing else; returns the number of rows removed.

    Rows are removed with plain DELETE statements (no per-row signal, so no "deleted" history row is written for
    data that never existed); the foreign keys are checked at commit (PostgreSQL: deferred), so the order within
    the transaction does not matter there, and it is children first anyway.
    """
    groups = synthetic_groups().values("pk")
    people = synthetic_people().values("pk")
    organisations = synthetic_organisations().values("pk")
    meetings = synthetic_meetings().values("pk")
    seats = CochairSeat.objects.filter(working_group__in=groups).values("pk")
    plan = [
        (ActionItem, {"meeting__in": meetings}),
        (ActionItem, {"owner_group__in": groups}),
        (ActionItem, {"owner_person__in": people}),
        (Decision, {"meeting__in": meetings}),
        (Attendance, {"meeting__in": meetings}),
        (AgendaItem, {"meeting__in": meetings}),
        (Meeting, {"pk__in": meetings}),
        (StatusUpdate, {"working_group__in": groups}),
        (OutstandingTask, {"working_group__in": groups}),
        (Milestone, {"working_group__in": groups}),
        (Alignment, {"working_group__in": groups}),
        (WorkingGroupMember, {"working_group__in": groups}),
        (CochairTerm, {"seat__in": seats}),
        (CochairSeat, {"working_group__in": groups}),
        (ReportingLine, {"working_group__in": groups}),
        (WorkingGroup, {"pk__in": groups}),
        (CouncilMembership, {"person__in": people}),
        (Person, {"pk__in": people}),
        (Organisation, {"pk__in": organisations}),
    ]
    removed = 0
    with transaction.atomic():
        for model, lookup in plan:
            rows = model.objects.filter(**lookup)
            ids = list(rows.values_list("pk", flat=True))
            if not ids:
                continue
            history = model.history.model.objects.filter(id__in=ids)
            removed += history._raw_delete(history.db)
            for through in _m2m_through_tables(model):
                column = through.column
                through.model.objects.filter(**{f"{column}__in": ids})._raw_delete(through.model.objects.db)
            removed += model.objects.filter(pk__in=ids)._raw_delete(model.objects.db)
    return removed


class _Through:
    def __init__(self, model, column: str):
        self.model = model
        self.column = column


def _m2m_through_tables(model) -> list[_Through]:
    """The auto-created many-to-many tables that point at this model (e.g. an agenda item's working groups)."""
    throughs = []
    for field in model._meta.get_fields(include_hidden=True):
        if field.many_to_many and not field.auto_created and field.remote_field.through._meta.auto_created:
            through = field.remote_field.through
            throughs.append(_Through(through, field.m2m_field_name()))
        elif field.many_to_many and field.auto_created and field.through._meta.auto_created:
            through = field.through
            throughs.append(_Through(through, field.field.m2m_reverse_field_name()))
    return throughs
