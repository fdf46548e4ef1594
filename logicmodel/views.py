"""Pages of the logic model: the current version or a named one, and the secretariat's edits of its texts."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, UpdateView

from jointcouncils.history_view import merged_history_rows
from jointcouncils.views_mixins import RolePermissionMixin, ServiceFormMixin

from . import selectors, services
from .forms import LogicModelForm, OutcomeForm, PrincipleForm
from .models import LogicModel, Outcome, Principle


class LogicModelDetailView(RolePermissionMixin, TemplateView):
    """The current logic model (no slug) or the version named by the slug."""

    permission_required = "logicmodel.view_logicmodel"
    template_name = "logicmodel/logicmodel_detail.html"
    extra_context = {"nav": "logicmodel"}

    def get_context_data(self, **kwargs):
        slug = self.kwargs.get("slug")
        logic_model = get_object_or_404(LogicModel, slug=slug) if slug else selectors.current_logic_model()
        context = super().get_context_data(logic_model=logic_model, **kwargs)
        if logic_model is not None:
            context.update(selectors.logic_model_page(logic_model))
            context["history_rows"] = merged_history_rows(
                (_("logic model"), logic_model.history.all()),
                (_("principle"), Principle.history.filter(logic_model_id=logic_model.pk)),
                (_("outcome"), Outcome.history.filter(logic_model_id=logic_model.pk)),
            )
        return context


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
