"""Exports: formula escaping in CSV and XLSX, the list's filters applied, translated headers, permissions."""

import csv
import io

import pytest
from openpyxl import load_workbook

from dataio.export_specs import EXPORTS
from dataio.fileformats import escape_formula, export_bytes
from tests import factories
from tests.workinggroups.factories import MilestoneFactory

EVIL = '=HYPERLINK("http://evil.example/x","click")'


def read_csv(response) -> list[list[str]]:
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def read_xlsx(response):
    workbook = load_workbook(io.BytesIO(response.content))
    return workbook.worksheets[0]


@pytest.mark.parametrize(
    "value",
    ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", EVIL],
)
def test_escape_formula_prefixes_a_quote(value):
    assert escape_formula(value) == "'" + value


@pytest.mark.parametrize("value", ["Open Government", "", "a=b", 12, -3, None])
def test_escape_formula_leaves_other_values(value):
    assert escape_formula(value) == value


def test_export_bytes_writes_no_formula_in_xlsx():
    rows = [{"name": EVIL}, {"name": "-2+3"}, {"name": "plain"}]
    content = export_bytes(rows, [("Name", lambda row: row["name"])], "xlsx")
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    cells = [cell for (cell,) in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in cells] == ["'" + EVIL, "'-2+3", "plain"]
    assert all(cell.data_type == "s" for cell in cells)


@pytest.fixture
def evil_group(db, council):
    group = factories.WorkingGroupFactory(slug="evil", name_en=EVIL, name_fr=EVIL, acronym_en="", acronym_fr="")
    factories.ReportingLineFactory(working_group=group, council=council)
    return group


