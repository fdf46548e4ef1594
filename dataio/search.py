"""Search across the record in both languages.

PostgreSQL: full-text search over the _en columns with the english_unaccent configuration and over the _fr columns
with french_unaccent (both made by this app's migration: the english and french stemmers after unaccent), so that
"identite" finds "Identité numérique"; every word may be the start of a word ("numer" finds "numérique"); results
ranked by SearchRank; GIN expression indexes (migration 0002) over the same expressions keep it fast at scale.
Elsewhere (SQLite): every word must appear (icontains) in one of the searched columns.
One query per kind of record, at most RESULTS_PER_KIND + 1 rows each, so a search costs a fixed number of queries.
"""

import re
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db import connection, transaction
from django.db.models import F, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from jointcouncils import roles

RESULTS_PER_KIND = 10
MAX_QUERY_LENGTH = 200
LANGUAGES = ("en", "fr")
CONFIGS = {"en": "english_unaccent", "fr": "french_unaccent"}


@dataclass(frozen=True)
class SearchTarget:
    """A kind of record: where to look (translated and untranslated fields), how to show and link a hit."""

    key: str
    label: Any
    model: Callable[[], Any]
    translated: tuple[str, ...]
    plain: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    url: Callable[[Any], str] = lambda obj: obj.get_absolute_url()
    title: Callable[[Any], str] = str
    context: Callable[[Any], str] = lambda obj: ""

    def columns(self, language: str) -> list[str]:
        return [f"{name}_{language}" for name in self.translated] + list(self.plain)

    def all_columns(self) -> list[str]:
        return [column for language in LANGUAGES for column in self.columns(language) if column not in self.plain] + list(
            self.plain
        )


@dataclass
class SearchGroup:
    key: str
    label: Any
    hits: list[dict] = field(default_factory=list)
    has_more: bool = False


def words_of(text: str) -> list[str]:
    """The words of a query (letters and digits, accents kept), at most ten."""
    return re.findall(r"\w+", (text or "")[:MAX_QUERY_LENGTH].lower())[:10]


def _meeting_url(obj) -> str:
    return reverse("meetings:detail", args=[obj.meeting_id])


MODEL_LABELS = {
    "WorkingGroup": "workinggroups.WorkingGroup",
    "Person": "councils.Person",
    "Organisation": "councils.Organisation",
    "Council": "councils.Council",
    "Priority": "priorities.Priority",
    "Outcome": "logicmodel.Outcome",
    "Principle": "logicmodel.Principle",
    "Meeting": "meetings.Meeting",
    "AgendaItem": "meetings.AgendaItem",
    "Decision": "meetings.Decision",
    "ActionItem": "meetings.ActionItem",
}


def _m(name: str) -> Callable[[], Any]:
    return lambda: apps.get_model(MODEL_LABELS[name])


TARGETS: list[SearchTarget] = [
    SearchTarget("workinggroups", _("Working groups"), _m("WorkingGroup"), ("name", "acronym", "mandate"), ("slug",)),
    SearchTarget(
        "people",
        _("People"),
        _m("Person"),
        ("title",),
        ("given_name", "family_name", "email"),
        ("organisation",),
        title=lambda p: p.full_name,
        context=lambda p: p.organisation.short_name if p.organisation_id else "",
    ),
    SearchTarget(
        "organisations",
        _("Organisations"),
        _m("Organisation"),
        ("name", "acronym"),
        (),
        ("jurisdiction",),
        url=lambda o: reverse("councils:person_list") + f"?organisation={o.pk}",
        context=lambda o: o.jurisdiction.name,
    ),
    SearchTarget("councils", _("Councils"), _m("Council"), ("name", "acronym", "description")),
    SearchTarget(
        "priorities",
        _("Priorities"),
        _m("Priority"),
        ("name", "acronym", "definition", "scope", "lead_note"),
        (),
        ("council",),
        context=lambda p: p.council.acronym,
    ),
    SearchTarget(
        "outcomes",
        _("Outcomes"),
        _m("Outcome"),
        ("name", "description"),
        ("code",),
        ("logic_model",),
        url=lambda o: reverse("logicmodel:detail_version", args=[o.logic_model.slug]) + f"#outcome-{o.pk}",
        context=lambda o: f"{o.logic_model.name} – {o.get_term_display()}",
    ),
    SearchTarget(
        "principles",
        _("Principles"),
        _m("Principle"),
        ("name", "description"),
        (),
        ("logic_model",),
        url=lambda p: reverse("logicmodel:detail_version", args=[p.logic_model.slug]) + f"#principle-{p.pk}",
        context=lambda p: p.logic_model.name,
    ),
    SearchTarget(
        "meetings",
        _("Meetings"),
        _m("Meeting"),
        ("title", "city", "venue", "objectives", "context"),
        (),
        ("council",),
        title=lambda m: m.title,
        context=lambda m: f"{m.council.acronym}, {m.date.isoformat()}",
    ),
    SearchTarget(
        "agendaitems",
        _("Agenda items"),
        _m("AgendaItem"),
        ("title", "objectives", "context", "discussion_questions", "decision_sought"),
        (),
        ("meeting",),
        url=lambda a: _meeting_url(a) + f"#item-{a.pk}",
        context=lambda a: a.meeting.title,
    ),
    SearchTarget(
        "decisions",
        _("Decisions"),
        _m("Decision"),
        ("text",),
        (),
        ("meeting",),
        url=lambda d: _meeting_url(d) + "#decisions-heading",
        title=lambda d: d.text[:160],
        context=lambda d: d.meeting.title,
    ),
    SearchTarget(
        "actionitems",
        _("Action items"),
        _m("ActionItem"),
        ("description", "closing_note"),
        (),
        ("meeting",),
        url=lambda a: _meeting_url(a) + "#action-items-heading",
        title=lambda a: a.description[:160],
        context=lambda a: a.meeting.title,
    ),
]


