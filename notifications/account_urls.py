"""The log-in page, mounted at /<lang>/accounts/ outside any namespace (its name is "login")."""

from django.urls import path

from . import views

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
]
