"""A survey's personal link: no login, signed, expiring, for one respondent only, answered in their language."""

import datetime

import pytest
from django.utils import timezone

from consultations.models import Answer, Respondent
from consultations.services import respondent_from_token, survey_token


def link(respondent, token=None):
    token = token or survey_token(respondent=respondent)
    return f"/{respondent.language}/consultations/answer/{respondent.public_id}/{token}/"


def elise(survey):
    return survey.respondents.get(person__given_name="Élise")


def john(survey):
    return survey.respondents.get(person__given_name="John")


def test_a_valid_link_opens_the_survey_without_login_in_the_respondents_language(client, survey):
    response = client.get(link(elise(survey)))
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="fr-CA">' in page
    assert "Quelle valeur les conseils apportent-ils\u00a0?" in page
    assert "En personne" in page
    assert "What value do the councils bring?" not in page


def test_an_expired_link_is_refused_with_a_message(client, survey):
    respondent = elise(survey)
    token = survey_token(respondent=respondent, expires_at=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get(link(respondent, token))
    assert response.status_code == 403
    assert "This link has expired" in response.content.decode() or "Ce lien a expiré" in response.content.decode()
    assert not Answer.objects.exists()


def test_a_link_does_not_work_for_another_respondent(client, survey):
    token_of_elise = survey_token(respondent=elise(survey))
    other = john(survey)
    response = client.post(link(other, token_of_elise), {f"q_{q.pk}": "x" for q in other.question_set.questions.all()})
    assert response.status_code == 403
    assert "belongs to someone else" in response.content.decode()
    assert not Answer.objects.exists()
    other.refresh_from_db()
    assert not other.has_answered


def test_an_altered_or_withdrawn_link_is_refused(client, survey):
    respondent = elise(survey)
    token = survey_token(respondent=respondent)
    assert client.get(link(respondent, token[:-2] + "xx")).status_code == 403
    respondent.token_secret = "new-secret"
    respondent.save(update_fields=["token_secret"])
    response = client.get(link(respondent, token))
    assert response.status_code == 403
    assert "withdrawn" in response.content.decode() or "retiré" in response.content.decode()


def test_the_token_names_its_respondent_and_expiry(survey):
    respondent = elise(survey)
    assert respondent_from_token(public_id=respondent.public_id, token=survey_token(respondent=respondent)) == respondent


def test_a_french_respondent_answers_once_through_the_link(client, survey):
    respondent = elise(survey)
    questions = {q.key: q for q in respondent.question_set.questions.all()}
    url = link(respondent)
    response = client.post(
        url,
        {
            f"q_{questions['value'].pk}": "Une table unique pour toutes les administrations.",
            f"q_{questions['satisfaction'].pk}": "4",
            f"q_{questions['meetings'].pk}": "En ligne",
        },
    )
    assert response.status_code == 200
    assert "vos réponses ont été reçues" in response.content.decode()
    respondent.refresh_from_db()
    assert respondent.has_answered
    answers = {a.question.key: a for a in Answer.objects.filter(respondent=respondent).select_related("question")}
    assert answers["value"].text == "Une table unique pour toutes les administrations."
    assert answers["satisfaction"].scale == 4
    # Choices are stored in English, so both languages' answers count together.
    assert answers["meetings"].choice == "Online"
    # A second visit says thanks and changes nothing.
    again = client.post(url, {f"q_{questions['value'].pk}": "Autre chose"})
    assert again.status_code == 200
    assert Answer.objects.get(respondent=respondent, question=questions["value"]).text.startswith("Une table")


def test_bad_input_is_refused_in_the_respondents_language_and_nothing_is_saved(client, survey):
    respondent = elise(survey)
    questions = {q.key: q for q in respondent.question_set.questions.all()}
    response = client.post(
        link(respondent), {f"q_{questions['value'].pk}": "Oui", f"q_{questions['meetings'].pk}": "Par pigeon voyageur"}
    )
    assert response.status_code == 400
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert not Answer.objects.exists()
    assert not Respondent.objects.get(pk=respondent.pk).has_answered


@pytest.mark.parametrize("path", ["/en/consultations/", "/en/consultations/survey-2021/"])
def test_the_secretariat_pages_need_a_login(client, survey, path):
    response = client.get(path)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
