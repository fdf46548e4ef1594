"""A duplicate email gets a sentence in the user's language, not a constraint name."""

import pytest
from django.urls import reverse
from django.utils import translation

from councils.models import Person
from tests import factories

pytestmark = pytest.mark.django_db


# Regression (councils/forms.py PersonForm; the constraint person_unique_email_when_given has a condition, so Django
# reports it as "Constraint “person_unique_email_when_given” is violated."): a duplicate email got a technical
# message naming a database constraint instead of a sentence, in either language.
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_duplicate_email_gets_a_clear_message(staff_client, lang):
    factories.PersonFactory(email="alex@example.ca")
    data = {
        "given_name": "Alex",
        "family_name": "Other",
        "email": "alex@example.ca",
        "organisation": "",
        "preferred_language": "en",
        "user": "",
        "title_en": "Director",
        "title_fr": "Directeur",
        "change_reason": "New member",
    }
    with translation.override(lang):
        url = reverse("councils:person_create")
    response = staff_client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "person_unique_email_when_given" not in page
    if lang == "en":  # the French words come with the project's one translation pass (locale/ is not edited here)
        assert "Another person already has this email address." in page
    assert Person.objects.filter(email="alex@example.ca").count() == 1
