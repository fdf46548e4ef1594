"""The log-in and password-change pages, mounted at /<lang>/accounts/ outside any namespace ("login", "password_change")."""

from django.urls import path

from . import views

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    # A wrong old password counts as a failed log-in for django-axes.
    path("password_change/", views.PasswordChangeView.as_view(), name="password_change"),
]
