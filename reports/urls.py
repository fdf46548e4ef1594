from django.urls import path

from . import views

app_name = "reports"
# builds/... first: "<str:kind>/<int:target_id>/" would otherwise take "builds/12/" for a report kind "builds".
urlpatterns = [
    path("builds/<int:pk>/", views.build_detail, name="build_detail"),
    path("builds/<int:pk>/status/", views.build_status, name="build_status"),
    path("builds/<int:pk>/download/", views.build_download, name="build_download"),
    path("builds/<int:pk>/retry/", views.build_retry, name="build_retry"),
    path("<str:kind>/<int:target_id>/", views.target_builds, name="target_builds"),
    path("<str:kind>/<int:target_id>/build/", views.request_build, name="request_build"),
]
