"""View mixins: role and object checks (rules), and the audited, versioned write flow every edit page shares."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from rules.contrib.views import PermissionRequiredMixin

from .services import MissingVersionError, StaleEditError, record_save


class PortalPermissionMixin(PermissionRequiredMixin):
    """Every portal view names a rules permission; it is checked against the object when there is one.

    A logged-in user without the permission gets 403; anonymous users never get here
    (LoginRequiredMiddleware sends them to the login page).
    """

    raise_exception = True


class RolePermissionMixin(PortalPermissionMixin):
    """For pages whose permission depends on the role alone: the object is not fetched a second time to check it."""

    def get_permission_object(self):
        return None


def add_validation_error(form, error: ValidationError) -> None:
    """Attach a service's ValidationError to the form: to its field when the form has it, else to the form."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def version_refused(request, error, *, back_url: str):
    """The page a plain button form (move, submit...) answers when its version is stale (409) or missing (400)."""
    status = 409 if isinstance(error, StaleEditError) else 400
    return render(request, "version_refused.html", {"message": error.user_message(), "back_url": back_url}, status=status)


class VersionRequiredMixin:
    """A form view whose form carries the version of the record it edits: a post without it answers 400."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if getattr(form, "missing_version", False):
            response.status_code = 400
        return response


class ServiceFormMixin(VersionRequiredMixin):
    """The write flow of every edit page: write(form) saves through the app's service, in one transaction.

    A stale version (StaleEditError) re-renders the form with the "someone else saved" message and HTTP 409, a
    missing one (an edit that does not say which version it read) with its message and HTTP 400; a
    service's ValidationError goes onto the form's fields; nothing is saved in either case. The default write is
    record_save of a ModelForm's instance and its many-to-many links; apps override it to call their service.
    """

    success_message = ""

    def change(self, form) -> dict:
        """The by/reason/expected_version keywords every service takes, from the form."""
        return {
            "by": self.request.user,
            "reason": form.cleaned_data["change_reason"],
            "expected_version": form.cleaned_data.get("expected_version"),
        }

    def get_success_message(self) -> str:
        """What the page says once saved (self.object is the saved record)."""
        return self.success_message or _("Your changes were saved.")

    def write(self, form):
        instance = form.save(commit=False)
        record_save(instance=instance, **self.change(form))
        form.save_m2m()
        return instance

    def form_valid(self, form):
        try:
            # The row and its many-to-many links in one transaction: a failure of either saves neither.
            with transaction.atomic():
                self.object = self.write(form)
        except StaleEditError as exc:
            form.add_error(None, exc.user_message())
            return self.render_to_response(self.get_context_data(form=form), status=409)
        except MissingVersionError as exc:
            form.add_error(None, exc.user_message())
            return self.render_to_response(self.get_context_data(form=form), status=400)
        except ValidationError as exc:
            add_validation_error(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, self.get_success_message())
        return HttpResponseRedirect(self.get_success_url())
