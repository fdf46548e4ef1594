"""Log-in (which keeps the chosen language), password change (counted by django-axes), the preferences page and the
list of messages sent to the user."""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from councils.models import Council

from . import services
from .forms import PreferenceForm
from .models import Notification

RECENT_MESSAGES = 20


def set_language_cookie(response, language: str) -> None:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE or settings.SESSION_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


class LoginView(auth_views.LoginView):
    """Django's log-in, keeping the language: the one picked on the log-in page is stored and the person lands in it.

    The page's language counts as chosen when the person switched language in this browser (the language cookie
    is set) or has no stored choice yet; otherwise (a new browser) their stored language wins.
    """

    def form_valid(self, form):
        user = form.get_user()
        page_language = translation.get_language()
        stored = services.preference_get(user=user).language
        chosen = self.request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) or not stored
        self.language = page_language if chosen else stored
        response = super().form_valid(form)
        services.preference_record_login(user=user, language=self.language)
        set_language_cookie(response, self.language)
        return response

    def get_success_url(self):
        return services.in_language(super().get_success_url(), getattr(self, "language", None) or translation.get_language())


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's password change, with a wrong old password counted by django-axes as a failed log-in.

    Without this, someone holding an open session could guess the password there without limit. At the limit
    the account is locked from that address (as for log-in) and the session ends.
    """

    def post(self, request, *args, **kwargs):
        credentials = {settings.AXES_USERNAME_FORM_FIELD: request.user.get_username()}
        if not AxesProxyHandler.is_allowed(request, credentials):
            logout(request)
            return get_lockout_response(request, None, credentials)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        if form.has_error("old_password", "password_incorrect"):
            credentials = {settings.AXES_USERNAME_FORM_FIELD: self.request.user.get_username()}
            user_login_failed.send(sender=__name__, credentials=credentials, request=self.request)
            if getattr(self.request, "axes_locked_out", False):
                # AxesMiddleware answers with the locked-out page; the session that was guessing ends here.
                logout(self.request)
        return super().form_invalid(form)


def _check(request) -> None:
    if not request.user.has_perm("notifications.manage_preferences"):
        raise PermissionDenied


def preferences(request):
    """The user's language, how messages reach them, their calendar feeds and the last messages sent to them."""
    _check(request)
    preference = services.preference_get(user=request.user)
    if request.method == "POST":
        form = PreferenceForm(request.POST)
        if form.is_valid():
            language = form.cleaned_data["language"]
            services.preference_update(user=request.user, language=language, delivery=form.cleaned_data["delivery"])
            with translation.override(language):
                messages.success(request, _("Your preferences are saved."))
                response = HttpResponseRedirect(reverse("notifications:preferences"))
            set_language_cookie(response, language)
            return response
    else:
        form = PreferenceForm(
            initial={"language": preference.language or translation.get_language(), "delivery": preference.delivery}
        )
    councils = list(Council.objects.order_by("code"))
    sent = list(Notification.objects.filter(recipient=request.user).exclude(event="digest")[:RECENT_MESSAGES])
    return render(
        request,
        "notifications/preferences.html",
        {"form": form, "preference": preference, "councils": councils, "sent": sent, "nav": "preferences"},
    )


@require_POST
def renew_calendar_token(request):
    """A new secret address for the user's calendar feeds; the old addresses stop working."""
    _check(request)
    services.preference_renew_calendar_token(user=request.user)
    messages.success(request, _("Your calendar feeds have new addresses. Subscribe again with the new ones."))
    return HttpResponseRedirect(reverse("notifications:preferences") + "#calendar-heading")
