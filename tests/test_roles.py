"""Roles (setup_roles) and the demo accounts (create_demo_accounts)."""

import datetime
import io
import os
import subprocess
import sys

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from councils.models import Person
from tests import factories
from workinggroups.models import CochairSeat, CochairTerm

RECORD_APPS = ("councils", "workinggroups", "priorities", "logicmodel")
ROLE_NAMES = {settings.ROLE_SECRETARIAT, settings.ROLE_COCHAIR, settings.ROLE_COUNCIL_MEMBER, settings.ROLE_ADMIN}
DEMO_CREDENTIALS = {
    "staff": "jc-demo-staff-2026",
    "cochair": "jc-demo-cochair-2026",
    "member": "jc-demo-member-2026",
    "admin": "jc-demo-admin-2026",
}


def codenames(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def expected_record_permissions() -> set[str]:
    expected = set()
    for label in RECORD_APPS:
        for model in apps.get_app_config(label).get_models():
            actions = ("view",) if hasattr(model, "instance_type") else ("view", "add", "change", "delete")
            expected |= {f"{label}.{action}_{model._meta.model_name}" for action in actions}
    return expected


def run_setup_roles() -> str:
    out = io.StringIO()
    call_command("setup_roles", stdout=out)
    return out.getvalue()


def run_demo_accounts() -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("create_demo_accounts", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def privacy_group(db, council):
    """privacy-gdpr as load_joint_councils leaves it: seat 1 held, seats 2 and 3 vacant."""
    group = factories.WorkingGroupFactory(slug="privacy-gdpr", name_en="Privacy / GDPR", name_fr="Vie privée / RGPD")
    factories.ReportingLineFactory(working_group=group, council=council)
    seat_1 = factories.CochairSeatFactory(working_group=group, number=1)
    factories.CochairTermFactory(seat=seat_1)
    factories.CochairSeatFactory(working_group=group, number=2)
    factories.CochairSeatFactory(working_group=group, number=3)
    return group


def log_in(client: Client, username: str, password: str):
    return client.post(reverse("login"), {"username": username, "password": password})


@pytest.mark.django_db
def test_setup_roles_creates_the_four_groups_with_their_permissions():
    run_setup_roles()
    assert ROLE_NAMES <= set(Group.objects.values_list("name", flat=True))

    records = expected_record_permissions()
    secretariat = codenames(settings.ROLE_SECRETARIAT)
    assert records <= secretariat
    assert "workinggroups.view_historicalworkinggroup" in secretariat
    assert "workinggroups.change_historicalworkinggroup" not in secretariat
    assert not any(p.startswith("auth.") for p in secretariat)

    admin = codenames(settings.ROLE_ADMIN)
    assert records <= admin
    assert {"auth.view_user", "auth.add_user", "auth.change_user", "auth.delete_user", "auth.change_group"} <= admin

    # Co-chairs and council members get their rights from the rules predicates, not from model permissions.
    assert codenames(settings.ROLE_COCHAIR) == set()
    assert codenames(settings.ROLE_COUNCIL_MEMBER) == set()


@pytest.mark.django_db
def test_secretariat_may_unlock_accounts_locked_by_axes():
    run_setup_roles()
    assert {"axes.view_accessattempt", "axes.delete_accessattempt"} <= codenames(settings.ROLE_SECRETARIAT)


@pytest.mark.django_db
def test_setup_roles_is_idempotent():
    run_setup_roles()
    before = {name: codenames(name) for name in ROLE_NAMES}
    group_count = Group.objects.count()
    run_setup_roles()
    assert Group.objects.count() == group_count
    assert {name: codenames(name) for name in ROLE_NAMES} == before


@pytest.mark.django_db
def test_setup_roles_restores_permissions_someone_removed_or_added():
    run_setup_roles()
    Group.objects.get(name=settings.ROLE_SECRETARIAT).permissions.clear()
    cochair = Group.objects.get(name=settings.ROLE_COCHAIR)
    cochair.permissions.set(Group.objects.get(name=settings.ROLE_ADMIN).permissions.all())
    run_setup_roles()
    assert expected_record_permissions() <= codenames(settings.ROLE_SECRETARIAT)
    assert codenames(settings.ROLE_COCHAIR) == set()


@pytest.mark.django_db
def test_setup_roles_gives_the_secretariat_admin_access(member_user):
    user = factories.UserFactory(username="new-staff", roles=[settings.ROLE_SECRETARIAT])
    assert not user.is_staff
    run_setup_roles()
    user.refresh_from_db()
    member_user.refresh_from_db()
    assert user.is_staff
    assert not member_user.is_staff


@pytest.mark.django_db
def test_demo_accounts_are_refused_unless_the_settings_allow_them(settings):
    settings.DEMO_ACCOUNTS = False
    with pytest.raises(CommandError, match="DEMO_ACCOUNTS"):
        call_command("create_demo_accounts")
    assert not get_user_model().objects.filter(username__in=DEMO_CREDENTIALS).exists()


def test_production_settings_refuse_demo_accounts():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jointcouncils.settings.prod",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "portal.example.ca",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "create_demo_accounts"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Demo accounts are disabled" in result.stderr
    assert "DEMO_ACCOUNTS" in result.stderr


@pytest.mark.django_db
def test_demo_accounts_one_per_role_with_the_documented_credentials(privacy_group):
    out, err = run_demo_accounts()
    users = {u.username: u for u in get_user_model().objects.filter(username__in=DEMO_CREDENTIALS)}
    assert set(users) == set(DEMO_CREDENTIALS)
    for username, password in DEMO_CREDENTIALS.items():
        assert users[username].check_password(password), username
        assert f"{username:<8} / {password}" in out
    assert [g.name for g in users["staff"].groups.all()] == [settings.ROLE_SECRETARIAT]
    assert [g.name for g in users["cochair"].groups.all()] == [settings.ROLE_COCHAIR]
    assert [g.name for g in users["member"].groups.all()] == [settings.ROLE_COUNCIL_MEMBER]
    assert [g.name for g in users["admin"].groups.all()] == [settings.ROLE_ADMIN]
    assert users["staff"].is_staff and not users["staff"].is_superuser
    assert users["admin"].is_staff and users["admin"].is_superuser
    assert not users["cochair"].is_staff and not users["member"].is_staff
    assert err == ""


@pytest.mark.django_db
def test_demo_cochair_holds_a_vacant_seat_of_privacy_gdpr_and_may_edit_it(privacy_group, other_group):
    out, _err = run_demo_accounts()
    user = get_user_model().objects.get(username="cochair")
    person = Person.objects.get(email="demo-cochair@example.invalid")
    assert (person.given_name, person.family_name, person.user) == ("Demo", "Co-chair", user)
    assert person.title_en == "Demo account – not a real person"
    assert person.title_fr == "Compte de démonstration – personne fictive"

    term = CochairTerm.objects.get(person=person)
    assert term.seat == CochairSeat.objects.get(working_group=privacy_group, number=2)
    assert term.source == "demo account"
    assert term.end_date is None
    assert "seat 2 of privacy-gdpr" in out
    assert term.history.get().history_change_reason

    # The rules of the portal see a co-chair of that group, and of no other.
    user = get_user_model().objects.get(pk=user.pk)
    assert user.has_perm("workinggroups.change_workinggroup", privacy_group)
    user = get_user_model().objects.get(pk=user.pk)
    assert not user.has_perm("workinggroups.change_workinggroup", other_group)


@pytest.mark.django_db
def test_demo_accounts_twice_change_nothing_more(privacy_group):
    run_demo_accounts()
    person = Person.objects.get(email="demo-cochair@example.invalid")
    counts = (
        get_user_model().objects.count(),
        Person.objects.count(),
        CochairTerm.objects.count(),
        person.history.count(),
        Group.objects.count(),
    )
    out, _err = run_demo_accounts()
    assert "already holds seat 2 of privacy-gdpr" in out
    assert (
        get_user_model().objects.count(),
        Person.objects.count(),
        CochairTerm.objects.count(),
        person.history.count(),
        Group.objects.count(),
    ) == counts


@pytest.mark.django_db
def test_demo_accounts_reset_a_changed_password_and_role():
    run_demo_accounts()
    user = get_user_model().objects.get(username="member")
    user.set_password("something-else-entirely")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=settings.ROLE_SECRETARIAT))
    run_demo_accounts()
    user.refresh_from_db()
    assert user.check_password("jc-demo-member-2026")
    assert not user.is_staff
    assert [g.name for g in user.groups.all()] == [settings.ROLE_COUNCIL_MEMBER]


