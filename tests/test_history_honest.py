"""Honest history: only real columns (_en, _fr, untranslated) are compared, with names and labels, never a no-change."""

import datetime
import decimal

import pytest
from django.apps import apps
from django.db import models
from django.utils import timezone, translation
from modeltranslation.translator import translator

from jointcouncils.history_view import history_rows
from workinggroups.models import StatusUpdate
from workinggroups.reporting import services

pytestmark = pytest.mark.django_db


def _translated_models_with_history():
    return sorted(
        (m for m in translator.get_registered_models(abstract=False) if hasattr(m, "history") and not m._meta.proxy),
        key=lambda m: m._meta.label,
    )


def _value_for(field, made):
    """A valid value for a required field, building required related rows on the way."""
    if field.choices:
        return field.choices[0][0]
    if isinstance(field, models.ForeignKey | models.OneToOneField):
        return _make(field.related_model, made)
    if isinstance(field, models.SlugField):
        return f"slug-{len(made)}-{field.name}"
    if isinstance(field, models.EmailField):
        return f"x{len(made)}@example.ca"
    if isinstance(field, models.URLField):
        return "https://example.ca/"
    if isinstance(field, models.CharField | models.TextField):
        return f"{field.name} {len(made)}"[: field.max_length or 50]
    if isinstance(field, models.DateTimeField):
        return timezone.now()
    if isinstance(field, models.DateField):
        return datetime.date(2020, 9, 22)
    if isinstance(field, models.DecimalField):
        return decimal.Decimal("1")
    if isinstance(field, models.IntegerField | models.FloatField):
        return 1
    if isinstance(field, models.BooleanField):
        return False
    if isinstance(field, models.FileField):
        return "attachments/x.pdf"
    raise NotImplementedError(f"{field.model.__name__}.{field.name}")


def _make(model, made):
    """A saved row of any model, every required field filled (translated ones in both languages)."""
    if model in made:
        return made[model]
    translated = set(translator.get_options_for_model(model).all_fields) if model in translator.get_registered_models() else set()
    values = {}
    for field in model._meta.concrete_fields:
        if (
            field.primary_key
            or field.name in translated
            or field.has_default()
            or getattr(field, "auto_now", False)
            or getattr(field, "auto_now_add", False)
        ):
            continue
        if field.name.endswith(("_en", "_fr")) and field.name[:-3] in translated:
            base = field.name[:-3]
            values[field.name] = ("EN " if field.name.endswith("_en") else "FR ") + base[:4]
            continue
        if field.null or field.blank:
            continue
        values[field.name] = _value_for(field, made)
    # Rows whose check constraints ask for one of several optional fields.
    if model._meta.label == "meetings.Meeting":
        values["start"] = timezone.now()
    if model._meta.label == "meetings.ActionItem":
        values["owner_council"] = _make(apps.get_model("councils", "Council"), made)
    if model._meta.label == "workinggroups.CochairTerm":
        values["person"] = _make(apps.get_model("councils", "Person"), made)
    if model._meta.label == "councils.CouncilMembership":
        values["person"] = _make(apps.get_model("councils", "Person"), made)
    if model._meta.label == "logicmodel.Alignment":
        values["outcome"] = _make(apps.get_model("logicmodel", "Outcome"), made)
    obj = model(**values)
    obj.save()
    made[model] = obj
    return obj


def _changes(obj):
    return [row["changes"] for row in history_rows(type(obj).history.filter(id=obj.pk)) if row["type"] in ("changed", "modifié")]


