"""Hand-built working groups covering each list filter (reporting lines, member co-chairs, vacancies, levels)."""

import datetime
from types import SimpleNamespace

import pytest

from councils.models import CouncilMembership, Jurisdiction
from tests import factories

D = datetime.date


@pytest.fixture
def councils(db):
    return SimpleNamespace(
        jc=factories.CouncilFactory(code="jc", name_en="Joint Councils", name_fr="Conseils mixtes", acronym_en="JC"),
        pssdc=factories.CouncilFactory(
            code="pssdc",
            name_en="Public Sector Service Delivery Council",
            name_fr="Conseil de la prestation des services du secteur public",
            acronym_en="PSSDC",
            acronym_fr="CPSSP",
        ),
    )


def _org(level: str, code: str):
    return factories.OrganisationFactory(jurisdiction=factories.JurisdictionFactory(code=code, level=level))


def _member(person, council, **kwargs):
    return factories.CouncilMembershipFactory(person=person, council=council, **kwargs)


@pytest.fixture
def landscape(councils):
    """Six groups, each one the answer to a filter.

    - death: JC; one co-chair who sits on no council (needs a member co-chair); provincial, on behalf of a
      territorial organisation; aligned to an outcome only.
    - vacant: JC; a member co-chair (municipal) and an empty seat 2; aligned to the Digital Identity priority.
    - pssdc: reports to PSSDC; seat held by a federal organisation recorded as a council member; a committee, dormant.
    - moved: reported to PSSDC until Aug 2020, JC since; its member co-chair's term ended, the current holder's
      council membership ended before their term began (not a member co-chair).
    - observer: JC; the co-chair is only a council observer (not a member co-chair); seat 2's only term ended (vacant).
    - empty: JC; no seat at all (no member co-chair, no vacant seat).
    """
    jc, pssdc = councils.jc, councils.pssdc
    provincial = _org(Jurisdiction.Level.PROVINCIAL, "on")
    territorial = _org(Jurisdiction.Level.TERRITORIAL, "yt")
    municipal = _org(Jurisdiction.Level.MUNICIPAL, "toronto")
    federal = _org(Jurisdiction.Level.FEDERAL, "ca")

    def group(slug, name_en, name_fr, acronym_en, acronym_fr, council, **kwargs):
        wg = factories.WorkingGroupFactory(
            slug=slug, name_en=name_en, name_fr=name_fr, acronym_en=acronym_en, acronym_fr=acronym_fr, **kwargs
        )
        factories.ReportingLineFactory(working_group=wg, council=council, start_date=D(2019, 1, 1))
        return wg

    death = group("death-notification", "Death Notification", "Notification de décès", "DN", "ND", jc)
    seat = factories.CochairSeatFactory(working_group=death, number=1)
    factories.CochairTermFactory(
        seat=seat, person=factories.PersonFactory(organisation=provincial), on_behalf_of=territorial, start_date=D(2019, 1, 1)
    )

    vacant = group("privacy-gdpr", "Privacy and GDPR", "Vie privée et RGPD", "PGDPR", "VPRGPD", jc)
    member = factories.PersonFactory(organisation=municipal)
    _member(member, pssdc, start_date=D(2018, 1, 1))
    factories.CochairTermFactory(
        seat=factories.CochairSeatFactory(working_group=vacant, number=1), person=member, start_date=D(2019, 1, 1)
    )
    factories.CochairSeatFactory(working_group=vacant, number=2)

    by_pssdc = group(
        "data-driven-intelligence",
        "Data-Driven Intelligence",
        "Renseignements axés sur les données",
        "DDI",
        "RAD",
        pssdc,
        kind="committee",
        status="dormant",
    )
    factories.CochairTermFactory(
        seat=factories.CochairSeatFactory(working_group=by_pssdc, number=1),
        person=None,
        organisation=federal,
        council_member_attested=True,
        start_date=D(2019, 1, 1),
    )

    moved = group("service-to-business", "Service to Business", "Services aux entreprises", "S2B", "SAE", pssdc)
    moved.reporting_lines.update(end_date=D(2020, 8, 31))
    factories.ReportingLineFactory(working_group=moved, council=jc, start_date=D(2020, 9, 1))
    seat = factories.CochairSeatFactory(working_group=moved, number=1)
    earlier = factories.PersonFactory(organisation=provincial)
    _member(earlier, jc, start_date=D(2018, 1, 1))
    factories.CochairTermFactory(seat=seat, person=earlier, start_date=D(2019, 1, 1), end_date=D(2020, 6, 30))
    later = factories.PersonFactory(organisation=provincial)
    _member(later, pssdc, start_date=D(2015, 1, 1), end_date=D(2019, 12, 31))
    factories.CochairTermFactory(seat=seat, person=later, start_date=D(2020, 7, 1))

    observer = group("cloud-o365", "Cloud and O365", "Nuage et O365", "CO365", "NO365", jc)
    watcher = factories.PersonFactory(organisation=provincial)
    _member(watcher, jc, role=CouncilMembership.Role.OBSERVER, start_date=D(2018, 1, 1))
    factories.CochairTermFactory(
        seat=factories.CochairSeatFactory(working_group=observer, number=1), person=watcher, start_date=D(2019, 1, 1)
    )
    factories.CochairTermFactory(
        seat=factories.CochairSeatFactory(working_group=observer, number=2),
        person=factories.PersonFactory(organisation=provincial),
        start_date=D(2019, 1, 1),
        end_date=D(2020, 1, 31),
    )

    empty = group("ict-policy", "ICT Policy", "Politique sur les TIC", "ICTP", "PTIC", jc)

    digital_identity = factories.PriorityFactory(
        slug="digital-identity", name_en="Digital Identity", name_fr="Identité numérique", council=jc
    )
    model = factories.LogicModelFactory(slug="ottawa-2019")
    factories.AlignmentFactory(logic_model=model, working_group=vacant, outcome=None, priority=digital_identity)
    factories.AlignmentFactory(working_group=death, outcome=factories.OutcomeFactory(logic_model=model), logic_model=model)

    return SimpleNamespace(
        death=death,
        vacant=vacant,
        pssdc=by_pssdc,
        moved=moved,
        observer=observer,
        empty=empty,
        priority=digital_identity,
        councils=councils,
    )