@pytest.mark.django_db
def test_demo_accounts_without_the_group_warn_and_skip_the_seat():
    out, err = run_demo_accounts()
    assert "Warning" in err and "privacy-gdpr" in err
    assert CochairTerm.objects.count() == 0
    assert get_user_model().objects.filter(username="cochair").exists()
    assert "cochair  / jc-demo-cochair-2026" in out


@pytest.mark.django_db
def test_demo_accounts_without_a_vacant_seat_warn_and_skip(privacy_group):
    for number in (2, 3):
        seat = CochairSeat.objects.get(working_group=privacy_group, number=number)
        factories.CochairTermFactory(seat=seat, start_date=datetime.date(2020, 1, 1))
    terms = CochairTerm.objects.count()
    _out, err = run_demo_accounts()
    assert "no vacant co-chair seat" in err
    assert CochairTerm.objects.count() == terms


@pytest.mark.django_db
def test_demo_staff_logs_in_and_opens_the_admin(privacy_group):
    run_demo_accounts()
    client = Client()
    response = log_in(client, "staff", "jc-demo-staff-2026")
    assert response.status_code == 302
    assert client.get(reverse("admin:workinggroups_workinggroup_changelist")).status_code == 200

    cochair = Client()
    assert log_in(cochair, "cochair", "jc-demo-cochair-2026").status_code == 302
    response = cochair.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
