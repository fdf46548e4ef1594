"""A registry of a chosen size for the pages' tests: the three councils, people, groups, priorities, a logic model.

Query-count tests build it at two sizes and pin the same bound, so a query per row fails them.
"""

import datetime
from types import SimpleNamespace

from councils.models import CouncilMembership, Jurisdiction
from logicmodel.models import Indicator, IndicatorValue, Outcome
from priorities.models import Priority
from tests import factories

D = datetime.date


def three_councils(jc=None):
    """JC (the conftest's `council` fixture when given) as the joint body of PSSDC and PSCIOC."""
    jc = jc or factories.CouncilFactory(
        code="jc", name_en="Joint Councils", name_fr="Conseils mixtes", acronym_en="JC", acronym_fr="CM"
    )
    pssdc = factories.CouncilFactory(
        code="pssdc",
        name_en="Public Sector Service Delivery Council",
        name_fr="Conseil de la prestation des services du secteur public",
        acronym_en="PSSDC",
        acronym_fr="CPSSP",
    )
    pscioc = factories.CouncilFactory(
        code="pscioc",
        name_en="Public Sector Chief Information Officer Council",
        name_fr="Conseil des dirigeants principaux de l'information du secteur public",
        acronym_en="PSCIOC",
        acronym_fr="CDPISP",
    )
    jc.constituent_councils.set([pssdc, pscioc])
    return SimpleNamespace(jc=jc, pssdc=pssdc, pscioc=pscioc)


def build_registry(size: int, councils=None) -> SimpleNamespace:
    """`size` people, groups, priorities and outcomes, each with the relations the pages show."""
    councils = councils or three_councils()
    levels = [Jurisdiction.Level.FEDERAL, Jurisdiction.Level.PROVINCIAL, Jurisdiction.Level.MUNICIPAL]
    model = factories.LogicModelFactory()
    levels_of_engagement = [factories.EngagementLevelFactory(logic_model=model) for _ in range(2)]
    factories.PrincipleFactory.create_batch(size, logic_model=model)
    council_list = [councils.jc, councils.pssdc, councils.pscioc]
    people, groups, priorities, outcomes = [], [], [], []
    for i in range(size):
        organisation = factories.OrganisationFactory(
            jurisdiction=factories.JurisdictionFactory(code=f"data-{i}", level=levels[i % 3])
        )
        person = factories.PersonFactory(organisation=organisation)
        council = council_list[i % 3]
        factories.CouncilMembershipFactory(person=person, council=council, role=CouncilMembership.Role.MEMBER)
        factories.CouncilMembershipFactory(
            person=person, council=council, role=CouncilMembership.Role.OBSERVER, start_date=D(2015, 1, 1), end_date=D(2016, 1, 1)
        )
        group = factories.WorkingGroupFactory()
        factories.ReportingLineFactory(working_group=group, council=council)
        seat = factories.CochairSeatFactory(working_group=group, number=1)
        factories.CochairTermFactory(seat=seat, person=person, on_behalf_of=organisation)
        factories.CochairSeatFactory(working_group=group, number=2)  # vacant
        priority = factories.PriorityFactory(
            council=council,
            kind=Priority.Kind.JC_PRIORITY if council == councils.jc else Priority.Kind.EMERGING_THEME,
            lead_person=person,
            acronym_en=f"P{i}",
            acronym_fr=f"PF{i}",
        )
        priority.lead_organisations.add(organisation)
        outcome = factories.OutcomeFactory(logic_model=model, term=Outcome.Term.LONG if i % 2 else Outcome.Term.SHORT)
        indicator = Indicator.objects.create(outcome=outcome, name_en=f"Indicator {i}", name_fr=f"Indicateur {i}", target=10)
        IndicatorValue.objects.create(indicator=indicator, period_label_en="2019-2020", period_end=D(2020, 3, 31), value=3)
        IndicatorValue.objects.create(indicator=indicator, period_label_en="2020-2021", period_end=D(2021, 3, 31), value=6)
        factories.AlignmentFactory(
            logic_model=model, working_group=group, outcome=outcome, engagement_level=levels_of_engagement[i % 2]
        )
        factories.AlignmentFactory(
            logic_model=model,
            working_group=group,
            outcome=None,
            priority=priority,
            engagement_level=levels_of_engagement[0],
            contribution_en="Shares practices.",
        )
        if people:
            # The first person co-chairs every group too, so their own page grows with the data.
            factories.CochairTermFactory(seat=factories.CochairSeatFactory(working_group=group, number=3), person=people[0])
        people.append(person)
        groups.append(group)
        priorities.append(priority)
        outcomes.append(outcome)
    return SimpleNamespace(councils=councils, model=model, people=people, groups=groups, priorities=priorities, outcomes=outcomes)
