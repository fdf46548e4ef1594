"""Every text in both languages, or a clear translation step: bilingual return reasons, the "needs translation"
flag with its form, parity links to that form, and the secretariat's translation queue (count, export)."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from jointcouncils.translations import translation_queue, translation_queue_count, translation_url
from reports.kinds import get as get_kind
from tests.workinggroups.factories import submitted_update
from workinggroups.models import StatusUpdate
from workinggroups.reporting import services

pytestmark = pytest.mark.django_db


def _client(client, user):
    client.force_login(user)
    return client


def test_a_return_reason_is_written_in_both_languages_from_the_french_page(client, cochair_group, secretariat_user):
    update = submitted_update(working_group=cochair_group)
    response = _client(client, secretariat_user).post(
        reverse("reporting:update_return", args=[update.pk]).replace("/en/", "/fr/"),
        {
            "reason": "Ajoutez les provinces.",
            "reason_translation": "Add the provinces.",
            "expected_version": update.version,
        },
    )
    assert response.status_code == 302
    update.refresh_from_db()
    assert (update.return_reason_fr, update.return_reason_en) == ("Ajoutez les provinces.", "Add the provinces.")
    assert update not in [e for e in translation_queue() if e.url == translation_url(update)]


def test_a_reason_in_one_language_is_flagged_with_a_link_to_the_form_that_fixes_it(
    client, cochair_group, cochair_user, secretariat_user, member_user
):
    update = submitted_update(working_group=cochair_group)
    with translation.override("en"):
        services.statusupdate_return(
            update=update, expected_version=update.version, by=secretariat_user, reason="Add the provinces."
        )
    update.refresh_from_db()
    assert update.return_reason_fr == ""
    url = translation_url(update)
    page = _client(client, secretariat_user).get(reverse("reporting:update_detail", args=[update.pk])).content.decode()
    assert "Needs translation" in page and f'href="{url}"' in page
    # The co-chair may fix their own returned update: the link shows for them too.
    page = _client(client, cochair_user).get(reverse("reporting:update_detail", args=[update.pk])).content.decode()
    assert f'href="{url}"' in page
    assert _client(client, member_user).get(url).status_code == 403


def test_the_translation_form_fills_in_the_missing_language_with_history(client, cochair_group, secretariat_user):
    update = submitted_update(working_group=cochair_group)
    with translation.override("en"):
        services.statusupdate_return(
            update=update, expected_version=update.version, by=secretariat_user, reason="Add the provinces."
        )
    update.refresh_from_db()
    url = translation_url(update)
    form = _client(client, secretariat_user).get(url)
    assert form.status_code == 200 and "reason for returning (French)" in form.content.decode()
    data = {
        f"{name}_{lang}": getattr(update, f"{name}_{lang}") or ""
        for name in ("period_label", "rag_rationale", "accomplishments", "next_steps", "risks_issues", "asks", "return_reason")
        for lang in ("en", "fr")
    }
    data.update(return_reason_fr="Ajoutez les provinces.", change_reason="Translation", expected_version=update.version)
    response = client.post(url, data)
    assert response.status_code == 302
    update.refresh_from_db()
    assert update.return_reason_fr == "Ajoutez les provinces."
    newest = update.history.order_by("-history_date").first()
    assert newest.history_user == secretariat_user and newest.history_change_reason == "Translation"
    # A stale form is refused and changes nothing.
    data.update(return_reason_fr="Autre chose.")
    assert client.post(url, data).status_code == 409
    update.refresh_from_db()
    assert update.return_reason_fr == "Ajoutez les provinces."


def test_parity_links_lead_to_the_translation_form(cochair_group, secretariat_user):
    update = StatusUpdate.objects.create(
        working_group=cochair_group,
        period_label_en="JC, September 2020",
        period_label_fr="CM, septembre 2020",
        period_start="2020-03-01",
        period_end="2020-09-21",
        rag="green",
        accomplishments_en="Published the guide.",
        state=StatusUpdate.State.APPROVED,
    )
    missing = get_kind("wg_status").parity(cochair_group)
    assert missing and {m.url for m in missing} == {translation_url(update)}


def test_the_queue_lists_every_record_missing_a_language_oldest_first_with_its_count_and_export(
    client, cochair_group, other_group, secretariat_user, member_user, django_assert_max_num_queries
):
    cochair_group.mandate_fr = ""
    cochair_group.save()
    other_group.mandate_en = ""
    other_group.save()
    entries = [e for e in translation_queue() if e.url in (translation_url(cochair_group), translation_url(other_group))]
    assert [e.url for e in entries] == [translation_url(cochair_group), translation_url(other_group)]
    assert translation_queue_count() == len(translation_queue()) >= 2

    staff = _client(client, secretariat_user)
    with django_assert_max_num_queries(60):
        page = staff.get(reverse("dashboards:translations"))
    assert page.status_code == 200
    body = page.content.decode()
    assert translation_url(cochair_group) in body and translation_url(other_group) in body
    overview = staff.get(reverse("dashboards:overview")).content.decode()
    assert reverse("dashboards:translations") in overview

    export = staff.get(reverse("dataio:export", kwargs={"name": "translation-queue", "fmt": "csv"}))
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert any(translation_url(other_group) in row for row in rows)
    client.force_login(member_user)
    assert client.get(reverse("dashboards:translations")).status_code == 403
    assert client.get(reverse("dataio:export", kwargs={"name": "translation-queue", "fmt": "csv"})).status_code == 403


def test_a_text_only_in_the_other_language_is_shown_marked_with_its_language(client, cochair_group, member_user):
    cochair_group.mandate_fr = ""
    cochair_group.save()
    client.force_login(member_user)
    with translation.override("fr"):
        url = cochair_group.get_absolute_url()
    page = client.get(url).content.decode()
    assert '<div lang="en-CA" class="other-language"><p>Share practices across jurisdictions.</p></div>' in page
    assert "(en anglais seulement)" in page
    # A council member reads the flag but gets no link to a form they may not use.
    assert "À traduire" in page and "/translate/" not in page
    with translation.override("en"):
        english = client.get(cochair_group.get_absolute_url()).content.decode()
    assert "other-language" not in english and "Share practices across jurisdictions." in english
