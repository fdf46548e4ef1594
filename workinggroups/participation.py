"""Who holds the co-chair seats: by jurisdiction level and by organisation, with charts (dashboards and reports)."""

from collections import Counter, defaultdict

from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import Jurisdiction
from jointcouncils import charts
from jointcouncils.i18n import text

Level = Jurisdiction.Level
# The levels the participation map of the councils shows (federal, provincial/territorial, municipal); a holder whose
# level the record does not give is counted apart, as "not recorded".
MAP_LEVELS = {
    Level.FEDERAL: Level.FEDERAL,
    Level.PROVINCIAL: Level.PROVINCIAL_TERRITORIAL,
    Level.TERRITORIAL: Level.PROVINCIAL_TERRITORIAL,
    Level.PROVINCIAL_TERRITORIAL: Level.PROVINCIAL_TERRITORIAL,
    Level.MUNICIPAL: Level.MUNICIPAL,
}
LEVELS = [Level.FEDERAL, Level.PROVINCIAL_TERRITORIAL, Level.MUNICIPAL]


def participation_block(groups, language: str) -> dict:
    """Co-chair seats by jurisdiction level and by organisation (current terms), with a chart."""
    today = timezone.localdate()
    by_level = Counter()
    by_org = Counter()
    org_groups = defaultdict(list)
    for group in groups:
        for term in group.current_terms(today):
            org = term.holder_organisation
            level = MAP_LEVELS.get(term.level, "")
            by_level[level] += 1
            name = (text(org, "acronym", language) or text(org, "name", language)) if org else _("holder not recorded")
            by_org[name] += 1
            org_groups[name].append(text(group, "acronym", language) or text(group, "name", language))
    level_labels = {
        Level.FEDERAL: _("federal"),
        Level.PROVINCIAL_TERRITORIAL: _("provincial/territorial"),
        Level.MUNICIPAL: _("municipal"),
    }
    level_rows = [(str(level_labels[level]), by_level.get(level, 0)) for level in LEVELS]
    if by_level.get(""):
        level_rows.append((_("level not recorded"), by_level[""]))
    org_rows = sorted(by_org.items(), key=lambda item: (-item[1], item[0]))
    total = sum(by_level.values())
    return {
        "total": total,
        "by_level": [{"level": label, "seats": count} for label, count in level_rows],
        "by_organisation": [
            {"organisation": name, "seats": count, "groups": sorted(org_groups[name])} for name, count in org_rows
        ],
        "chart_levels": charts.horizontal_bar_chart(
            title=_("Co-chair seats by jurisdiction level"),
            description=", ".join(f"{label}: {count}" for label, count in level_rows),
            rows=level_rows,
        ),
        "chart_organisations": charts.horizontal_bar_chart(
            title=_("Co-chair seats by organisation"),
            description=", ".join(f"{name}: {count}" for name, count in org_rows[:15]),
            rows=org_rows[:15],
        ),
    }
