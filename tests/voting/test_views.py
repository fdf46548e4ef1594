"""The ballot pages: every URL for every role, hidden results, turnout without choices, votes through the forms,
votes received outside the portal shown as such, and bounded query counts."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from councils.models import CouncilMembership
from tests.meetings.documents import pdf_bytes
from tests.voting.conftest import make_member, new_ballot
from voting.models import Ballot, BallotAttachment, Vote
from voting.services import ballot_attachment_add, ballot_close, vote_cast

pytestmark = pytest.mark.django_db
PERSONAS = ("secretariat", "cochair", "member", "outsider", "anonymous")


@pytest.fixture
def voter_member(member_user, councils):
    """The member persona sits on PSSDC: they are on a JC ballot's voter list."""
    from tests import factories

    person = factories.PersonFactory(given_name="Max", family_name="Member", user=member_user)
    CouncilMembership.objects.create(person=person, council=councils["pssdc"], start_date=datetime.date(2019, 1, 1))
    return person


@pytest.fixture
def ballot(councils, voter_member, secretariat_user, media_root):
    others = [make_member(councils["pscioc"], "Chloe"), make_member(councils["pssdc"], "Paul")]
    ballot = new_ballot(councils["jc"], by=secretariat_user, now=timezone.now())
    ballot.others = others
    return ballot


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def _section(html: str, element_id: str) -> str:
    match = re.search(rf'<table class="data-table" id="{element_id}">(.*?)</table>', html, re.S)
    return match.group(1) if match else ""


def past_deadline(ballot: Ballot) -> None:
    """Time passes: the ballot's deadline is a second ago (its opening moved back too, so it still precedes it)."""
    now = timezone.now()
    Ballot.objects.filter(pk=ballot.pk).update(
        opens_at=now - datetime.timedelta(days=5), closes_at=now - datetime.timedelta(seconds=1)
    )


def close_now(ballot: Ballot) -> Ballot:
    past_deadline(ballot)
    return ballot_close(ballot_id=ballot.pk)


# Who may do what ---------------------------------------------------------------------------------

GETS = {
    "list": {"secretariat": 200, "cochair": 200, "member": 200, "outsider": 403, "anonymous": 302},
    "create": {"secretariat": 200, "cochair": 403, "member": 403, "outsider": 403, "anonymous": 302},
    "detail": {"secretariat": 200, "cochair": 200, "member": 200, "outsider": 403, "anonymous": 302},
    "download": {"secretariat": 200, "cochair": 200, "member": 200, "outsider": 403, "anonymous": 302},
}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", sorted(GETS))
def test_get_pages_by_role(personas, persona, page, ballot, secretariat_user):
    attachment = ballot_attachment_add(
        ballot=ballot, upload=SimpleUploadedFile("plan.pdf", pdf_bytes()), title_en="Plan", title_fr="Plan", by=secretariat_user
    )
    url = {
        "list": reverse("voting:list"),
        "create": reverse("voting:create"),
        "detail": reverse("voting:detail", args=[ballot.pk]),
        "download": reverse("voting:attachment_download", args=[attachment.pk]),
    }[page]
    response = personas[persona].get(url)
    assert response.status_code == GETS[page][persona]
    if response.status_code == 302:
        assert "/accounts/login/" in response["Location"]


