"""The home page and the dashboards: the secretariat overview, the co-chair's own, a priority's, logic-model
coverage, participation; and the cross-group lists the overview's numbers lead to.
Views are thin: permission, selector, template."""

from django.core.paginator import Paginator
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.generic import TemplateView

from jointcouncils import roles
from jointcouncils.models import current_q
from jointcouncils.page_cache import MINUTE, PageCacheMixin, page_cached
from jointcouncils.record_version import cached
from jointcouncils.translations import translation_queue
from jointcouncils.views_mixins import PortalPermissionMixin
from notifications.services import preference_get
from priorities.models import Priority
from workinggroups.models import CochairTerm, Milestone, OutstandingTask
from workinggroups.participation import participation_block
from workinggroups.rules import cochaired_group_ids

from . import hub, selectors
from .charts import inline_chart
from .filters import MilestoneFilterSet, TaskFilterSet, TermFilterSet

NAV = "dashboards"
LIST_PAGE_SIZE = 50


def landing(request):
    """Where a login without `next` lands: staff on the overview, co-chairs on their dashboard, others at home."""
    user = request.user
    if roles.is_secretariat(user):
        return redirect("dashboards:overview")
    if roles.is_cochair(user) or cochaired_group_ids(user):
        return redirect("dashboards:cochair")
    return redirect("home")


@page_cached(MINUTE)  # the next meetings are those starting after now
def home(request):
    """The home page: the member's hub (next meetings with their packs, open action items, the last decisions, what
    changed since the last visit), a card per section with live counts, the co-chair's own groups, and for the
    secretariat the numbers that need attention."""
    user = request.user
    if not roles.is_reader(user):
        # Logged in without a portal role: a page that says so, and no record.
        return render(request, "home.html", {"no_role": True}, status=403)
    context = {
        "nav": "home",
        "counts": cached("home-counts", selectors.home_counts),
        "is_cochair": roles.is_cochair(user),
        "is_council_member": roles.is_council_member(user),
        "hub": hub.member_hub(user, language=get_language(), since=preference_get(user=user).previous_visit_at),
    }
    if context["is_cochair"]:
        context["my_groups"] = list(selectors.home_cochaired_groups(user))
    if roles.is_secretariat(user):
        today = timezone.localdate()
        context["attention"] = cached("home-attention", selectors.attention_numbers, today)
    return render(request, "home.html", context)


class DashboardView(PageCacheMixin, PortalPermissionMixin, TemplateView):
    """A dashboard page: a role permission, the Dashboards section of the navigation."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(nav=NAV, today=timezone.localdate(), **kwargs)


class OverviewView(DashboardView):
    """The secretariat overview: counts of the record and of its gaps, each a link to the list behind it."""

    permission_required = "dashboards.view_overview"
    template_name = "dashboards/overview.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        # Numbers of the record as of today: made again after any write (the record's version) or the next day.
        return super().get_context_data(
            numbers=cached("overview-numbers", lambda: selectors.overview(today), today),
            late=cached("overview-late-reporting", lambda: selectors.late_reporting(today), today),
            can_review_tasks=self.request.user.has_perm("workinggroups.review_outstandingtask"),
            **kwargs,
        )


class CochairDashboardView(DashboardView):
    """A co-chair's groups: the state of their update, overdue milestones, the next meeting, open action items."""

    permission_required = "dashboards.view_cochair_dashboard"
    template_name = "dashboards/cochair.html"
    page_cache_freshness = MINUTE  # each group's next meeting is the one starting after now

    def get_context_data(self, **kwargs):
        return super().get_context_data(groups=selectors.cochair_dashboard(self.request.user), **kwargs)


class PriorityDashboardView(DashboardView):
    """A priority's supporting groups with their RAG status, milestones, decisions and action items."""

    permission_required = "dashboards.view_priority_dashboard"
    template_name = "dashboards/priority.html"

    def get_context_data(self, **kwargs):
        priority = get_object_or_404(Priority.objects.select_related("council"), slug=self.kwargs["slug"])
        board = selectors.priority_dashboard(priority)
        return super().get_context_data(
            priority=priority, board=board, rag_chart=inline_chart(board.rag_chart, "rag-chart"), **kwargs
        )


class CoverageView(DashboardView):
    """Groups × short-term outcomes of the logic model in force, coverage per outcome, indicators."""

    permission_required = "dashboards.view_coverage"
    template_name = "dashboards/coverage.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(coverage=selectors.coverage(), **kwargs)


class ParticipationView(DashboardView):
    """Co-chair seats by jurisdiction level and by organisation: the PDF reports' participation map, live."""

    permission_required = "dashboards.view_participation"
    template_name = "dashboards/participation.html"

    def get_context_data(self, **kwargs):
        block = participation_block(selectors.participation_groups(), (get_language() or "en")[:2])
        return super().get_context_data(
            participation=block,
            chart_levels=inline_chart(block["chart_levels"], "chart-levels"),
            chart_organisations=inline_chart(block["chart_organisations"], "chart-organisations"),
            **kwargs,
        )


class FilteredListView(DashboardView):
    """A filtered, paginated list of records across groups (django-filter), 50 a page."""

    permission_required = "dashboards.view_lists"
    filterset_class = None

    def get_queryset(self):
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        filterset = self.filterset_class(self.request.GET or None, queryset=self.get_queryset())
        page_obj = Paginator(filterset.qs, LIST_PAGE_SIZE).get_page(self.request.GET.get("page"))
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            filter=filterset,
            page_obj=page_obj,
            rows=page_obj.object_list,
            query_string=query.urlencode(),
            is_filtered=any(value for value in query.values()),
            **kwargs,
        )


class MilestoneListView(FilteredListView):
    """Milestones of every group; ?overdue=true lists the overdue ones."""

    template_name = "dashboards/milestone_list.html"
    filterset_class = MilestoneFilterSet

    def get_queryset(self):
        return Milestone.objects.select_related("working_group").order_by("due_date", "working_group__name", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for milestone in context["rows"]:
            milestone.overdue = milestone.is_overdue(context["today"])
        return context


class TermListView(FilteredListView):
    """Co-chair terms current today, soonest end first; ?ending=90 lists those ending within 90 days."""

    template_name = "dashboards/term_list.html"
    filterset_class = TermFilterSet

    def get_queryset(self):
        return (
            CochairTerm.objects.filter(current_q(on=timezone.localdate()))
            .select_related("seat__working_group", "person__organisation", "organisation", "on_behalf_of", "person__user")
            .order_by("end_date", "seat__working_group__name", "seat__number", "pk")
        )


class TaskListView(FilteredListView):
    """Outstanding tasks of every group; ?review_due=true lists those not reviewed for six months."""

    template_name = "dashboards/task_list.html"
    filterset_class = TaskFilterSet

    def get_queryset(self):
        return OutstandingTask.objects.select_related("working_group").order_by(
            F("last_reviewed_on").asc(nulls_first=True), "working_group__name", "pk"
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            can_review_tasks=self.request.user.has_perm("workinggroups.review_outstandingtask"), **kwargs
        )


class TranslationQueueView(DashboardView):
    """The secretariat's translation queue: every record missing text in one language, by kind, oldest first."""

    permission_required = "dashboards.view_translation_queue"
    template_name = "dashboards/translation_queue.html"

    def get_context_data(self, **kwargs):
        entries = translation_queue()
        kinds = {}
        for entry in entries:
            kinds.setdefault(entry.kind, []).append(entry)
        return super().get_context_data(entries=entries, kinds=sorted(kinds.items()), **kwargs)
