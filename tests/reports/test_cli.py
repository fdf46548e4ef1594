"""`manage.py build_report`: synchronous builds for operations and scripts, with the same parity rule as the pages."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from pypdf import PdfReader

from meetings.models import AgendaItem
from reports.models import ReportBuild
from workinggroups.models import WorkingGroup

pytestmark = pytest.mark.django_db


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_builds_the_french_briefing_pack_to_the_output_file(pack_meeting, tmp_path, capsys):
    output = tmp_path / "pack.pdf"

    call_command("build_report", "briefing-pack", "--meeting", str(pack_meeting.pk), "--language", "fr", "--output", str(output))

    reader = PdfReader(output)
    text = _text(output)
    assert reader.trailer["/Root"]["/Lang"] == "fr-CA"
    assert "Discussion stratégique des CM" in text
    assert "Rapport d'étape sur l'identité numérique" in text
    assert "La portée est-elle la bonne\u00a0?" in text
    assert "JC strategic discussion" not in text
    build = ReportBuild.objects.get(meeting=pack_meeting, language="fr")
    assert build.status == ReportBuild.Status.DONE
    assert build.requested_by is None
    assert output.read_bytes() == build.file.open("rb").read()
    assert f"{build.page_count} pages, sha256 {build.sha256}" in capsys.readouterr().out


def test_a_missing_translation_fails_with_the_list(pack_meeting, tmp_path):
    item = AgendaItem.objects.get(meeting=pack_meeting)
    item.decision_sought_fr = ""
    item.save()
    output = tmp_path / "pack.pdf"

    with pytest.raises(CommandError) as refused:
        call_command(
            "build_report", "briefing-pack", "--meeting", str(pack_meeting.pk), "--language", "en", "--output", str(output)
        )

    message = str(refused.value)
    assert "--build-anyway" in message
    assert "Agenda item: Digital identity progress report: decision sought (fr)" in message
    assert pack_meeting.get_absolute_url() in message
    assert not output.exists()
    assert not ReportBuild.objects.exists()


def test_build_anyway_writes_a_draft(pack_meeting, tmp_path, capsys):
    item = AgendaItem.objects.get(meeting=pack_meeting)
    item.decision_sought_fr = ""
    item.save()
    output = tmp_path / "pack.pdf"

    call_command(
        "build_report",
        "briefing-pack",
        "--meeting",
        str(pack_meeting.pk),
        "--language",
        "en",
        "--output",
        str(output),
        "--build-anyway",
    )

    reader = PdfReader(output)
    assert all("DRAFT" in page.extract_text() for page in reader.pages)
    assert ReportBuild.objects.get(meeting=pack_meeting).draft
    assert "(DRAFT)" in capsys.readouterr().out


def test_wg_status_by_group_slug(pack_meeting, tmp_path):
    output = tmp_path / "imsc.pdf"

    call_command("build_report", "wg-status", "--group", "imsc", "--language", "en", "--output", str(output))

    text = _text(output)
    assert "Identity Management Sub-Committee" in text
    assert "Published the trust framework." in text
    group = WorkingGroup.objects.get(slug="imsc")
    assert ReportBuild.objects.get(kind="wg_status", working_group=group).status == ReportBuild.Status.DONE


def test_the_same_data_twice_reuses_the_build(pack_meeting, tmp_path):
    first, second = tmp_path / "one.pdf", tmp_path / "two.pdf"

    call_command("build_report", "orientation", "--group", "imsc", "--language", "fr", "--output", str(first))
    call_command("build_report", "orientation", "--group", "imsc", "--language", "fr", "--output", str(second))

    assert first.read_bytes() == second.read_bytes()
    assert ReportBuild.objects.filter(kind="orientation").count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["wg-status", "--language", "en"], "wg-status needs --group."),
        (["wg-status", "--group", "no-such-group", "--language", "en"], "No working group 'no-such-group'."),
        (["briefing-pack", "--meeting", "jc-2020", "--language", "en"], "--meeting takes a meeting id."),
    ],
)
def test_wrong_targets_are_refused_plainly(pack_meeting, tmp_path, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("build_report", *args, "--output", str(tmp_path / "x.pdf"))
