"""The priority dashboard, logic-model coverage, the participation map and the cross-group lists; roles."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from tests.dashboards.html import row_headers
from tests.logicmodel import factories as logicmodel_factories
from tests.meetings import factories as meeting_factories
from tests.workinggroups import factories as workinggroup_factories
from workinggroups.models import StatusUpdate


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


PAGES = [
    "/en/dashboard/",
    "/en/dashboard/mine/",
    "/en/dashboard/priorities/digital-identity/",
    "/en/dashboard/logic-model/",
    "/en/dashboard/participation/",
    "/en/dashboard/milestones/",
    "/en/dashboard/terms/",
    "/en/dashboard/tasks/",
]


# Roles --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", PAGES)
def test_readers_see_every_dashboard_outsiders_are_refused_anonymous_log_in(world, personas, url):
    for name in ("secretariat", "cochair", "member"):
        assert personas[name].get(url).status_code == 200, name
    assert personas["outsider"].get(url).status_code == 403
    response = personas["anonymous"].get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_landing_sends_anonymous_to_login(client):
    response = client.get("/en/dashboard/start/")
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")


def test_unknown_priority_is_404(world, staff_client):
    assert staff_client.get("/en/dashboard/priorities/no-such-priority/").status_code == 404


def test_nav_points_cochairs_to_their_dashboard_and_others_to_the_overview(world, personas):
    assert 'href="/en/dashboard/mine/"' in personas["cochair"].get("/en/").content.decode()
    for name in ("secretariat", "member"):
        page = personas[name].get("/en/").content.decode()
        assert '<li><a href="/en/dashboard/">Dashboard</a></li>' in page, name
    overview = personas["member"].get("/en/dashboard/").content.decode()
    assert '<a href="/en/dashboard/" aria-current="page">Dashboard</a>' in overview


# Priority dashboard -------------------------------------------------------------------------------------------


@pytest.fixture
def priority_record(world):
    """Alpha (approved green) and Bravo (approved red, then a newer returned one) support Digital Identity; Charlie
    supports it too with no approved update. Decisions and action items on the priority and elsewhere."""
    factories.AlignmentFactory(logic_model=world.model, working_group=world.bravo, outcome=None, priority=world.priority)
    factories.AlignmentFactory(logic_model=world.model, working_group=world.charlie, outcome=None, priority=world.priority)
    workinggroup_factories.approved_update(
        current=True, working_group=world.bravo, period_end=days(-20), rag=StatusUpdate.Rag.RED, rag_rationale_en="No funding."
    )
    workinggroup_factories.StatusUpdateFactory(
        current=True, working_group=world.bravo, period_end=days(60), state=StatusUpdate.State.RETURNED
    )
    meeting = meeting_factories.MeetingFactory(
        upcoming=True, council=world.councils.jc, title_en="JC, September 2020", start=meeting_factories.at(days(-15))
    )
    on_priority = meeting_factories.DecisionFactory(meeting=meeting, text_en="Reconfirm Digital Identity as a priority.")
    on_priority.priorities.add(world.priority)
    item = meeting_factories.AgendaItemFactory(meeting=meeting, title_en="Digital identity progress")
    item.priorities.add(world.priority)
    meeting_factories.DecisionFactory(meeting=meeting, agenda_item=item, text_en="Adopt the trust framework.")
    meeting_factories.DecisionFactory(meeting=meeting, text_en="Unrelated decision.")
    meeting_factories.ActionItemFactory(meeting=meeting, owner_group=world.alpha, description_en="Alpha's next step")
    meeting_factories.ActionItemFactory(meeting=meeting, agenda_item=item, description_en="Council asks for a roadmap")
    meeting_factories.ActionItemFactory(meeting=meeting, owner_group=world.echo, description_en="Echo's step")
    meeting_factories.ActionItemFactory(
        meeting=meeting, owner_group=world.alpha, description_en="Done step", status="done", closing_note_en="Done."
    )
    return world


def test_priority_dashboard_shows_supporting_groups_with_their_latest_approved_rag(priority_record, member_client):
    page = member_client.get("/en/dashboard/priorities/digital-identity/").content.decode()
    groups = row_headers(page, "supporting-groups")
    assert [row.split(" (")[0] for row in groups] == ["Alpha", "Bravo", "Charlie"]
    assert "red – off track" in page and "No funding." in page
    assert "green – on track" in page
    # The chart and its table view carry the same numbers; the chart has a text alternative.
    assert '<title id="rag-chart-title">Supporting working groups by RAG status</title>' in page
    assert '<desc id="rag-chart-desc">green: 1, amber: 0, red: 1, no approved update: 1</desc>' in page
    assert row_headers(page, "chart-table") == ["Green", "Amber", "Red", "No approved update"]


def test_priority_dashboard_shows_milestones_decisions_and_open_action_items(priority_record, member_client):
    page = member_client.get("/en/dashboard/priorities/digital-identity/").content.decode()
    # Open milestones of the supporting groups, soonest first (Alpha's done one is not listed).
    assert row_headers(page, "priority-milestones") == ["Publish the guide", "Report to the councils"]
    assert "Reconfirm Digital Identity as a priority." in page
    assert "Adopt the trust framework." in page
    assert "Unrelated decision." not in page
    actions = row_headers(page, "priority-actions")
    assert sorted(actions) == ["Alpha's next step", "Council asks for a roadmap"]


# Coverage -----------------------------------------------------------------------------------------------------


def test_coverage_matrix_has_engagement_levels_in_cells_and_headers(world, member_client):
    logicmodel_factories.IndicatorValueFactory(
        indicator=logicmodel_factories.IndicatorFactory(
            outcome=world.outcomes[0], name_en="Jurisdictions with a digital ID", target=13
        ),
        period_label_en="2020–2021",
        value=4,
    )
    page = member_client.get("/en/dashboard/logic-model/").content.decode()
    assert row_headers(page, "coverage-matrix") == [
        "Alpha (ALP)",
        "Bravo (BRV)",
        "Charlie (CHL) no outcome",
        "Echo (ECH) no outcome",
    ]
    matrix = page.split('class="data-table coverage-matrix"')[1].split("</table>")[0]
    assert '<th scope="col">ST1: Short outcome 1</th>' in matrix
    alpha_row = matrix.split("Alpha")[1].split("</tr>")[0]
    assert "<td>Collaborate</td>" in alpha_row
    bravo_row = matrix.split("Bravo")[1].split("</tr>")[0]
    assert "aligned, level not recorded" in bravo_row
    assert "<caption" in matrix
    counts = page.split('class="data-table coverage-counts"')[1].split("</table>")[0]
    assert counts.count("no group") == 2
    assert "Jurisdictions with a digital ID (jurisdictions)" in page
    assert "2020–2021: 4.00" in page


# Participation ------------------------------------------------------------------------------------------------


def test_participation_shows_seats_by_level_and_organisation_with_charts_and_tables(world, member_client):
    page = member_client.get("/en/dashboard/participation/").content.decode()
    # Current seats of active and dormant groups: Alpha (TBS), Bravo, Charlie, Echo (TBS), Delta.
    assert "5 co-chair seats are held today." in page
    assert page.count('role="img"') == 2
    assert 'aria-labelledby="chart-levels-title chart-levels-desc"' in page
    assert 'aria-labelledby="chart-organisations-title chart-organisations-desc"' in page
    assert 'id="chart-title"' not in page
    # The levels of the councils' participation map: provincial and territorial seats count together.
    assert row_headers(page, "chart-table") == ["Federal", "Provincial/territorial", "Municipal"]
    assert '<desc id="chart-levels-desc">federal: 2, provincial/territorial: 3, municipal: 0</desc>' in page
    organisations = page.split("The load per organisation")[1]
    assert row_headers(organisations, "data-table")[0] == "TBS"


# Lists --------------------------------------------------------------------------------------------------------


def test_milestone_list_filters(world, member_client):
    page = member_client.get("/en/dashboard/milestones/?status=done").content.decode()
    assert row_headers(page, "result-table") == ["Consult the provinces"]
    # Without the group status filter of the overview's link, the dormant group's overdue milestone is listed too.
    page = member_client.get("/en/dashboard/milestones/?overdue=true").content.decode()
    assert row_headers(page, "result-table") == ["Publish the guide", "Dormant group's milestone"]


def test_term_list_filters(world, member_client):
    page = member_client.get("/en/dashboard/terms/?ending=180").content.decode()
    assert len(row_headers(page, "result-table")) == 3  # Delta 10 days, Alpha 30, Bravo 120
    page = member_client.get("/en/dashboard/terms/?ending=30&group=delta").content.decode()
    assert len(row_headers(page, "result-table")) == 1


def test_task_list_filters(world, member_client):
    # Not due: the retired one (reviewed longest ago, listed first) and the one reviewed 2 months ago.
    page = member_client.get("/en/dashboard/tasks/?review_due=false").content.decode()
    assert row_headers(page, "result-table") == ["Retired task", "Cloud requirements"]


# The working-group list's new filters, both ways ------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("term_ending_soon=true", ["Alpha", "Delta"]),
        ("term_ending_soon=false", ["Bravo", "Charlie", "Echo"]),
        ("no_priority=true", ["Charlie", "Delta", "Echo"]),
        ("no_priority=false", ["Alpha", "Bravo"]),
        ("stale_update=true", ["Bravo", "Charlie", "Delta", "Echo"]),
        ("stale_update=false", ["Alpha"]),
    ],
)
def test_working_group_list_filters_added_for_the_overview(world, member_client, query, expected):
    page = member_client.get(f"/en/working-groups/?{query}").content.decode()
    assert [row.split(" (")[0] for row in row_headers(page, "wg-list")] == expected
