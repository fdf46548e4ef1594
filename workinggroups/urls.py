from django.urls import path

from . import views

app_name = "workinggroups"
urlpatterns = [
    path("", views.WorkingGroupListView.as_view(), name="list"),
    # Before "<slug>/" so that "new" is never read as a group's slug.
    path("new/", views.WorkingGroupCreateView.as_view(), name="create"),
    # Term change requests (before "<slug>/" too).
    path("term-requests/", views.TermChangeRequestListView.as_view(), name="term_requests"),
    path("term-requests/<int:pk>/", views.TermChangeRequestDetailView.as_view(), name="term_request_detail"),
    path("term-requests/<int:pk>/accept/", views.TermChangeDecisionView.as_view(accept=True), name="term_request_accept"),
    path("term-requests/<int:pk>/decline/", views.TermChangeDecisionView.as_view(accept=False), name="term_request_decline"),
    path("<slug:slug>/", views.WorkingGroupDetailView.as_view(), name="detail"),
    path("<slug:slug>/edit/", views.WorkingGroupUpdateView.as_view(), name="edit"),
    path("<slug:slug>/seats/add/", views.CochairSeatAddView.as_view(), name="seat_add"),
    path("<slug:slug>/seats/<int:number>/terms/add/", views.CochairTermAddView.as_view(), name="term_add"),
    path("<slug:slug>/seats/<int:number>/change/", views.CochairChangeView.as_view(), name="cochair_change"),
    path("<slug:slug>/terms/<int:pk>/end/", views.CochairTermEndView.as_view(), name="term_end"),
    path("<slug:slug>/term-requests/new/", views.TermChangeRequestCreateView.as_view(), name="term_request_create"),
]
