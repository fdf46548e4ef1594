"""URLs under /<lang>/meetings/."""

from django.urls import path

from . import calendar_views, views

app_name = "meetings"
urlpatterns = [
    path("", views.MeetingListView.as_view(), name="list"),
    path("new/", views.MeetingCreateView.as_view(), name="create"),
    path("<int:pk>/", views.MeetingDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.MeetingUpdateView.as_view(), name="edit"),
    # Agenda builder
    path("<int:pk>/agenda/", views.AgendaBuilderView.as_view(), name="agenda"),
    path("<int:pk>/agenda/add/", views.AgendaItemCreateView.as_view(), name="agenda_item_add"),
    path("<int:pk>/agenda/standard-items/", views.AgendaStandardItemsView.as_view(), name="agenda_standard_items"),
    path("agenda-items/<int:item_pk>/edit/", views.AgendaItemUpdateView.as_view(), name="agenda_item_edit"),
    path("agenda-items/<int:item_pk>/delete/", views.AgendaItemDeleteView.as_view(), name="agenda_item_delete"),
    path("agenda-items/<int:item_pk>/move/", views.AgendaItemMoveView.as_view(), name="agenda_item_move"),
    path("agenda-items/<int:item_pk>/attachments/add/", views.AttachmentCreateView.as_view(), name="attachment_add"),
    path("attachments/<int:attachment_pk>/download/", views.AttachmentDownloadView.as_view(), name="attachment_download"),
    path("attachments/<int:attachment_pk>/delete/", views.AttachmentDeleteView.as_view(), name="attachment_delete"),
    # Attendance and decisions
    path("<int:pk>/attendance/", views.AttendanceRosterView.as_view(), name="attendance_roster"),
    path("<int:pk>/attendance/add/", views.AttendanceCreateView.as_view(), name="attendance_add"),
    path("attendance/<int:attendance_pk>/edit/", views.AttendanceUpdateView.as_view(), name="attendance_edit"),
    path("<int:pk>/decisions/add/", views.DecisionCreateView.as_view(), name="decision_add"),
    path("decisions/<int:decision_pk>/edit/", views.DecisionUpdateView.as_view(), name="decision_edit"),
    # Action items
    path("action-items/", views.ActionItemListView.as_view(), name="action_items"),
    path("<int:pk>/action-items/add/", views.ActionItemCreateView.as_view(), name="action_item_add"),
    path("action-items/<int:item_pk>/edit/", views.ActionItemUpdateView.as_view(), name="action_item_edit"),
    path("action-items/<int:item_pk>/status/", views.ActionItemStatusView.as_view(), name="action_item_status"),
    # Calendar: a meeting's .ics, and each council's feed (the user's secret key in the address)
    path("<int:pk>/calendar.ics", calendar_views.meeting_calendar, name="calendar"),
    path("feeds/<slug:code>/<str:token>.ics", calendar_views.council_feed, name="council_feed"),
]
