"""Import: bad files refused cleanly, one bad row -> nothing saved and an error per row, preview then confirm.

The preview and the confirmation are jobs (dataio.tasks.run_import_job); here Celery runs them in-process (eager),
as `make run` does without Redis, once the request's transaction commits. A real worker runs them in
test_import_jobs.py.
"""

import csv
import datetime
import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from openpyxl import Workbook, load_workbook

from councils.models import Organisation, Person
from dataio import import_kinds, imports
from dataio.models import ImportJob
from jointcouncils.celery import app as celery_app
from tests import factories
from workinggroups.models import CochairSeat, CochairTerm, WorkingGroup

URL = "/en/data/import/"


@pytest.fixture(autouse=True)
def eager_jobs(settings):
    """Import jobs run in this process as soon as they are sent (the in-process mode of `make run`)."""
    saved = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    settings.CELERY_TASK_ALWAYS_EAGER = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = saved


def _followed(client, response):
    """The job's page after the redirect of an upload or a confirmation."""
    if response.status_code == 302:
        return client.get(response["Location"])
    return response


def csv_file(rows, name="people.csv") -> SimpleUploadedFile:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode("utf-8"), content_type="text/csv")


def xlsx_file(rows, name="people.xlsx") -> SimpleUploadedFile:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/octet-stream")


def upload(client, kind, file, language="en"):
    """Upload, let the preview job run (on commit), and return the page the user lands on."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/{language}/data/import/", {"kind": kind, "file": file})
    return _followed(client, response)


def confirm(client, preview_response):
    """Confirm the preview shown, let the import job run, and return the job's page."""
    job = preview_response.context["job"]
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/en/data/import/jobs/{job.pk}/confirm/")
    assert response.status_code == 302
    return _followed(client, response)


@pytest.fixture
def ontario(db):
    jurisdiction = factories.JurisdictionFactory(code="on", name_en="Ontario", name_fr="Ontario", level="provincial")
    return factories.OrganisationFactory(
        jurisdiction=jurisdiction, name_en="Ministry of Government Services", acronym_en="MGS", acronym_fr="MSG"
    )


PEOPLE_HEADER = ["given_name", "family_name", "email", "organisation", "organisation_jurisdiction", "preferred_language"]


# Refusals --------------------------------------------------------------------------------------------------


def test_random_bytes_named_xlsx_are_refused(staff_client):
    response = upload(staff_client, "people", SimpleUploadedFile("roster.xlsx", os.urandom(4096)))
    assert response.status_code == 200
    assert "This file is not a CSV or XLSX spreadsheet." in response.content.decode()
    assert Person.objects.count() == 0


def test_a_zip_that_is_not_a_workbook_is_refused(staff_client):
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    response = upload(staff_client, "people", SimpleUploadedFile("roster.xlsx", buffer.getvalue()))
    assert "This file is not a CSV or XLSX spreadsheet." in response.content.decode()


def test_empty_file_is_refused(staff_client):
    response = upload(staff_client, "people", SimpleUploadedFile("empty.csv", b""))
    assert response.status_code == 200
    assert "empty" in response.content.decode()
    response = upload(staff_client, "people", csv_file([PEOPLE_HEADER]))
    assert "The file has a header row but no data rows." in response.content.decode()


def test_wrong_and_missing_columns_are_named(staff_client):
    response = upload(staff_client, "people", csv_file([["given_name", "shoe_size"], ["Ada", "7"]]))
    page = response.content.decode()
    assert "Missing columns: Family name." in page
    assert "Unknown columns: shoe_size." in page
    assert Person.objects.count() == 0


def test_file_over_5_mb_is_refused_in_both_languages(staff_client):
    big = b"given_name,family_name\n" + b"a,b\n" * (1_400_000)
    response = upload(staff_client, "people", SimpleUploadedFile("big.csv", big))
    assert "The file is larger than 5 MB: split it into smaller files." in response.content.decode()
    response = upload(staff_client, "people", SimpleUploadedFile("big.csv", big), language="fr")
    assert "Le fichier dépasse 5\u00a0Mo\u00a0: divisez-le en fichiers plus petits." in response.content.decode()
    assert ImportJob.objects.count() == 0


def test_more_than_10000_rows_are_refused_in_both_languages(staff_client):
    rows = [["given_name", "family_name"]] + [[f"A{n}", "B"] for n in range(10_001)]
    response = upload(staff_client, "people", csv_file(rows))
    assert response.status_code == 200
    assert "The file has more than 10,000 rows: split it into smaller files." in response.content.decode()
    response = upload(staff_client, "people", csv_file(rows), language="fr")
    page = response.content.decode()
    assert "Le fichier compte plus de 10\u00a0000 lignes\u00a0: divisez-le en fichiers plus petits." in page
    assert Person.objects.count() == 0
    assert ImportJob.objects.count() == 0


