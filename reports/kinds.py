"""What each kind of report needs: its target, its data snapshot, its parity check and its template.

Each content module (reports/content/*.py) registers one ReportKind. The pipeline (services.py) only talks to this
registry, so adding a report is adding a module.
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
    target_model: type[models.Model]
    target_field: str  # the ReportBuild field that points at the target
    template: str
    # snapshot(target, language) -> JSON-serialisable dict; everything the template reads comes from it.
    snapshot: Callable[..., dict]
    # parity(target) -> list[MissingText] for both languages.
    parity: Callable[..., list[MissingText]]
    # Extra files merged into the PDF (agenda attachments): attachments(snapshot) -> list of dicts.
    attachments: Callable[[dict], list[dict]] = field(default=lambda snapshot: [])
    # A Word edition made from the same snapshot: docx(snapshot, language, draft) -> bytes; None when there is none.
    docx: Callable[..., bytes] | None = None


REGISTRY: dict[str, ReportKind] = {}


def register(kind: ReportKind) -> ReportKind:
    REGISTRY[kind.kind] = kind
    return kind


def get(kind: str) -> ReportKind:
    # Content modules register themselves on import.
    from reports import content  # noqa: F401

    return REGISTRY[kind]
