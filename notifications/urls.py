"""URLs under /<lang>/preferences/."""

from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("", views.preferences, name="preferences"),
    path("calendar-key/", views.renew_calendar_token, name="renew_calendar_token"),
]