def test_the_caps_are_settings_and_the_form_states_them(staff_client, settings):
    settings.IMPORT_MAX_ROWS = 3
    settings.IMPORT_MAX_BYTES = 2 * 1024 * 1024
    page = staff_client.get(URL).content.decode()
    assert "Spreadsheet file (XLSX or CSV, at most 2 MB and 3 rows)" in page
    french = staff_client.get("/fr/data/import/").content.decode()
    assert "au plus 2\u00a0Mo et 3\u00a0lignes" in french
    rows = [["given_name", "family_name"]] + [[f"A{n}", "B"] for n in range(4)]
    assert "The file has more than 3 rows" in upload(staff_client, "people", csv_file(rows)).content.decode()
    three = upload(staff_client, "people", csv_file(rows[:4]))
    assert three.context["job"].row_count == 3
    big = SimpleUploadedFile("big.csv", b"given_name,family_name\n" + b"a,b\n" * 600_000)
    assert "The file is larger than 2 MB" in upload(staff_client, "people", big).content.decode()


def test_only_the_secretariat_imports(personas):
    assert personas["member"].get(URL).status_code == 403
    assert personas["cochair"].get(URL).status_code == 403
    assert personas["secretariat"].get(URL).status_code == 200
    response = personas["cochair"].post(URL, {"kind": "people", "file": csv_file([PEOPLE_HEADER, ["A", "B"]])})
    assert response.status_code == 403
    assert Person.objects.filter(given_name="A").count() == 0


# One bad row among good ones -------------------------------------------------------------------------------


def test_one_bad_row_among_good_ones_saves_nothing_and_reports_each_row(staff_client, ontario):
    rows = [
        PEOPLE_HEADER,
        ["Ada", "Lovelace", "ada@example.org", "MGS", "on", "en"],
        ["Bob", "Builder", "not-an-email", "MGS", "on", "fr"],
        ["Cy", "Young", "cy@example.org", "Nowhere Agency", "", "en"],
        ["Di", "Prince", "di@example.org", "", "", "klingon"],
    ]
    response = upload(staff_client, "people", csv_file(rows))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Nothing can be imported from this file" in page
    assert "Confirm import" not in page
    # Row numbers as the spreadsheet shows them (the header is row 1), the column, and the message.
    result_rows = response.context["result"].rows
    errors = {row.number: row.errors for row in result_rows if row.errors}
    assert set(errors) == {3, 4, 5}
    assert errors[3][0][0] == "Email"
    assert errors[4] == [("Organisation", "No organisation is named “Nowhere Agency”.")]
    assert errors[5][0][0] == "Preferred official language"
    assert Person.objects.count() == 0


def test_every_error_of_a_row_is_reported_at_once(staff_client, ontario):
    rows = [
        PEOPLE_HEADER,
        ["", "Builder", "not-an-email", "Nowhere Agency", "zz", "klingon"],
    ]
    response = upload(staff_client, "people", csv_file(rows))

    (row,) = response.context["result"].rows
    columns = [column for column, _message in row.errors]
    # Given name missing, unknown jurisdiction, unknown organisation, unknown language, and the bad email: one upload.
    assert sorted(columns) == sorted(
        ["Given name", "Organisation's jurisdiction code", "Organisation", "Preferred official language", "Email"]
    )
    assert Person.objects.count() == 0


def test_errors_are_in_the_users_language(staff_client, ontario):
    rows = [PEOPLE_HEADER, ["Bob", "Builder", "not-an-email", "MGS", "on", "fr"]]
    response = upload(staff_client, "people", csv_file(rows), language="fr")
    assert response.status_code == 200
    (_column, message) = response.context["result"].rows[0].errors[0]
    assert "adresse" in message  # Django's own French message for an invalid email
    assert Person.objects.count() == 0


def test_a_service_rule_is_an_error_of_its_row(staff_client, cochair_group):
    for number in (1, 2, 3):
        CochairSeat.objects.create(working_group=cochair_group, number=number)
    person = factories.PersonFactory(email="ann@example.org")
    rows = [
        ["group", "seat", "person_email", "start_date", "end_date"],
        ["death-notification", "1", "ann@example.org", "2020-01-01", "2021-01-01"],
        ["death-notification", "1", "ann@example.org", "2020-06-01", ""],  # overlaps row 2
        ["death-notification", "4", "ann@example.org", "2020-01-01", ""],  # a fourth seat
        ["death-notification", "2", "ann@example.org", "2020-05-01", "2020-01-01"],  # ends before it starts
    ]
    response = upload(staff_client, "seats-terms", csv_file(rows, "terms.csv"))
    errors = {row.number: row.errors for row in response.context["result"].rows if row.errors}
    assert set(errors) == {3, 4, 5}
    assert "overlaps" in errors[3][0][1]
    assert "at most three" in errors[4][0][1]
    assert errors[5][0][0] == "End date"
    assert CochairTerm.objects.filter(person=person).count() == 0


