from django.urls import path

from . import views

app_name = "councils"
urlpatterns = [
    path("councils/", views.CouncilListView.as_view(), name="council_list"),
    path("councils/<slug:code>/", views.CouncilDetailView.as_view(), name="council_detail"),
    path("councils/<slug:code>/edit/", views.CouncilEditView.as_view(), name="council_edit"),
    path("councils/<slug:code>/memberships/add/", views.MembershipCreateView.as_view(), name="membership_add"),
    path("people/", views.PersonListView.as_view(), name="person_list"),
    path("people/add/", views.PersonCreateView.as_view(), name="person_create"),
    path("people/<int:pk>/", views.PersonDetailView.as_view(), name="person_detail"),
    path("people/<int:pk>/edit/", views.PersonEditView.as_view(), name="person_edit"),
    path("organisations/", views.OrganisationListView.as_view(), name="organisation_list"),
    path("glossary/", views.GlossaryView.as_view(), name="glossary"),
]
