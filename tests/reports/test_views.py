"""The report pages: who may build what, the parity refusal and "build anyway", htmx progress, download, retry.

Builds run in this process here (the queue and the worker are tested in test_jobs.py): either
reportbuild_request(enqueue=False) + reportbuild_run, or Celery in eager mode with the on-commit send captured.
"""

import io
import os

import pytest
from django.urls import reverse
from pypdf import PdfReader

from jointcouncils.celery import app as celery_app
from jointcouncils.translations import translation_url
from meetings.models import AgendaItem
from priorities.models import Priority
from reports.models import ReportBuild
from reports.services import reportbuild_fail, reportbuild_request, reportbuild_run
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_process_jobs(settings):
    """Celery runs jobs in this process (the embedded mode of `make run`); the app's conf is put back after."""
    saved = celery_app.conf.task_always_eager
    settings.CELERY_TASK_ALWAYS_EAGER = True
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = saved


def build_now(**kwargs) -> ReportBuild:
    build = reportbuild_request(enqueue=False, **kwargs)
    return build if build.status == ReportBuild.Status.DONE else reportbuild_run(build_id=build.pk)


def request_url(kind: str, target) -> str:
    return reverse("reports:request_build", args=[kind, target.pk])


def page_url(kind: str, target) -> str:
    return reverse("reports:target_builds", args=[kind, target.pk])


# Who may ask for which report --------------------------------------------------------------------------------------


def _targets(pack_meeting, cochair_group, other_group):
    return {
        "briefing_pack": pack_meeting,
        "wg_status": cochair_group,
        "orientation": cochair_group,
        "wg_status_other": other_group,
        "orientation_other": other_group,
        "priority_status": Priority.objects.get(slug="digital-identity"),  # of pack_meeting
    }


# What each persona gets when asking: 302 (accepted), 403, or "login" (sent to the log-in page).
ASK_MATRIX = {
    "secretariat": {
        "briefing_pack": 302,
        "wg_status": 302,
        "orientation": 302,
        "wg_status_other": 302,
        "orientation_other": 302,
        "priority_status": 302,
    },
    "cochair": {
        "briefing_pack": 403,
        "wg_status": 302,
        "orientation": 302,
        "wg_status_other": 403,
        "orientation_other": 403,
        "priority_status": 403,
    },
    "member": dict.fromkeys(
        ["briefing_pack", "wg_status", "orientation", "wg_status_other", "orientation_other", "priority_status"], 403
    ),
    "outsider": dict.fromkeys(
        ["briefing_pack", "wg_status", "orientation", "wg_status_other", "orientation_other", "priority_status"], 403
    ),
    "anonymous": dict.fromkeys(
        ["briefing_pack", "wg_status", "orientation", "wg_status_other", "orientation_other", "priority_status"], "login"
    ),
}


@pytest.mark.parametrize("persona", sorted(ASK_MATRIX))
def test_who_may_ask_for_which_report(personas, persona, pack_meeting, cochair_group, other_group):
    client = personas[persona]
    for name, target in _targets(pack_meeting, cochair_group, other_group).items():
        kind = name.removesuffix("_other")
        response = client.post(request_url(kind, target), {"language": "en"})
        expected = ASK_MATRIX[persona][name]
        if expected == "login":
            assert response.status_code == 302, name
            assert response["Location"].startswith(reverse("login")), name
        else:
            assert response.status_code == expected, (name, response.status_code)
        asked = ReportBuild.objects.filter(kind=kind, target_key=f"{_field(kind)}:{target.pk}")
        assert asked.exists() == (expected == 302), name


def _field(kind: str) -> str:
    return {"briefing_pack": "meeting", "priority_status": "priority"}.get(kind, "working_group")


@pytest.mark.parametrize(
    ("persona", "status"), [("secretariat", 200), ("cochair", 200), ("member", 200), ("outsider", 403), ("anonymous", "login")]
)
def test_who_may_read_the_builds_and_download(personas, persona, status, cochair_group, secretariat_user, media_root):
    build = build_now(kind="wg_status", target=cochair_group, language="en", by=secretariat_user)
    client = personas[persona]

    page = client.get(page_url("wg_status", cochair_group))
    download = client.get(reverse("reports:build_download", args=[build.pk]))

    if status == "login":
        for response in (page, download):
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("login"))
    else:
        assert page.status_code == status
        assert download.status_code == status
    if status == 200:
        assert build.sha256 in page.content.decode()
        assert download["Content-Type"] == "application/pdf"


