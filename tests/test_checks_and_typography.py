"""The compiled-translations system check and the French typography of pages and editions."""

import os
import time

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from jointcouncils.checks import compiled_translations
from jointcouncils.typography import NBSP, french_html, french_text


@pytest.fixture
def locale_dir(settings, tmp_path):
    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    return folder


def test_missing_compiled_translations_is_an_error(locale_dir):
    (locale_dir / "django.po").write_text('msgid ""\nmsgstr ""\n')
    errors = compiled_translations()
    assert [e.id for e in errors] == ["jointcouncils.E001"]
    assert "django.mo is missing" in errors[0].msg
    with pytest.raises(SystemCheckError):
        call_command("check")


def test_compiled_translations_older_than_the_catalogue_is_an_error_and_newer_is_fine(locale_dir):
    po, mo = locale_dir / "django.po", locale_dir / "django.mo"
    mo.write_bytes(b"")
    po.write_text('msgid ""\nmsgstr ""\n')
    past = time.time() - 3600
    os.utime(mo, (past, past))
    assert "older than its django.po" in compiled_translations()[0].msg
    os.utime(mo, None)
    os.utime(po, (past, past))
    assert compiled_translations() == []


def test_the_repository_catalogue_is_compiled_for_the_tests():
    assert compiled_translations() == []


@pytest.mark.parametrize(
    ("plain", "french"),
    [
        ("1 décembre 2026", "1er décembre 2026"),
        ("21 décembre 2026", "21 décembre 2026"),
        ("Priorités: identité", f"Priorités{NBSP}: identité"),
        ("Priorités : identité", f"Priorités{NBSP}: identité"),
        ("Qui dirige?", f"Qui dirige{NBSP}?"),
        ("Attention !", f"Attention{NBSP}!"),
        ("a; b", f"a{NBSP}; b"),
        ("« oui »", f"«{NBSP}oui{NBSP}»"),
        ("«oui»", f"«{NBSP}oui{NBSP}»"),
        ("https://example.ca/a?b=1", "https://example.ca/a?b=1"),
    ],
)
def test_french_text(plain, french):
    assert french_text(plain) == french


def test_times_are_written_the_french_way():
    assert french_text("à 14:30", times=True) == "à 14 h 30"
    assert french_text("à 9:05", times=True) == "à 9 h 05"


def test_french_html_touches_text_only():
    html = '<p title="Note: a?">Qui? &amp; quoi?</p><textarea>Qui?</textarea><script>a?b:c</script>'
    assert (
        french_html(html)
        == f'<p title="Note: a?">Qui{NBSP}? &amp; quoi{NBSP}?</p><textarea>Qui?</textarea><script>a?b:c</script>'
    )


@pytest.mark.django_db
def test_french_pages_get_french_typography_and_times(client, secretariat_user, settings):
    from django.utils import formats, translation

    with translation.override("fr"):
        assert formats.date_format(__import__("datetime").time(14, 30), "TIME_FORMAT") == "14 h 30"
    client.force_login(secretariat_user)
    page = client.get("/fr/dashboard/").content.decode()
    english = client.get("/en/dashboard/").content.decode()
    assert f"{NBSP}:" in page or f"{NBSP}?" in page
    assert f"{NBSP}:" not in english
