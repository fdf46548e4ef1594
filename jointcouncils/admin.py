"""Admin building blocks shared by the domain apps: a fieldset per language, and audited saves.

Every admin save goes through jointcouncils.services (record_save / record_delete), so an edit in the
admin says who changed the record and why, exactly like an edit from the portal's own pages, and an
edit that races another one is refused instead of silently overwriting it.

TabbedTranslationAdmin is deliberately not used: it loads jQuery UI from a CDN, which the
Content-Security-Policy (script-src 'self') and the house rule "no CDN" forbid.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from .history_view import field_changes
from .services import missing_version_message, record_delete, record_save

admin.site.site_header = _("Joint Councils portal – administration")
admin.site.site_title = _("Joint Councils portal")
admin.site.index_title = _("Records of the Joint Councils")

REASON_FIELDS = ("change_reason", "expected_version")
# The reason kept in history when a record is deleted from the admin (the delete page has no reason field).
ADMIN_DELETE_REASON = "Deleted in the administration"


def language_fieldsets(common, translated, *, extra=()):
    """Fieldsets: the fields shared by both languages, then one fieldset per official language.

    `translated` names the translated fields without suffix (name, mandate ...); `extra` are further
    (title, {options}) fieldsets appended after the languages.
    """
    fieldsets = []
    if common:
        fieldsets.append((None, {"fields": tuple(common)}))
    if translated:
        fieldsets.append((_("English"), {"fields": tuple(f"{name}_en" for name in translated)}))
        fieldsets.append((_("French"), {"fields": tuple(f"{name}_fr" for name in translated)}))
    fieldsets.extend(extra)
    return fieldsets


class ChangeReasonAdminForm(forms.ModelForm):
    """Adds the required reason for the change, and the version the page was opened at."""

    change_reason = forms.CharField(
        label=_("Reason for the change"),
        max_length=100,
        help_text=_("Kept in the record's history with your name."),
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk and not self.is_bound and hasattr(instance, "version"):
            # Read the stored version: a record reverted from history carries no version of its own.
            self.initial["expected_version"] = self._stored_version()

    def _stored_version(self):
        model = type(self.instance)
        return model._default_manager.filter(pk=self.instance.pk).values_list("version", flat=True).first()

    def clean(self):
        cleaned = super().clean()
        expected = cleaned.get("expected_version")
        if self.instance.pk and expected is None and hasattr(self.instance, "version"):
            # Without the version the page was opened at, a stale page would silently replace a later change.
            raise forms.ValidationError(missing_version_message(), code="missing_version")
        if self.instance.pk and expected is not None and hasattr(self.instance, "version"):
            stored = self._stored_version()
            if stored is not None and stored != expected:
                raise forms.ValidationError(
                    _(
                        "Someone else saved this record after you opened it. Your changes were not saved: "
                        "reload the page to see the current version, then make your changes again."
                    ),
                    code="stale",
                )
        return cleaned


class AuditedAdminMixin:
    """Saves and deletes through the record services, with the user and the reason in history."""

    form = ChangeReasonAdminForm
    # simple_history's own list template carries an inline style attribute, which the CSP blocks.
    object_history_list_template = "admin/history_list.html"

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if "change_reason" not in flatten_fieldsets(fieldsets):
            fieldsets.append((_("Reason for the change"), {"fields": REASON_FIELDS}))
        return fieldsets

    @staticmethod
    def _reason(form) -> str:
        return (getattr(form, "cleaned_data", {}) or {}).get("change_reason", "")

    def save_model(self, request, obj, form, change):
        expected = form.cleaned_data.get("expected_version") if change else None
        record_save(instance=obj, by=request.user, reason=self._reason(form), expected_version=expected)

    def save_formset(self, request, form, formset, change):
        """Inline rows are saved one by one with the reason given for the whole page."""
        reason = self._reason(form)
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            record_delete(instance=obj, by=request.user, reason=reason)
        for obj in instances:
            # The page's own version was checked (ChangeReasonAdminForm); its inline rows are saved with it.
            record_save(instance=obj, by=request.user, reason=reason, unversioned="admin-inline")
        formset.save_m2m()

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        """The admin's history lists only real columns that changed, with names and labels (see history_view)."""
        records = list(historical_records)
        for newer, older in zip(records, records[1:], strict=False):
            newer.history_delta_changes = field_changes(newer, older)

    def delete_model(self, request, obj):
        record_delete(instance=obj, by=request.user, reason=ADMIN_DELETE_REASON)

    def delete_queryset(self, request, queryset):
        # One delete per row (not QuerySet.delete()) so that each history row has the user and the reason.
        for obj in queryset:
            record_delete(instance=obj, by=request.user, reason=ADMIN_DELETE_REASON)


class AuditedAdmin(AuditedAdminMixin, SimpleHistoryAdmin):
    """Admin of a model with no translated field: history and audited saves."""


class AuditedTranslationAdmin(AuditedAdminMixin, SimpleHistoryAdmin, TranslationAdmin):
    """Admin of a translated model: a fieldset per language, history and audited saves."""


PROVENANCE_FIELDS = (
    "source_document",
    "source_location_en",
    "source_location_fr",
    "inferred",
    "inferred_reason_en",
    "inferred_reason_fr",
)


class ProvenanceAdminMixin:
    """Shows where a record comes from and its "inferred" flag with the reason (jointcouncils.provenance), and lets
    the list filter on it."""

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        listed = {name for _title, options in fieldsets for name in options.get("fields", ())}
        missing = tuple(name for name in PROVENANCE_FIELDS if name not in listed)
        if missing:
            fieldsets.append((_("Provenance"), {"fields": missing}))
        return fieldsets

    def get_list_filter(self, request):
        return (*super().get_list_filter(request), "inferred", "source_document")

    def get_list_display(self, request):
        return (*super().get_list_display(request), "inferred")
