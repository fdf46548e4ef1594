"""A small but complete meeting, built by hand, for the report tests."""

import datetime
import hashlib
from pathlib import Path

import pytest
from django.utils import timezone

from logicmodel.models import Alignment
from meetings.models import ActionItem, AgendaItem, Attachment, Decision, Meeting
from reports.rendering import render_pdf
from tests import factories
from workinggroups.models import Milestone, StatusUpdate


def make_pdf(text: str, pages: int = 2) -> bytes:
    body = "".join(
        f'<p style="break-before: page">{text} – page {n}</p>' if n > 1 else f"<p>{text} – page 1</p>"
        for n in range(1, pages + 1)
    )
    return render_pdf(f'<html lang="en"><head><title>{text}</title></head><body>{body}</body></html>', identifier_seed=text).data


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def pack_meeting(db, media_root):
    """A JC meeting with an agenda, a PDF attachment, decisions, action items, a group with an approved update."""
    jc = factories.CouncilFactory(
        code="jc", name_en="Joint Councils", name_fr="Conseils mixtes", acronym_en="JC", acronym_fr="CM"
    )
    model = factories.LogicModelFactory(slug="ottawa-2019", name_en="Ottawa 2019", name_fr="Ottawa 2019")
    outcome = factories.OutcomeFactory(
        logic_model=model, name_en="Core digital enablers", name_fr="Catalyseurs numériques de base"
    )
    priority = factories.PriorityFactory(
        council=jc,
        slug="digital-identity",
        name_en="Digital Identity",
        name_fr="Identité numérique",
        definition_en="Trusted digital identity for every Canadian.",
        definition_fr="Une identité numérique de confiance pour chaque Canadien.",
    )
    group = factories.WorkingGroupFactory(
        slug="imsc",
        name_en="Identity Management Sub-Committee",
        name_fr="Sous-comité de gestion de l'identité",
        acronym_en="IMSC",
        acronym_fr="SCGI",
    )
    factories.ReportingLineFactory(working_group=group, council=jc)
    seat = factories.CochairSeatFactory(working_group=group, number=1)
    factories.CochairTermFactory(seat=seat)
    factories.CochairSeatFactory(working_group=group, number=2)  # vacant
    Alignment.objects.create(
        logic_model=model,
        working_group=group,
        priority=priority,
        contribution_en="Leads the work.",
        contribution_fr="Dirige les travaux.",
    )
    Alignment.objects.create(logic_model=model, working_group=group, outcome=outcome)
    StatusUpdate.objects.create(
        working_group=group,
        period_label_en="JC, September 2020",
        period_label_fr="CM, septembre 2020",
        period_start=datetime.date(2020, 3, 1),
        period_end=datetime.date(2020, 9, 21),
        rag="amber",
        rag_rationale_en="Funding is late.",
        rag_rationale_fr="Le financement tarde.",
        accomplishments_en="Published the trust framework.",
        accomplishments_fr="Publication du cadre de confiance.",
        state=StatusUpdate.State.APPROVED,
        approved_at=timezone.now(),
    )
    Milestone.objects.create(
        working_group=group,
        title_en="Pilot in two provinces",
        title_fr="Projet pilote dans deux provinces",
        due_date=datetime.date(2030, 1, 1),
    )
    earlier = Meeting.objects.create(
        council=jc,
        title_en="JC meeting, February 2020",
        title_fr="Réunion des CM, février 2020",
        start=timezone.make_aware(datetime.datetime(2020, 2, 26, 9)),
        status="held",
    )
    Decision.objects.create(
        meeting=earlier,
        text_en="Reconfirm Digital Identity.",
        text_fr="Reconfirmer l'identité numérique.",
        decided_on=datetime.date(2020, 2, 26),
    )
    ActionItem.objects.create(
        meeting=earlier,
        description_en="Define the scope of each priority.",
        description_fr="Définir la portée de chaque priorité.",
        owner_council=jc,
    )
    meeting = Meeting.objects.create(
        council=jc,
        title_en="JC strategic discussion",
        title_fr="Discussion stratégique des CM",
        start=timezone.make_aware(datetime.datetime(2020, 9, 22, 9)),
        status="held",
        city_en="Ottawa",
        city_fr="Ottawa",
        objectives_en="Reconfirm the priorities.",
        objectives_fr="Reconfirmer les priorités.",
    )
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=1,
        title_en="Digital identity progress report",
        title_fr="Rapport d'étape sur l'identité numérique",
        purpose="decision",
        discussion_questions_en="Is the scope right?\nWho leads?",
        discussion_questions_fr="La portée est-elle la bonne?\nQui dirige?",
        decision_sought_en="Approve the next phase.",
        decision_sought_fr="Approuver la prochaine phase.",
    )
    item.priorities.add(priority)
    data = make_pdf("ANNEXED DECK", pages=2)
    sha = hashlib.sha256(data).hexdigest()
    path = Path(media_root) / "attachments" / sha[:2] / sha
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    Attachment.objects.create(
        agenda_item=item,
        title_en="Progress deck",
        title_fr="Présentation d'étape",
        file=f"attachments/{sha[:2]}/{sha}",
        original_name="deck.pdf",
        kind="pdf",
        size=len(data),
        sha256=sha,
    )
    return meeting
