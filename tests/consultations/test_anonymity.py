"""Anonymous mode: who has answered is recorded, but the tables keep nothing that joins an answer to its respondent."""

from django.apps import apps
from django.db import connection, models

from consultations.models import AnonymousAnswer, AnonymousSubmission, Answer, Respondent
from consultations.services import answers_submit


def _answer_all(consultation):
    texts = {"Ana": "Moins de réunions.", "Ben": "Plus de mise en œuvre.", "Cai": "Une identité numérique."}
    for respondent in consultation.respondents.select_related("person"):
        values = {}
        for question in respondent.question_set.questions.all():
            if question.key == "value":
                values[question.pk] = texts[respondent.person.given_name]
            elif question.key == "satisfaction":
                values[question.pk] = "3"
        answers_submit(respondent=respondent, values=values, by=None)


def test_the_anonymous_tables_have_no_column_that_leads_to_a_person_or_a_time():
    for model in (AnonymousSubmission, AnonymousAnswer):
        for field in model._meta.get_fields():
            if field.is_relation and field.many_to_one:
                assert field.related_model not in {
                    Respondent,
                    apps.get_model("councils", "Person"),
                    apps.get_model("auth", "User"),
                }, field
            assert not isinstance(field, models.DateTimeField | models.DateField), field
        assert isinstance(model._meta.pk, models.UUIDField)
    # No history either: a history row carries a time and a user.
    history_models = {m.__name__ for m in apps.get_app_config("consultations").get_models()}
    assert "HistoricalAnonymousSubmission" not in history_models
    assert "HistoricalAnonymousAnswer" not in history_models
    assert "HistoricalRespondent" in history_models


def test_the_database_has_no_foreign_key_from_anonymous_answers_to_respondents(db):
    tables = {AnonymousSubmission._meta.db_table, AnonymousAnswer._meta.db_table}
    with connection.cursor() as cursor:
        referenced = set()
        for table in tables:
            for constraint in connection.introspection.get_constraints(cursor, table).values():
                if constraint["foreign_key"]:
                    referenced.add(constraint["foreign_key"][0])
    assert referenced == {
        "consultations_consultation",
        "consultations_questionset",
        "consultations_question",
        AnonymousSubmission._meta.db_table,
    }


def test_anonymous_answers_cannot_be_joined_to_their_respondents(anonymous_survey):
    _answer_all(anonymous_survey)
    respondents = list(anonymous_survey.respondents.all())
    assert all(r.has_answered for r in respondents)
    assert not Answer.objects.exists()
    assert AnonymousSubmission.objects.filter(consultation=anonymous_survey).count() == 3
    # Every value a respondent row (or its history) holds that could serve as a join key...
    keys = set()
    for respondent in respondents:
        keys |= {str(respondent.pk), str(respondent.public_id), respondent.token_secret, str(respondent.person_id)}
        for row in respondent.history.all():
            keys |= {str(row.history_id), str(row.pk)}
    # The anonymous rows hold only the links every submission shares (consultation, question set, question), the
    # answer itself, and random ids: a new column would have to be argued for here.
    assert {f.attname for f in AnonymousSubmission._meta.concrete_fields} == {"id", "consultation_id", "question_set_id"}
    assert {f.attname for f in AnonymousAnswer._meta.concrete_fields} == {
        "id",
        "submission_id",
        "question_id",
        "text",
        "choice",
        "scale",
    }
    # ... and the random ids match nothing a respondent row or its history holds.
    for submission in AnonymousSubmission.objects.filter(consultation=anonymous_survey):
        assert str(submission.id) not in keys
        assert not {str(answer.id) for answer in submission.answers.all()} & keys
    # The only possible ordering is by the random ids: not the order the respondents answered in.
    assert {a.text for a in AnonymousAnswer.objects.exclude(text="")} == {
        "Moins de réunions.",
        "Plus de mise en œuvre.",
        "Une identité numérique.",
    }


def test_an_anonymous_survey_is_answered_once(anonymous_survey):
    _answer_all(anonymous_survey)
    respondent = anonymous_survey.respondents.first()
    question = respondent.question_set.questions.get(key="value")
    try:
        answers_submit(respondent=respondent, values={question.pk: "Encore"}, by=None)
    except Exception as exc:  # noqa: BLE001 - the message is what matters
        assert "already received" in str(exc)
    else:
        raise AssertionError("a second submission was accepted")
    assert AnonymousSubmission.objects.filter(consultation=anonymous_survey).count() == 3
