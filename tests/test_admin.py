"""The staff admin: who gets in, every model's pages, audited saves (user and reason) and CSP-clean pages."""

from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse
from modeltranslation.admin import TranslationAdmin
from modeltranslation.translator import translator
from simple_history.admin import SimpleHistoryAdmin

from councils.models import Jurisdiction
from priorities.models import Priority
from tests import factories
from workinggroups.models import CochairSeat, WorkingGroup

DOMAIN_APPS = ("councils", "workinggroups", "priorities", "logicmodel")


def domain_models():
    """Every model of the four registry apps, historical models left out."""
    return [
        model for label in DOMAIN_APPS for model in apps.get_app_config(label).get_models() if not hasattr(model, "instance_type")
    ]


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


class FormScraper(HTMLParser):
    """Collects what a browser would submit from the page's main form (inputs, selects, textareas)."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._select = None
        self._select_has_selected = False
        self._first_option = None
        self._textarea = None
        self._text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "image", "file"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.data.setdefault(name, []).append(attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "select" and name:
            self._select, self._select_has_selected, self._first_option = name, False, None
        elif tag == "option" and self._select:
            if "selected" in attrs:
                self.data.setdefault(self._select, []).append(attrs.get("value", ""))
                self._select_has_selected = True
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "select" and self._select:
            self._select = None
        elif tag == "textarea" and self._textarea:
            # A browser drops the one newline that follows <textarea>.
            self.data[self._textarea] = ["".join(self._text).removeprefix("\n")]
            self._textarea = None


def scrape_form(html: str) -> dict[str, list[str]]:
    parser = FormScraper()
    parser.feed(html)
    return parser.data


class InlineScriptFinder(HTMLParser):
    """Finds what a CSP without 'unsafe-inline' blocks: <script> without src, on* handlers, style attributes."""

    def __init__(self):
        super().__init__()
        self.inline_scripts = []
        self.handlers = []
        self.styles = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "script" and not names.get("src"):
            self.inline_scripts.append(self.get_starttag_text())
        self.handlers.extend(f"{tag} {name}" for name, _value in attrs if name.startswith("on"))
        if "style" in names:
            self.styles.append(self.get_starttag_text())


@pytest.fixture
def roles(db):
    call_command("setup_roles", verbosity=0)


@pytest.fixture
def admin_client(roles, staff_client):
    """The secretariat persona, with the role's permissions set up."""
    return staff_client


def test_every_registry_model_has_a_history_admin_with_a_fieldset_per_language():
    for model in domain_models():
        assert model in admin.site._registry, f"{model._meta.label} has no admin"
        model_admin = admin.site._registry[model]
        assert isinstance(model_admin, SimpleHistoryAdmin), model._meta.label
        if model in translator.get_registered_models():
            assert isinstance(model_admin, TranslationAdmin), model._meta.label
            # No tabbed admin: it loads jQuery UI from a CDN, which the CSP forbids.
            assert not any("Tabbed" in klass.__name__ for klass in type(model_admin).__mro__), model._meta.label


def test_translated_admins_search_both_languages():
    for model in domain_models():
        model_admin = admin.site._registry[model]
        fields = set(model_admin.search_fields)
        assert fields, f"{model._meta.label} has no search"
        if model in translator.get_registered_models():
            assert any(f.endswith("_en") for f in fields) and any(f.endswith("_fr") for f in fields), model._meta.label


@pytest.mark.django_db
def test_secretariat_opens_every_changelist_search_and_add_page(admin_client):
    for model in domain_models():
        for url in (admin_url(model, "changelist"), admin_url(model, "changelist") + "?q=notification", admin_url(model, "add")):
            response = admin_client.get(url)
            assert response.status_code == 200, f"{url}: {response.status_code}"


