"""The co-chair's own dashboard, and where people land when they log in."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from meetings.models import ActionItem, Meeting
from tests import factories
from tests.conftest import PASSWORD
from tests.meetings import factories as meeting_factories
from tests.workinggroups import factories as workinggroup_factories
from workinggroups.models import Milestone, StatusUpdate

MINE = "/en/dashboard/mine/"
REASON = "Say which provinces signed the agreement."


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def second_group(cochair_user, council):
    """Another group the co-chair holds a seat in today, with no status update yet."""
    group = factories.WorkingGroupFactory(slug="research", name_en="Research Committee", name_fr="Recherche")
    factories.ReportingLineFactory(working_group=group, council=council)
    factories.CochairTermFactory(seat=factories.CochairSeatFactory(working_group=group), person=cochair_user.person)
    return group


@pytest.fixture
def cochair_record(cochair_user, cochair_group, other_group, second_group, council):
    """Death Notification (theirs): a returned update, an overdue milestone, meetings, action items.
    Open Government (not theirs) and a group whose term they left: the same kinds of records, none shown."""
    former = factories.WorkingGroupFactory(slug="cloud-o365", name_en="Cloud and O365")
    factories.CochairTermFactory(
        seat=factories.CochairSeatFactory(working_group=former),
        person=cochair_user.person,
        start_date=datetime.date(2018, 1, 1),
        end_date=days(-30),
    )
    workinggroup_factories.approved_update(
        current=True, working_group=cochair_group, period_end=days(-100), period_label_en="JC, February 2020"
    )
    workinggroup_factories.StatusUpdateFactory(
        current=True,
        working_group=cochair_group,
        period_end=days(-10),
        period_label_en="JC, September 2020",
        state=StatusUpdate.State.RETURNED,
        return_reason_en=REASON,
    )
    workinggroup_factories.approved_update(
        current=True, working_group=other_group, period_end=days(-1), period_label_en="Other group's period"
    )
    workinggroup_factories.MilestoneFactory(
        due_soon=True, working_group=cochair_group, title_en="Draft the notification guide", due_date=days(-7)
    )
    workinggroup_factories.MilestoneFactory(
        due_soon=True,
        working_group=cochair_group,
        title_en="Consult the members",
        due_date=days(-40),
        status=Milestone.Status.DONE,
        completed_on=days(-1),
    )
    workinggroup_factories.MilestoneFactory(due_soon=True, working_group=cochair_group, title_en="Launch", due_date=days(20))
    workinggroup_factories.MilestoneFactory(
        due_soon=True, working_group=other_group, title_en="Not their milestone", due_date=days(-7)
    )
    workinggroup_factories.MilestoneFactory(
        due_soon=True, working_group=former, title_en="Former group milestone", due_date=days(-7)
    )

    meeting_factories.MeetingFactory(
        upcoming=True, council=council, title_en="Past meeting", start=meeting_factories.at(days(-20)), status=Meeting.Status.HELD
    )
    meeting_factories.MeetingFactory(
        upcoming=True,
        council=council,
        title_en="Cancelled meeting",
        start=meeting_factories.at(days(5)),
        status=Meeting.Status.CANCELLED,
    )
    upcoming = meeting_factories.MeetingFactory(
        upcoming=True, council=council, title_en="JC, Winnipeg", start=meeting_factories.at(days(12))
    )
    meeting_factories.MeetingFactory(
        upcoming=True, council=council, title_en="Later meeting", start=meeting_factories.at(days(90))
    )
    pssdc = factories.CouncilFactory(code="pssdc", acronym_en="PSSDC")
    meeting_factories.MeetingFactory(
        upcoming=True, council=pssdc, title_en="Another council's meeting", start=meeting_factories.at(days(2))
    )

    held = Meeting.objects.get(title_en="Past meeting")
    meeting_factories.ActionItemFactory(
        meeting=held, owner_group=cochair_group, description_en="Send the guide to DMs", due_date=days(-2)
    )
    meeting_factories.ActionItemFactory(
        meeting=held,
        owner_group=cochair_group,
        description_en="Closed item",
        status=ActionItem.Status.DONE,
        closing_note_en="Sent.",
    )
    meeting_factories.ActionItemFactory(meeting=held, owner_group=other_group, description_en="Item of another group")
    meeting_factories.ActionItemFactory(meeting=held, description_en="Item of the council")
    return upcoming


@pytest.fixture
def page(cochair_record, cochair_client):
    response = cochair_client.get(MINE)
    assert response.status_code == 200
    return response.content.decode()


def test_shows_only_their_current_groups(page):
    assert "Death Notification" in page and "Research Committee" in page
    assert "Open Government" not in page
    assert "Cloud and O365" not in page


def test_shows_the_returned_update_with_its_reason_and_a_link_to_change_it(page):
    update = StatusUpdate.objects.get(state=StatusUpdate.State.RETURNED)
    assert "The secretariat returned the update for JC, September 2020" in page
    assert REASON in page
    assert f'href="/en/reporting/updates/{update.pk}/edit/"' in page
    assert "Change and resubmit the update of Death Notification" in page


def test_a_group_with_no_update_offers_to_write_one(page, second_group):
    assert "Write the update of Research Committee" in page
    assert f'href="/en/reporting/groups/{second_group.slug}/updates/new/"' in page


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (StatusUpdate.State.DRAFT, "Finish and submit the update of Death Notification"),
        (StatusUpdate.State.SUBMITTED, "is waiting for the secretariat"),
        (StatusUpdate.State.APPROVED, "Write the next update of Death Notification"),
    ],
)
def test_each_state_of_the_current_update(cochair_client, cochair_group, state, expected):
    workinggroup_factories.StatusUpdateFactory(current=True, working_group=cochair_group, state=state)
    assert expected in cochair_client.get(MINE).content.decode()


def test_shows_overdue_milestones_of_their_groups_only(page):
    assert "Draft the notification guide" in page
    for absent in ("Consult the members", "Launch", "Not their milestone", "Former group milestone"):
        assert absent not in page


def test_shows_the_next_meeting_of_the_council_the_group_reports_to(page, cochair_record):
    # One "next meeting" per group, Death Notification's first (groups are in name order).
    next_meetings = [part.split("</dd>")[0] for part in page.split('<dd class="next-meeting">')[1:]]
    assert len(next_meetings) == 2
    assert "JC, Winnipeg" in next_meetings[0]
    assert cochair_record.get_absolute_url() in next_meetings[0]
    for absent in ("Past meeting", "Cancelled meeting", "Later meeting", "Another council"):
        assert absent not in next_meetings[0]


def test_shows_their_groups_open_action_items_only(page):
    assert "Send the guide to DMs" in page
    assert "Closed item" not in page
    assert "Item of another group" not in page
    assert "Item of the council" not in page


def test_someone_with_no_seat_is_told_so(member_client):
    response = member_client.get(MINE)
    assert response.status_code == 200
    assert "You hold no current co-chair seat in the record." in response.content.decode()


# Landing after login ------------------------------------------------------------------------------------------


def log_in(username: str, lang: str = "en", next_url: str | None = None):
    client = Client()
    url = f"/{lang}/accounts/login/" + (f"?next={next_url}" if next_url else "")
    data = {"username": username, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(url, data, follow=True)


def test_a_cochair_logging_in_through_the_form_lands_on_their_dashboard(cochair_record):
    response = log_in("cochair")
    assert response.redirect_chain[-1][0] == "/en/dashboard/mine/"
    assert "Your working groups" in response.content.decode()


def test_a_cochair_logging_in_in_french_lands_on_the_french_dashboard(cochair_user):
    response = log_in("cochair", lang="fr")
    assert response.redirect_chain[-1][0] == "/fr/dashboard/mine/"


def test_staff_land_on_the_overview(secretariat_user):
    assert log_in("staff").redirect_chain[-1][0] == "/en/dashboard/"


def test_a_council_member_lands_at_home(member_user):
    assert log_in("member").redirect_chain[-1][0] == "/en/"


def test_next_still_wins(cochair_user):
    assert log_in("cochair", next_url="/en/working-groups/").redirect_chain[-1][0] == "/en/working-groups/"
