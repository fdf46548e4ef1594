"""Each number of the secretariat overview against the hand-built `world`: the number shown, what its link says,
and that following the link lists exactly the records counted."""

import pytest
from django.urls import reverse

from tests.dashboards.html import link, row_headers

OVERVIEW = "/en/dashboard/"


@pytest.fixture
def page(world, staff_client):
    response = staff_client.get(OVERVIEW)
    assert response.status_code == 200
    return response.content.decode()


def follow(client, href: str) -> str:
    response = client.get(href)
    assert response.status_code == 200, href
    return response.content.decode()


def group_rows(html: str) -> list[str]:
    """Group names listed by the working-group list (row headers start with the name, then the acronym)."""
    return [row.split(" (")[0] for row in row_headers(html, "wg-list")]


def test_counts_of_the_record(page):
    assert link(page, "n-councils") == (reverse("councils:council_list"), "3 councils")
    assert link(page, "n-active-groups")[1] == "4 active working groups"
    assert link(page, "n-jc-priorities")[1] == "2 Joint Councils priorities"
    assert link(page, "n-emerging-themes")[1] == "1 emerging theme of a council"


def test_active_groups_link_lists_the_active_groups(page, staff_client):
    href, _ = link(page, "n-active-groups")
    assert group_rows(follow(staff_client, href)) == ["Alpha", "Bravo", "Charlie", "Echo"]


def test_priority_links_list_each_kind(page, staff_client):
    jc = follow(staff_client, link(page, "n-jc-priorities")[0])
    assert "Digital Identity" in jc and "Old priority" in jc and "Privacy" not in jc
    themes = follow(staff_client, link(page, "n-emerging-themes")[0])
    assert "Privacy" in themes and "Digital Identity" not in themes


def test_groups_with_no_member_cochair(page, staff_client):
    href, text = link(page, "n-no-member-cochair")
    assert text == "2 groups with no member co-chair"
    # Delta is dormant: not counted, not listed.
    assert group_rows(follow(staff_client, href)) == ["Bravo", "Charlie"]


def test_vacant_seats(page, staff_client):
    href, text = link(page, "n-vacant-seats")
    assert text == "1 vacant co-chair seat in 1 group"
    assert group_rows(follow(staff_client, href)) == ["Charlie"]


def test_terms_ending_within_90_days(page, staff_client, world):
    href, text = link(page, "n-terms-ending")
    assert text == "1 co-chair term ending within 90 days"
    # Alpha's term (30 days) only: not Bravo's (120 days), not dormant Delta's (10 days).
    listed = follow(staff_client, href)
    assert row_headers(listed, "result-table") == [world.alpha_term.person.full_name]
    assert "1 co-chair term found." in listed


def test_groups_with_a_term_ending_soon_filter(page, staff_client):
    href = reverse("workinggroups:list") + "?status=active&term_ending_soon=true"
    assert href.replace("&", "&amp;") in page
    assert group_rows(follow(staff_client, href)) == ["Alpha"]


def test_overdue_milestones(page, staff_client):
    href, text = link(page, "n-overdue-milestones")
    assert text == "1 overdue milestone"
    # Not the one done late, not the one due later, not the dormant group's.
    assert row_headers(follow(staff_client, href), "result-table") == ["Publish the guide"]


def test_missing_or_stale_updates(page, staff_client):
    href, text = link(page, "n-stale-updates")
    assert text == "3 groups with a missing or stale status update"
    assert "Stale: no approved status update for a period that ended in the last 120 days." in page
    # Bravo's approved update is 200 days old, Charlie has none, Echo's is only submitted; Alpha's is 30 days old.
    assert group_rows(follow(staff_client, href)) == ["Bravo", "Charlie", "Echo"]


def test_outstanding_tasks_not_reviewed_for_six_months(page, staff_client):
    href, text = link(page, "n-tasks-review")
    assert text == "2 outstanding tasks not reviewed for six months"
    # Never reviewed first, then the one reviewed 7 months ago; not the one of 2 months ago, not the retired one.
    assert row_headers(follow(staff_client, href), "result-table") == ["High-value datasets", "Privacy impact guidance"]
    # Staff also get the review queue, which lists the same tasks.
    queue = follow(staff_client, reverse("reporting:task_review_queue"))
    assert "High-value datasets" in queue and "Privacy impact guidance" in queue and "Cloud requirements" not in queue


def test_islands(page, staff_client):
    href, text = link(page, "n-islands")
    assert text == "2 groups aligned to no priority"
    # Charlie is aligned to a retired priority only; Echo to nothing.
    assert group_rows(follow(staff_client, href)) == ["Charlie", "Echo"]


def test_short_term_outcomes_with_no_group(page, staff_client):
    href, text = link(page, "n-uncovered-outcomes")
    assert text == "2 short-term outcomes with no group"
    assert href == reverse("dashboards:coverage") + "#uncovered"
    coverage = follow(staff_client, href.split("#")[0])
    uncovered = coverage.split('id="uncovered"')[1].split("</div>")[0]
    # ST3 has no group; ST4 only a dormant one.
    assert "ST3: Short outcome 3" in uncovered and "ST4: Short outcome 4" in uncovered
    assert "ST1" not in uncovered and "ST2" not in uncovered


def test_member_reads_the_overview_without_the_review_queue_link(world, member_client):
    response = member_client.get(OVERVIEW)
    assert response.status_code == 200
    page = response.content.decode()
    assert link(page, "n-tasks-review")[1] == "2 outstanding tasks not reviewed for six months"
    assert reverse("reporting:task_review_queue") not in page
    # The list behind the number is readable by members.
    assert member_client.get(link(page, "n-tasks-review")[0]).status_code == 200


def test_every_number_links_somewhere_the_reader_may_go(page, member_client):
    for link_id in (
        "n-councils",
        "n-active-groups",
        "n-jc-priorities",
        "n-emerging-themes",
        "n-no-member-cochair",
        "n-vacant-seats",
        "n-terms-ending",
        "n-overdue-milestones",
        "n-stale-updates",
        "n-tasks-review",
        "n-islands",
        "n-uncovered-outcomes",
    ):
        href, text = link(page, link_id)
        assert text[0].isdigit(), link_id
        assert member_client.get(href.split("#")[0]).status_code == 200, link_id


def test_overview_links_each_priority_dashboard(page, world):
    assert reverse("dashboards:priority", args=["digital-identity"]) in page
    assert reverse("dashboards:priority", args=["old-priority"]) not in page


def test_french_overview(world, staff_client):
    response = staff_client.get("/fr/dashboard/")
    assert response.status_code == 200
    assert response.wsgi_request.LANGUAGE_CODE == "fr"
    assert link(response.content.decode(), "n-no-member-cochair")[0].startswith("/fr/working-groups/")
