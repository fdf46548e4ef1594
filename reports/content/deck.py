"""The deck of a meeting: the slides shown in the room, made from the same snapshot as the briefing pack.

Each slide is exactly one 16:9 page. Text longer than a slide holds is cut at a sentence and the slide points to the
page of the briefing pack (built from the same data) where the full text is.
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from jointcouncils import charts
from jointcouncils.i18n import text
from logicmodel.models import Alignment, Indicator
from meetings.models import Meeting
from priorities.models import Priority
from reports import kinds
from reports.kinds import ReportKind, register
from reports.models import ReportBuild
from reports.rendering import STATIC_PREFIX, RenderedPdf, layout, render_html, write_pdf
from workinggroups.models import StatusUpdate

from . import briefing_pack
from .values import iso

TEMPLATE = "reports/pdf/deck.html"
MAX_KEY_POINTS = 5
# Characters a slide element may take at full size; a slide that still overflows is laid out again smaller.
# Generous at first, so that sentences are kept whole; each round cuts an overflowing slide's texts to SHRINK of that.
BUDGET = {"point": 360, "decision": 360, "objective": 220, "definition": 400, "line": 200, "presenter": 160}
FIT_ROUNDS = 8
SHRINK = 0.75
RAG_COLOURS = {"green": "#1d6b32", "amber": "#8a4b00", "red": "#a4161a", "": "#4a4a4a"}
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_BULLET = " •-–\t"


# Snapshot -----------------------------------------------------------------------------------------


def _jc_priorities(meeting: Meeting, language: str) -> list[dict]:
    """The Joint Councils priorities with the outcomes their groups align to and those outcomes' indicators."""
    priorities = [p for p in briefing_pack.priorities_for(meeting) if p.kind == Priority.Kind.JC_PRIORITY]
    rows = []
    for priority in priorities:
        group_ids = [a.working_group_id for a in priority.alignments.all() if a.working_group_id]
        outcomes = {}
        for a in (
            Alignment.objects.filter(working_group_id__in=group_ids, outcome__isnull=False, logic_model__is_current=True)
            .select_related("outcome")
            .order_by("outcome__term", "outcome__order", "outcome_id")
        ):
            outcomes.setdefault(a.outcome_id, a.outcome)
        indicators = (
            Indicator.objects.filter(outcome_id__in=list(outcomes))
            .prefetch_related("values")
            .order_by("outcome__term", "outcome__order", "order", "pk")
        )
        rows.append(
            {
                "anchor": "priorities",
                "name": text(priority, "name", language),
                "status": priority.get_status_display(),
                "definition": text(priority, "definition", language),
                "outcomes": [text(o, "name", language) for o in outcomes.values()],
                "indicators": [_indicator_row(i, language) for i in indicators],
            }
        )
    return rows


def _indicator_row(indicator: Indicator, language: str) -> dict:
    values = sorted(indicator.values.all(), key=lambda v: v.period_end)
    latest = values[-1] if values else None
    return {
        "name": text(indicator, "name", language),
        "unit": text(indicator, "unit", language),
        "target": format(indicator.target.normalize(), "f") if indicator.target is not None else "",
        "target_date": iso(indicator.target_date),
        "latest": format(latest.value.normalize(), "f") if latest else "",
        "latest_period": text(latest, "period_label", language) if latest else "",
    }


def _rag_block(groups: list[dict]) -> dict:
    """Counts of the groups by the RAG of their last approved update, and the chart drawn from them."""
    counts = {key: sum(1 for g in groups if g["rag"] == key) for key in ("green", "amber", "red", "")}
    labels = dict(StatusUpdate.Rag.choices)
    rows = [(str(labels[key]), counts[key]) for key in ("green", "amber", "red")] + [(_("no approved update"), counts[""])]
    return {
        "counts": [
            {"rag": key or "none", "label": label, "count": count} for key, (label, count) in zip(counts, rows, strict=True)
        ],
        "total": len(groups),
        "chart": charts.horizontal_bar_chart(
            title=_("Working groups by status (RAG)"),
            description=", ".join(f"{label}: {count}" for label, count in rows),
            rows=rows,
            width=900,
            bar_height=44,
            font_size=26,
            label_width=420,
            colours=[RAG_COLOURS[key] for key in ("green", "amber", "red", "")],
        ),
    }


