"""The form that fills in a record's missing language: where every "needs translation" flag and parity link leads."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .services import MissingVersionError, StaleEditError, record_save
from .translations import TranslationForm, may_translate, missing_languages, model_for
from .views_mixins import add_validation_error


def _back(request, instance) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    url = getattr(instance, "get_absolute_url", None)
    return url() if url else request.path


def translation_edit(request, app_label: str, model_name: str, pk: int):
    """Both languages of a record's texts; saving goes through record_save (lock, version, history, reason)."""
    try:
        model = model_for(app_label, model_name)
    except LookupError as exc:
        raise Http404 from exc
    instance = get_object_or_404(model, pk=pk)
    if not may_translate(request.user, instance):
        raise PermissionDenied
    form = TranslationForm(request.POST or None, instance=instance)
    status = 200
    if request.method == "POST" and form.is_valid():
        for name, value in form.cleaned_data.items():
            if name not in ("change_reason", "expected_version"):
                setattr(instance, name, value.strip())
        try:
            with transaction.atomic():
                record_save(
                    instance=instance,
                    by=request.user,
                    reason=form.cleaned_data["change_reason"],
                    expected_version=form.cleaned_data.get("expected_version"),
                )
        except StaleEditError as exc:
            form.add_error(None, exc.user_message())
            status = 409
        except MissingVersionError as exc:
            form.add_error(None, exc.user_message())
            status = 400
        except ValidationError as exc:
            add_validation_error(form, exc)
            status = 400
        else:
            messages.success(request, _("The translation was saved."))
            return HttpResponseRedirect(_back(request, instance))
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "translations/edit.html",
        {
            "form": form,
            "instance": instance,
            "kind": str(model._meta.verbose_name),
            "missing": missing_languages(instance),
            "next": _back(request, instance),
        },
        status=status,
    )
