"""The demo accounts' open Joint Councils ballot (development and test settings only, never the real data)."""

import datetime

from django.utils import timezone

from councils.models import Council, CouncilMembership, Person
from jointcouncils.services import record_save

from .models import Ballot
from .services import ballot_create

DEMO_MEMBER_EMAIL = "demo-member@example.invalid"
DEMO_QUESTION_EN = "Demo ballot – not a real decision: adopt the demo work plan?"
DEMO_QUESTION_FR = "Scrutin de démonstration – aucune décision réelle : adopter le plan de travail de démonstration?"
DEMO_REASON = "Demo account set-up (create_demo_accounts)"


def demo_ballot_upsert(*, member_user) -> str:
    """Seat the member demo account's fictitious person on PSSDC and open one JC ballot; returns what was done."""
    jc = Council.objects.filter(code="jc").first()
    pssdc = Council.objects.filter(code="pssdc").first()
    if jc is None or pssdc is None:
        return "No demo ballot: the JC and PSSDC councils are not loaded yet (load the data first)."
    person = Person.objects.filter(email=DEMO_MEMBER_EMAIL).first()
    if person is None:
        person = Person(
            email=DEMO_MEMBER_EMAIL,
            given_name="Demo",
            family_name="Member",
            title_en="Demo account – not a real person",
            title_fr="Compte de démonstration – personne fictive",
        )
    if person.user_id != member_user.pk or person.pk is None:
        for other in Person.objects.filter(user=member_user).exclude(pk=person.pk):
            other.user = None
            record_save(instance=other, by=None, reason=DEMO_REASON, unversioned="seed")
        person.user = member_user
        record_save(instance=person, by=None, reason=DEMO_REASON, unversioned="seed")
    today = timezone.localdate()
    if not CouncilMembership.objects.filter(person=person, council=pssdc, end_date__isnull=True).exists():
        record_save(instance=CouncilMembership(person=person, council=pssdc, start_date=today), by=None, reason=DEMO_REASON)
    if Ballot.objects.filter(question_en=DEMO_QUESTION_EN, status=Ballot.Status.OPEN).exists():
        return "The demo JC ballot is already open."
    now = timezone.now()
    ballot = Ballot(
        council=jc,
        question_en=DEMO_QUESTION_EN,
        question_fr=DEMO_QUESTION_FR,
        background_en="This ballot exists only with the demo accounts, to show how a vote between meetings works.",
        background_fr="Ce scrutin n'existe qu'avec les comptes de démonstration, pour montrer le fonctionnement d'un vote "
        "entre les réunions.",
        opens_at=now,
        closes_at=now + datetime.timedelta(days=14),
        rule=Ballot.Rule.MAJORITY,
        quorum_percent=50,
    )
    ballot_create(ballot=ballot, by=None, reason=DEMO_REASON, now=now)
    return (
        f"A demo JC ballot is open until {timezone.localtime(ballot.closes_at):%Y-%m-%d %H:%M} ({ballot.voters.count()} voters)."
    )