def test_a_council_member_sees_no_build_button(member_client, staff_client, cochair_group):
    button = "Build in English and French"
    assert button not in member_client.get(page_url("wg_status", cochair_group)).content.decode()
    assert button in staff_client.get(page_url("wg_status", cochair_group)).content.decode()


def test_a_cochair_sees_the_build_button_on_their_own_group_only(cochair_client, cochair_group, other_group):
    button = "Build in English and French"
    assert button in cochair_client.get(page_url("orientation", cochair_group)).content.decode()
    assert button not in cochair_client.get(page_url("orientation", other_group)).content.decode()


def test_an_unknown_kind_is_not_found(staff_client, cochair_group):
    assert staff_client.get(reverse("reports:target_builds", args=["minutes", cochair_group.pk])).status_code == 404
    assert staff_client.post(reverse("reports:request_build", args=["minutes", cochair_group.pk])).status_code == 404


# Asking for a build, in process -------------------------------------------------------------------------------------


def test_asking_builds_both_editions_in_process_and_the_page_offers_them(
    staff_client, cochair_group, media_root, in_process_jobs, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        asked = staff_client.post(request_url("wg_status", cochair_group))
    response = staff_client.get(asked["Location"])

    assert asked.status_code == 302
    builds = {b.language: b for b in ReportBuild.objects.filter(working_group=cochair_group)}
    assert sorted(builds) == ["en", "fr"]
    assert {b.status for b in builds.values()} == {ReportBuild.Status.DONE}
    page = response.content.decode()
    assert "The report is being built. This page shows its progress." in page
    for build in builds.values():
        assert reverse("reports:build_download", args=[build.pk]) in page
        assert build.sha256 in page


# The parity refusal and "build anyway" ------------------------------------------------------------------------------


@pytest.fixture
def meeting_missing_french(pack_meeting):
    item = AgendaItem.objects.get(meeting=pack_meeting)
    item.decision_sought_fr = ""
    item.save()
    return pack_meeting


def test_parity_page_lists_the_missing_texts_with_links_and_builds_nothing(staff_client, meeting_missing_french):
    meeting = meeting_missing_french

    response = staff_client.post(request_url("briefing_pack", meeting), {"language": ["en", "fr"]})

    assert response.status_code == 409
    page = response.content.decode()
    assert "Some text is missing in one language" in page
    assert "Agenda item: Digital identity progress report" in page
    assert "decision sought" in page
    # The link leads to the form that fills in the agenda item's French.
    item = meeting.agenda_items.get()
    assert f'<a href="{translation_url(item)}">Open Agenda item: Digital identity progress report</a>' in page
    assert "Build anyway, marked DRAFT" in page
    # The "build anyway" form asks for the same languages again.
    assert page.count('<input type="hidden" name="language"') == 2
    assert not ReportBuild.objects.exists()


def test_build_anyway_creates_draft_builds(staff_client, meeting_missing_french):
    meeting = meeting_missing_french

    response = staff_client.post(request_url("briefing_pack", meeting), {"language": ["en", "fr"], "build_anyway": "1"})

    assert response.status_code == 302
    builds = list(ReportBuild.objects.filter(meeting=meeting))
    assert sorted(b.language for b in builds) == ["en", "fr"]
    assert all(b.draft for b in builds)


def test_build_anyway_stamps_draft_on_the_pdf_built_from_the_page(
    staff_client, meeting_missing_french, in_process_jobs, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(request_url("briefing_pack", meeting_missing_french), {"language": "en", "build_anyway": "1"})

    build = ReportBuild.objects.get(meeting=meeting_missing_french)
    assert build.status == ReportBuild.Status.DONE, build.error
    reader = PdfReader(build.file.path)
    assert all("DRAFT" in page.extract_text() for page in reader.pages)
    assert "DRAFT" in staff_client.get(page_url("briefing_pack", meeting_missing_french)).content.decode()


def test_only_the_secretariat_may_build_anyway(cochair_client, cochair_group):
    cochair_group.mandate_fr = ""
    cochair_group.save()

    refused = cochair_client.post(request_url("wg_status", cochair_group), {"language": "en"})
    assert refused.status_code == 409
    assert "Build anyway" not in refused.content.decode()
    assert "Only the secretariat can build a DRAFT" in refused.content.decode()

    assert cochair_client.post(request_url("wg_status", cochair_group), {"build_anyway": "1"}).status_code == 403
    assert not ReportBuild.objects.exists()


# Progress (htmx), download, retry -----------------------------------------------------------------------------------


def test_status_fragment_polls_while_queued_and_offers_the_download_when_done(
    staff_client, cochair_group, secretariat_user, media_root
):
    build = reportbuild_request(kind="wg_status", target=cochair_group, language="fr", by=secretariat_user, enqueue=False)
    url = reverse("reports:build_status", args=[build.pk])

    queued = staff_client.get(url, headers={"HX-Request": "true"})

    assert queued.status_code == 200
    fragment = queued.content.decode()
    assert fragment.lstrip().startswith(f'<div class="build-status" id="build-{build.pk}-status"')
    assert f'hx-get="{url}"' in fragment
    assert 'hx-trigger="every 2s"' in fragment
    assert "Waiting for the job queue" in fragment
    assert "<html" not in fragment  # a fragment, not a page
    assert reverse("reports:build_download", args=[build.pk]) not in fragment

    reportbuild_run(build_id=build.pk)
    done = staff_client.get(url, headers={"HX-Request": "true"}).content.decode()

    assert "hx-get" not in done  # finished: the polling stops
    assert f'href="{reverse("reports:build_download", args=[build.pk])}"' in done
    assert "Download the PDF (French" in done


def test_download_is_a_pdf_with_a_filename(member_client, cochair_group, secretariat_user, media_root):
    build = build_now(kind="wg_status", target=cochair_group, language="fr", by=secretariat_user)

    response = member_client.get(reverse("reports:build_download", args=[build.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="rapport-detape-du-groupe-de-travail-notification-de-deces-fr.pdf"'
    )
    body = b"".join(response.streaming_content)
    assert len(PdfReader(io.BytesIO(body)).pages) == build.page_count


def test_download_of_an_unfinished_build_is_not_found(staff_client, cochair_group, secretariat_user):
    build = reportbuild_request(kind="wg_status", target=cochair_group, language="en", by=secretariat_user, enqueue=False)
    assert staff_client.get(reverse("reports:build_download", args=[build.pk])).status_code == 404


def test_a_failed_build_says_why_and_the_secretariat_retries_it(
    staff_client, member_client, cochair_group, secretariat_user, media_root, in_process_jobs
):
    build = reportbuild_request(kind="wg_status", target=cochair_group, language="en", by=secretariat_user, enqueue=False)
    reportbuild_fail(build_id=build.pk, message="The build failed: font missing")
    status_url = reverse("reports:build_status", args=[build.pk])
    retry_url = reverse("reports:build_retry", args=[build.pk])

    fragment = staff_client.get(status_url, headers={"HX-Request": "true"}).content.decode()
    assert "The build failed: font missing" in fragment
    assert f'action="{retry_url}"' in fragment
    assert "Retry the build" not in member_client.get(status_url).content.decode()
    assert member_client.post(retry_url).status_code == 403

    response = staff_client.post(retry_url, follow=True)

    assert "The build was sent again." in response.content.decode()
    build.refresh_from_db()
    assert build.status == ReportBuild.Status.DONE
    assert build.error == ""
    assert build.attempts == 1
    assert PdfReader(build.file.path).pages


# Query count --------------------------------------------------------------------------------------------------------


def _past_builds(group, count: int) -> None:
    users = [factories.UserFactory() for _ in range(3)]
    for number in range(count):
        ReportBuild.objects.create(
            kind="wg_status",
            language="en" if number % 2 else "fr",
            working_group=group,
            target_key=f"working_group:{group.pk}",
            requested_by=users[number % 3],
            snapshot_sha256=f"{number:064x}",
            status=[ReportBuild.Status.DONE, ReportBuild.Status.FAILED, ReportBuild.Status.QUEUED][number % 3],
            sha256=f"{number:064x}",
            page_count=3,
            error="The build failed: test" if number % 3 == 1 else "",
        )


@pytest.mark.parametrize("count", [2, 20])
def test_target_builds_query_count_does_not_grow_with_builds(staff_client, cochair_group, django_assert_max_num_queries, count):
    _past_builds(cochair_group, count)
    url = page_url("wg_status", cochair_group)
    staff_client.get(url)  # the session and permission caches are warm, as for a user who is browsing

    with django_assert_max_num_queries(8) as captured:
        response = staff_client.get(url)

    assert response.status_code == 200
    assert response.content.decode().count('<tr id="build-') == count
    # The data snapshots (large for a briefing pack) are not loaded to list the builds.
    selects = [q["sql"].split(" FROM ")[0] for q in captured.captured_queries if 'FROM "reports_reportbuild"' in q["sql"]]
    assert selects
    assert not any('"snapshot"' in columns for columns in selects)


def test_download_of_a_build_whose_file_is_gone_is_a_404_not_a_500(pack_meeting, secretariat_user, staff_client):
    build = reportbuild_request(kind="briefing_pack", target=pack_meeting, language="en", by=secretariat_user, enqueue=False)
    build = reportbuild_run(build_id=build.pk)
    os.remove(build.file.path)

    response = staff_client.get(reverse("reports:build_download", args=[build.pk]))

    assert response.status_code == 404
    assert ReportBuild.objects.get(pk=build.pk).status == ReportBuild.Status.DONE


def test_the_two_editions_of_a_long_named_record_download_under_different_names(secretariat_user, staff_client, media_root):
    group = factories.WorkingGroupFactory(
        name_en="A working group whose name is very long indeed, longer than any file name should be, on purpose",
        name_fr="Un groupe de travail au nom très long, plus long qu'aucun nom de fichier ne devrait l'être, exprès",
    )
    names = set()
    for language in ("en", "fr"):
        build = reportbuild_request(kind="wg_status", target=group, language=language, by=secretariat_user, enqueue=False)
        build = reportbuild_run(build_id=build.pk)
        disposition = staff_client.get(reverse("reports:build_download", args=[build.pk]))["Content-Disposition"]
        assert disposition.endswith(f'-{language}.pdf"')
        names.add(disposition)
    assert len(names) == 2


def test_record_pages_offer_the_build_button_only_to_those_who_may_build(
    pack_meeting, staff_client, member_client, cochair_client, cochair_group
):
    meeting_url = pack_meeting.get_absolute_url()
    assert "Build the briefing pack" in staff_client.get(meeting_url).content.decode()
    member_page = member_client.get(meeting_url).content.decode()
    assert "Build the briefing pack" not in member_page
    assert reverse("reports:target_builds", args=["briefing_pack", pack_meeting.pk]) in member_page

    group_page = cochair_client.get(cochair_group.get_absolute_url()).content.decode()
    assert "Build the working group status report" in group_page
    assert "Build the orientation pack" in group_page


def test_the_french_edition_writes_dates_out_in_french(pack_meeting, secretariat_user):
    build = reportbuild_request(kind="briefing_pack", target=pack_meeting, language="fr", by=secretariat_user, enqueue=False)
    build = reportbuild_run(build_id=build.pk)
    with build.file.open("rb") as handle:
        cover = PdfReader(io.BytesIO(handle.read())).pages[0].extract_text()
    assert "22 septembre 2020" in cover


def test_a_failed_builds_exception_is_shown_to_the_secretariat_only(
    staff_client, member_client, cochair_client, cochair_group, secretariat_user
):
    """Readers get a plain sentence in their language; the worker's exception text is the secretariat's to see."""
    build = reportbuild_request(kind="wg_status", target=cochair_group, language="en", by=secretariat_user, enqueue=False)
    detail = "The build failed: [Errno 2] No such file or directory: /app/media/secret/x.ttf"
    reportbuild_fail(build_id=build.pk, message=detail)
    status_url = reverse("reports:build_status", args=[build.pk])

    for url in (status_url, page_url("wg_status", cochair_group)):
        assert detail in staff_client.get(url).content.decode()
        for reader in (member_client, cochair_client):
            page = reader.get(url).content.decode()
            assert "No such file" not in page and "/app/media" not in page
            assert "The build could not be finished. The secretariat can see why and retry it." in page
    french = member_client.get(reverse("reports:build_status", args=[build.pk]).replace("/en/", "/fr/", 1))
    assert "Le document n'a pas pu être produit. Le secrétariat peut en voir la cause et le relancer." in (
        french.content.decode()
    )
    assert "/app/media" not in french.content.decode()
