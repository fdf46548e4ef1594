"""A finished briefing pack tells the council's members (ready, then replaced); the reporting deadline on the
meeting form and on the overview."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from meetings.models import Meeting
from notifications.models import Notification
from reports import services as report_services
from reports.models import ReportBuild
from reports.rendering import RenderedPdf
from tests import factories
from tests.meetings.factories import MeetingFactory, at
from workinggroups.models import StatusUpdate


@pytest.fixture
def fake_render(monkeypatch, settings, tmp_path):
    """The build pipeline without WeasyPrint: each build's PDF is its snapshot digest (distinct per build)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setattr(
        report_services,
        "render_build_pages",
        lambda build: RenderedPdf(data=b"%PDF-1.7 " + build.snapshot_sha256.encode(), anchors={}, page_count=3),
    )


def _pack_build(meeting, language, digest):
    return ReportBuild.objects.create(
        kind=ReportBuild.Kind.BRIEFING_PACK,
        language=language,
        meeting=meeting,
        target_key=f"meeting:{meeting.pk}",
        snapshot={},
        snapshot_sha256=digest * 64,
    )


def test_a_finished_pack_tells_the_councils_members_who_read_its_language_then_that_it_was_replaced(sent, fake_render, council):
    english = factories.PersonFactory(preferred_language="en")
    french = factories.PersonFactory(preferred_language="fr")
    observer_elsewhere = factories.PersonFactory(preferred_language="en")
    for person in (english, french):
        factories.CouncilMembershipFactory(person=person, council=council)
    factories.CouncilMembershipFactory(person=observer_elsewhere, council=factories.CouncilFactory(code="pssdc"))
    meeting = MeetingFactory(council=council, title_en="JC meeting", title_fr="Réunion des CM", status="planned")

    sent(report_services.reportbuild_run, build_id=_pack_build(meeting, "en", "a").pk)

    [ready] = mail.outbox
    assert ready.to == [english.email]
    assert ready.subject == f"Briefing pack ready: {council.acronym_en} – JC meeting"
    assert f"http://portal.test/en/meetings/{meeting.pk}/" in ready.body

    sent(report_services.reportbuild_run, build_id=_pack_build(meeting, "fr", "b").pk)
    assert mail.outbox[-1].to == [french.email]
    assert mail.outbox[-1].subject.startswith("Trousse d'information prête : ")

    mail.outbox = []
    sent(report_services.reportbuild_run, build_id=_pack_build(meeting, "en", "c").pk)
    [replaced] = mail.outbox
    assert replaced.to == [english.email]
    assert replaced.subject == f"Briefing pack updated: {council.acronym_en} – JC meeting"
    assert "download the new edition" in replaced.body
    assert Notification.objects.filter(email=observer_elsewhere.email).count() == 0


def test_a_draft_pack_tells_nobody(sent, fake_render, council):
    factories.CouncilMembershipFactory(person=factories.PersonFactory(), council=council)
    build = _pack_build(MeetingFactory(council=council), "en", "d")
    build.draft = True
    build.save()
    sent(report_services.reportbuild_run, build_id=build.pk)
    assert mail.outbox == []


def test_the_reporting_deadline_cannot_fall_after_the_meeting(staff_client, council):
    meeting = MeetingFactory(council=council, start=at(datetime.date(2030, 3, 15)), status="planned")
    meeting.reporting_deadline = datetime.date(2030, 3, 16)
    with pytest.raises(Exception, match="on or before the day of the meeting"):
        meeting.full_clean()


def test_the_overview_lists_the_groups_late_with_their_update(staff_client, council, cochair_group, other_group):
    today = timezone.localdate()
    meeting = MeetingFactory(
        council=council,
        title_en="Coming JC meeting",
        start=at(today + datetime.timedelta(days=5)),
        status=Meeting.Status.PLANNED,
        reporting_deadline=today - datetime.timedelta(days=2),
    )
    StatusUpdate.objects.create(
        working_group=other_group,
        period_label_en="P",
        period_label_fr="P",
        period_start=datetime.date(2029, 1, 1),
        period_end=datetime.date(2029, 12, 1),
        rag="green",
        state=StatusUpdate.State.APPROVED,
        submitted_at=timezone.now(),
    )

    page = staff_client.get("/en/dashboard/").content.decode()
    section = page[page.index('id="late-heading"') : page.index('id="priorities-heading"')]

    assert "Coming JC meeting" in section and f"/meetings/{meeting.pk}/" in section
    assert "Death Notification" in section and "Open Government" not in section
    assert "1 group has not submitted one" in section
    french = staff_client.get("/fr/dashboard/").content.decode()
    assert "Mises à jour de l'état en retard" in french
