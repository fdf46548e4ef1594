"""No list, filter or export answers 500 to a query parameter holding NUL, 10,000 characters or bytes that are
not UTF-8: each such value gets 400 with a message in the page's language.

The pages and their parameters are found, not listed: every URL of the project that takes no argument, every
export of dataio.EXPORTS, and for each of them the parameters of every FilterSet it builds (recorded while it
answers a plain GET), plus every name the code reads from request.GET. A new list or filter is covered by itself.
"""

import re
from pathlib import Path

import django_filters
import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from dataio.export_specs import EXPORTS
from dataio.fileformats import FORMATS

ROOT = Path(__file__).resolve().parent.parent
APPS = [
    "jointcouncils",
    "councils",
    "notifications",
    "workinggroups",
    "priorities",
    "logicmodel",
    "meetings",
    "voting",
    "consultations",
    "reports",
    "dashboards",
    "dataio",
]
# Not pages of lists: the language switch and log-out act on POST; the admin is Django's own.
SKIPPED_NAMES = {"set_language", "logout", "password_change"}
SKIPPED_NAMESPACES = {"admin"}
BAD_VALUES = {"NUL": "%00", "10,000 characters": "9" * 10_000, "not UTF-8": "%FF%FE"}
GET_NAME = re.compile(r"""GET(?:\.get|\.getlist)?\(\s*["']([A-Za-z_]+)["']|GET\[["']([A-Za-z_]+)["']\]""")


def _argumentless(patterns, prefix_has_args=False, namespace=""):
    for entry in patterns:
        has_args = (
            prefix_has_args
            or bool(getattr(entry.pattern, "converters", {}))
            or bool(getattr(getattr(entry.pattern, "regex", None), "groups", 0))
        )
        if isinstance(entry, URLResolver):
            ns = entry.namespace or ""
            if ns in SKIPPED_NAMESPACES:
                continue
            full = f"{namespace}:{ns}" if namespace and ns else (ns or namespace)
            yield from _argumentless(entry.url_patterns, has_args, full)
        elif isinstance(entry, URLPattern) and entry.name and not has_args and entry.name not in SKIPPED_NAMES:
            yield f"{namespace}:{entry.name}" if namespace else entry.name


def targets() -> list[str]:
    with translation.override("en"):
        pages = sorted({reverse(name) for name in _argumentless(get_resolver().url_patterns)})
        exports = [reverse("dataio:export", kwargs={"name": name, "fmt": fmt}) for name in EXPORTS for fmt in FORMATS]
    return pages + exports


def names_read_from_get() -> set[str]:
    names = set()
    for app in APPS:
        for module in (ROOT / app).rglob("*.py"):
            for match in GET_NAME.finditer(module.read_text()):
                names.add(match.group(1) or match.group(2))
    return names


def filterset_parameters(filterset) -> set[str]:
    """The query names a FilterSet reads: a range filter reads name_after and name_before (its widget's suffixes)."""
    names = set()
    for name, field in filterset.form.fields.items():
        suffixes = getattr(field.widget, "suffixes", None)
        names.update(f"{name}_{suffix}" if suffix else name for suffix in suffixes) if suffixes else names.add(name)
    return names


@pytest.fixture
def built_filtersets(monkeypatch):
    """Records every FilterSet a request builds."""
    built = []
    original = django_filters.FilterSet.__init__

    def recording_init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        built.append(self)

    monkeypatch.setattr(django_filters.FilterSet, "__init__", recording_init)
    return built


@pytest.mark.django_db
def test_no_list_or_export_answers_500_to_a_bad_parameter(staff_client, cochair_group, council, built_filtersets):
    staff_client.raise_request_exception = False
    from_code = names_read_from_get()
    assert {"page", "q", "council"} <= from_code  # the scan of the code works
    checked = set()
    failures = []
    for url in targets():
        built_filtersets.clear()
        plain = staff_client.get(url)
        assert plain.status_code != 500, url
        parameters = set(from_code)
        for filterset in built_filtersets:
            parameters |= filterset_parameters(filterset)
        for name in sorted(parameters):
            for label, value in BAD_VALUES.items():
                response = staff_client.get(f"{url}?{name}={value}")
                checked.add((url, name))
                if response.status_code == 500:
                    failures.append(f"{url}?{name}=<{label}>")
                elif response.status_code == 400 and "text/html" in response["Content-Type"]:
                    assert "cannot be read" in response.content.decode(), url
    assert failures == [], failures
    # Lists with filters were reached: the FilterSets' own parameters were sent, not only the names in the code.
    assert ("/en/data/export/milestones.csv", "status") in checked
    assert {name for _url, name in checked} - from_code


@pytest.mark.django_db
def test_a_bad_parameter_gets_400_with_a_message_in_the_pages_language(staff_client):
    response = staff_client.get("/en/data/export/council-members.csv?council=%00")
    assert response.status_code == 400
    assert "The address holds a value that cannot be read" in response.content.decode()
    response = staff_client.get("/fr/data/export/council-members.csv?council=%FF")
    assert response.status_code == 400
    assert "L'adresse contient une valeur illisible" in response.content.decode()
