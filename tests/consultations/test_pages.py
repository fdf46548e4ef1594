"""The secretariat's pages: roles, the write flows (nothing half-saved), sending and reminding, query counts."""

import pytest
from django.core import mail

from consultations.models import Consultation, Question, Respondent
from consultations.services import answers_submit, consultation_remind, consultation_send, respondent_invite, respondent_remind

PAGES = [
    "/en/consultations/",
    "/en/consultations/new/",
    "/en/consultations/survey-2021/",
    "/en/consultations/survey-2021/coding/",
]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize(("persona", "status"), [("secretariat", 200), ("cochair", 403), ("member", 403), ("outsider", 403)])
def test_only_the_secretariat_runs_consultations(personas, survey, path, persona, status):
    assert personas[persona].get(path).status_code == status


@pytest.mark.parametrize(("persona", "status"), [("secretariat", 200), ("cochair", 200), ("member", 200), ("outsider", 403)])
def test_readers_see_themes_and_the_plan(personas, survey, persona, status):
    assert personas[persona].get("/en/consultations/themes/").status_code == status
    assert personas[persona].get("/en/consultations/plan/").status_code == status


def test_the_secretariat_creates_a_survey_with_its_first_question_set(staff_client):
    response = staff_client.post(
        "/en/consultations/new/",
        {
            "slug": "members-2022",
            "mode": "survey",
            "period_start": "2022-03-01",
            "title_en": "Member consultation 2022",
            "title_fr": "Consultation des membres 2022",
            "change_reason": "new consultation",
        },
    )
    assert response.status_code == 302
    consultation = Consultation.objects.get(slug="members-2022")
    assert consultation.question_sets.get().name_fr == "Consultation des membres 2022"
    assert consultation.history.first().history_change_reason == "new consultation"


def test_a_title_missing_in_french_saves_nothing(staff_client):
    response = staff_client.post(
        "/fr/consultations/new/",
        {"slug": "half", "mode": "survey", "period_start": "2022-03-01", "title_en": "Only English", "change_reason": "x"},
    )
    assert response.status_code == 200
    assert "Ce champ est obligatoire." in response.content.decode()
    assert not Consultation.objects.filter(slug="half").exists()


def test_a_question_cannot_be_added_to_an_answered_version(staff_client, survey):
    respondent = survey.respondents.get(person__given_name="John")
    qs = respondent.question_set
    answers_submit(respondent=respondent, values={qs.questions.get(key="value").pk: "Networks"}, by=None)
    response = staff_client.post(
        f"/en/consultations/{survey.slug}/question-sets/{qs.pk}/questions/",
        {
            f"q{qs.pk}-key": "late",
            f"q{qs.pk}-order": 9,
            f"q{qs.pk}-kind": "text",
            f"q{qs.pk}-text_en": "Late?",
            f"q{qs.pk}-text_fr": "En retard?",
            f"q{qs.pk}-change_reason": "x",
        },
    )
    assert response.status_code == 400
    assert "make a new version" in response.content.decode()
    assert not Question.objects.filter(key="late").exists()


def test_sending_invites_each_respondent_once_in_their_language(survey, eager, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        consultation_send(consultation=survey, by=None, reason="sent")
    assert sorted(m.to[0] for m in mail.outbox) == ["elise@example.org", "john@example.org"]
    french = next(m for m in mail.outbox if m.to == ["elise@example.org"])
    assert french.subject == "Consultation : Consultation des membres 2021"
    assert "/fr/consultations/answer/" in french.body and "Votre lien personnel" in french.body
    # A second send (or the same job run twice) writes to nobody again.
    with django_capture_on_commit_callbacks(execute=True):
        consultation_send(consultation=survey, by=None, reason="sent again")
    for respondent in survey.respondents.all():
        assert respondent_invite(respondent_id=respondent.pk) is False
    assert len(mail.outbox) == 2


def test_reminders_go_only_to_those_who_have_not_answered_once_per_round(survey, eager, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        consultation_send(consultation=survey, by=None, reason="sent")
    john = survey.respondents.get(person__given_name="John")
    answers_submit(respondent=john, values={john.question_set.questions.get(key="value").pk: "Networks"}, by=None)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert consultation_remind(consultation=survey, by=None, reason="reminder") == 1
    assert [m.to for m in mail.outbox] == [["elise@example.org"]]
    assert mail.outbox[0].subject.startswith("Rappel : ")
    elise = survey.respondents.get(person__given_name="Élise")
    assert respondent_remind(respondent_id=elise.pk, round_number=1) is False
    assert Respondent.objects.get(pk=elise.pk).reminders_sent == 1


def test_the_secretariat_types_an_interview(staff_client, survey):
    respondent = survey.respondents.get(person__given_name="John")
    questions = {q.key: q for q in respondent.question_set.questions.all()}
    url = f"/en/consultations/{survey.slug}/respondents/{respondent.pk}/answers/"
    bad = staff_client.post(url, {f"q_{questions['value'].pk}": "Fine", f"q_{questions['satisfaction'].pk}": "9"})
    assert bad.status_code == 400
    assert not respondent.answers.exists()
    ok = staff_client.post(url, {f"q_{questions['value'].pk}": "Fine", f"q_{questions['satisfaction'].pk}": "5"})
    assert ok.status_code == 302
    assert respondent.answers.get(question=questions["satisfaction"]).scale == 5
    assert respondent.answers.get(question=questions["value"]).history.first().history_user.username == "staff"


def test_list_and_detail_pages_keep_a_fixed_number_of_queries(staff_client, survey, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert staff_client.get("/en/consultations/").status_code == 200
    with django_assert_max_num_queries(30):
        assert staff_client.get(f"/en/consultations/{survey.slug}/").status_code == 200


def test_the_comparison_shows_mean_distribution_and_change(staff_client, survey, jurisdictions):
    from tests.consultations.conftest import make_survey, person, save

    later = make_survey(slug="survey-2022")
    later.previous = survey
    save(later)
    for index, (consultation, scores) in enumerate(((survey, ["2", "4"]), (later, ["4", "5"]))):
        qs = consultation.question_sets.get()
        respondents = list(consultation.respondents.all())
        while len(respondents) < len(scores):
            respondents.append(
                save(
                    Respondent(
                        consultation=consultation,
                        question_set=qs,
                        person=person(
                            f"P{index}{len(respondents)}",
                            "X",
                            jurisdictions["on"],
                            email=f"p{index}{len(respondents)}@example.org",
                        ),
                    )
                )
            )
        for respondent, score in zip(respondents, scores, strict=False):
            answers_submit(respondent=respondent, values={qs.questions.get(key="satisfaction").pk: score}, by=None)
    response = staff_client.get("/en/dashboard/consultations/survey-2022/compare/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in page and 'role="img"' in page
    assert "<td>3.00</td>" in page and "<td>4.50</td>" in page
    assert "+1.50" in page


def test_a_respondent_without_an_address_is_not_recorded_as_invited(survey, eager, django_capture_on_commit_callbacks):
    john = survey.respondents.get(person__given_name="John")
    john.person.email = ""
    john.person.save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        consultation_send(consultation=survey, by=None, reason="sent")
    assert [m.to for m in mail.outbox] == [["elise@example.org"]]
    assert Respondent.objects.get(pk=john.pk).invited_at is None
