"""Reads of the reports: the briefing packs of meetings as a member sees them (in which state, for them)."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import PackDownload, ReportBuild

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


@dataclass
class PackEdition:
    """One language's edition of a meeting's briefing pack, and its state for one user."""

    language: str
    build: ReportBuild | None
    state: str  # "not_built", "ready" or "updated"
    downloaded: bool = False

    NOT_BUILT = "not_built"
    READY = "ready"
    UPDATED = "updated"

    @property
    def language_name(self) -> str:
        return LANGUAGE_NAMES.get(self.language, self.language)

    @property
    def state_label(self) -> str:
        return str(
            {
                self.NOT_BUILT: _("not built yet"),
                self.READY: _("ready"),
                self.UPDATED: _("updated since you last downloaded it"),
            }[self.state]
        )


def meeting_packs(*, meeting_ids: list[int], user, language: str) -> dict[int, list[PackEdition]]:
    """For each meeting: its pack in the user's language first, then the other edition; two queries in all."""
    languages = [language] + [code for code, _name in settings.LANGUAGES if code != language]
    newest: dict[tuple[int, str], ReportBuild] = {}
    builds = (
        ReportBuild.objects.filter(
            kind=ReportBuild.Kind.BRIEFING_PACK, meeting_id__in=meeting_ids, status=ReportBuild.Status.DONE, draft=False
        )
        .defer("snapshot")
        .order_by("meeting_id", "language", "-finished_at", "-pk")
    )
    for build in builds:
        newest.setdefault((build.meeting_id, build.language), build)
    downloaded = {}
    if user is not None and user.is_authenticated and meeting_ids:
        rows = PackDownload.objects.filter(
            user=user, build__meeting_id__in=meeting_ids, build__kind=ReportBuild.Kind.BRIEFING_PACK
        ).values_list("build__meeting_id", "build__language", "build_id")
        for meeting_id, build_language, build_id in rows:
            downloaded.setdefault((meeting_id, build_language), set()).add(build_id)
    result = {}
    for meeting_id in meeting_ids:
        editions = []
        for code in languages:
            build = newest.get((meeting_id, code))
            mine = downloaded.get((meeting_id, code), set())
            if build is None:
                editions.append(PackEdition(code, None, PackEdition.NOT_BUILT))
            elif build.pk in mine:
                editions.append(PackEdition(code, build, PackEdition.READY, downloaded=True))
            elif mine:
                editions.append(PackEdition(code, build, PackEdition.UPDATED))
            else:
                editions.append(PackEdition(code, build, PackEdition.READY))
        result[meeting_id] = editions
    return result


def new_packs(*, council_ids: list[int], since, language: str, limit: int = 10) -> list[ReportBuild]:
    """Final briefing packs in a language built for the councils' meetings since a moment, newest first."""
    return list(
        ReportBuild.objects.filter(
            kind=ReportBuild.Kind.BRIEFING_PACK,
            status=ReportBuild.Status.DONE,
            draft=False,
            language=language,
            meeting__council_id__in=council_ids,
            finished_at__gt=since,
        )
        .defer("snapshot")
        .select_related("meeting__council")
        .order_by("-finished_at")[:limit]
    )