POSTS = {
    # Only a person on the voter list votes for themselves: the member persona here.
    "vote": {"secretariat": 403, "cochair": 403, "member": 302, "outsider": 403, "anonymous": 302},
    "proxy": {"secretariat": 302, "cochair": 403, "member": 403, "outsider": 403, "anonymous": 302},
    "open": {"secretariat": 302, "cochair": 403, "member": 403, "outsider": 403, "anonymous": 302},
    "attach": {"secretariat": 302, "cochair": 403, "member": 403, "outsider": 403, "anonymous": 302},
    "create": {"secretariat": 302, "cochair": 403, "member": 403, "outsider": 403, "anonymous": 302},
}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("action", sorted(POSTS))
def test_post_actions_by_role(personas, persona, action, ballot, councils, secretariat_user):
    now = timezone.localtime()
    if action == "open":
        target = new_ballot(councils["pssdc"], by=secretariat_user, now=timezone.now(), opens_in=datetime.timedelta(days=1))
    else:
        target = ballot
    paul = ballot.others[1]
    url, data = {
        "vote": (reverse("voting:vote", args=[target.pk]), {"choice": "for"}),
        "proxy": (
            reverse("voting:proxy_vote", args=[target.pk]),
            {"voter": paul.pk, "choice": "against", "received_via": "email", "confirmed_by": secretariat_user.pk},
        ),
        "open": (reverse("voting:open", args=[target.pk]), {}),
        "attach": (
            reverse("voting:attachment_add", args=[target.pk]),
            {"file": SimpleUploadedFile("plan.pdf", pdf_bytes()), "title_en": "Plan", "title_fr": "Plan"},
        ),
        "create": (
            reverse("voting:create"),
            {
                "council": councils["jc"].pk,
                "opens_at": now.strftime("%Y-%m-%dT%H:%M"),
                "closes_at": (now + datetime.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M"),
                "rule": "majority",
                "quorum_percent": 50,
                "question_en": "Endorse the charter?",
                "question_fr": "Appuyer la charte?",
                "change_reason": "Asked at the February meeting",
            },
        ),
    }[action]
    before = (Vote.objects.count(), BallotAttachment.objects.count(), Ballot.objects.count())

    response = personas[persona].post(url, data)

    assert response.status_code == POSTS[action][persona], response.content[:2000]
    after = (Vote.objects.count(), BallotAttachment.objects.count(), Ballot.objects.count())
    if response.status_code != 302 or persona == "anonymous":
        assert after == before
    else:
        assert after != before or action == "open"
    if action == "open" and response.status_code == 302 and persona != "anonymous":
        target.refresh_from_db()
        assert target.is_open


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_record_of_the_vote_is_built_only_after_the_close(personas, persona, ballot):
    url = reverse("reports:request_build", args=["ballot_record", ballot.pk])
    assert personas[persona].post(url).status_code == (302 if persona == "anonymous" else 403)
    close_now(ballot)
    expected = {"secretariat": 302, "cochair": 403, "member": 403, "outsider": 403, "anonymous": 302}[persona]
    assert personas[persona].post(url, {"language": "en"}).status_code == expected


# What each one sees -------------------------------------------------------------------------------


def test_while_open_voters_see_only_their_own_vote_and_the_secretariat_sees_turnout_not_choices(
    personas, ballot, voter_member, secretariat_user
):
    chloe, paul = ballot.others
    vote_cast(ballot=ballot, person=voter_member, choice=Vote.Choice.AGAINST, by=voter_member.user)
    vote_cast(ballot=ballot, person=chloe, choice=Vote.Choice.ABSTAIN, by=chloe.user)
    url = reverse("voting:detail", args=[ballot.pk])

    member_page = personas["member"].get(url).content.decode()
    assert "You voted <strong>against</strong>" in member_page
    assert 'id="voters"' not in member_page and 'id="result"' not in member_page
    assert "Chloe" not in member_page

    staff_page = personas["secretariat"].get(url).content.decode()
    voters = _section(staff_page, "voters")
    assert "Chloe Member" in voters and "Max Member" in voters and "Paul Member" in voters
    assert "2 of 3 voters have voted" in staff_page
    for choice in ("against", "abstain"):
        assert choice not in voters
    assert 'id="result"' not in staff_page

    cochair_page = personas["cochair"].get(url).content.decode()
    assert 'id="voters"' not in cochair_page and "against" not in cochair_page.split('id="your-vote"')[1]


def test_after_the_close_every_reader_sees_the_tallies_and_each_vote(personas, ballot, voter_member):
    chloe, paul = ballot.others
    vote_cast(ballot=ballot, person=voter_member, choice=Vote.Choice.FOR, by=voter_member.user)
    vote_cast(ballot=ballot, person=chloe, choice=Vote.Choice.RECUSE, recusal_reason="My ministry leads it.", by=chloe.user)
    close_now(ballot)

    page = personas["cochair"].get(reverse("voting:detail", args=[ballot.pk])).content.decode()

    assert 'id="result"' in page
    voters = _section(page, "voters")
    assert "recused – My ministry leads it." in voters
    assert "did not vote" in voters  # Paul
    assert "Max Member" in voters and ">for<" in voters.replace("<td>for</td>", ">for<")


def test_a_vote_received_by_e_mail_is_shown_as_such(personas, ballot, secretariat_user):
    paul = ballot.others[1]
    response = personas["secretariat"].post(
        reverse("voting:proxy_vote", args=[ballot.pk]),
        {"voter": paul.pk, "choice": "for", "received_via": "email", "confirmed_by": secretariat_user.pk},
    )
    assert response.status_code == 302
    staff_page = personas["secretariat"].get(reverse("voting:detail", args=[ballot.pk])).content.decode()
    assert "by e-mail – entered by Sam Staff on the voter's behalf, confirmed by Sam Staff" in _section(staff_page, "voters")

    paul_client = personas["anonymous"]
    paul_client.force_login(paul.user)
    own = paul_client.get(reverse("voting:detail", args=[ballot.pk])).content.decode()
    assert "Received by e-mail and entered by the secretariat (confirmed by Sam Staff)." in own


def test_a_member_votes_and_changes_the_vote_through_the_page(personas, ballot, voter_member):
    url = reverse("voting:vote", args=[ballot.pk])
    assert personas["member"].post(url, {"choice": "for"}).status_code == 302
    assert personas["member"].post(url, {"choice": "abstain"}).status_code == 302
    vote = Vote.objects.get(voter__person=voter_member)
    assert vote.choice == "abstain" and vote.history.count() == 2
    page = personas["member"].get(reverse("voting:detail", args=[ballot.pk])).content.decode()
    assert "Change my vote" in page


def test_a_recusal_without_reason_is_refused_with_a_message_and_nothing_saved(personas, ballot):
    response = personas["member"].post(reverse("voting:vote", args=[ballot.pk]), {"choice": "recuse"})
    assert response.status_code == 400
    assert "Give the reason for the recusal." in response.content.decode()
    assert not Vote.objects.exists()


def test_a_vote_after_the_close_is_refused_with_a_message_in_french(personas, ballot):
    close_now(ballot)
    response = personas["member"].post(reverse("voting:vote", args=[ballot.pk]).replace("/en/", "/fr/"), {"choice": "for"})
    assert response.status_code == 400
    assert "Ce scrutin est clos" in response.content.decode()
    assert not Vote.objects.exists()


def test_a_late_vote_on_a_ballot_past_its_time_gets_a_clear_message(personas, ballot):
    past_deadline(ballot)
    response = personas["member"].post(reverse("voting:vote", args=[ballot.pk]).replace("/en/", "/fr/"), {"choice": "for"})
    assert response.status_code == 400
    assert "Ce scrutin est clos" in response.content.decode()
    assert not Vote.objects.exists()


def test_members_see_their_open_ballots_on_the_home_page(personas, ballot, voter_member):
    page = personas["member"].get(reverse("home")).content.decode()
    assert "Open ballots" in page and "Adopt the 2026 work plan?" in page and "you have not voted yet" in page
    vote_cast(ballot=ballot, person=voter_member, choice=Vote.Choice.FOR, by=voter_member.user)
    assert "you have voted" in personas["member"].get(reverse("home")).content.decode()
    assert "Open ballots" not in personas["secretariat"].get(reverse("home")).content.decode()


def test_the_list_filters_by_council_and_state(personas, ballot, councils, secretariat_user):
    other = new_ballot(councils["pssdc"], by=secretariat_user, now=timezone.now(), opens_in=datetime.timedelta(days=1))
    other.question_en = "Scheduled PSSDC question?"
    other.save()
    client = personas["member"]
    page = client.get(reverse("voting:list"), {"council": councils["pssdc"].pk}).content.decode()
    assert "Scheduled PSSDC question?" in page and "Adopt the 2026 work plan?" not in page
    page = client.get(reverse("voting:list"), {"status": "open"}).content.decode()
    assert "Scheduled PSSDC question?" not in page and "Adopt the 2026 work plan?" in page


# Query counts -------------------------------------------------------------------------------------

LIST_MAX_QUERIES = 12
DETAIL_MAX_QUERIES = 22


@pytest.mark.parametrize("size", [1, 20])
@pytest.mark.parametrize("persona", ["secretariat", "member"])
def test_list_and_page_query_counts_are_bounded(
    personas, persona, size, councils, voter_member, secretariat_user, django_assert_max_num_queries
):
    people = [make_member(councils["pscioc" if n % 2 else "pssdc"], f"V{n}") for n in range(size)]
    for _n in range(size):
        new_ballot(councils["jc"], by=secretariat_user, now=timezone.now())
    ballot = Ballot.objects.order_by("-pk").first()
    for person in people:
        vote_cast(ballot=ballot, person=person, choice=Vote.Choice.FOR, by=person.user)
    client = personas[persona]
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        assert client.get(reverse("voting:list")).status_code == 200
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        assert client.get(reverse("voting:detail", args=[ballot.pk])).status_code == 200
    close_now(ballot)
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        assert client.get(reverse("voting:detail", args=[ballot.pk])).status_code == 200


def test_a_ballot_past_its_deadline_is_closed_when_its_page_is_opened_even_without_the_job(personas, ballot, voter_member):
    vote_cast(ballot=ballot, person=voter_member, choice=Vote.Choice.FOR, by=voter_member.user)
    past_deadline(ballot)

    page = personas["member"].get(reverse("voting:detail", args=[ballot.pk])).content.decode()
    personas["member"].get(reverse("voting:detail", args=[ballot.pk]))

    ballot.refresh_from_db()
    assert ballot.is_closed and 'id="result"' in page
    assert ballot.history.filter(history_change_reason__startswith="Ballot closed").count() == 1
