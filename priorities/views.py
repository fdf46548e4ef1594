"""Pages of the priorities: the list grouped by council, a priority's page, and its edit."""

from django.http import Http404
from django.utils.translation import gettext as _
from django.views.generic import DetailView, UpdateView
from django_filters.views import FilterView

from jointcouncils.history_view import merged_history_rows
from jointcouncils.page_cache import PageCacheMixin
from jointcouncils.views_mixins import RolePermissionMixin, ServiceFormMixin

from . import selectors, services
from .filters import PriorityFilter
from .forms import PriorityForm
from .models import Priority
from .selectors import Alignment


class PriorityListView(PageCacheMixin, RolePermissionMixin, FilterView):
    permission_required = "priorities.view_priority"
    template_name = "priorities/priority_list.html"
    filterset_class = PriorityFilter
    extra_context = {"nav": "priorities"}

    def get_queryset(self):
        return selectors.priority_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = selectors.priority_sections(context["object_list"])
        return context


class PriorityDetailView(PageCacheMixin, RolePermissionMixin, DetailView):
    permission_required = "priorities.view_priority"
    template_name = "priorities/priority_detail.html"
    context_object_name = "priority"
    extra_context = {"nav": "priorities"}

    def get_object(self, queryset=None):
        try:
            return selectors.priority_detail(self.kwargs["slug"])
        except Priority.DoesNotExist as exc:
            raise Http404 from exc

    def get_context_data(self, **kwargs):
        priority = self.object
        return super().get_context_data(
            alignments=priority.alignments.all(),
            history_rows=merged_history_rows(
                (_("priority"), priority.history.all()),
                (_("alignment"), Alignment.history.filter(priority_id=priority.pk)),
            ),
            **kwargs,
        )


class PriorityEditView(RolePermissionMixin, ServiceFormMixin, UpdateView):
    permission_required = "priorities.change_priority"
    model = Priority
    form_class = PriorityForm
    template_name = "priorities/priority_form.html"
    extra_context = {"nav": "priorities"}

    def write(self, form):
        return services.priority_update(
            priority=form.save(commit=False), lead_organisations=form.cleaned_data["lead_organisations"], **self.change(form)
        )
