"""Reads of the consultations app: the export table, theme counts, the trail from a priority to its quotes, and the
comparison of scale questions between two runs."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Prefetch, Q
from django.utils import translation
from django.utils.translation import gettext as _

from councils.models import Jurisdiction

from .models import AnonymousAnswer, AnonymousSubmission, Answer, Consultation, Excerpt, Question, QuestionSet, Respondent, Theme


def _in_language(language: str, consultation: Consultation) -> str:
    """The consultation's period written in the language (month names)."""
    with translation.override(language):
        return consultation.period_display


def _text(instance, name: str, language: str) -> str:
    return getattr(instance, f"{name}_{language}") or getattr(instance, f"{name}_en") or getattr(instance, f"{name}_fr") or ""


# Export ------------------------------------------------------------------------------------------------------------


def export_columns(consultation: Consultation, language: str) -> list[tuple[str, str]]:
    """(key, header) of every question ever asked in the consultation, in a fixed order: by guide, then by the
    version and place where the key first appeared. A new version adds columns at the end of its guide and never
    moves or drops one, so a column means the same thing in every export."""
    seen: dict[tuple[str, str], str] = {}
    order: list[tuple[str, str]] = []
    questions = Question.objects.filter(question_set__consultation=consultation).select_related("question_set")
    for question in sorted(questions, key=lambda q: (q.question_set.key, q.question_set.number, q.order, q.pk)):
        column = (question.question_set.key, question.key)
        if column not in seen:
            order.append(column)
        # The latest wording names the column.
        seen[column] = _text(question, "text", language)
    return [(f"{set_key}.{key}", seen[(set_key, key)]) for set_key, key in order]


def _cell(answer) -> object:
    return answer.value if answer is not None else ""


def export_table(consultation: Consultation, language: str) -> tuple[list[str], list[list[object]]]:
    """One row per respondent (per anonymous submission in anonymous mode), one column per question key."""
    columns = export_columns(consultation, language)
    keys = [key for key, _header in columns]
    fixed = [
        _("Respondent"),
        _("Role"),
        _("Working group"),
        _("Council"),
        _("Jurisdiction level"),
        _("Question set"),
        _("Answered"),
    ]
    headers = fixed + [f"{header} [{key}]" for key, header in columns]
    body: list[list[object]] = []
    if consultation.anonymous:
        submissions = (
            AnonymousSubmission.objects.filter(consultation=consultation)
            .select_related("question_set")
            .prefetch_related(Prefetch("answers", queryset=AnonymousAnswer.objects.select_related("question")))
        )
        # Sorted by the answers themselves, never by anything that follows the order they arrived in.
        rows = []
        for submission in submissions:
            by_key = {f"{submission.question_set.key}.{a.question.key}": a for a in submission.answers.all()}
            rows.append(
                [
                    _("anonymous"),
                    "",
                    "",
                    "",
                    "",
                    f"{_text(submission.question_set, 'name', language)} v{submission.question_set.number}",
                    _("yes"),
                ]
                + [_cell(by_key.get(key)) for key in keys]
            )
        body = sorted(rows, key=lambda row: [str(value) for value in row])
        return headers, body
    respondents = (
        Respondent.objects.filter(consultation=consultation)
        .select_related("person__organisation__jurisdiction", "working_group", "council", "question_set")
        .prefetch_related(Prefetch("answers", queryset=Answer.objects.select_related("question")))
    )
    for respondent in respondents:
        by_key = {f"{respondent.question_set.key}.{a.question.key}": a for a in respondent.answers.all()}
        body.append(
            [
                respondent.person.full_name if respondent.person_id else "",
                _text(respondent, "role", language),
                _text(respondent.working_group, "name", language) if respondent.working_group_id else "",
                respondent.council.acronym if respondent.council_id else "",
                str(level_label(jurisdiction_level(respondent))),
                f"{_text(respondent.question_set, 'name', language)} v{respondent.question_set.number}",
                _("yes") if respondent.has_answered else _("no"),
            ]
            + [_cell(by_key.get(key)) for key in keys]
        )
    return headers, body


# Themes ------------------------------------------------------------------------------------------------------------


def jurisdiction_level(respondent: Respondent | None) -> str:
    """The level of government a respondent answers for, or not recorded."""
    if respondent is not None and respondent.person_id and respondent.person.organisation_id:
        return respondent.person.organisation.jurisdiction.level
    return Jurisdiction.Level.NOT_RECORDED


def level_label(level: str) -> str:
    return Jurisdiction.Level(level).label


def _excerpts(themes=None, consultation: Consultation | None = None):
    qs = Excerpt.objects.select_related(
        "consultation",
        "answer__respondent__person__organisation__jurisdiction",
        "answer__respondent__working_group",
        "answer__respondent__council",
    ).prefetch_related("themes")
    if consultation is not None:
        qs = qs.filter(consultation=consultation)
    if themes is not None:
        qs = qs.filter(themes__in=themes).distinct()
    return qs.order_by("consultation_id", "order", "pk")


@dataclass
class ThemeRow:
    """A theme with its counts (respondents and excerpts), broken down by level, council and group, and its quotes."""

    theme: Theme
    excerpts: list = field(default_factory=list)
    respondents: set = field(default_factory=set)
    jurisdictions: set = field(default_factory=set)
    by_level: dict = field(default_factory=lambda: defaultdict(lambda: [set(), 0]))
    by_council: dict = field(default_factory=lambda: defaultdict(lambda: [set(), 0]))
    by_group: dict = field(default_factory=lambda: defaultdict(lambda: [set(), 0]))

    @property
    def excerpt_count(self) -> int:
        return len(self.excerpts)

    @property
    def respondent_count(self) -> int:
        return len(self.respondents)

    @staticmethod
    def _flat(table: dict) -> list[tuple[str, int, int]]:
        return sorted(
            ((label, len(people), count) for label, (people, count) in table.items()), key=lambda row: (-row[2], row[0])
        )

    def levels(self):
        return self._flat(self.by_level)

    def councils(self):
        return self._flat(self.by_council)

    def groups(self):
        return self._flat(self.by_group)

    def breakdowns(self):
        return [
            (_("By jurisdiction level"), self.levels()),
            (_("By council"), self.councils()),
            (_("By working group"), self.groups()),
        ]


