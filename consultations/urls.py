from django.urls import path

from . import views

app_name = "consultations"

urlpatterns = [
    path("", views.ConsultationListView.as_view(), name="list"),
    path("new/", views.ConsultationCreateView.as_view(), name="create"),
    path("themes/", views.themes, name="themes"),
    path("themes/new/", views.ThemeCreateView.as_view(), name="theme_create"),
    path("answer/<uuid:public_id>/<str:token>/", views.survey_answer, name="answer"),
    path("plan/", views.plan_periods, name="plan_periods"),
    path("plan/<slug:slug>/", views.plan_period, name="plan_period"),
    path("plan/<slug:slug>/approve/", views.plan_period_approve, name="plan_period_approve"),
    path("plan/<slug:slug>/sections/<int:pk>/", views.plan_section_edit, name="plan_section_edit"),
    path("<slug:slug>/", views.consultation_detail, name="detail"),
    path("<slug:slug>/question-sets/<int:set_pk>/questions/", views.question_add, name="question_add"),
    path("<slug:slug>/question-sets/<int:set_pk>/new-version/", views.question_set_new_version, name="question_set_new_version"),
    path("<slug:slug>/respondents/", views.respondent_add, name="respondent_add"),
    path("<slug:slug>/respondents/<int:respondent_pk>/answers/", views.interview_answers, name="interview"),
    path("<slug:slug>/send/", views.consultation_send, name="send"),
    path("<slug:slug>/remind/", views.consultation_remind, name="remind"),
    path("<slug:slug>/coding/", views.coding, name="coding"),
]
