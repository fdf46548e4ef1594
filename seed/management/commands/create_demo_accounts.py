"""Create one demo account per role, with fixed credentials, in development and test settings only.

The credentials are public on purpose (README, `make run`); the command therefore refuses to run unless
settings.DEMO_ACCOUNTS is True, which dev.py and test.py set and prod.py does not.

    secretariat     staff    / jc-demo-staff-2026     (staff: uses the admin)
    co-chair        cochair  / jc-demo-cochair-2026   (co-chair of the Privacy / GDPR working group)
    council member  member   / jc-demo-member-2026
    admin           admin    / jc-demo-admin-2026     (superuser)

It also opens one Joint Councils ballot, on which the member account (a fictitious PSSDC member) can vote.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from councils.models import Person
from jointcouncils.management.commands.setup_roles import roles_setup
from jointcouncils.services import record_save
from voting.demo import demo_ballot_upsert
from workinggroups.models import MAX_COCHAIR_SEATS, CochairSeat, CochairTerm, WorkingGroup

DEMO_GROUP_SLUG = "privacy-gdpr"
DEMO_FALLBACK_GROUP_SLUG = "it-procurement"
DEMO_PERSON_EMAIL = "demo-cochair@example.invalid"
DEMO_TERM_SOURCE = "demo account"
DEMO_REASON = "Demo account set-up (create_demo_accounts)"


@dataclass(frozen=True)
class DemoAccount:
    role: str
    username: str
    password: str
    first_name: str
    last_name: str
    is_staff: bool = False
    is_superuser: bool = False


def demo_accounts() -> tuple[DemoAccount, ...]:
    """The four demo accounts, one per role (also listed in the module docstring and the README)."""
    return (
        DemoAccount(settings.ROLE_SECRETARIAT, "staff", "jc-demo-staff-2026", "Demo", "Secretariat", is_staff=True),
        DemoAccount(settings.ROLE_COCHAIR, "cochair", "jc-demo-cochair-2026", "Demo", "Co-chair"),
        DemoAccount(settings.ROLE_COUNCIL_MEMBER, "member", "jc-demo-member-2026", "Demo", "Member"),
        DemoAccount(settings.ROLE_ADMIN, "admin", "jc-demo-admin-2026", "Demo", "Admin", is_staff=True, is_superuser=True),
    )


def demo_account_upsert(*, account: DemoAccount):
    """Create or reset one demo user: password, flags and exactly one role group."""
    user, _created = get_user_model().objects.get_or_create(username=account.username)
    user.first_name = account.first_name
    user.last_name = account.last_name
    user.email = f"{account.username}@example.invalid"
    user.is_active = True
    user.is_staff = account.is_staff
    user.is_superuser = account.is_superuser
    user.set_password(account.password)
    user.save()
    user.groups.set([Group.objects.get(name=account.role)])
    return user


def demo_cochair_person_upsert(*, user) -> Person:
    """The fictitious person behind the co-chair demo account; saved only when something differs."""
    # The account belongs to the demo person alone: unlink any other record pointing at it.
    for other in Person.objects.filter(user=user).exclude(email=DEMO_PERSON_EMAIL):
        other.user = None
        record_save(instance=other, by=None, reason=DEMO_REASON, unversioned="seed")
    person = Person.objects.filter(email=DEMO_PERSON_EMAIL).first() or Person(email=DEMO_PERSON_EMAIL)
    wanted = {
        "given_name": "Demo",
        "family_name": "Co-chair",
        "title_en": "Demo account – not a real person",
        "title_fr": "Compte de démonstration – personne fictive",
        "user_id": user.pk,
    }
    if person.pk is None or any(getattr(person, field) != value for field, value in wanted.items()):
        for field, value in wanted.items():
            setattr(person, field, value)
        record_save(instance=person, by=None, reason=DEMO_REASON, unversioned="seed")
    return person


def demo_cochair_seat_assign(*, user) -> str:
    """Give the co-chair demo account a real group to edit: a term on a vacant seat of privacy-gdpr.

    Returns a message saying what was done, or a warning when there is no such group or vacant seat.
    """
    person = demo_cochair_person_upsert(user=user)
    group = WorkingGroup.objects.filter(slug=DEMO_GROUP_SLUG).first()
    if group is None:
        return f"Warning: no working group with the slug {DEMO_GROUP_SLUG!r}; the co-chair demo account holds no seat."
    today = timezone.localdate()
    seats = list(CochairSeat.objects.filter(working_group=group).prefetch_related("terms").order_by("number"))
    for seat in seats:
        term = seat.current_term(today)
        if term is not None and term.person_id == person.pk:
            return f"The co-chair demo account already holds seat {seat.number} of {group.slug}."
    vacant = next((seat for seat in seats if seat.current_term(today) is None), None)
    if vacant is None:
        # The real record has no vacant seat (the sources record none): the demo co-chair takes a new seat of a group
        # with fewer than three, created for the demonstration only.
        fallback = WorkingGroup.objects.filter(slug=DEMO_FALLBACK_GROUP_SLUG).first()
        if fallback is None or fallback.seats.count() >= MAX_COCHAIR_SEATS:
            return f"Warning: {group.slug} has no vacant co-chair seat; the co-chair demo account holds no seat."
        if CochairTerm.objects.filter(seat__working_group=fallback, person=person).exists():
            return f"The co-chair demo account already holds a seat of {fallback.slug}."
        group = fallback
        number = (fallback.seats.order_by("-number").values_list("number", flat=True).first() or 0) + 1
        vacant = CochairSeat(working_group=fallback, number=number)
        record_save(instance=vacant, by=None, reason=DEMO_REASON)
    term = CochairTerm(seat=vacant, person=person, start_date=today, source=DEMO_TERM_SOURCE)
    record_save(instance=term, by=None, reason=DEMO_REASON)
    return f"The co-chair demo account now holds seat {vacant.number} of {group.slug}."


class Command(BaseCommand):
    help = "Create or reset one demo account per role (development and test settings only) and print the credentials."

    def handle(self, *args, **options):
        if getattr(settings, "DEMO_ACCOUNTS", False) is not True:
            raise CommandError(
                "Demo accounts are disabled: settings.DEMO_ACCOUNTS is not True. Their passwords are public, "
                "so they exist only with the development and test settings, never in production."
            )
        roles_setup()
        with transaction.atomic():
            users = {account.username: demo_account_upsert(account=account) for account in demo_accounts()}
            seat_message = demo_cochair_seat_assign(user=users["cochair"])
            ballot_message = demo_ballot_upsert(member_user=users["member"])
        for message in (seat_message, ballot_message):
            if message.startswith("Warning"):
                self.stderr.write(self.style.WARNING(message))
            else:
                self.stdout.write(self.style.SUCCESS(message))
        self.stdout.write("Demo accounts (development only):")
        for account in demo_accounts():
            self.stdout.write(f"  {account.role:<15} {account.username:<8} / {account.password}")