def snapshot(meeting: Meeting, language: str, draft: bool = False) -> dict:
    """The pack's own snapshot (and its digest, to find the pack's pages), plus the priorities' outcomes."""
    from reports.services import snapshot_digest

    with translation.override(language):
        pack = json.loads(json.dumps(briefing_pack.snapshot(meeting, language, draft=draft), cls=DjangoJSONEncoder))
        return {
            "as_of": pack["as_of"],
            "pack": pack,
            "pack_digest": snapshot_digest(kind="briefing_pack", language=language, draft=draft, snapshot=pack),
            "jc_priorities": _jc_priorities(meeting, language),
            "rag": _rag_block(pack["groups"]),
        }


# Cutting text ----------------------------------------------------------------------------------------


def cut_at_sentence(value: str, budget: int) -> tuple[str, bool]:
    """The text, or its first sentences that fit in budget characters; True when something was left out.

    A first sentence longer than the budget is cut after its last whole word, with an ellipsis.
    """
    value = " ".join((value or "").split())
    if len(value) <= budget:
        return value, False
    if budget <= 0:
        return "", True
    kept = ""
    for sentence in _SENTENCE_END.split(value):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > budget:
            break
        kept = candidate
    if kept:
        return kept, True
    words = value[: max(budget - 2, 1)].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{words} …", True


def _lines(value: str) -> list[str]:
    return [line.strip(_BULLET) for line in (value or "").splitlines() if line.strip(_BULLET)]


class _Cutter:
    """Cuts the texts of one slide at a scale and remembers whether anything was left out."""

    def __init__(self, scale: float):
        self.scale = scale
        self.cut = False

    def text(self, value: str, budget: str) -> str:
        kept, cut = cut_at_sentence(value, int(BUDGET[budget] * self.scale))
        self.cut |= cut
        return kept

    def items(self, values: list[str], budget: str, most: int) -> list[str]:
        count = max(1, min(most, int(most * self.scale + 0.5)))
        if len(values) > count:
            self.cut = True
        kept = [self.text(v, budget) for v in values[:count]]
        return [v for v in kept if v]


# Slides ------------------------------------------------------------------------------------------------


def _see_pack(cutter: _Cutter, pages: dict[str, int], anchor: str) -> str:
    if not cutter.cut:
        return ""
    page = pages.get(anchor)
    if page is None:
        return _("See the briefing pack.")
    return _("See the briefing pack, p. %(page)d.") % {"page": page}


def _opening(s: dict, scale: float, pages: dict[str, int]) -> dict:
    meeting = s["pack"]["meeting"]
    cutter = _Cutter(scale)
    objectives = cutter.items(_lines(meeting["objectives"]), "objective", 6)
    return {
        "kind": "opening",
        "title": meeting["title"],
        "objectives": objectives,
        "source": "objectives",
        "more": _see_pack(cutter, pages, "objectives"),
    }


def _item(item: dict, scale: float, pages: dict[str, int]) -> dict:
    cutter = _Cutter(scale)
    points = _lines(item["context"]) or _lines(item["objectives"]) or item["questions"]
    decision = item["decision_sought"]
    question = "" if decision or not item["questions"] else item["questions"][0]
    if question and points is item["questions"]:
        points = points[1:]
    return {
        "kind": "item",
        "title": f"{item['order']}. {item['title']}",
        "purpose": item["purpose"],
        "presenter": cutter.text(item["presenter"], "presenter"),
        "points": cutter.items(points, "point", MAX_KEY_POINTS),
        "decision": cutter.text(decision, "decision"),
        "question": cutter.text(question, "decision"),
        "source": item["anchor"],
        "more": _see_pack(cutter, pages, item["anchor"]),
    }


def _status(s: dict, scale: float, pages: dict[str, int]) -> dict:
    pack = s["pack"]
    return {
        "kind": "status",
        "title": _("Working groups: status"),
        "rag": s["rag"],
        "without_member_cochair": pack["groups_without_member_cochair"],
        "vacant_seats": pack["vacant_seats"],
        "source": "groups",
        "more": "",
    }


def _priority(priority: dict, scale: float, pages: dict[str, int]) -> dict:
    cutter = _Cutter(scale)
    indicators = []
    for row in priority["indicators"]:
        line = row["name"]
        if row["latest"]:
            line += " – " + _("%(value)s %(unit)s in %(period)s") % {
                "value": row["latest"],
                "unit": row["unit"],
                "period": row["latest_period"],
            }
        if row["target"]:
            line += " – " + _("target %(value)s %(unit)s") % {"value": row["target"], "unit": row["unit"]}
        indicators.append(" ".join(line.split()))
    return {
        "kind": "priority",
        "title": priority["name"],
        "status": priority["status"],
        "definition": cutter.text(priority["definition"], "definition"),
        "outcomes": cutter.items(priority["outcomes"], "line", 4),
        "indicators": cutter.items(indicators, "line", 3),
        "source": "priorities",
        "more": _see_pack(cutter, pages, "priorities"),
    }


