"""Search from the header box, import a spreadsheet (upload, preview, confirm) and download an export, in a real
browser; axe-core finds no WCAG 2.1 A/AA violation on the search, import and preview pages in both languages."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from councils.models import Person
from dataio import import_kinds, jobs
from dataio.imports import parse_file
from dataio.models import ImportJob
from jointcouncils.celery import app as celery_app
from tests import factories
from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD


@pytest.fixture
def identity_priority(db, council):
    return factories.PriorityFactory(
        slug="digital-identity", name_en="Digital Identity", name_fr="Identité numérique", council=council
    )


def people_csv(tmp_path, name="roster.csv"):
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["given_name", "family_name", "email"])
        writer.writerow(["Ada", "Lovelace", "ada@example.org"])
        writer.writerow(["Émile", "Nelligan", "emile@example.org"])
    return path


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_header_search_finds_identite_without_its_accent(page, secretariat_user, identity_priority, browser_errors, lang):
    login(page, "staff", PASSWORD, lang=lang)
    page.goto(f"/{lang}/working-groups/")
    page.locator("#site-search").fill("identite")
    page.locator(".header-search button").click()
    expect(page).to_have_url(re.compile(rf"/{lang}/search/\?q=identite$"))
    expected = "Identité numérique" if lang == "fr" else "Digital Identity"
    expect(page.get_by_role("link", name=expected)).to_be_visible()
    assert_no_axe_violations(page)
    assert browser_errors == []


@pytest.fixture
def eager_jobs(settings):
    """The import jobs run in the live server's process, as `make run` runs them without Redis."""
    saved = celery_app.conf.task_always_eager
    settings.CELERY_TASK_ALWAYS_EAGER = True
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = saved


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_staff_import_a_file_after_its_preview(page, secretariat_user, tmp_path, browser_errors, eager_jobs, lang):
    login(page, "staff", PASSWORD, lang=lang)
    page.goto(f"/{lang}/data/import/")
    assert_no_axe_violations(page)
    page.locator("input[name=kind][value=people]").check()
    page.locator("input[name=file]").set_input_files(str(people_csv(tmp_path)))
    page.locator("form.import-form button[type=submit]").click()

    expect(page.locator("h1")).to_contain_text("roster.csv")
    expect(page.locator("table.import-preview tbody tr")).to_have_count(2)
    assert_no_axe_violations(page)
    assert not Person.objects.filter(email="ada@example.org").exists()  # the preview saved nothing
    page.locator("form[action$='/confirm/'] button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/{lang}/data/import/jobs/\d+/$"))
    expect(page.locator(".messages")).to_contain_text("roster.csv")
    assert_no_axe_violations(page)
    assert set(Person.objects.values_list("email", flat=True)) >= {"ada@example.org", "emile@example.org"}
    assert browser_errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_job_page_follows_a_running_import_and_shows_its_preview_when_done(
    page, secretariat_user, tmp_path, browser_errors, monkeypatch, lang
):
    data = people_csv(tmp_path).read_bytes()
    parsed = parse_file(kind=import_kinds.KINDS["people"], data=data, filename="roster.csv")
    # Saved, not sent: the job waits as it would for a busy worker.
    monkeypatch.setattr(jobs, "importjob_enqueue", lambda **kwargs: None)
    job = jobs.importjob_create(kind="people", parsed=parsed, by=secretariat_user, language=lang)
    assert ImportJob.objects.get(pk=job.pk).status == ImportJob.Status.QUEUED
    login(page, "staff", PASSWORD, lang=lang)
    page.goto(f"/{lang}/data/import/jobs/{job.pk}/")
    status = page.locator(f"#import-job-{job.pk}-status [role=status]")
    expect(status).to_contain_text("queue" if lang == "en" else "file des tâches")
    expect(page.locator(f"#import-job-{job.pk}-progress")).to_be_visible()
    assert_no_axe_violations(page)

    jobs.importjob_run(job_id=job.pk)  # the worker does its work; the page notices by itself

    expect(page.locator("table.import-preview tbody tr")).to_have_count(2, timeout=15_000)
    expect(page.locator("form[action$='/confirm/'] button[type=submit]")).to_be_visible()
    assert_no_axe_violations(page)
    assert browser_errors == []


@pytest.mark.browser
def test_a_bad_file_is_refused_with_a_message_linked_to_the_field(page, secretariat_user, tmp_path):
    bad = tmp_path / "roster.xlsx"
    bad.write_bytes(b"\x00\x01not a spreadsheet\xff" * 50)
    login(page, "staff", PASSWORD)
    page.goto("/en/data/import/")
    page.locator("input[name=kind][value=people]").check()
    page.locator("input[name=file]").set_input_files(str(bad))
    page.locator("form.import-form button[type=submit]").click()
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("This file is not a CSV or XLSX spreadsheet.")
    assert_no_axe_violations(page)


@pytest.mark.browser
def test_download_csv_from_the_groups_list(page, secretariat_user, cochair_group):
    login(page, "staff", PASSWORD)
    page.goto("/en/working-groups/?status=active")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename.startswith("working-groups-")
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "Working group"
    assert "Death Notification" in [row[0] for row in rows[1:]]
