"""One bilingual form layout (jointcouncils.forms.BilingualFormMixin) and one include for every bilingual form."""

import importlib
import inspect
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.utils import translation

from jointcouncils.forms import BilingualFormMixin
from meetings.forms import ActionItemStatusForm, AgendaItemForm, AttachmentForm, MeetingForm
from voting.forms import BallotAttachmentForm, BallotForm
from workinggroups.forms import CochairSeatForm, WorkingGroupForm
from workinggroups.reporting.forms import MilestoneForm, StatusUpdateForm

FORM_MODULES = (
    "councils.forms",
    "priorities.forms",
    "logicmodel.forms",
    "meetings.forms",
    "voting.forms",
    "consultations.forms",
    "workinggroups.forms",
    "workinggroups.reporting.forms",
)


def _forms_of(module_name):
    module = importlib.import_module(module_name)
    for _name, cls in inspect.getmembers(module, inspect.isclass):
        if cls.__module__ == module.__name__ and issubclass(cls, forms.BaseForm):
            yield cls


def test_every_form_with_fields_in_both_languages_uses_the_one_bilingual_layout():
    for module_name in FORM_MODULES:
        for cls in _forms_of(module_name):
            names = set(cls.base_fields)
            bilingual = {name for name in names if name.endswith(("_en", "_fr"))}
            if bilingual:
                assert issubclass(cls, BilingualFormMixin), f"{module_name}.{cls.__name__} lays out {sorted(bilingual)} by hand"


def test_the_templates_render_bilingual_forms_through_the_one_include():
    templates = Path(settings.BASE_DIR) / "templates"
    assert not (templates / "meetings" / "includes" / "fieldsets_form.html").exists()
    for path in templates.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "fieldsets_form" not in text, path
        assert "form.fieldsets" not in text and "english_fields" not in text and "form.sections" not in text, path
        if path.name != "form_errors.html":
            assert "The form could not be saved" not in text or path.parts[-2] in {"dataio", "notifications"}, path


def _layout(form):
    return [
        (str(group["legend"]) if group["legend"] else None, group["lang"], [f.name for f in group["fields"]])
        for group in form.layout()
    ]


@pytest.mark.django_db
def test_a_meeting_form_has_the_shared_fields_then_one_fieldset_per_language_then_the_reason():
    with translation.override("en"):
        form = MeetingForm()
        layout = _layout(form)
        assert layout[0][0] is None and layout[0][2][0] == "council"
        assert layout[1] == ("English", "en", ["title_en", "city_en", "venue_en", "objectives_en", "context_en"])
        assert layout[2][:2] == ("French", "fr")
        assert layout[-1] == (None, None, ["change_reason"])
        assert form["title_fr"].label == "Title (French)" and form.fields["title_fr"].required
        assert form.fields["title_fr"].widget.attrs["lang"] == "fr"
        assert [f.name for f in form.hidden_fields()] == ["expected_version"]
    with translation.override("fr"):
        assert MeetingForm()["title_en"].label == "Titre (anglais)"


@pytest.mark.django_db
def test_an_agenda_item_starts_with_its_title_and_purpose_and_ends_with_its_links():
    layout = _layout(AgendaItemForm())
    assert layout[0][2] == ["title_en", "title_fr", "purpose"]
    assert layout[1][2] == ["presenter", "minutes"]
    assert "title_en" not in layout[2][2] and layout[2][1] == "en"
    assert layout[-1] == ("Links", None, ["priorities", "working_groups", "outcomes"])


def test_plain_forms_name_each_title_in_its_language():
    for form in (AttachmentForm(), BallotAttachmentForm()):
        assert _layout(form) == [
            (None, None, ["file", "language"] if isinstance(form, AttachmentForm) else ["file"]),
            ("English", "en", ["title_en"]),
            ("French", "fr", ["title_fr"]),
        ]
        assert form["title_en"].label == "Title (English)"
        assert form.fields["title_fr"].widget.attrs["lang"] == "fr"
    seat = CochairSeatForm()
    assert seat["note_fr"].label == "Note (French)" and _layout(seat)[-1] == (None, None, ["change_reason"])


@pytest.mark.django_db
def test_an_action_items_closing_note_is_asked_in_each_language():
    from tests.meetings.factories import ActionItemFactory

    form = ActionItemStatusForm(instance=ActionItemFactory())
    assert _layout(form) == [
        (None, None, ["status"]),
        ("English", "en", ["closing_note_en"]),
        ("French", "fr", ["closing_note_fr"]),
        (None, None, ["change_reason"]),
    ]
    assert form["closing_note_en"].label == "Closing note (English)"


@pytest.mark.django_db
def test_working_group_forms_use_the_layout_and_keep_their_own_labels():
    group = WorkingGroupForm()
    assert _layout(group)[0] == ("Kind, status and dates", None, ["kind", "status", "start_date", "planned_end_date"])
    assert group["name_fr"].label == "Name (French)" and group.fields["name_fr"].required
    assert group.fields["mandate_en"].widget.attrs["lang"] == "en"
    ballot = BallotForm()
    assert ballot["question_en"].label == "Question (English)" and ballot.fields["question_fr"].required


@pytest.mark.django_db
def test_the_status_update_is_laid_out_by_topic_with_english_and_french_side_by_side(cochair_group):
    form = StatusUpdateForm(working_group=cochair_group)
    groups = form.layout()
    assert [str(group["legend"]) for group in groups] == [
        "Period",
        "Status of the work",
        "Accomplishments",
        "Next steps",
        "Risks and issues",
        "Asks of the councils",
    ]
    assert [[f.name for f in row] for row in groups[0]["rows"]] == [
        ["period_label_en", "period_label_fr"],
        ["period_start", "period_end"],
    ]
    # Its own labels (Meta.labels) are kept.
    assert form["accomplishments_fr"].label == "Accomplishments, in French"
    assert form.fields["accomplishments_fr"].widget.attrs["lang"] == "fr"
    milestone = MilestoneForm(working_group=cochair_group)
    assert milestone["title_en"].label == "Title (English)" and _layout(milestone)[-1] == (None, None, ["change_reason"])
