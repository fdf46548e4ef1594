"""A record built by hand so that each number of the overview has a known answer, and a generator of volume.

The `world` (everything dated from today):

| group   | status  | member co-chair | vacant seat        | term ends | approved update     | priority     | outcome |
|---------|---------|-----------------|--------------------|-----------|---------------------|--------------|---------|
| Alpha   | active  | yes             | –                  | in 30 d   | ended 30 d ago      | JC priority  | ST1     |
| Bravo   | active  | no              | –                  | in 120 d  | ended 200 d (stale) | theme        | ST2     |
| Charlie | active  | no              | seat 2 (term ended)| –         | none (missing)      | retired only | –       |
| Echo    | active  | yes (attested)  | –                  | –         | submitted one only  | none         | –       |
| Delta   | dormant | no              | seat 2             | in 10 d   | none                | none         | ST4     |

Alpha has an overdue milestone, one done late, and one due later; Delta (dormant) an overdue one. Tasks: one
reviewed 7 months ago (due), one 2 months ago (not due), one never reviewed (due), one retired long ago (not due).
Short-term outcomes: ST1 (Alpha), ST2 (Bravo), ST3 (nobody), ST4 (only dormant Delta) -> 2 without a group.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from councils.models import Jurisdiction
from logicmodel.models import Outcome
from priorities.models import Priority
from tests import factories
from tests.logicmodel import factories as logicmodel_factories
from tests.meetings import factories as meeting_factories
from tests.workinggroups import factories as workinggroup_factories
from workinggroups.models import Milestone, OutstandingTask, StatusUpdate, WorkingGroup

TODAY = timezone.localdate


def days(n: int) -> datetime.date:
    return TODAY() + datetime.timedelta(days=n)


@pytest.fixture
def councils(db, council):
    return SimpleNamespace(
        jc=council,
        pssdc=factories.CouncilFactory(code="pssdc", name_en="Public Sector Service Delivery Council", acronym_en="PSSDC"),
        pscioc=factories.CouncilFactory(code="pscioc", name_en="Public Sector CIO Council", acronym_en="PSCIOC"),
    )


def _group(slug, name, acronym, council, status=WorkingGroup.Status.ACTIVE):
    group = factories.WorkingGroupFactory(
        slug=slug, name_en=name, name_fr=f"{name} (fr)", acronym_en=acronym, acronym_fr=f"{acronym}F", status=status
    )
    factories.ReportingLineFactory(working_group=group, council=council)
    return group


def _member_person(council, organisation=None):
    person = factories.PersonFactory(**({"organisation": organisation} if organisation else {}))
    factories.CouncilMembershipFactory(person=person, council=council, start_date=datetime.date(2018, 1, 1))
    return person


@pytest.fixture
def world(councils):
    jc = councils.jc
    model = factories.LogicModelFactory(slug="ottawa-2019")
    level = factories.EngagementLevelFactory(logic_model=model, code="collaborate", name_en="Collaborate", name_fr="Collaborer")
    outcomes = [
        factories.OutcomeFactory(
            logic_model=model, term=Outcome.Term.SHORT, order=n, code=f"ST{n}", name_en=f"Short outcome {n}", name_fr=f"Court {n}"
        )
        for n in (1, 2, 3, 4)
    ]
    factories.OutcomeFactory(logic_model=model, term=Outcome.Term.LONG, order=1, code="LT1", name_en="Digital society")
    priority = factories.PriorityFactory(slug="digital-identity", name_en="Digital Identity", council=jc)
    theme = factories.PriorityFactory(
        slug="pssdc-privacy", name_en="Privacy", council=councils.pssdc, kind=Priority.Kind.EMERGING_THEME
    )
    retired = factories.PriorityFactory(slug="old-priority", name_en="Old priority", council=jc, status=Priority.Status.RETIRED)

    alpha = _group("alpha", "Alpha", "ALP", jc)
    bravo = _group("bravo", "Bravo", "BRV", jc)
    charlie = _group("charlie", "Charlie", "CHL", councils.pssdc)
    echo = _group("echo", "Echo", "ECH", councils.pscioc)
    delta = _group("delta", "Delta", "DLT", jc, status=WorkingGroup.Status.DORMANT)

    federal = factories.OrganisationFactory(
        jurisdiction=factories.JurisdictionFactory(code="ca", level=Jurisdiction.Level.FEDERAL), acronym_en="TBS"
    )
    # Alpha: seat 1 held by a council member, term ending in 30 days.
    seat = factories.CochairSeatFactory(working_group=alpha, number=1)
    alpha_term = factories.CochairTermFactory(seat=seat, person=_member_person(jc, federal), end_date=days(30))
    # Bravo: a co-chair on no council, term ending in 120 days (outside the 90).
    seat = factories.CochairSeatFactory(working_group=bravo, number=1)
    bravo_term = factories.CochairTermFactory(seat=seat, end_date=days(120))
    # Charlie: seat 1 held by a non-member; seat 2's only term ended last year (vacant).
    factories.CochairTermFactory(seat=factories.CochairSeatFactory(working_group=charlie, number=1))
    factories.CochairTermFactory(
        seat=factories.CochairSeatFactory(working_group=charlie, number=2),
        start_date=datetime.date(2019, 1, 1),
        end_date=days(-365),
    )
    # Echo: a holder the source names only by organisation, recorded as a council member.
    factories.CochairTermFactory(
        seat=factories.CochairSeatFactory(working_group=echo, number=1),
        person=None,
        organisation=federal,
        council_member_attested=True,
    )
    # Delta (dormant): no member co-chair, a vacant seat, a term ending in 10 days: none of it counts.
    factories.CochairTermFactory(seat=factories.CochairSeatFactory(working_group=delta, number=1), end_date=days(10))
    factories.CochairSeatFactory(working_group=delta, number=2)

    # Status updates.
    workinggroup_factories.approved_update(current=True, working_group=alpha, period_end=days(-30))
    workinggroup_factories.approved_update(current=True, working_group=bravo, period_end=days(-200))
    workinggroup_factories.StatusUpdateFactory(
        current=True, working_group=echo, period_end=days(-5), state=StatusUpdate.State.SUBMITTED
    )

    # Milestones.
    overdue = workinggroup_factories.MilestoneFactory(
        due_soon=True, working_group=alpha, title_en="Publish the guide", due_date=days(-10)
    )
    workinggroup_factories.MilestoneFactory(
        due_soon=True,
        working_group=alpha,
        title_en="Consult the provinces",
        due_date=days(-30),
        status=Milestone.Status.DONE,
        completed_on=days(-5),
    )
    workinggroup_factories.MilestoneFactory(
        due_soon=True, working_group=alpha, title_en="Report to the councils", due_date=days(10)
    )
    workinggroup_factories.MilestoneFactory(
        due_soon=True,
        working_group=delta,
        title_en="Dormant group's milestone",
        due_date=days(-3),
        status=Milestone.Status.IN_PROGRESS,
    )

    # Outstanding tasks.
    due_task = workinggroup_factories.OutstandingTaskFactory(
        working_group=bravo, title_en="Privacy impact guidance", last_reviewed_on=days(-213)
    )
    workinggroup_factories.OutstandingTaskFactory(working_group=bravo, title_en="Cloud requirements", last_reviewed_on=days(-60))
    never_task = workinggroup_factories.OutstandingTaskFactory(
        working_group=charlie, title_en="High-value datasets", last_reviewed_on=None
    )
    workinggroup_factories.OutstandingTaskFactory(
        working_group=charlie,
        title_en="Retired task",
        last_reviewed_on=days(-400),
        review_decision=OutstandingTask.Decision.RETIRE,
    )

    # Alignment: Alpha to the priority and ST1; Bravo to the theme and ST2; Charlie to the retired priority only;
    # Delta (dormant) to ST4.
    def align(group, outcome=None, to_priority=None, with_level=level):
        return factories.AlignmentFactory(
            logic_model=model, working_group=group, outcome=outcome, priority=to_priority, engagement_level=with_level
        )

    align(alpha, to_priority=priority)
    align(alpha, outcomes[0])
    align(bravo, to_priority=theme)
    align(bravo, outcomes[1], with_level=None)
    align(charlie, to_priority=retired)
    align(delta, outcomes[3])

    return SimpleNamespace(
        councils=councils,
        model=model,
        outcomes=outcomes,
        priority=priority,
        theme=theme,
        alpha=alpha,
        bravo=bravo,
        charlie=charlie,
        echo=echo,
        delta=delta,
        alpha_term=alpha_term,
        bravo_term=bravo_term,
        overdue_milestone=overdue,
        due_tasks=[due_task, never_task],
        level=level,
    )


# Volume -------------------------------------------------------------------------------------------------------


def build_volume(factor: int, *, council, cochair_person=None) -> None:
    """factor × a slice of the real record: 6 groups per factor, each with seats, terms (a member co-chair or
    not), updates, milestones, tasks, alignment, meetings with decisions and action items; indicators with values.
    When cochair_person is given, they co-chair one group in three (so their dashboard grows too)."""
    model = factories.LogicModelFactory(slug=f"volume-{factor}") if not _current_model() else _current_model()
    outcomes = list(model.outcomes.filter(term=Outcome.Term.SHORT)) or [
        factories.OutcomeFactory(logic_model=model, term=Outcome.Term.SHORT, order=100 + n) for n in range(4)
    ]
    level = model.engagement_levels.first() or factories.EngagementLevelFactory(logic_model=model)
    priority = Priority.objects.filter(slug="volume-priority").first() or factories.PriorityFactory(
        slug="volume-priority", council=council
    )
    for outcome in outcomes:
        if not outcome.indicators.exists():
            indicator = logicmodel_factories.IndicatorFactory(outcome=outcome)
            logicmodel_factories.IndicatorValueFactory(indicator=indicator)
    for n in range(6 * factor):
        org = factories.OrganisationFactory()
        group = factories.WorkingGroupFactory(status=WorkingGroup.Status.ACTIVE if n % 5 else WorkingGroup.Status.DORMANT)
        factories.ReportingLineFactory(working_group=group, council=council)
        holder = factories.PersonFactory(organisation=org)
        if n % 2:
            factories.CouncilMembershipFactory(person=holder, council=council)
        factories.CochairTermFactory(
            seat=factories.CochairSeatFactory(working_group=group, number=1), person=holder, end_date=days(20 + n)
        )
        seat2 = factories.CochairSeatFactory(working_group=group, number=2)
        if cochair_person is not None and n % 3 == 0:
            factories.CochairTermFactory(seat=seat2, person=cochair_person)
        elif n % 4:
            factories.CochairTermFactory(seat=seat2, organisation=org, person=None)
        workinggroup_factories.approved_update(
            current=True, working_group=group, period_end=days(-20 - n), rag=StatusUpdate.Rag.AMBER
        )
        workinggroup_factories.StatusUpdateFactory(
            current=True,
            working_group=group,
            period_end=days(40),
            state=StatusUpdate.State.RETURNED if n % 2 else StatusUpdate.State.DRAFT,
            return_reason_en="Add the dates.",
        )
        workinggroup_factories.MilestoneFactory(due_soon=True, working_group=group, due_date=days(-n - 1))
        workinggroup_factories.MilestoneFactory(due_soon=True, working_group=group, due_date=days(n + 1))
        workinggroup_factories.OutstandingTaskFactory(working_group=group, last_reviewed_on=days(-200 - n))
        factories.AlignmentFactory(
            logic_model=model, working_group=group, outcome=outcomes[n % len(outcomes)], engagement_level=level
        )
        if n % 2:
            factories.AlignmentFactory(logic_model=model, working_group=group, outcome=None, priority=priority)
        meeting = meeting_factories.MeetingFactory(upcoming=True, council=council, start=meeting_factories.at(days(n + 3)))
        meeting_factories.MeetingFactory(upcoming=True, council=council, start=meeting_factories.at(days(-n - 3)), status="held")
        decision = meeting_factories.DecisionFactory(meeting=meeting)
        decision.priorities.add(priority)
        meeting_factories.ActionItemFactory(meeting=meeting, owner_group=group, due_date=days(-1))
        meeting_factories.ActionItemFactory(meeting=meeting, owner_group=group, status="done", closing_note_en="Done.")


def _current_model():
    from logicmodel.models import LogicModel

    return LogicModel.objects.current()