def fallback_filter(target: SearchTarget, words: list[str]) -> Q:
    """Every word in at least one column (English, French or untranslated): the plain search of SQLite."""
    condition = Q()
    for word in words:
        any_column = Q()
        for column in target.all_columns():
            any_column |= Q(**{f"{column}__icontains": word})
        condition &= any_column
    return condition


def tsquery_text(words: list[str]) -> str:
    """A raw tsquery: every word, each as a prefix ("numer:*"), all required."""
    return " & ".join(f"{word}:*" for word in words)


def _postgres_queryset(target: SearchTarget, words: list[str]) -> QuerySet:
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    queryset = target.model().objects.all()
    rank = None
    condition = Q()
    for language in LANGUAGES:
        config = CONFIGS[language]
        vector = SearchVector(*target.columns(language), config=config)
        query = SearchQuery(tsquery_text(words), config=config, search_type="raw")
        queryset = queryset.annotate(**{f"search_vector_{language}": vector})
        condition |= Q(**{f"search_vector_{language}": query})
        language_rank = SearchRank(vector, query)
        rank = language_rank if rank is None else rank + language_rank
    return queryset.filter(condition).annotate(rank=rank).order_by(F("rank").desc(), "pk")


def search_queryset(target: SearchTarget, words: list[str], vendor: str | None = None) -> QuerySet:
    """The records of one kind that match the words, best first."""
    vendor = vendor or connection.vendor
    if vendor == "postgresql":
        queryset = _postgres_queryset(target, words)
    else:
        queryset = target.model().objects.filter(fallback_filter(target, words)).order_by("pk")
    return queryset.select_related(*target.related) if target.related else queryset


@contextmanager
def _index_scans(vendor: str):
    """On PostgreSQL, the searches' queries use the GIN indexes rather than reading whole tables.

    The planner costs to_tsvector at 100 operator costs a row, far below what it takes over the unaccent
    dictionaries (the groups at 100x: about 50 ms to read the 2,000 rows whole, 7–11 ms through the index;
    benchmarks/explain_search.py), and picks one plan or the other as its statistics move from one ANALYZE to the
    next. Inside one transaction, `SET LOCAL enable_seqscan = off` only makes whole-table reads the last resort; a
    table without an index for the query is still read whole, and results are the same.
    """
    if vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield
        # Inside an outer transaction the setting would outlive this block: set back (a failure rolls it back).
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")


def search(text: str, *, user=None, vendor: str | None = None) -> list[SearchGroup]:
    """Hits grouped by kind of record (kinds with no hit left out); one query per kind."""

    words = words_of(text)
    if not words or (user is not None and not roles.is_reader(user)):
        return []
    vendor = vendor or connection.vendor
    with _index_scans(vendor):
        return _search(words, vendor)


def _search(words: list[str], vendor: str) -> list[SearchGroup]:
    groups = []
    for target in TARGETS:
        found = list(search_queryset(target, words, vendor)[: RESULTS_PER_KIND + 1])
        if not found:
            continue
        group = SearchGroup(key=target.key, label=target.label, has_more=len(found) > RESULTS_PER_KIND)
        for obj in found[:RESULTS_PER_KIND]:
            group.hits.append({"title": target.title(obj), "url": target.url(obj), "context": target.context(obj)})
        groups.append(group)
    return groups
