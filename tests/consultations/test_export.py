"""The answers export: one row per respondent, one fixed column per question key across question-set versions, the
other exports' formula escaping, in CSV and XLSX."""

import csv
import io

import pytest
from openpyxl import load_workbook

from consultations.models import Question
from consultations.services import answers_submit, questionset_new_version
from dataio.consultation_export import consultation_export_bytes
from tests.consultations.conftest import save

FIXED = 7


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _xlsx(data: bytes) -> list[list]:
    sheet = load_workbook(io.BytesIO(data)).active
    return [[cell if cell is not None else "" for cell in row] for row in sheet.iter_rows(values_only=True)]


def _answer(respondent, **by_key):
    questions = {q.key: q for q in respondent.question_set.questions.all()}
    answers_submit(respondent=respondent, values={questions[k].pk: v for k, v in by_key.items()}, by=None)


def test_columns_stay_fixed_across_question_set_versions(survey):
    elise = survey.respondents.get(person__given_name="Élise")
    john = survey.respondents.get(person__given_name="John")
    _answer(elise, value='=HYPERLINK("http://evil")', satisfaction="4")
    before = _csv(consultation_export_bytes(survey, "csv", "en"))

    # Version 2 rewords a question, drops nothing, and adds one; John answers version 2.
    v1 = survey.question_sets.get(number=1)
    v2 = questionset_new_version(question_set=v1, by=None, reason="test")
    reworded = v2.questions.get(key="satisfaction")
    reworded.text_en = "How satisfied are you with the pace of delivery?"
    save(reworded)
    save(
        Question(question_set=v2, key="tools", order=4, kind=Question.Kind.TEXT, text_en="Which tools?", text_fr="Quels outils?")
    )
    john.question_set = v2
    save(john)
    _answer(john, value="Networks", satisfaction="2", tools="Teams")

    after = _csv(consultation_export_bytes(survey, "csv", "en"))
    keys_before = [h.rsplit("[", 1)[1].rstrip("]") for h in before[0][FIXED:]]
    keys_after = [h.rsplit("[", 1)[1].rstrip("]") for h in after[0][FIXED:]]
    assert keys_before == ["members.value", "members.satisfaction", "members.meetings"]
    # Earlier columns keep their place; the new question is added at the end.
    assert keys_after == keys_before + ["members.tools"]
    # The latest wording names the column.
    assert "How satisfied are you with the pace of delivery?" in after[0][FIXED + 1]
    rows = {row[0]: row for row in after[1:]}
    assert len(rows) == 2
    assert rows["Élise Tremblay"][FIXED:] == ['\'=HYPERLINK("http://evil")', "4", "", ""]
    assert rows["John Smith"][FIXED:] == ["Networks", "2", "", "Teams"]
    assert rows["John Smith"][5].endswith("v2")


def test_xlsx_has_the_same_table_with_formulas_kept_as_text(survey):
    elise = survey.respondents.get(person__given_name="Élise")
    _answer(elise, value="+1+1", meetings="En ligne")
    rows = _xlsx(consultation_export_bytes(survey, "xlsx", "fr"))
    assert rows[0][0] == "Répondant"
    row = next(r for r in rows[1:] if r[0] == "Élise Tremblay")
    assert row[FIXED] == "'+1+1"
    assert row[FIXED + 2] == "Online"
    sheet = load_workbook(io.BytesIO(consultation_export_bytes(survey, "xlsx", "fr"))).active
    assert all(cell.data_type == "s" for row in sheet.iter_rows(min_row=2) for cell in row[:1])


def test_anonymous_export_has_no_respondent_columns_filled(anonymous_survey):
    for respondent in anonymous_survey.respondents.all():
        _answer(respondent, value=f"text {respondent.person.given_name}")
    rows = _csv(consultation_export_bytes(anonymous_survey, "csv", "en"))
    assert len(rows) == 4
    assert {tuple(row[1:5]) for row in rows[1:]} == {("", "", "", "")}
    assert {row[0] for row in rows[1:]} == {"anonymous"}


@pytest.mark.parametrize(("persona", "status"), [("secretariat", 200), ("cochair", 403), ("member", 403), ("outsider", 403)])
def test_only_the_secretariat_downloads_the_answers(personas, survey, persona, status):
    response = personas[persona].get(f"/en/data/consultations/{survey.slug}/answers.csv")
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"].startswith("text/csv")
