"""URLs under /<lang>/data/: exports of every list, and the spreadsheet import."""

from django.urls import path

from . import consultation_export, views

app_name = "dataio"
urlpatterns = [
    path("export/<slug:name>.<str:fmt>", views.ExportView.as_view(), name="export"),
    path("consultations/<slug:slug>/answers.<str:fmt>", consultation_export.consultation_export, name="consultation_export"),
    path("import/", views.ImportView.as_view(), name="import"),
    path("import/jobs/<int:pk>/", views.ImportJobView.as_view(), name="import_job"),
    path("import/jobs/<int:pk>/status/", views.ImportJobStatusView.as_view(), name="import_job_status"),
    path("import/jobs/<int:pk>/confirm/", views.ImportJobConfirmView.as_view(), name="import_job_confirm"),
    path("import/template/<slug:kind>.<str:fmt>", views.ImportTemplateView.as_view(), name="import_template"),
]