def _closing(s: dict, scale: float, pages: dict[str, int]) -> dict:
    cutter = _Cutter(scale)
    pack = s["pack"]
    steps = []
    for row in pack["action_items_here"]:
        owner = _("%(owner)s, by %(due)s") % {"owner": row["owner"], "due": row["due"]} if row["due"] else row["owner"]
        steps.append(f"{row['description']} ({owner})")
    return {
        "kind": "closing",
        "title": _("Next steps"),
        "steps": cutter.items(steps, "point", MAX_KEY_POINTS),
        "source": "follow-up",
        "more": _see_pack(cutter, pages, "follow-up"),
    }


def slides(s: dict, *, scales: list[float] | None = None, pages: dict[str, int] | None = None) -> list[dict]:
    """Every slide of the deck, in order, each cut to its scale (1 = the full budget)."""
    pages = pages or {}
    makers = [lambda scale: _opening(s, scale, pages)]
    makers += [lambda scale, item=item: _item(item, scale, pages) for item in s["pack"]["agenda"]]
    makers += [lambda scale: _status(s, scale, pages)]
    makers += [lambda scale, p=p: _priority(p, scale, pages) for p in s["jc_priorities"]]
    makers += [lambda scale: _closing(s, scale, pages)]
    scales = scales or [1.0] * len(makers)
    result = []
    for number, (make, scale) in enumerate(zip(makers, scales, strict=True), start=1):
        slide = make(scale)
        slide["number"] = number
        slide["anchor"] = f"slide-{number}"
        result.append(slide)
    return result


# Rendering ---------------------------------------------------------------------------------------------


def pack_pages(build: ReportBuild) -> dict[str, int]:
    """The page of each section of the briefing pack built from the same data, in the same language.

    From the finished pack build when there is one; otherwise the pack is laid out from the same snapshot (same
    data and layout give the same pages as the file its build will write).
    """
    from reports.services import section_anchors

    s = build.snapshot
    pack = (
        ReportBuild.objects.filter(
            kind="briefing_pack",
            language=build.language,
            draft=build.draft,
            snapshot_sha256=s["pack_digest"],
            status=ReportBuild.Status.DONE,
        )
        .exclude(anchors={})
        .only("anchors")
        .first()
    )
    if pack is not None:
        return pack.anchors
    spec = kinds.get("briefing_pack")
    html = render_html(spec.template, {"s": s["pack"], "draft": build.draft, "language": build.language}, build.language)
    return section_anchors({name: index for index, page in enumerate(layout(html).pages) for name in page.anchors})


def _overflowing(document) -> set[int]:
    """Indexes of the slides that take more than one page (a slide split across pages has its id on each)."""
    seen: dict[int, int] = {}
    for page in document.pages:
        for name in page.anchors:
            if name.startswith("slide-"):
                index = int(name.removeprefix("slide-")) - 1
                seen[index] = seen.get(index, 0) + 1
    return {index for index, count in seen.items() if count > 1}


def _html(build: ReportBuild, deck: list[dict]) -> str:
    with translation.override(build.language):
        return render_to_string(
            TEMPLATE,
            {
                "s": build.snapshot,
                "slides": deck,
                "draft": build.draft,
                "language": build.language,
                "LANGUAGE_CODE": build.language,
                "STATIC": STATIC_PREFIX,
            },
        )


def render(build: ReportBuild) -> RenderedPdf:
    """Lay the slides out; any slide longer than one page is cut shorter and laid out again."""
    pages = pack_pages(build)
    with translation.override(build.language):
        count = len(slides(build.snapshot, pages=pages))
        scales = [1.0] * count
        for _round in range(FIT_ROUNDS):
            deck = slides(build.snapshot, scales=scales, pages=pages)
            document = layout(_html(build, deck))
            over = _overflowing(document)
            if not over:
                break
            for index in over:
                scales[index] *= SHRINK
        else:
            # Still too long after every round: the slide keeps its title and points to the pack.
            deck = slides(build.snapshot, scales=[0.0 if i in over else s for i, s in enumerate(scales)], pages=pages)
            document = layout(_html(build, deck))
    return write_pdf(document, identifier_seed=build.snapshot_sha256)


def parity(meeting: Meeting) -> list:
    """The deck shows the pack's text: the same gaps make it a DRAFT."""
    return briefing_pack.parity(meeting)


register(
    ReportKind(
        kind="deck",
        label=gettext_lazy("meeting deck"),
        target_model=Meeting,
        target_field="meeting",
        template=TEMPLATE,
        snapshot=snapshot,
        parity=parity,
        render=render,
    )
)
