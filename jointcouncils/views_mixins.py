"""View mixins: role and object checks (rules), and the versioned edit flow."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _
from rules.contrib.views import PermissionRequiredMixin

from .services import StaleEditError, record_save


class PortalPermissionMixin(PermissionRequiredMixin):
    """Every portal view names a rules permission; it is checked against the object when there is one.

    A logged-in user without the permission gets 403; anonymous users never get here
    (LoginRequiredMiddleware sends them to the login page).
    """

    raise_exception = True


class VersionedUpdateMixin:
    """For UpdateView/CreateView with a VersionedFormMixin form: save through record_save.

    A stale version re-renders the form with a clear error and HTTP 409; nothing is saved.
    """

    success_message = ""

    def form_valid(self, form):
        instance = form.save(commit=False)
        try:
            # The row and its many-to-many links in one transaction: a failure of either saves neither.
            with transaction.atomic():
                record_save(
                    instance=instance,
                    by=self.request.user,
                    reason=form.cleaned_data["change_reason"],
                    expected_version=form.cleaned_data.get("expected_version"),
                )
                form.save_m2m()
        except StaleEditError as exc:
            form.add_error(None, exc.user_message())
            return self.render_to_response(self.get_context_data(form=form), status=409)
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        self.object = instance
        messages.success(self.request, self.success_message or _("Your changes were saved."))
        return HttpResponseRedirect(self.get_success_url())
