from django.urls import path

from . import views

app_name = "workinggroups"
urlpatterns = [
    path("", views.WorkingGroupListView.as_view(), name="list"),
    # Before "<slug>/" so that "new" is never read as a group's slug.
    path("new/", views.WorkingGroupCreateView.as_view(), name="create"),
    path("<slug:slug>/", views.WorkingGroupDetailView.as_view(), name="detail"),
    path("<slug:slug>/edit/", views.WorkingGroupUpdateView.as_view(), name="edit"),
    path("<slug:slug>/seats/add/", views.CochairSeatAddView.as_view(), name="seat_add"),
    path("<slug:slug>/seats/<int:number>/terms/add/", views.CochairTermAddView.as_view(), name="term_add"),
    path("<slug:slug>/seats/<int:number>/change/", views.CochairChangeView.as_view(), name="cochair_change"),
    path("<slug:slug>/terms/<int:pk>/end/", views.CochairTermEndView.as_view(), name="term_end"),
]
