"""The one bilingual form layout in a real browser: the meeting, agenda item, ballot, working-group, co-chair seat and
milestone forms, sent empty, show the one error summary linked to the fields, one fieldset per language with
each field marked in its language, and axe-core finds no WCAG 2.1 A/AA violation, in English and in French."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.helpers import assert_no_axe_violations, login
from tests.conftest import PASSWORD
from tests.meetings.factories import MeetingFactory

WORDS = {
    "en": {"summary": "The form could not be saved", "legends": ["English", "French"], "title": "Title (French)"},
    "fr": {
        "summary": "Le formulaire n'a pas pu être enregistré",
        "legends": ["Anglais", "Français"],
        "title": "Titre (français)",
    },
}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_bilingual_forms_show_their_errors_and_languages_accessibly(
    page, secretariat_user, council, cochair_group, browser_errors, lang
):
    words = WORDS[lang]
    meeting = MeetingFactory(council=council)
    with translation.override(lang):
        urls = [
            reverse("meetings:create"),
            reverse("meetings:agenda_item_add", args=[meeting.pk]),
            reverse("voting:create"),
            reverse("workinggroups:edit", args=[cochair_group.slug]),
            reverse("workinggroups:seat_add", args=[cochair_group.slug]),
            reverse("reporting:milestone_create", args=[cochair_group.slug]),
        ]
    login(page, "staff", PASSWORD, lang=lang)
    for url in urls:
        page.goto(url)
        form = page.locator("main form[method=post]").last
        legends = [text.strip() for text in form.locator("fieldset > legend").all_inner_texts()]
        assert words["legends"][0] in legends and words["legends"][1] in legends, (url, legends)
        french = form.locator("fieldset", has=page.locator("legend", has_text=words["legends"][1]))
        assert french.locator("[lang=fr]").count() >= 1, url
        assert french.locator("[lang=en]").count() == 0, url
        # Sent empty: the one error summary, whose links lead to the fields in error.
        form.locator("button[type=submit]").last.click()
        summary = page.locator(".error-summary")
        expect(summary).to_contain_text(words["summary"])
        first = summary.locator("a").first
        target = first.get_attribute("href")
        assert target and page.locator(target).count() == 1, (url, target)
        if "/edit/" in url:
            # The version the page was drawn with stays in the form after the errors (no silent overwrite).
            assert form.locator("input[type=hidden][name=expected_version]").get_attribute("value") == str(cochair_group.version)
        assert_no_axe_violations(page)
    # The meeting form names each title's language in the page's language.
    page.goto(urls[0])
    expect(page.get_by_label(words["title"])).to_have_attribute("lang", "fr")
    assert browser_errors == []