def theme_rows(*, language: str, consultation: Consultation | None = None, themes=None) -> list[ThemeRow]:
    """Every theme with its counts. A respondent counts once per theme however many of their passages are coded;
    a quote the record does not attribute to a respondent counts as an excerpt only."""
    if themes is None:
        themes = Theme.objects.all()
        if consultation is not None:
            themes = themes.filter(Q(excerpts__consultation=consultation) | Q(consultation=consultation))
    themes = list(themes.distinct().prefetch_related("priorities", "outcomes").order_by("kind", "order", "slug"))
    rows = {theme.pk: ThemeRow(theme=theme) for theme in themes}
    for excerpt in _excerpts(themes=themes, consultation=consultation):
        respondent = excerpt.respondent
        level = str(level_label(jurisdiction_level(respondent))) if respondent else _("not attributed")
        council = respondent.council.acronym if respondent and respondent.council_id else _("none recorded")
        group = (
            _text(respondent.working_group, "name", language)
            if respondent and respondent.working_group_id
            else _("none recorded")
        )
        for theme in excerpt.themes.all():
            row = rows.get(theme.pk)
            if row is None:
                continue
            row.excerpts.append(excerpt)
            for table, label in ((row.by_level, level), (row.by_council, council), (row.by_group, group)):
                table[label][1] += 1
                if respondent:
                    table[label][0].add(respondent.pk)
            if respondent:
                row.respondents.add(respondent.pk)
                if respondent.person_id and respondent.person.organisation_id:
                    row.jurisdictions.add(respondent.person.organisation.jurisdiction_id)
    return list(rows.values())


def consultation_reach(consultations) -> dict:
    """How many respondents answered and how many jurisdictions they answer for: the 'of N' of a count."""
    respondents = Respondent.objects.filter(consultation__in=consultations).answered()
    jurisdictions = respondents.filter(person__organisation__isnull=False).values("person__organisation__jurisdiction").distinct()
    return {"respondents": respondents.count(), "jurisdictions": jurisdictions.count()}


def priority_trail(priority, language: str, quotes: int = 2) -> list[dict]:
    """The consultation themes that support a priority, with their counts and one or two quotes: the plan's trail."""
    rows = theme_rows(language=language, themes=Theme.objects.filter(priorities=priority))
    trail = []
    for row in rows:
        consultations = {excerpt.consultation_id for excerpt in row.excerpts}
        reach = consultation_reach(consultations)
        picked = []
        for excerpt in row.excerpts[:quotes]:
            shown, translated = excerpt.text_in(language)
            picked.append(
                {
                    "text": shown,
                    "translated": translated,
                    "original": excerpt.passage if translated else "",
                    "attribution": _text(excerpt, "attribution", language),
                    "consultation": _text(excerpt.consultation, "title", language),
                    "period": _in_language(language, excerpt.consultation),
                }
            )
        trail.append(
            {
                "slug": row.theme.slug,
                "name": _text(row.theme, "name", language),
                "description": _text(row.theme, "description", language),
                "excerpts": row.excerpt_count,
                "respondents": row.respondent_count,
                "respondents_of": reach["respondents"],
                "jurisdictions": len(row.jurisdictions),
                "jurisdictions_of": reach["jurisdictions"],
                "quotes": picked,
            }
        )
    return trail


# Repeated runs -----------------------------------------------------------------------------------------------------


def _scale_values(consultation: Consultation) -> dict[str, list[int]]:
    values: dict[str, list[int]] = defaultdict(list)
    named = Answer.objects.filter(respondent__consultation=consultation, scale__isnull=False).select_related(
        "question__question_set"
    )
    anonymous = AnonymousAnswer.objects.filter(submission__consultation=consultation, scale__isnull=False).select_related(
        "question__question_set"
    )
    for answer in [*named, *anonymous]:
        values[f"{answer.question.question_set.key}.{answer.question.key}"].append(answer.scale)
    return values


def _mean(values: list[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / Decimal(len(values))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def scale_comparison(consultation: Consultation, language: str) -> list[dict]:
    """Each scale question of this run beside the same question (same key) of the previous run: n, mean,
    distribution over 1–5 and the change in mean."""
    current = _scale_values(consultation)
    previous = _scale_values(consultation.previous) if consultation.previous_id else {}
    labels = {}
    for question in Question.objects.filter(question_set__consultation=consultation, kind=Question.Kind.SCALE).select_related(
        "question_set"
    ):
        labels[f"{question.question_set.key}.{question.key}"] = _text(question, "text", language)
    rows = []
    for key, label in labels.items():
        now, before = current.get(key, []), previous.get(key, [])
        mean_now, mean_before = _mean(now), _mean(before)
        rows.append(
            {
                "key": key,
                "question": label,
                "n": len(now),
                "mean": mean_now,
                "distribution": [Counter(now)[point] for point in range(1, 6)],
                "previous_n": len(before),
                "previous_mean": mean_before,
                "previous_distribution": [Counter(before)[point] for point in range(1, 6)],
                "change": (mean_now - mean_before) if mean_now is not None and mean_before is not None else None,
            }
        )
    return rows


def question_sets_of(consultation: Consultation):
    return QuestionSet.objects.filter(consultation=consultation).prefetch_related("questions").order_by("key", "number")
