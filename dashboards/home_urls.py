"""The home page's URL, mounted at /<lang>/ (outside the dashboards' namespace: its name is "home")."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
]
