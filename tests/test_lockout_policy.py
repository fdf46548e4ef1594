"""django-axes behind the documented TLS proxy, and the lock-out policy against guessing and password spraying.

The policy (README, "Log-in lock-out"), counted over the last hour (AXES_COOLOFF_TIME):
- one username from one client address: locked after AXES_FAILURE_LIMIT (5) failures;
- one client address, whatever the usernames: locked after AXES_ADDRESS_FAILURE_LIMIT (20) failures (spraying);
- one username, whatever the addresses: locked after AXES_USERNAME_FAILURE_LIMIT (30) failures (a distributed
  attack on one account). Only this lock reaches the owner at another address, and it ends one hour after the
  failure that set it: failures while locked do not extend it, so nobody can keep an account locked for good.
"""

import datetime

import pytest
import yaml
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests import factories
from tests.conftest import PASSWORD
from tests.test_deploy_files import ROOT

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"


@pytest.fixture(autouse=True)
def behind_one_proxy(settings):
    """The deployment of the README and docker-compose: one TLS proxy in front, which appends X-Forwarded-For."""
    settings.TRUSTED_PROXY_COUNT = 1


def log_in(username: str, password: str, client_address: str, client: Client | None = None):
    return (client or Client()).post(
        reverse("login"),
        {"username": username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=client_address,
    )


def test_docker_compose_trusts_one_proxy_for_every_portal_service():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    for name in ("web", "worker", "beat"):
        assert compose["services"][name]["environment"]["TRUSTED_PROXY_COUNT"] == "${TRUSTED_PROXY_COUNT:-1}", name
    readme = (ROOT / "README.md").read_text()
    assert "`TRUSTED_PROXY_COUNT`" in readme
    assert "`AXES_ADDRESS_FAILURE_LIMIT`" in readme and "`AXES_USERNAME_FAILURE_LIMIT`" in readme


def test_two_clients_behind_the_proxy_are_told_apart(member_user):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in("member", "wrong-password", "203.0.113.5")
    assert log_in("member", PASSWORD, "203.0.113.5").status_code == 429
    # The same account from another client behind the same proxy: not locked.
    assert log_in("member", PASSWORD, "198.51.100.7").status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.5"}


def test_many_usernames_from_one_address_get_that_address_locked(member_user, outsider_user):
    """Password spraying: one guess at each of many accounts, from one address."""
    for number in range(settings.AXES_ADDRESS_FAILURE_LIMIT - 1):
        assert log_in(f"person-{number}", "Spring2026!", "192.0.2.66").status_code == 200
    assert log_in("person-last", "Spring2026!", "192.0.2.66").status_code == 429  # the limit
    # Every account, even a real one with its right password, is refused from that address ...
    assert log_in("member", PASSWORD, "192.0.2.66").status_code == 429
    assert log_in("someone-else", "Spring2026!", "192.0.2.66").status_code == 429
    # ... and from any other address the owners log in.
    assert log_in("member", PASSWORD, "198.51.100.8").status_code == 302
    assert log_in("outsider", PASSWORD, "198.51.100.9").status_code == 302


def test_below_the_address_limit_other_accounts_at_that_address_log_in(member_user):
    for number in range(settings.AXES_ADDRESS_FAILURE_LIMIT - 1):
        log_in(f"person-{number}", "Spring2026!", "192.0.2.67")
    assert log_in("member", PASSWORD, "192.0.2.67").status_code == 302


def test_a_client_cannot_lock_another_persons_account_from_its_own_address(member_user):
    for _ in range(settings.AXES_FAILURE_LIMIT * 3):
        log_in("member", "wrong-password", "203.0.113.50")
    assert log_in("member", PASSWORD, "203.0.113.50").status_code == 429
    assert log_in("member", PASSWORD, "198.51.100.10").status_code == 302


def test_a_distributed_attack_locks_the_account_for_one_hour_only(member_user):
    """Many addresses against one account lock it everywhere, until an hour after the lock, not for good."""
    attackers = [f"192.0.2.{n}" for n in range(1, 20)]
    failures = 0
    while failures < settings.AXES_USERNAME_FAILURE_LIMIT:
        for address in attackers:
            if failures < settings.AXES_USERNAME_FAILURE_LIMIT:
                log_in("member", "wrong-password", address)
                failures += 1
    assert log_in("member", PASSWORD, "198.51.100.11").status_code == 429
    # The attack goes on while the account is locked: it does not extend the lock.
    recorded = AccessAttempt.objects.filter(username="member").count()
    for address in attackers[:5]:
        assert log_in("member", "wrong-password", address).status_code == 429
    assert sum(AccessAttempt.objects.filter(username="member").values_list("failures_since_start", flat=True)) == failures
    assert AccessAttempt.objects.filter(username="member").count() == recorded

    # An hour later (the attempts are moved back in time, as the clock would), the owner logs in.
    an_hour_ago = datetime.timedelta(hours=settings.AXES_COOLOFF_TIME, minutes=1)
    for row in AccessAttempt.objects.all():
        row.attempt_time -= an_hour_ago
        row.save(update_fields=["attempt_time"])
    assert log_in("member", PASSWORD, "198.51.100.11").status_code == 302


def test_a_successful_log_in_does_not_clear_the_address_count_of_other_accounts(member_user):
    """A sprayer with an account of their own cannot reset the address count by logging in with it."""
    factories.UserFactory(username="sprayer")  # its password is PASSWORD
    for number in range(settings.AXES_ADDRESS_FAILURE_LIMIT - 1):
        log_in(f"person-{number}", "Spring2026!", "192.0.2.70")
    assert log_in("sprayer", PASSWORD, "192.0.2.70").status_code == 302
    log_in("person-x", "Spring2026!", "192.0.2.70")
    assert log_in("member", PASSWORD, "192.0.2.70").status_code == 429
