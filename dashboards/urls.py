"""URLs of the dashboards, mounted at /<lang>/dashboard/."""

app_name = "dashboards"
urlpatterns = []