def test_working_group_named_like_a_formula_is_escaped_in_csv(staff_client, evil_group):
    response = staff_client.get("/en/data/export/working-groups.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0][0] == "Working group"
    names = [row[0] for row in rows[1:]]
    assert "'" + EVIL in names
    assert EVIL not in names


def test_working_group_named_like_a_formula_is_a_string_in_xlsx(staff_client, evil_group):
    response = staff_client.get("/en/data/export/working-groups.xlsx")
    assert response.status_code == 200
    sheet = read_xlsx(response)
    cell = next(row[0] for row in sheet.iter_rows(min_row=2) if "HYPERLINK" in str(row[0].value))
    assert cell.data_type == "s"
    assert cell.value == "'" + EVIL


def test_export_applies_the_list_filters_on_every_page(staff_client, council):
    for n in range(30):  # more than one page of the list (25 a page)
        group = factories.WorkingGroupFactory(slug=f"active-{n}", name_en=f"Active {n:02}", status="active")
        factories.ReportingLineFactory(working_group=group, council=council)
    factories.WorkingGroupFactory(slug="dormant-one", name_en="Dormant One", status="dormant")
    rows = read_csv(staff_client.get("/en/data/export/working-groups.csv?status=active&page=2"))
    names = {row[0] for row in rows[1:]}
    assert len(names) == 30
    assert "Dormant One" not in names
    rows = read_csv(staff_client.get("/en/data/export/working-groups.csv?status=dormant"))
    assert [row[0] for row in rows[1:]] == ["Dormant One"]


def test_export_headers_and_content_in_french(staff_client, council):
    factories.WorkingGroupFactory(slug="ogov", name_en="Open Government", name_fr="Gouvernement ouvert", status="active")
    rows = read_csv(staff_client.get("/fr/data/export/working-groups.csv"))
    assert "Gouvernement ouvert" in [row[0] for row in rows[1:]]
    english = read_csv(staff_client.get("/en/data/export/working-groups.csv"))
    assert "Open Government" in [row[0] for row in english[1:]]


def test_people_export_uses_the_people_filters(staff_client):
    factories.PersonFactory(given_name="Ada", family_name="Lovelace", email="ada@example.org")
    factories.PersonFactory(given_name="Bob", family_name="Builder", email="bob@example.org")
    rows = read_csv(staff_client.get("/en/data/export/people.csv?q=lovelace"))
    assert [row[:2] for row in rows[1:]] == [["Lovelace", "Ada"]]


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_export_answers_for_the_secretariat(staff_client, council, name):
    query = "?council=jc" if name == "council-members" else ""
    for fmt in ("csv", "xlsx"):
        response = staff_client.get(f"/en/data/export/{name}.{fmt}{query}")
        assert response.status_code == 200, (name, fmt)


def test_export_refused_to_an_outsider(personas):
    assert personas["outsider"].get("/en/data/export/working-groups.csv").status_code == 403
    assert personas["member"].get("/en/data/export/working-groups.csv").status_code == 200
    # The review queue is the secretariat's: its export is too.
    assert personas["member"].get("/en/data/export/status-updates.csv").status_code == 403
    assert personas["member"].get("/en/data/export/outstanding-tasks.csv").status_code == 403
    assert personas["anonymous"].get("/en/data/export/working-groups.csv").status_code == 302


def test_unknown_export_or_format_is_404(staff_client):
    assert staff_client.get("/en/data/export/nothing.csv").status_code == 404
    assert staff_client.get("/en/data/export/people.pdf").status_code == 404


def test_list_pages_offer_the_download_links_with_their_filters(staff_client, council):
    page = staff_client.get("/en/working-groups/?status=active&page=1").content.decode()
    assert "/en/data/export/working-groups.csv?status=active" in page
    assert "/en/data/export/working-groups.xlsx?status=active" in page
    for url, name in [
        ("/en/people/", "people"),
        ("/en/organisations/", "organisations"),
        ("/en/councils/", "councils"),
        ("/en/councils/jc/", "council-members"),
        ("/en/priorities/", "priorities"),
    ]:
        page = staff_client.get(url).content.decode()
        assert f"/en/data/export/{name}.csv" in page, url


def test_import_link_only_for_the_secretariat(personas):
    assert "/en/data/import/" in personas["secretariat"].get("/en/people/").content.decode()
    assert "/en/data/import/" not in personas["member"].get("/en/people/").content.decode()


def test_meeting_and_reporting_lists_offer_the_download_links(staff_client, cochair_group):
    for url, name in [
        ("/en/meetings/?status=held", "meetings.csv?status=held"),
        ("/en/meetings/action-items/", "action-items.csv"),
        ("/en/reporting/review/", "status-updates.csv"),
        ("/en/reporting/tasks/review/", "outstanding-tasks.csv"),
        (f"/en/reporting/groups/{cochair_group.slug}/workplan/", f"milestones.csv?group={cochair_group.slug}"),
    ]:
        page = staff_client.get(url).content.decode()
        assert f"/en/data/export/{name}" in page, url


def test_milestones_export_of_one_group(staff_client, cochair_group, other_group):
    from workinggroups.models import Milestone

    Milestone.objects.create(working_group=cochair_group, title_en="Draft the guide", title_fr="Rédiger le guide")
    Milestone.objects.create(working_group=other_group, title_en="Other work", title_fr="Autre travail")
    rows = read_csv(staff_client.get(f"/en/data/export/milestones.csv?group={cochair_group.slug}"))
    assert [row[1] for row in rows[1:]] == ["Draft the guide"]
    rows = read_csv(staff_client.get(f"/fr/data/export/milestones.csv?group={cochair_group.slug}"))
    assert [row[1] for row in rows[1:]] == ["Rédiger le guide"]


def test_xlsx_has_a_frozen_header_fitted_columns_and_real_dates():
    import datetime

    rows = [
        {"name": "Digital Identity Working Group", "due": datetime.date(2020, 9, 22), "note": "short"},
        {"name": "IMSC", "due": None, "note": "a\nmuch longer second line of the note"},
    ]
    columns = [("Working group", lambda r: r["name"]), ("Due", lambda r: r["due"]), ("Note", lambda r: r["note"])]
    sheet = load_workbook(io.BytesIO(export_bytes(rows, columns, "xlsx"))).worksheets[0]

    assert sheet.freeze_panes == "A2"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABC"}
    assert widths["A"] == len("Digital Identity Working Group") + 2
    assert widths["B"] == 12  # a date: ten characters and the margin (the header "Due" is shorter)
    assert widths["C"] == len("much longer second line of the note") + 2
    due = sheet["B2"]
    assert due.is_date and due.value.date() == datetime.date(2020, 9, 22) and due.number_format == "yyyy-mm-dd"


def test_xlsx_column_widths_stay_within_limits():
    from dataio.fileformats import MAX_WIDTH, MIN_WIDTH, column_widths

    assert column_widths(["N"], [[1]]) == [MIN_WIDTH]
    assert column_widths(["Mandate"], [["x" * 500]]) == [MAX_WIDTH]


SEPARATOR_TITLES = ["Kick-off;=cmd|'/C calc'!A0;", "Kick-off,=cmd|'/C calc'!A0,", "Plan; +1; -2; @SUM(A1)"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def milestones_with_separators(db, cochair_group):
    for title in SEPARATOR_TITLES:
        MilestoneFactory(working_group=cochair_group, title_en=title, title_fr=title)


def test_a_formula_after_a_comma_or_semicolon_is_neutralised_in_csv(staff_client, milestones_with_separators):
    """French-Canadian Excel splits a CSV on ";": no piece of a line, split on "," or ";", may start a formula."""
    response = staff_client.get("/en/data/export/milestones.csv")
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    for delimiter in (",", ";"):
        # A reader that honours quotes, and one that does not: neither finds a cell that starts a formula.
        cells = [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]
        cells += [piece for line in text.splitlines() for piece in line.split(delimiter)]
        bad = [cell for cell in cells if cell.strip().lstrip('"').lstrip().startswith(FORMULA_STARTS)]
        assert bad == [], (delimiter, bad)
    # A reader that splits on "," as the file does gets each title whole, in one cell, with nothing lost.
    titles = [row[1] for row in read_csv(response)[1:]]
    assert sorted(titles) == sorted(["Kick-off;'=cmd|'/C calc'!A0;", "Kick-off,'=cmd|'/C calc'!A0,", "Plan; '+1; '-2; '@SUM(A1)"])


def test_a_csv_export_imports_back_with_its_separators_unchanged():
    from dataio.fileformats import to_csv
    from dataio.imports import _read_csv

    body = [[title] for title in SEPARATOR_TITLES]
    rows = _read_csv(to_csv(["title"], body))
    assert [texts for _number, texts in rows[1:]] == body


def test_a_formula_after_a_separator_is_a_plain_string_in_xlsx(staff_client, milestones_with_separators):
    """XLSX has no separators: the title is kept as it is, stored as a string, never a formula."""
    sheet = read_xlsx(staff_client.get("/en/data/export/milestones.xlsx"))
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert sorted(cell.value for cell in cells) == sorted(SEPARATOR_TITLES)
    assert all(cell.data_type == "s" for cell in cells)
