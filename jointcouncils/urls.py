"""URLs: /healthz and the language switch outside i18n; every page under /en/ or /fr/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
]

urlpatterns += i18n_patterns(
    path("", include("dashboards.home_urls")),
    # Log in, log out and change one's password; no e-mailed reset (the secretariat resets accounts).
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password_change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password_change/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("admin/", admin.site.urls),
    path("", include("councils.urls")),
    path("working-groups/", include("workinggroups.urls")),
    path("priorities/", include("priorities.urls")),
    path("logic-model/", include("logicmodel.urls")),
    path("meetings/", include("meetings.urls")),
    path("reporting/", include("workinggroups.reporting.urls")),
    path("consultations/", include("consultations.urls")),
    path("reports/", include("reports.urls")),
    path("data/", include("dataio.urls")),
    path("search/", include("dataio.search_urls")),
    path("dashboard/", include("dashboards.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
