"""The real meetings of the Joint Councils: loaded after the registry, bilingual, idempotent, carried forward."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core.management import call_command, get_commands
from django.utils import translation
from modeltranslation.translator import translator

from councils.models import Council
from meetings.models import ActionItem, AgendaItem, Decision, Meeting
from priorities.models import Priority
from seed import loader
from seed.data import meetings as meeting_data
from tests import factories

COUNCIL_NAMES = {
    "jc": ("Joint Councils", "Conseils mixtes", "JC", "CM"),
    "pssdc": (
        "Public Sector Service Delivery Council",
        "Conseil de la prestation des services du secteur public",
        "PSSDC",
        "CPSSP",
    ),
    "pscioc": (
        "Public Sector Chief Information Officer Council",
        "Conseil des dirigeants principaux de l'information du secteur public",
        "PSCIOC",
        "CDPISP",
    ),
}

# (council, stored day, city, precision the sources give). The stored day of a month or a year is never shown.
NAMED_MEETINGS = [
    ("jc", datetime.date(2015, 9, 1), "St. John's", "month"),
    ("jc", datetime.date(2016, 2, 1), "Toronto", "month"),
    ("jc", datetime.date(2016, 9, 1), "Victoria", "month"),
    ("jc", datetime.date(2017, 2, 1), "Ottawa", "month"),
    ("jc", datetime.date(2017, 10, 1), "Charlottetown", "month"),
    ("jc", datetime.date(2018, 2, 1), "Toronto", "month"),
    ("jc", datetime.date(2018, 7, 1), "", "month"),  # the July 2018 approvals (source 001's timeline)
    ("jc", datetime.date(2019, 1, 1), "Ottawa", "year"),
    ("jc", datetime.date(2019, 7, 1), "Winnipeg", "year"),
    ("pscioc", datetime.date(2020, 2, 1), "", "month"),  # the PSCIOC agreement of February 2020
    ("jc", datetime.date(2020, 2, 26), "", "day"),
    ("pssdc", datetime.date(2020, 9, 3), "", "day"),
    ("pscioc", datetime.date(2020, 9, 10), "", "day"),
    ("jc", datetime.date(2020, 9, 22), "", "month"),  # the deck gives September 2020, not the day
]

LOADED_MODELS = (Meeting, AgendaItem, Decision, ActionItem)


@pytest.fixture
def registry(db):
    """The registry rows the meetings refer to: from load_joint_councils when it exists, else from factories."""
    if "load_joint_councils" in get_commands():
        call_command("load_joint_councils", stdout=io.StringIO(), verbosity=0)
        return
    needed = loader.required_registry()
    councils = {}
    for code in needed["councils"] | {"jc", "pssdc", "pscioc"}:
        name_en, name_fr, acronym_en, acronym_fr = COUNCIL_NAMES[code]
        councils[code] = factories.CouncilFactory(
            code=code, name_en=name_en, name_fr=name_fr, acronym_en=acronym_en, acronym_fr=acronym_fr
        )
    for slug in sorted(needed["working_groups"]):
        factories.WorkingGroupFactory(slug=slug)
    for slug in sorted(needed["priorities"]):
        factories.PriorityFactory(slug=slug, council=councils["jc"])
    # One emerging theme per council, linked by slug prefix.
    factories.PriorityFactory(slug="pscioc-cybersecurity", council=councils["pscioc"], kind=Priority.Kind.EMERGING_THEME)
    factories.PriorityFactory(slug="pssdc-privacy", council=councils["pssdc"], kind=Priority.Kind.EMERGING_THEME)


@pytest.fixture
def loaded(registry):
    return loader.load_meetings(verbosity=0)


def _midnight(day):
    return datetime.datetime.combine(day, datetime.time(), tzinfo=ZoneInfo(settings.TIME_ZONE))


def _meeting(code, day):
    return Meeting.objects.get(
        council__code=code, start__gte=_midnight(day), start__lt=_midnight(day) + datetime.timedelta(days=1)
    )


def _history_rows():
    return sum(model.history.count() for model in LOADED_MODELS)


def test_the_named_meetings_exist_with_their_councils_dates_precisions_and_cities(loaded):
    for code, day, city, precision in NAMED_MEETINGS:
        meeting = _meeting(code, day)
        assert meeting.date == day
        assert meeting.start_precision == precision
        assert meeting.status == Meeting.Status.HELD
        assert (meeting.city_en, meeting.city_fr) == (city, city)
        assert meeting.is_virtual is False  # the sources never say a meeting was virtual
        assert meeting.attendance.count() == 0  # no attendance is invented
    assert Meeting.objects.count() == len(NAMED_MEETINGS)


def test_a_meeting_without_a_known_day_is_shown_as_the_source_gives_it(loaded):
    from jointcouncils.provenance import partial_date

    with translation.override("fr"):
        assert partial_date(_meeting("jc", datetime.date(2015, 9, 1)).start, "month") == "septembre 2015"
    with translation.override("en"):
        assert partial_date(_meeting("jc", datetime.date(2019, 7, 1)).start, "year") == "2019"
        september = _meeting("jc", datetime.date(2020, 9, 22))
        assert partial_date(september.start, september.start_precision) == "September 2020"
    # Where another day than the first is stored (to keep the order), the row says it is inferred, and why.
    assert september.inferred and "22 September" in september.inferred_reason_en
    assert _meeting("jc", datetime.date(2019, 7, 1)).inferred
    assert not _meeting("jc", datetime.date(2015, 9, 1)).inferred
    # Sorting and filters still work on the stored day.
    ordered = list(Meeting.objects.filter(council__code="jc").order_by("start").values_list("start_precision", flat=True))
    assert ordered[0] == "month" and len(ordered) == 11


def test_loaded_text_is_in_both_languages(loaded):
    for model in LOADED_MODELS:
        fields = translator.get_options_for_model(model).fields
        for row in model.objects.all():
            for field in fields:
                en, fr = getattr(row, f"{field}_en"), getattr(row, f"{field}_fr")
                assert bool(en) == bool(fr), f"{model.__name__} {row.pk} {field}: en={en!r} fr={fr!r}"
    assert all(meeting.title_en and meeting.title_fr for meeting in Meeting.objects.all())


def test_september_2020_strategic_discussion_has_its_agenda_questions_and_next_steps(loaded):
    meeting = _meeting("jc", datetime.date(2020, 9, 22))
    assert meeting.objectives_fr.splitlines()[0] == (
        "Nouvelle validation des priorités des conseils mixtes : l’identité numérique et les services axés sur les clients"
    )
    assert len(meeting.objectives_en.splitlines()) == 5
    assert "COVID-19" in meeting.context_fr and "COVID-19" in meeting.context_en

    items = list(meeting.agenda_items.order_by("order"))
    assert [item.title_fr for item in items][:2] == [
        "Priorité des conseils mixtes : identité numérique",
        "Priorité des conseils mixtes : services axés sur les clients",
    ]
    assert items[-1].title_en == "Next steps"
    assert "Peter Watkins" in items[0].presenter_note_fr
    assert set(items[0].priorities.values_list("slug", flat=True)) == {"digital-identity"}

    strategy = meeting.agenda_items.get(title_fr="Orientation stratégique des CM – recommandations")
    assert strategy.purpose == AgendaItem.Purpose.DECISION
    with translation.override("fr"):
        assert strategy.question_list[1] == "A-t-on omis d’autres domaines d’intérêt ou priorités?"
    assert len(strategy.discussion_questions_en.splitlines()) == 3
    # The deck has no "decision sought" for this item: the portal writes none.
    assert strategy.decision_sought_en == strategy.decision_sought_fr == ""
    assert "research" in strategy.working_groups.values_list("slug", flat=True)

    updates = meeting.agenda_items.get(title_en="Update – Working groups")
    assert set(updates.working_groups.values_list("slug", flat=True)) == {"service-to-business", "open-source"}
    themes = meeting.agenda_items.get(title_en="New Joint Councils priorities")
    assert {"pscioc-cybersecurity", "pssdc-privacy"} <= set(themes.priorities.values_list("slug", flat=True))

    actions = meeting.action_items.order_by("pk")
    assert actions.count() == 4
    assert all(action.status == ActionItem.Status.OPEN and action.due_date is None for action in actions)
    # Next steps of a deck written before the meeting: flagged as inferred, with why.
    assert all(action.inferred and "next steps" in action.inferred_reason_en for action in actions)
    assert {action.owner_council.code for action in actions} == {"jc", "pssdc"}
    assert actions.get(owner_council__code="pssdc").description_fr.startswith("Le CPSSP transmettra des recommandations")
    # The deck was written before the meeting: it records no decision taken that day, and none is invented.
    assert meeting.decisions.count() == 0


def test_decisions_sit_on_the_meeting_where_they_were_taken(loaded):
    february = _meeting("jc", datetime.date(2020, 2, 26))
    confirmed = february.decisions.get(text_fr__startswith="On confirme que l’identité numérique")
    assert confirmed.decided_on == datetime.date(2020, 2, 26)
    assert confirmed.result == Decision.Result.APPROVED
    assert set(confirmed.priorities.values_list("slug", flat=True)) == {"digital-identity", "client-centric-services"}
    assert confirmed.text_en.startswith("Digital identity and client-centric services are confirmed")

    pscioc = _meeting("pscioc", datetime.date(2020, 9, 10))
    assert pscioc.decisions.get().text_en.startswith("PSCIOC members agreed to create an Open Source Working Group")
    assert pscioc.action_items.get().status == ActionItem.Status.IN_PROGRESS  # "on travaille présentement"

    pssdc = _meeting("pssdc", datetime.date(2020, 9, 3))
    assert pssdc.decisions.filter(text_fr__contains="Groupe de travail des services aux entreprises").exists()
    assert {a.owner_council.code for a in pssdc.action_items.all()} == {"pssdc"}

    assert not Decision.objects.filter(meeting__council__code="jc", text_fr__contains="sources ouvertes").exists()


def test_governance_deck_is_on_the_february_2020_meeting_with_its_questions_decision_sought_and_quick_wins(loaded):
    february = _meeting("jc", datetime.date(2020, 2, 26))
    governance = february.agenda_items.get(order=2)
    assert governance.purpose == AgendaItem.Purpose.DECISION
    assert len(governance.question_list) == 5
    assert governance.question_list[-1] == "What would the quick wins be?"
    with translation.override("fr"):
        assert governance.question_list[-1] == "Quels seraient les gains rapides?"
    assert governance.decision_sought_fr == (
        "Les membres sont-ils d’accord avec les mesures et les prochaines étapes recommandées?"
    )
    assert len(governance.objectives_en.splitlines()) == 3
    assert "Winnipeg" in governance.context_fr
    assert "d’une journée et demie" in governance.context_fr
    # The deck only asks whether members agree with its recommended next steps: no source records the answer, so
    # they are not action items, and the deck's placement on this meeting is flagged as inferred.
    assert february.action_items.count() == 0
    assert governance.inferred and governance.source_document == "governance-2020"


def test_a_second_run_creates_nothing_and_adds_no_history(loaded):
    before = _history_rows()
    counts = loader.load_meetings(verbosity=0)
    assert set(counts) == {"Meeting", "AgendaItem", "Decision", "ActionItem"}
    for name, count in counts.items():
        assert count["created"] == 0 and count["updated"] == 0, name
    assert counts["Meeting"]["unchanged"] == len(NAMED_MEETINGS)
    assert _history_rows() == before
    assert Meeting.objects.count() == len(NAMED_MEETINGS)


def test_loaded_rows_record_the_loader_as_the_reason_and_no_user(loaded):
    history = _meeting("jc", datetime.date(2020, 9, 22)).history.earliest("history_date")
    assert history.history_change_reason == "load_joint_councils"
    assert history.history_user is None


def test_a_run_restores_the_source_text_but_never_reopens_a_closed_action_item(loaded):
    decision = Decision.objects.get(text_fr__startswith="On confirme que l’identité numérique")
    decision.text_en = "Something else"
    decision.save()
    action = ActionItem.objects.get(description_en__startswith="The Joint Councils strategic plan is to be developed")
    action.status = ActionItem.Status.DONE
    action.closing_note_en = "Meetings now follow the new format."
    action.closing_note_fr = "Les réunions suivent maintenant le nouveau format."
    action.closed_on = datetime.date(2021, 2, 1)
    action.save()
    history_before = decision.history.count()

    out = io.StringIO()
    counts = loader.load_meetings(stdout=out, verbosity=2)

    assert counts["Decision"]["updated"] == 1 and counts["Decision"]["created"] == 0
    assert counts["ActionItem"]["updated"] == 0
    decision.refresh_from_db()
    assert decision.text_en.startswith("Digital identity and client-centric services")
    assert decision.history.count() == history_before + 1
    assert decision.history.latest("history_date").history_change_reason == "load_joint_councils"
    action.refresh_from_db()
    assert action.status == ActionItem.Status.DONE
    assert "Decision: 0 created, 1 updated" in out.getvalue()


def test_without_update_existing_rows_are_left_as_they_are(loaded):
    decision = Decision.objects.get(text_fr__startswith="On confirme que l’identité numérique")
    decision.text_en = "Edited in the portal"
    decision.save()
    counts = loader.load_meetings(verbosity=0, update=False)
    assert counts["Decision"]["updated"] == 0 and counts["Decision"]["created"] == 0
    decision.refresh_from_db()
    assert decision.text_en == "Edited in the portal"


def test_open_action_items_carry_forward_to_a_later_meeting_of_the_same_council(loaded):
    jc = Council.objects.get(code="jc")
    later = Meeting.objects.create(
        council=jc,
        title_en="Joint Councils meeting",
        title_fr="Réunion des conseils mixtes",
        start=_midnight(datetime.date(2021, 2, 1)),
        status=Meeting.Status.PLANNED,
    )
    carried = list(later.carried_forward_action_items())
    september = ActionItem.objects.filter(meeting__start__date=datetime.date(2020, 9, 22))
    assert set(september) <= set(carried)
    # Only the JC's own meetings feed it: the PSSDC and PSCIOC next steps stay with their councils.
    assert not [item for item in carried if item.meeting.council_id != jc.pk]

    closed = september.get(description_en__startswith="The Joint Councils strategic plan")
    closed.status = ActionItem.Status.DONE
    closed.closing_note_en, closed.closing_note_fr = "Plan adopted.", "Plan adopté."
    closed.closed_on = datetime.date(2020, 12, 1)
    closed.save()
    assert closed not in list(later.carried_forward_action_items())


def test_the_loader_refuses_to_run_before_the_registry(db):
    with pytest.raises(loader.RegistryDataMissing, match="council jc"):
        loader.load_meetings(verbosity=0)
    assert Meeting.objects.count() == 0


def test_data_keys_are_unique_within_a_meeting():
    for meeting in meeting_data.MEETINGS:
        keys = [d.key for d in meeting.decisions] + [a.key for a in meeting.actions]
        assert len(keys) == len(set(keys)), meeting.key
        orders = [item.order for item in meeting.agenda]
        assert len(orders) == len(set(orders)), meeting.key
    assert len({m.key for m in meeting_data.MEETINGS}) == len(meeting_data.MEETINGS)