@pytest.mark.parametrize("model", _translated_models_with_history(), ids=lambda m: m._meta.label)
def test_saving_in_french_then_english_lists_no_change_and_one_language_change_lists_exactly_it(model):
    obj = _make(model, {})
    field = sorted(translator.get_options_for_model(model).all_fields)[0]
    with translation.override("fr"):
        fr = model.objects.get(pk=obj.pk)
        fr.save()
    with translation.override("en"):
        en = model.objects.get(pk=obj.pk)
        en.save()
        assert _changes(obj) == [[], []], "a save with no change listed changes"

    with translation.override("fr"):
        fr = model.objects.get(pk=obj.pk)
        old = getattr(fr, f"{field}_fr")
        setattr(fr, f"{field}_fr", (old or "") + " m")
        fr.save()
        verbose = str(model._meta.get_field(field).verbose_name)
        newest = _changes(obj)[0]
        assert newest == [{"field": f"{verbose} (français)", "old": old or "—", "new": (old or "") + " m"}]
    with translation.override("en"):
        newest = _changes(obj)[0]
        assert [change["field"] for change in newest] == [f"{str(model._meta.get_field(field).verbose_name)} (French)"]


def test_every_translated_model_is_covered():
    labels = {m._meta.label for m in _translated_models_with_history()}
    assert {"workinggroups.StatusUpdate", "meetings.Decision", "meetings.ActionItem", "workinggroups.WorkingGroup"} <= labels


def test_update_drafted_in_french_and_approved_in_english_lists_only_the_real_transitions(
    cochair_group, cochair_user, secretariat_user
):
    with translation.override("fr"):
        update = services.statusupdate_create(
            working_group=cochair_group,
            by=cochair_user,
            period_label_fr="CM, septembre 2020",
            period_start=datetime.date(2020, 6, 1),
            period_end=datetime.date(2020, 9, 22),
            rag=StatusUpdate.Rag.GREEN,
            accomplishments_fr="Publication du guide.",
            next_steps_fr="Projet pilote.",
            risks_issues_fr="Financement.",
            asks_fr="Appui des conseils.",
        )
        update = services.statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    with translation.override("en"):
        services.statusupdate_approve(update=update, expected_version=update.version, by=secretariat_user)

    with translation.override("fr"):
        rows = history_rows(update.history.all())
        approve, submit, create = rows
        assert approve["user"] == "Sam Staff"
        changes = {c["field"]: (c["old"], c["new"]) for c in approve["changes"]}
        assert set(changes) == {"état", "examiné par", "approuvée"}, changes
        assert changes["état"] == ("soumise", "approuvée")
        assert changes["examiné par"] == ("—", "Sam Staff")
        assert changes["approuvée"][0] == "—"
        submitted = {c["field"]: (c["old"], c["new"]) for c in submit["changes"]}
        assert set(submitted) == {"état", "soumise"}, submitted
        assert submitted["état"] == ("ébauche", "soumise")
        assert create["changes"] == []
    with translation.override("en"):
        approve = history_rows(update.history.all())[0]
        assert {c["field"]: c["new"] for c in approve["changes"]}.keys() == {"state", "reviewed by", "approved"}
        assert {c["field"]: c["new"] for c in approve["changes"]}["state"] == "approved"


def test_the_admin_history_lists_only_real_transitions_with_names_and_labels(
    client, cochair_group, cochair_user, secretariat_user
):
    from django.urls import reverse

    with translation.override("fr"):
        update = services.statusupdate_create(
            working_group=cochair_group,
            by=cochair_user,
            period_label_fr="CM, septembre 2020",
            period_start=datetime.date(2020, 6, 1),
            period_end=datetime.date(2020, 9, 22),
            rag=StatusUpdate.Rag.GREEN,
            accomplishments_fr="Publication du guide.",
        )
        update = services.statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)
    with translation.override("en"):
        services.statusupdate_approve(update=update, expected_version=update.version, by=secretariat_user)
    secretariat_user.is_superuser = True
    secretariat_user.save()
    client.force_login(secretariat_user)
    with translation.override("fr"):
        url = reverse("admin:workinggroups_statusupdate_history", args=[update.pk])
    page = client.get(url).content.decode()
    assert "<strong>état\u00a0:</strong>" in page and "approuvée" in page
    assert "Sam Staff" in page
    for word in ("réalisations", "accomplishments", "submitted → approved", "[fr]"):
        assert word not in page, word