@pytest.mark.django_db
def test_secretariat_opens_change_and_history_pages(admin_client, cochair_user, cochair_group):
    alignment = factories.AlignmentFactory(working_group=cochair_group)
    objects = [
        cochair_group,
        CochairSeat.objects.get(working_group=cochair_group, number=1),
        cochair_user.person,
        cochair_group.reporting_lines.first().council,
        alignment,
        alignment.logic_model,
        factories.PriorityFactory(),
    ]
    for obj in objects:
        for url in (admin_url(type(obj), "change", obj.pk), admin_url(type(obj), "history", obj.pk)):
            response = admin_client.get(url)
            assert response.status_code == 200, f"{url}: {response.status_code}"


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["cochair", "member", "outsider"])
def test_other_roles_are_sent_to_the_admin_login(roles, personas, persona):
    client = personas[persona]
    for model in (WorkingGroup, Priority, Jurisdiction):
        for url in (reverse("admin:index"), admin_url(model, "changelist"), admin_url(model, "add")):
            response = client.get(url)
            assert response.status_code == 302, url
            assert response["Location"].startswith(reverse("admin:login")), url


@pytest.mark.django_db
def test_anonymous_is_sent_to_a_login_page(roles):
    from django.test import Client

    response = Client().get(admin_url(WorkingGroup, "changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith((reverse("login"), reverse("admin:login")))


@pytest.mark.django_db
def test_change_page_asks_for_a_reason_and_has_a_fieldset_per_language(admin_client, cochair_group):
    html = admin_client.get(admin_url(WorkingGroup, "change", cochair_group.pk)).content.decode()
    assert 'name="change_reason"' in html
    assert "Reason for the change" in html
    assert '<h2 class="fieldset-heading">English</h2>' in html or ">English</h2>" in html
    assert ">French</h2>" in html
    for field in ("name_en", "name_fr", "mandate_en", "mandate_fr"):
        assert f'name="{field}"' in html


@pytest.mark.django_db
def test_admin_edit_records_the_user_and_the_reason(admin_client, secretariat_user, cochair_group):
    url = admin_url(WorkingGroup, "change", cochair_group.pk)
    data = scrape_form(admin_client.get(url).content.decode())
    data["name_fr"] = ["Avis de décès"]
    data["change_reason"] = ["French name aligned with the 2020 deck"]
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    cochair_group.refresh_from_db()
    assert cochair_group.name_fr == "Avis de décès"
    assert cochair_group.version == 2
    latest = cochair_group.history.order_by("-history_date").first()
    assert latest.history_change_reason == "French name aligned with the 2020 deck"
    assert latest.history_user == secretariat_user
    assert latest.name_fr == "Avis de décès"
    # The history page shows it to staff.
    history_page = admin_client.get(admin_url(WorkingGroup, "history", cochair_group.pk)).content.decode()
    assert "French name aligned with the 2020 deck" in history_page


@pytest.mark.django_db
def test_inline_rows_are_saved_with_the_pages_reason(admin_client, secretariat_user, cochair_user, cochair_group):
    url = admin_url(WorkingGroup, "change", cochair_group.pk)
    data = scrape_form(admin_client.get(url).content.decode())
    # Add seat 2 through the seats inline.
    total = int(data["seats-TOTAL_FORMS"][0])
    data["seats-TOTAL_FORMS"] = [str(total + 1)]
    data[f"seats-{total}-number"] = ["2"]
    data[f"seats-{total}-note_en"] = ["Reserved for a municipal co-chair"]
    data[f"seats-{total}-note_fr"] = ["Réservé à un coprésident municipal"]
    data[f"seats-{total}-working_group"] = [str(cochair_group.pk)]
    data["change_reason"] = ["Second seat agreed at the June meeting"]
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    seat = CochairSeat.objects.get(working_group=cochair_group, number=2)
    record = seat.history.get()
    assert record.history_change_reason == "Second seat agreed at the June meeting"
    assert record.history_user == secretariat_user


@pytest.mark.django_db
def test_admin_edit_without_a_reason_is_refused(admin_client, cochair_group):
    url = admin_url(WorkingGroup, "change", cochair_group.pk)
    data = scrape_form(admin_client.get(url).content.decode())
    data["name_en"] = ["Renamed without a reason"]
    data["change_reason"] = [""]
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    cochair_group.refresh_from_db()
    assert cochair_group.name_en == "Death Notification"
    assert cochair_group.history.count() == 1


@pytest.mark.django_db
def test_admin_edit_of_a_record_changed_meanwhile_is_refused(admin_client, secretariat_user):
    from jointcouncils.services import record_save

    jurisdiction = factories.JurisdictionFactory(code="on", name_en="Ontario", name_fr="Ontario")
    url = admin_url(Jurisdiction, "change", jurisdiction.pk)
    data = scrape_form(admin_client.get(url).content.decode())
    # Someone saves the record after the page was opened.
    jurisdiction.name_fr = "Province de l'Ontario"
    record_save(instance=jurisdiction, by=secretariat_user, reason="Other edit", expected_version=1)

    data["name_en"] = ["Ontario (stale)"]
    data["change_reason"] = ["My edit"]
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Someone else saved this record after you opened it." in response.content.decode()
    jurisdiction.refresh_from_db()
    assert jurisdiction.name_en == "Ontario"
    assert jurisdiction.name_fr == "Province de l'Ontario"


@pytest.mark.django_db
def test_admin_add_records_the_reason(admin_client, secretariat_user):
    url = admin_url(Jurisdiction, "add")
    data = scrape_form(admin_client.get(url).content.decode())
    data.update(
        code=["yt"], level=["territorial"], name_en=["Yukon"], name_fr=["Yukon"], change_reason=["New member jurisdiction"]
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    record = Jurisdiction.objects.get(code="yt").history.get()
    assert record.history_type == "+"
    assert record.history_change_reason == "New member jurisdiction"
    assert record.history_user == secretariat_user


@pytest.mark.django_db
def test_admin_delete_keeps_the_user_in_history(admin_client, secretariat_user):
    jurisdiction = factories.JurisdictionFactory(code="nu", name_en="Nunavut", name_fr="Nunavut")
    response = admin_client.post(admin_url(Jurisdiction, "delete", jurisdiction.pk), {"post": "yes"})
    assert response.status_code == 302
    record = Jurisdiction.history.filter(code="nu", history_type="-").get()
    assert record.history_user == secretariat_user
    assert record.history_change_reason


@pytest.mark.django_db
def test_admin_pages_have_no_inline_script_or_style(admin_client, cochair_user, cochair_group):
    seat = CochairSeat.objects.get(working_group=cochair_group, number=1)
    urls = [
        reverse("admin:index"),
        admin_url(WorkingGroup, "changelist"),
        admin_url(WorkingGroup, "change", cochair_group.pk),
        admin_url(WorkingGroup, "add"),
        admin_url(CochairSeat, "change", seat.pk),
        admin_url(WorkingGroup, "history", cochair_group.pk),
    ]
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        finder = InlineScriptFinder()
        finder.feed(response.content.decode())
        assert finder.inline_scripts == [], f"{url}: {finder.inline_scripts}"
        assert finder.handlers == [], f"{url}: {finder.handlers}"
        assert finder.styles == [], f"{url}: {finder.styles}"


@pytest.mark.django_db
def test_reverting_from_history_asks_for_a_reason_and_records_it(admin_client, secretariat_user):
    from jointcouncils.services import record_save

    jurisdiction = factories.JurisdictionFactory(code="pe", name_en="Prince Edward Island", name_fr="Île-du-Prince-Édouard")
    first = jurisdiction.history.get()
    jurisdiction.name_en = "PEI"
    record_save(instance=jurisdiction, by=secretariat_user, reason="Short name", expected_version=1)

    url = reverse("admin:councils_jurisdiction_simple_history", args=[jurisdiction.pk, first.history_id])
    data = scrape_form(admin_client.get(url).content.decode())
    assert "change_reason" in data
    data["change_reason"] = ["Back to the official name"]
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    jurisdiction.refresh_from_db()
    assert jurisdiction.name_en == "Prince Edward Island"
    assert jurisdiction.version == 3
    latest = jurisdiction.history.order_by("-history_date").first()
    assert (latest.history_change_reason, latest.history_user) == ("Back to the official name", secretariat_user)
