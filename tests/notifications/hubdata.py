"""Data of the hub tests: a member seated on a council, its next meeting, and briefing-pack builds (files written)."""

import datetime
import hashlib
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from reports.models import ReportBuild
from tests import factories
from tests.meetings.factories import AgendaItemFactory, MeetingFactory, at


def seated_member(council, user, language="en"):
    """Give the member persona a person seated on the council."""
    person = factories.PersonFactory(given_name="Max", family_name="Member", user=user, preferred_language=language)
    factories.CouncilMembershipFactory(person=person, council=council)
    return person


def next_meeting(council, days_ahead=20):
    meeting = MeetingFactory(
        council=council,
        title_en="JC strategic discussion",
        title_fr="Discussion stratégique des CM",
        start=at(timezone.localdate() + datetime.timedelta(days=days_ahead)),
        status="planned",
        venue_en="Shaw Centre",
        venue_fr="Centre Shaw",
    )
    AgendaItemFactory(meeting=meeting, order=1, title_en="Digital identity progress", title_fr="Progrès de l'identité numérique")
    AgendaItemFactory(meeting=meeting, order=2, title_en="Next steps", title_fr="Prochaines étapes")
    return meeting


def done_pack(meeting, language, content: bytes = b"%PDF-1.7 pack", when=None) -> ReportBuild:
    """A finished briefing-pack build with its file in MEDIA_ROOT (as reportbuild_run leaves it)."""
    sha = hashlib.sha256(content + language.encode()).hexdigest()
    name = f"reports/briefing_pack/{sha[:2]}/{sha}.pdf"
    path = Path(settings.MEDIA_ROOT) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return ReportBuild.objects.create(
        kind=ReportBuild.Kind.BRIEFING_PACK,
        language=language,
        meeting=meeting,
        target_key=f"meeting:{meeting.pk}",
        status=ReportBuild.Status.DONE,
        snapshot={},
        snapshot_sha256=hashlib.sha256(sha.encode()).hexdigest(),
        file=name,
        sha256=sha,
        size=len(content),
        page_count=12,
        finished_at=when or timezone.now(),
    )
