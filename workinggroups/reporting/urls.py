"""URLs of working-group reporting, mounted at /<lang>/reporting/."""

from django.urls import path

from . import views

app_name = "reporting"
urlpatterns = [
    path("updates/", views.MyUpdatesView.as_view(), name="my_updates"),
    path("groups/<slug:slug>/updates/new/", views.StatusUpdateCreateView.as_view(), name="update_create"),
    path("updates/<int:pk>/", views.StatusUpdateDetailView.as_view(), name="update_detail"),
    path("updates/<int:pk>/edit/", views.StatusUpdateEditView.as_view(), name="update_edit"),
    path("updates/<int:pk>/submit/", views.StatusUpdateSubmitView.as_view(), name="update_submit"),
    path("updates/<int:pk>/approve/", views.StatusUpdateApproveView.as_view(), name="update_approve"),
    path("updates/<int:pk>/return/", views.StatusUpdateReturnView.as_view(), name="update_return"),
    path("review/", views.ReviewQueueView.as_view(), name="review_queue"),
    path("groups/<slug:slug>/workplan/", views.WorkplanView.as_view(), name="workplan"),
    path("groups/<slug:slug>/workplan/milestones/new/", views.MilestoneCreateView.as_view(), name="milestone_create"),
    path("milestones/<int:pk>/edit/", views.MilestoneEditView.as_view(), name="milestone_edit"),
    path("groups/<slug:slug>/workplan/tasks/new/", views.TaskCreateView.as_view(), name="task_create"),
    path("tasks/<int:pk>/edit/", views.TaskEditView.as_view(), name="task_edit"),
    path("tasks/review/", views.TaskReviewQueueView.as_view(), name="task_review_queue"),
    path("tasks/<int:pk>/review/", views.TaskReviewView.as_view(), name="task_review"),
]
