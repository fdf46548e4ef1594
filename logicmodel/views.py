"""Pages of the logic model: the current version or a named one, and the secretariat's edits of its texts."""

from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, UpdateView

from jointcouncils import roles
from jointcouncils.history_view import merged_history_rows
from jointcouncils.page_cache import PageCacheMixin
from jointcouncils.record_version import cached
from jointcouncils.views_mixins import RolePermissionMixin, ServiceFormMixin

from . import selectors, services
from .forms import LogicModelForm, OutcomeForm, PrincipleForm
from .models import LogicModel, Outcome, Principle


class LogicModelDetailView(PageCacheMixin, RolePermissionMixin, TemplateView):
    """The current logic model (no slug) or the version named by the slug."""

    permission_required = "logicmodel.view_logicmodel"
    template_name = "logicmodel/logicmodel_detail.html"
    extra_context = {"nav": "logicmodel"}

    def get_context_data(self, **kwargs):
        slug = self.kwargs.get("slug")
        logic_model = get_object_or_404(LogicModel, slug=slug) if slug else selectors.current_logic_model()
        context = super().get_context_data(logic_model=logic_model, **kwargs)
        if logic_model is not None:
            # The page changes only with the record (and differs by language and for the secretariat, who sees the
            # edit links): made once per record version, then served as it is.
            is_secretariat = roles.is_secretariat(self.request.user)
            context["page_html"] = cached(
                "logicmodel-page", lambda: self.render_page(context), logic_model.pk, is_secretariat, per_language=True
            )
        return context

    def render_page(self, context) -> str:
        logic_model = context["logic_model"]
        page = {**context, **selectors.logic_model_page(logic_model)}
        page["history_rows"] = merged_history_rows(
            (_("logic model"), logic_model.history.all()),
            (_("principle"), Principle.history.filter(logic_model_id=logic_model.pk)),
            (_("outcome"), Outcome.history.filter(logic_model_id=logic_model.pk)),
        )
        return render_to_string("logicmodel/_page.html", page, request=self.request)


class LogicModelEditView(RolePermissionMixin, ServiceFormMixin, UpdateView):
    permission_required = "logicmodel.change_logicmodel"
    model = LogicModel
    form_class = LogicModelForm
    template_name = "logicmodel/logicmodel_form.html"
    extra_context = {"nav": "logicmodel"}

    def write(self, form):
        return services.logicmodel_update(logic_model=form.save(commit=False), **self.change(form))


class PrincipleEditView(RolePermissionMixin, ServiceFormMixin, UpdateView):
    permission_required = "logicmodel.change_principle"
    model = Principle
    form_class = PrincipleForm
    template_name = "logicmodel/part_form.html"
    extra_context = {"nav": "logicmodel", "part": "principle"}

    def get_queryset(self):
        return Principle.objects.select_related("logic_model")

    def write(self, form):
        return services.principle_update(principle=form.save(commit=False), **self.change(form))

    def get_success_url(self):
        return self.object.logic_model.get_absolute_url() + f"#principle-{self.object.pk}"


class OutcomeEditView(RolePermissionMixin, ServiceFormMixin, UpdateView):
    permission_required = "logicmodel.change_outcome"
    model = Outcome
    form_class = OutcomeForm
    template_name = "logicmodel/part_form.html"
    extra_context = {"nav": "logicmodel", "part": "outcome"}

    def get_queryset(self):
        return Outcome.objects.select_related("logic_model")

    def write(self, form):
        return services.outcome_update(outcome=form.save(commit=False), **self.change(form))

    def get_success_url(self):
        return self.object.logic_model.get_absolute_url() + f"#outcome-{self.object.pk}"
