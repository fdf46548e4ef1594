"""URLs of the dashboards, mounted at /<lang>/dashboard/."""

from django.urls import path

from . import consultations, views

app_name = "dashboards"
urlpatterns = [
    path("", views.OverviewView.as_view(), name="overview"),
    path("start/", views.landing, name="landing"),
    path("mine/", views.CochairDashboardView.as_view(), name="cochair"),
    path("priorities/<slug:slug>/", views.PriorityDashboardView.as_view(), name="priority"),
    path("logic-model/", views.CoverageView.as_view(), name="coverage"),
    path("participation/", views.ParticipationView.as_view(), name="participation"),
    path("milestones/", views.MilestoneListView.as_view(), name="milestones"),
    path("terms/", views.TermListView.as_view(), name="terms"),
    path("tasks/", views.TaskListView.as_view(), name="tasks"),
    path("translations/", views.TranslationQueueView.as_view(), name="translations"),
    path("consultations/<slug:slug>/compare/", consultations.consultation_compare, name="consultation_compare"),
]
