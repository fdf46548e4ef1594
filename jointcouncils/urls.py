"""URLs: /healthz and the language switch outside i18n; every page under /en/ or /fr/."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language

from . import translation_views, views

# Error pages in the portal's layout, in the request's language with the other language beside (templates/4xx.html).
handler500 = "jointcouncils.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
]

urlpatterns += i18n_patterns(
    path("", include("dashboards.home_urls")),
    # Log in, log out and change one's password; no e-mailed reset (the secretariat resets accounts).
    # The log-in keeps the language chosen on its page and stores it for the user (notifications.views.LoginView).
    path("accounts/", include("notifications.account_urls")),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password_change/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("admin/", admin.site.urls),
    path(
        "translate/<str:app_label>/<str:model_name>/<int:pk>/",
        translation_views.translation_edit,
        name="translation_edit",
    ),
    path("", include("councils.urls")),
    path("working-groups/", include("workinggroups.urls")),
    path("priorities/", include("priorities.urls")),
    path("logic-model/", include("logicmodel.urls")),
    path("meetings/", include("meetings.urls")),
    path("ballots/", include("voting.urls")),
    path("reporting/", include("workinggroups.reporting.urls")),
    path("consultations/", include("consultations.urls")),
    path("reports/", include("reports.urls")),
    path("data/", include("dataio.urls")),
    path("search/", include("dataio.search_urls")),
    path("dashboard/", include("dashboards.urls")),
    path("preferences/", include("notifications.urls")),
    prefix_default_language=True,
)
# No route serves MEDIA_ROOT, not even in development: attachments and issued reports are downloaded only
# through the views that check the reader's role (meetings' attachment download, reports' build download).
