from django.urls import path
from django.views.generic import TemplateView

app_name = "councils"
urlpatterns = [
    path("councils/", TemplateView.as_view(template_name="home.html"), name="council_list"),
    path("people/", TemplateView.as_view(template_name="home.html"), name="person_list"),
    path("glossary/", TemplateView.as_view(template_name="home.html"), name="glossary"),
]
