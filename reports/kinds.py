"""What each kind of report is: its name, its target, its data snapshot, its parity check and its template.

Each content module (reports/content/*.py) registers one ReportKind, the one description of its kind: the
pipeline (services.py), the pages (views.py) and the build buttons read it. The model's choices and its
CheckConstraint are static (migrations need them so); tests/reports/test_kinds.py holds them to this registry.
Adding a report is adding a module (and its choice and constraint line, which that test asks for).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models


@dataclass(frozen=True)
class MissingText:
    """A record used by a report whose text is missing in one language."""

    record: str  # what the user reads, e.g. "Working group: Death Notification"
    field: str  # e.g. "mandate"
    language: str  # "en" or "fr"
    url: str  # where staff fix it


@dataclass(frozen=True)
class ReportKind:
    kind: str
    label: str  # the report's name, translated when shown (gettext_lazy)
    target_model: type[models.Model]
    target_field: str  # the ReportBuild field that points at the target
    template: str
    # snapshot(target, language) -> JSON-serialisable dict; everything the template reads comes from it.
    snapshot: Callable[..., dict]
    # parity(target) -> list[MissingText] for both languages.
    parity: Callable[..., list[MissingText]]
    # Extra files merged into the PDF (agenda attachments): attachments(snapshot) -> list of dicts.
    attachments: Callable[[dict], list[dict]] = field(default=lambda snapshot: [])
    # A kind that lays itself out (the deck fits each slide to one page): render(build) -> RenderedPdf.
    render: Callable | None = None
    # A Word edition made from the same snapshot: docx(snapshot, language, draft) -> bytes; None when there is none.
    docx: Callable[..., bytes] | None = None


REGISTRY: dict[str, ReportKind] = {}


def register(kind: ReportKind) -> ReportKind:
    REGISTRY[kind.kind] = kind
    return kind


def all_kinds() -> dict[str, ReportKind]:
    """Every registered kind, by key."""
    # Content modules register themselves on import; they import this module, so this import waits until asked.
    from reports import content  # noqa: F401

    return REGISTRY


def get(kind: str) -> ReportKind:
    """The kind's description (KeyError when there is no such kind)."""
    return all_kinds()[kind]
