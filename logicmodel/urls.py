from django.urls import path

from . import views

app_name = "logicmodel"
urlpatterns = [
    path("", views.LogicModelDetailView.as_view(), name="detail"),
    path("principles/<int:pk>/edit/", views.PrincipleEditView.as_view(), name="principle_edit"),
    path("outcomes/<int:pk>/edit/", views.OutcomeEditView.as_view(), name="outcome_edit"),
    path("<slug:slug>/", views.LogicModelDetailView.as_view(), name="detail_version"),
    path("<slug:slug>/edit/", views.LogicModelEditView.as_view(), name="edit"),
]
