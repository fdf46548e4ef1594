"""URLs under /<lang>/ballots/."""

from django.urls import path

from . import views

app_name = "voting"
urlpatterns = [
    path("", views.BallotListView.as_view(), name="list"),
    path("new/", views.BallotCreateView.as_view(), name="create"),
    path("<int:pk>/", views.BallotDetailView.as_view(), name="detail"),
    path("<int:pk>/vote/", views.VoteCastView.as_view(), name="vote"),
    path("<int:pk>/proxy-vote/", views.ProxyVoteView.as_view(), name="proxy_vote"),
    path("<int:pk>/open/", views.BallotOpenView.as_view(), name="open"),
    path("<int:pk>/attachments/add/", views.BallotAttachmentAddView.as_view(), name="attachment_add"),
    path("attachments/<int:attachment_pk>/download/", views.BallotAttachmentDownloadView.as_view(), name="attachment_download"),
]