# A good file -----------------------------------------------------------------------------------------------


def test_good_file_preview_then_confirm_saves_all_with_history(staff_client, secretariat_user, ontario):
    existing = factories.PersonFactory(
        given_name="Ada", family_name="Byron", email="ada@example.org", organisation=None, preferred_language="en"
    )
    rows = [
        ["Prénom", "Nom de famille", "Courriel", "organisation", "organisation_jurisdiction", "langue"],
        ["Ada", "Lovelace", "ada@example.org", "MGS", "on", "en"],
        ["Bob", "Builder", "bob@example.org", "Ministry of Government Services", "on", "français"],
    ]
    response = upload(staff_client, "people", xlsx_file(rows, "roster 2020.xlsx"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Confirm import" in page
    result = response.context["result"]
    assert [row.action for row in result.rows] == ["change", "create"]
    assert ("Family name", "Byron", "Lovelace") in result.rows[0].changes
    assert "Byron → Lovelace" in page
    # The preview saved nothing.
    assert Person.objects.count() == 1
    existing.refresh_from_db()
    assert existing.family_name == "Byron"

    job = response.context["job"]
    assert job.stage == ImportJob.Stage.PREVIEW and job.status == ImportJob.Status.DONE
    done = confirm(staff_client, response)
    assert "Imported roster 2020.xlsx: 1 created, 1 changed, 0 unchanged." in done.content.decode()
    assert Person.objects.count() == 2
    bob = Person.objects.get(email="bob@example.org")
    assert bob.organisation == ontario
    assert bob.preferred_language == "fr"
    existing.refresh_from_db()
    assert existing.family_name == "Lovelace"
    for person in (bob, existing):
        latest = person.history.order_by("-history_date").first()
        assert latest.history_user == secretariat_user
        assert latest.history_change_reason == "Import: roster 2020.xlsx"

    # A second confirmation of the same preview imports nothing twice.
    with TestCase.captureOnCommitCallbacks(execute=True):
        again = staff_client.post(f"/en/data/import/jobs/{job.pk}/confirm/", follow=True)
    assert "already applied or has expired" in again.content.decode()
    assert Person.objects.count() == 2
    assert bob.history.count() == 1


def test_importing_the_same_file_again_changes_nothing(staff_client, ontario):
    rows = [PEOPLE_HEADER, ["Ada", "Lovelace", "ada@example.org", "MGS", "on", "en"]]
    response = upload(staff_client, "people", csv_file(rows))
    confirm(staff_client, response)
    response = upload(staff_client, "people", csv_file(rows))
    assert [row.action for row in response.context["result"].rows] == ["unchanged"]
    confirm(staff_client, response)
    assert Person.objects.count() == 1
    assert Person.objects.get().history.count() == 1


def test_confirm_revalidates_and_stays_all_or_nothing(staff_client, ontario):
    rows = [PEOPLE_HEADER, ["Ada", "Lovelace", "ada@example.org", "MGS", "on", "en"], ["Bob", "B", "", "MGS", "on", "en"]]
    response = upload(staff_client, "people", csv_file(rows))
    ontario.delete()  # the organisation the rows name is gone before confirmation
    done = confirm(staff_client, response)
    assert "Nothing was imported: the file no longer applies cleanly." in done.content.decode()
    assert done.context["result"].errors
    assert not done.context["job"].applied
    assert Person.objects.count() == 0


def test_another_user_cannot_see_or_confirm_a_job(staff_client, ontario, personas):
    rows = [PEOPLE_HEADER, ["Ada", "Lovelace", "ada@example.org", "MGS", "on", "en"]]
    job = upload(staff_client, "people", csv_file(rows)).context["job"]
    colleague = factories.UserFactory(username="colleague", is_staff=True, roles=["secretariat"])
    other = type(staff_client)()
    other.force_login(colleague)
    for url in (f"/en/data/import/jobs/{job.pk}/", f"/en/data/import/jobs/{job.pk}/status/"):
        assert other.get(url).status_code == 404
        assert personas["cochair"].get(url).status_code == 403
        assert personas["anonymous"].get(url).status_code == 302
    assert other.post(f"/en/data/import/jobs/{job.pk}/confirm/").status_code == 404
    assert personas["cochair"].post(f"/en/data/import/jobs/{job.pk}/confirm/").status_code == 403
    assert not Person.objects.filter(email="ada@example.org").exists()
    job.refresh_from_db()
    assert job.stage == ImportJob.Stage.PREVIEW


def test_organisations_working_groups_seats_and_terms(staff_client, council, ontario):
    def run(kind, rows, name):
        response = upload(staff_client, kind, csv_file(rows, name))
        assert response.context["result"].ok, response.context["result"].errors
        assert confirm(staff_client, response).context["job"].applied

    run(
        "organisations",
        [
            ["jurisdiction", "name_en", "name_fr", "acronym_en", "kind"],
            ["on", "Ministry of Government Services", "Ministère des Services gouvernementaux", "MGS", "ministry"],
            ["on", "Ontario Digital Service", "Service numérique de l'Ontario", "ODS", "agency"],
        ],
        "orgs.csv",
    )
    ontario.refresh_from_db()
    assert ontario.name_fr == "Ministère des Services gouvernementaux"
    assert Organisation.objects.get(acronym_en="ODS").kind == "agency"

    run(
        "working-groups",
        [
            ["slug", "name_en", "name_fr", "kind", "status", "start_date", "council"],
            ["open-source", "Open Source", "Code source ouvert", "working group", "active", "2020-09-10", "jc"],
        ],
        "groups.csv",
    )
    group = WorkingGroup.objects.get(slug="open-source")
    assert group.name_fr == "Code source ouvert"
    assert group.current_council == council
    assert group.history.first().history_change_reason == "Import: groups.csv"

    factories.PersonFactory(given_name="Ann", family_name="Chair", email="ann@example.org")
    run(
        "seats-terms",
        [
            ["group", "seat", "person_email", "holder_organisation", "holder_organisation_jurisdiction", "start_date"],
            ["open-source", "1", "ann@example.org", "", "", "2020-09-10"],
            ["open-source", "2", "", "ODS", "on", "2020-09-10"],
            ["open-source", "3", "", "", "", ""],
        ],
        "seats.csv",
    )
    seats = list(group.seats.order_by("number"))
    assert [seat.number for seat in seats] == [1, 2, 3]
    assert seats[0].terms.get().person.email == "ann@example.org"
    assert seats[1].terms.get().organisation.acronym_en == "ODS"
    assert not seats[2].terms.exists()

    # Ending a term through an import: a change, with the old and new end dates.
    response = upload(
        staff_client,
        "seats-terms",
        csv_file([["group", "seat", "start_date", "end_date"], ["open-source", "1", "2020-09-10", "2021-09-09"]], "end.csv"),
    )
    row = response.context["result"].rows[0]
    assert row.action == "change"
    assert row.changes[0][:2] == ("End date", "—")
    assert "2021" in row.changes[0][2]
    confirm(staff_client, response)
    assert seats[0].terms.get().end_date == datetime.date(2021, 9, 9)


def test_templates_download_with_the_expected_columns(staff_client):
    response = staff_client.get("/en/data/import/template/people.xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    headers = [cell.value for cell in workbook["import"][1]]
    assert headers == [column.key for column in import_kinds.KINDS["people"].columns]
    assert workbook["columns"]["A2"].value == "given_name"
    csv_template = staff_client.get("/en/data/import/template/seats-terms.csv").content.decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(csv_template)))[:2] == ["group", "seat"]
    assert staff_client.get("/en/data/import/template/nothing.csv").status_code == 404


def test_header_matching_accepts_keys_and_labels_in_both_languages():
    kind = import_kinds.KINDS["organisations"]
    positions = imports.match_headers(kind, ["Jurisdiction code", "name_en", "Nom (français)", "sigle_en"])
    assert positions == {0: "jurisdiction", 1: "name_en", 2: "name_fr", 3: "acronym_en"}


def test_exported_formula_escaping_is_undone_on_import():
    rows = imports.read_rows(b"given_name,family_name\n'=Ada,'-Lovelace\n'plain,O'Brien\n")
    assert rows[1][1] == ["=Ada", "-Lovelace"]
    assert rows[2][1] == ["'plain", "O'Brien"]


def test_semicolon_csv_from_a_french_excel_is_read():
    rows = imports.read_rows("Prénom;Nom de famille\r\nÉmile;Nelligan\r\n".encode("cp1252"))
    assert rows == [(1, ["Prénom", "Nom de famille"]), (2, ["Émile", "Nelligan"])]


def test_workbooks_are_parsed_through_defusedxml():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML


def test_a_300_character_file_name_imports_with_a_shortened_history_reason(staff_client, secretariat_user, ontario):
    """The history reason holds 100 characters: "Import: <file name>" is cut, as an attachment's reason is."""
    name = "r" * 296 + ".csv"
    rows = [PEOPLE_HEADER, ["Ada", "Lovelace", "ada@example.org", "MGS", "on", "en"]]
    response = upload(staff_client, "people", csv_file(rows, name))
    assert response.status_code == 200
    assert response.context["result"].ok
    assert confirm(staff_client, response).status_code == 200
    reason = Person.objects.get().history.get().history_change_reason
    assert reason.startswith("Import: rrrr")
    assert len(reason) == 100
