"""Pages of the consultations: the secretariat's (consultations, answers, coding, themes, plan narrative) and the
respondent's personal survey page, which needs no login."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, ListView
from rules.contrib.views import permission_required

from jointcouncils.services import StaleEditError, record_save
from jointcouncils.views_mixins import RolePermissionMixin, ServiceFormMixin, add_validation_error

from . import selectors, services
from .forms import (
    AnswerForm,
    ConsultationForm,
    ExcerptForm,
    PlanPeriodForm,
    PlanSectionForm,
    QuestionForm,
    ReasonForm,
    RespondentForm,
    ThemeForm,
)
from .models import AnonymousAnswer, Answer, Consultation, PlanPeriod, PlanSection, QuestionSet, Respondent, Theme

secretariat_only = permission_required("consultations.change_consultation", raise_exception=True)


class ConsultationListView(RolePermissionMixin, ListView):
    permission_required = "consultations.view_consultation"
    template_name = "consultations/consultation_list.html"
    context_object_name = "consultations"

    def get_queryset(self):
        return Consultation.objects.annotate(
            respondent_count=Count("respondents", distinct=True),
            answered_count=Count(
                "respondents",
                filter=Q(respondents__responded_at__isnull=False) | Q(respondents__answered_undated=True),
                distinct=True,
            ),
        ).order_by("-period_start", "slug")

    def get_context_data(self, **kwargs):
        return super().get_context_data(nav="consultations", **kwargs)


class ConsultationCreateView(RolePermissionMixin, ServiceFormMixin, CreateView):
    permission_required = "consultations.change_consultation"
    form_class = ConsultationForm
    template_name = "consultations/consultation_form.html"

    def write(self, form):
        consultation = form.save(commit=False)
        record_save(instance=consultation, **self.change(form))
        question_set = QuestionSet(
            consultation=consultation,
            key="questions",
            number=1,
            # The first question set takes the consultation's title.
            name_en=consultation.title_en,
            name_fr=consultation.title_fr,
            period_start=consultation.period_start,
            period_end=consultation.period_end,
        )
        record_save(instance=question_set, by=self.request.user, reason=form.cleaned_data["change_reason"])
        return consultation

    def get_success_url(self):
        return self.object.get_absolute_url()


def _consultation(slug: str) -> Consultation:
    return get_object_or_404(Consultation, slug=slug)


@secretariat_only
def consultation_detail(request, slug):
    consultation = _consultation(slug)
    respondents = consultation.respondents.select_related("person", "working_group", "council", "question_set")
    question_sets = selectors.question_sets_of(consultation)
    latest = {qs.key: qs for qs in question_sets}
    for qs in latest.values():
        # One form per guide, each with its own field ids.
        qs.add_form = QuestionForm(initial={"change_reason": _("question added")}, prefix=f"q{qs.pk}")
    return render(
        request,
        "consultations/consultation_detail.html",
        {
            "consultation": consultation,
            "question_sets": question_sets,
            "respondents": respondents,
            "respondent_form": RespondentForm(consultation=consultation, prefix="respondent"),
            "reason_form": ReasonForm(),
            "nav": "consultations",
        },
    )


def _redirect_with(request, consultation, message: str, level=messages.SUCCESS):
    messages.add_message(request, level, message)
    return HttpResponseRedirect(consultation.get_absolute_url())


@require_POST
@secretariat_only
def question_add(request, slug, set_pk):
    consultation = _consultation(slug)
    question_set = get_object_or_404(QuestionSet, pk=set_pk, consultation=consultation)
    form = QuestionForm(request.POST, prefix=f"q{question_set.pk}")
    if form.is_valid():
        question = form.save(commit=False)
        question.question_set = question_set
        try:
            services.question_add(question=question, by=request.user, reason=form.cleaned_data["change_reason"])
        except ValidationError as exc:
            add_validation_error(form, exc)
        else:
            return _redirect_with(request, consultation, _("The question was added."))
    return render(
        request,
        "consultations/question_form.html",
        {"consultation": consultation, "question_set": question_set, "form": form},
        status=400,
    )


@require_POST
@secretariat_only
def question_set_new_version(request, slug, set_pk):
    consultation = _consultation(slug)
    question_set = get_object_or_404(QuestionSet, pk=set_pk, consultation=consultation)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        return _redirect_with(request, consultation, _("Give a reason for the new version."), messages.ERROR)
    new = services.questionset_new_version(question_set=question_set, by=request.user, reason=form.cleaned_data["change_reason"])
    return _redirect_with(request, consultation, _("Version %(number)d of the question set was made.") % {"number": new.number})


@require_POST
@secretariat_only
def respondent_add(request, slug):
    consultation = _consultation(slug)
    form = RespondentForm(request.POST, consultation=consultation, prefix="respondent")
    if form.is_valid():
        try:
            record_save(instance=form.save(commit=False), by=request.user, reason=form.cleaned_data["change_reason"])
        except ValidationError as exc:
            add_validation_error(form, exc)
        else:
            return _redirect_with(request, consultation, _("The respondent was added."))
    return render(request, "consultations/respondent_form.html", {"consultation": consultation, "form": form}, status=400)


@require_POST
@secretariat_only
def consultation_send(request, slug):
    consultation = _consultation(slug)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        return _redirect_with(request, consultation, _("Give a reason for the change."), messages.ERROR)
    try:
        services.consultation_send(consultation=consultation, by=request.user, reason=form.cleaned_data["change_reason"])
    except ValidationError as exc:
        return _redirect_with(request, consultation, " ".join(exc.messages), messages.ERROR)
    return _redirect_with(request, consultation, _("The survey is being sent: each respondent receives their personal link."))


@require_POST
@secretariat_only
def consultation_remind(request, slug):
    consultation = _consultation(slug)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        return _redirect_with(request, consultation, _("Give a reason for the change."), messages.ERROR)
    try:
        count = services.consultation_remind(
            consultation=consultation, by=request.user, reason=form.cleaned_data["change_reason"]
        )
    except ValidationError as exc:
        return _redirect_with(request, consultation, " ".join(exc.messages), messages.ERROR)
    return _redirect_with(
        request, consultation, _("Reminders are being sent to %(count)d respondents who have not answered.") % {"count": count}
    )


@secretariat_only
def interview_answers(request, slug, respondent_pk):
    """The secretariat types a respondent's answers during or after the interview."""
    consultation = _consultation(slug)
    respondent = get_object_or_404(
        Respondent.objects.select_related("person", "question_set"), pk=respondent_pk, consultation=consultation
    )
    questions = respondent.question_set.questions.all()
    language = translation.get_language()[:2]
    initial = {f"q_{a.question_id}": a.value for a in respondent.answers.all()} if not consultation.anonymous else {}
    form = AnswerForm(request.POST or None, questions=questions, language=language, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.answers_submit(respondent=respondent, values=form.values(), by=request.user, language=language)
        except ValidationError as exc:
            add_validation_error(form, exc)
        else:
            return _redirect_with(request, consultation, _("The answers were saved."))
    return render(
        request,
        "consultations/interview_form.html",
        {"consultation": consultation, "respondent": respondent, "form": form, "nav": "consultations"},
        status=400 if form.errors else 200,
    )


@login_not_required
def survey_answer(request, public_id, token):
    """A respondent's personal page: no login, the signed link is the key, shown in the respondent's language."""
    try:
        respondent = services.respondent_from_token(public_id=public_id, token=token)
    except services.LinkError as exc:
        return render(request, "consultations/survey_closed.html", {"message": exc.message}, status=403)
    language = respondent.language
    with translation.override(language):
        consultation = respondent.consultation
        if respondent.has_answered:
            return render(request, "consultations/survey_thanks.html", {"consultation": consultation, "language": language})
        form = AnswerForm(request.POST or None, questions=respondent.question_set.questions.all(), language=language)
        if request.method == "POST" and form.is_valid():
            try:
                services.answers_submit(respondent=respondent, values=form.values(), by=None, language=language)
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                return render(request, "consultations/survey_thanks.html", {"consultation": consultation, "language": language})
        return render(
            request,
            "consultations/survey_form.html",
            {"consultation": consultation, "respondent": respondent, "form": form, "language": language},
            status=400 if form.errors else 200,
        )


@secretariat_only
def coding(request, slug):
    """Answers with text, each with a form to code a passage into themes; excerpts already coded under them."""
    consultation = _consultation(slug)
    if consultation.anonymous:
        answers = list(
            AnonymousAnswer.objects.filter(submission__consultation=consultation)
            .exclude(text="")
            .select_related("question")
            .prefetch_related("excerpts__themes")
            .order_by("question__order", "text")
        )
    else:
        answers = list(
            Answer.objects.filter(respondent__consultation=consultation)
            .exclude(text="")
            .select_related("question", "respondent__person", "respondent__working_group", "respondent__council")
            .prefetch_related("excerpts__themes")
            .order_by("respondent_id", "question__order")
        )
    bound_answer = request.POST.get("answer") if request.method == "POST" else None
    form = ExcerptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        target = next((a for a in answers if str(a.pk) == bound_answer), None)
        if target is None:
            form.add_error(None, _("Choose an answer to code."))
        else:
            kwargs = {"anonymous_answer": target} if consultation.anonymous else {"answer": target}
            try:
                with transaction.atomic():
                    services.excerpt_code(
                        consultation=consultation,
                        passage=form.cleaned_data["passage"],
                        themes=list(form.cleaned_data["themes"]),
                        translation_text=form.cleaned_data["translation"],
                        by=request.user,
                        reason=form.cleaned_data["change_reason"],
                        **kwargs,
                    )
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                messages.success(request, _("The passage was coded."))
                return redirect("consultations:coding", slug=slug)
    return render(
        request,
        "consultations/coding.html",
        {
            "consultation": consultation,
            "answers": answers,
            "form": form,
            "bound_answer": bound_answer,
            "blank_form": ExcerptForm(),
            "theme_choices": Theme.objects.order_by("kind", "order", "slug"),
            "nav": "consultations",
        },
        status=400 if form.errors else 200,
    )


@permission_required("consultations.view_theme", raise_exception=True)
def themes(request):
    """Themes by jurisdiction level, council and group, with respondent and excerpt counts and the quotes."""
    consultation = None
    if request.GET.get("consultation"):
        consultation = _consultation(request.GET["consultation"])
    language = translation.get_language()[:2]
    rows = selectors.theme_rows(language=language, consultation=consultation)
    return render(
        request,
        "consultations/themes.html",
        {
            "rows": rows,
            "consultation": consultation,
            "consultations": Consultation.objects.order_by("-period_start"),
            "language": language,
            "nav": "themes",
        },
    )


class ThemeCreateView(RolePermissionMixin, ServiceFormMixin, CreateView):
    permission_required = "consultations.change_theme"
    form_class = ThemeForm
    template_name = "consultations/theme_form.html"

    def write(self, form):
        theme = form.save(commit=False)
        return services.theme_save(
            theme=theme, priorities=form.cleaned_data["priorities"], outcomes=form.cleaned_data["outcomes"], **self.change(form)
        )

    def get_success_url(self):
        return reverse("consultations:themes")


# Strategic plan ----------------------------------------------------------------------------------------------------


@permission_required("consultations.view_planperiod", raise_exception=True)
def plan_periods(request):
    periods = PlanPeriod.objects.order_by("-start_year")
    form = PlanPeriodForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("consultations.change_planperiod"):
            raise PermissionDenied
        if form.is_valid():
            try:
                period = services.planperiod_create(
                    start_year=form.cleaned_data["start_year"],
                    end_year=form.cleaned_data["end_year"],
                    by=request.user,
                    reason=form.cleaned_data["change_reason"],
                )
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                return HttpResponseRedirect(period.get_absolute_url())
    return render(
        request,
        "consultations/plan_periods.html",
        {"periods": periods, "form": form, "nav": "plan"},
        status=400 if form.errors else 200,
    )


@permission_required("consultations.view_planperiod", raise_exception=True)
def plan_period(request, slug):
    period = get_object_or_404(
        PlanPeriod.objects.prefetch_related(Prefetch("sections", queryset=PlanSection.objects.select_related("priority"))),
        slug=slug,
    )
    return render(
        request,
        "consultations/plan_period.html",
        {
            "period": period,
            "sections": period.sections.all(),
            "reason_form": ReasonForm(),
            "history": period.sections.model.history.filter(period_id=period.pk)
            .select_related("history_user")
            .order_by("-history_date")[:50],
            "nav": "plan",
        },
    )


@permission_required("consultations.change_planperiod", raise_exception=True)
def plan_section_edit(request, slug, pk):
    period = get_object_or_404(PlanPeriod, slug=slug)
    section = get_object_or_404(PlanSection.objects.select_related("priority"), pk=pk, period=period)
    form = PlanSectionForm(request.POST or None, instance=section)
    if request.method == "POST" and form.is_valid():
        try:
            services.plansection_save(
                section=section,
                body_en=form.cleaned_data["body_en"],
                body_fr=form.cleaned_data["body_fr"],
                by=request.user,
                reason=form.cleaned_data["change_reason"],
                expected_version=form.cleaned_data.get("expected_version"),
            )
        except StaleEditError as exc:
            form.add_error(None, exc.user_message())
            return render(
                request, "consultations/plan_section_form.html", {"period": period, "section": section, "form": form}, status=409
            )
        except ValidationError as exc:
            add_validation_error(form, exc)
        else:
            messages.success(request, _("Your changes were saved."))
            return HttpResponseRedirect(period.get_absolute_url())
    return render(
        request,
        "consultations/plan_section_form.html",
        {"period": period, "section": section, "form": form, "nav": "plan"},
        status=400 if form.errors else 200,
    )


@require_POST
@permission_required("consultations.change_planperiod", raise_exception=True)
def plan_period_approve(request, slug):
    period = get_object_or_404(PlanPeriod, slug=slug)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a reason for the change."))
    else:
        try:
            services.planperiod_approve(period=period, by=request.user, reason=form.cleaned_data["change_reason"])
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("The plan period is approved; its narrative is now locked."))
    return HttpResponseRedirect(period.get_absolute_url())
