"""Pages of the councils, their members, people, organisations and the glossary."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.text import get_text_list
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import CreateView, DetailView, ListView, TemplateView, UpdateView
from django_filters.views import FilterView

from jointcouncils.history_view import merged_history_rows
from jointcouncils.page_cache import PageCacheMixin
from jointcouncils.views_mixins import RolePermissionMixin, ServiceFormMixin

from . import selectors, services
from .filters import PersonFilter
from .forms import CouncilForm, CouncilMembershipForm, PersonForm
from .models import Council, CouncilMembership, Person
from .selectors import CochairTerm


def label_joint_relations(council: Council) -> None:
    """council.joint_of ("PSCIOC and PSSDC") and council.part_of ("JC") from the prefetched relations."""
    council.joint_of = get_text_list([c.acronym for c in council.constituent_councils.all()], _("and"))
    council.part_of = get_text_list([c.acronym for c in council.joint_bodies.all()], _("and"))


# Councils -----------------------------------------------------------------------------------------


class CouncilListView(PageCacheMixin, RolePermissionMixin, ListView):
    permission_required = "councils.view_council"
    template_name = "councils/council_list.html"
    context_object_name = "councils"
    extra_context = {"nav": "councils"}

    def get_queryset(self):
        councils = list(selectors.council_list())
        for council in councils:
            label_joint_relations(council)
        return councils


class CouncilDetailView(PageCacheMixin, RolePermissionMixin, DetailView):
    permission_required = "councils.view_council"
    template_name = "councils/council_detail.html"
    slug_field = "code"
    slug_url_kwarg = "code"
    context_object_name = "council"
    extra_context = {"nav": "councils"}

    def get_queryset(self):
        return Council.objects.prefetch_related("constituent_councils", "joint_bodies")

    def get_context_data(self, **kwargs):
        council = self.object
        label_joint_relations(council)
        memberships = selectors.council_memberships(council)
        return super().get_context_data(
            current_memberships=memberships["current"],
            past_memberships=memberships["past"],
            groups=selectors.council_groups(council),
            priorities=selectors.council_priorities(council),
            cochair_seats=council.cochair_seats.select_related("organisation").order_by("order"),
            external_relations=council.external_relations.select_related("body").order_by("kind", "body__name"),
            history_rows=merged_history_rows(
                (_("council"), council.history.all()),
                (_("council membership"), CouncilMembership.history.filter(council_id=council.pk)),
            ),
            **kwargs,
        )


class CouncilEditView(RolePermissionMixin, ServiceFormMixin, UpdateView):
    permission_required = "councils.change_council"
    model = Council
    form_class = CouncilForm
    template_name = "councils/council_form.html"
    slug_field = "code"
    slug_url_kwarg = "code"
    extra_context = {"nav": "councils"}

    def write(self, form):
        return services.council_update(council=form.save(commit=False), **self.change(form))


class MembershipCreateView(RolePermissionMixin, ServiceFormMixin, CreateView):
    permission_required = "councils.add_councilmembership"
    form_class = CouncilMembershipForm
    template_name = "councils/membership_form.html"
    extra_context = {"nav": "councils"}

    def dispatch(self, request, *args, **kwargs):
        self.council = get_object_or_404(Council, code=kwargs["code"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = CouncilMembership(council=self.council)
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(council=self.council, **kwargs)

    def write(self, form):
        data = form.cleaned_data
        return services.councilmembership_create(
            council=self.council,
            person=data["person"],
            role=data["role"],
            on_behalf_of=data["on_behalf_of"],
            start_date=data["start_date"],
            end_date=data["end_date"],
            by=self.request.user,
            reason=data["change_reason"],
        )

    def get_success_url(self):
        return self.council.get_absolute_url()


# People and organisations ----------------------------------------------------------------------------


class PersonListView(PageCacheMixin, RolePermissionMixin, FilterView):
    permission_required = "councils.view_person"
    template_name = "councils/person_list.html"
    filterset_class = PersonFilter
    paginate_by = 25
    context_object_name = "people"
    extra_context = {"nav": "people"}

    def get_queryset(self):
        return selectors.person_list()

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(query_string=query.urlencode(), **kwargs)


class PersonDetailView(PageCacheMixin, RolePermissionMixin, DetailView):
    permission_required = "councils.view_person"
    template_name = "councils/person_detail.html"
    context_object_name = "person"
    extra_context = {"nav": "people"}

    def get_object(self, queryset=None):
        try:
            return selectors.person_detail(self.kwargs["pk"])
        except Person.DoesNotExist as exc:
            raise Http404 from exc

    def get_context_data(self, **kwargs):
        person = self.object
        for seat in [*person.council_memberships.all(), *person.cochair_terms.all()]:
            seat.organisation_shown = selectors.seat_organisation(seat)
        return super().get_context_data(
            history_rows=merged_history_rows(
                (_("person"), person.history.all()),
                (_("council membership"), CouncilMembership.history.filter(person_id=person.pk)),
                (_("co-chair term"), CochairTerm.history.filter(person_id=person.pk)),
            ),
            **kwargs,
        )


class PersonEditView(RolePermissionMixin, ServiceFormMixin, UpdateView):
    permission_required = "councils.change_person"
    model = Person
    form_class = PersonForm
    template_name = "councils/person_form.html"
    extra_context = {"nav": "people"}

    def write(self, form):
        return services.person_update(person=form.save(commit=False), **self.change(form))


class PersonCreateView(RolePermissionMixin, ServiceFormMixin, CreateView):
    permission_required = "councils.add_person"
    model = Person
    form_class = PersonForm
    template_name = "councils/person_form.html"
    extra_context = {"nav": "people"}

    def write(self, form):
        return services.person_create(
            person=form.save(commit=False), by=self.request.user, reason=form.cleaned_data["change_reason"]
        )


class OrganisationListView(PageCacheMixin, RolePermissionMixin, TemplateView):
    permission_required = "councils.view_organisation"
    template_name = "councils/organisation_list.html"
    extra_context = {"nav": "people"}

    def get_context_data(self, **kwargs):
        return super().get_context_data(organisations=selectors.organisation_load(), **kwargs)


class GlossaryView(PageCacheMixin, RolePermissionMixin, TemplateView):
    permission_required = "councils.view_council"
    template_name = "councils/glossary.html"
    extra_context = {"nav": "glossary"}

    def get_context_data(self, **kwargs):
        language = (get_language() or "en")[:2]
        entries = selectors.glossary_entries(language)
        rows, letters = [], []
        for entry in entries:
            letter = selectors.glossary_letter(entry, language)
            first = not letters or letters[-1] != letter
            if first:
                letters.append(letter)
            rows.append({"entry": entry, "letter": letter if first else ""})
        return super().get_context_data(rows=rows, letters=letters, language=language, **kwargs)
