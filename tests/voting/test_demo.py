"""The demo accounts get one open JC ballot (development and test settings only); the real data loads no ballot."""

import io

import pytest
from django.core.management import call_command

from tests.voting.conftest import make_member
from voting.demo import DEMO_QUESTION_EN
from voting.models import Ballot

pytestmark = pytest.mark.django_db


def run_demo_accounts() -> str:
    out = io.StringIO()
    call_command("create_demo_accounts", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_the_demo_accounts_get_one_open_jc_ballot_on_which_the_member_votes(councils):
    make_member(councils["pscioc"], "Chloe")
    out = run_demo_accounts()
    run_demo_accounts()

    ballot = Ballot.objects.get()
    assert "A demo JC ballot is open" in out
    assert ballot.is_open and ballot.council.code == "jc" and ballot.question_en == DEMO_QUESTION_EN
    assert ballot.question_fr.startswith("Scrutin de démonstration")
    voters = {(v.person.full_name, v.council.code) for v in ballot.voters.select_related("person", "council")}
    assert voters == {("Demo Member", "pssdc"), ("Chloe Member", "pscioc")}
    assert ballot.voters.get(person__user__username="member")


def test_the_real_data_loads_no_ballot():
    call_command("load_joint_councils", stdout=io.StringIO())
    assert not Ballot.objects.exists()
