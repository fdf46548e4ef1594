"""Pages of data export (a download per list), import (upload, preview, confirm) and search."""

import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from jointcouncils.page_cache import PageCacheMixin
from jointcouncils.views_mixins import PortalPermissionMixin

from .export_specs import EXPORTS
from .fileformats import CONTENT_TYPES, CSV, FORMATS, export_response, to_csv
from .forms import ImportUploadForm
from .import_kinds import KINDS
from .imports import ImportRefused, ImportResult, parse_file
from .jobs import importjob_confirm, importjob_create, importjob_progress
from .models import ImportJob
from .search import MAX_QUERY_LENGTH, search


class ExportView(View):
    """Every row of a list, filtered as its page is (all pages), as CSV or XLSX; the list's own permission."""

    def get(self, request, name: str, fmt: str):
        spec = EXPORTS.get(name)
        if spec is None or fmt not in FORMATS:
            raise Http404
        if not request.user.has_perm(spec.permission):
            raise PermissionDenied
        return export_response(spec.rows(request), spec.columns(), fmt, filename=name)


# Import ---------------------------------------------------------------------------------------------------


class ImportPermissionMixin(PortalPermissionMixin):
    permission_required = "dataio.import_data"

    def get_permission_object(self):
        return None


class ImportView(ImportPermissionMixin, FormView):
    """Upload a file; it is read at once (a wrong file is refused here), and its preview is a job (see import_job)."""

    template_name = "dataio/import_form.html"
    form_class = ImportUploadForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(kinds=list(KINDS.values()), nav="import", **kwargs)

    def form_valid(self, form):
        kind = KINDS[form.cleaned_data["kind"]]
        upload = form.cleaned_data["file"]
        filename = (upload.name or "import").rsplit("/", 1)[-1][:120]
        try:
            parsed = parse_file(kind=kind, data=upload.read(), filename=filename)
        except ImportRefused as exc:
            form.add_error("file", str(exc))
            return self.form_invalid(form)
        job = importjob_create(kind=kind.key, parsed=parsed, by=self.request.user, language=get_language_short())
        return redirect(job)


def get_language_short() -> str:
    return (translation.get_language() or "en")[:2]


def _own_job(request, pk: int) -> ImportJob:
    """Only the person who uploaded the file sees its job (the rows may hold personal information)."""
    return get_object_or_404(ImportJob, pk=pk, created_by=request.user)


class ImportJobView(ImportPermissionMixin, TemplateView):
    """An import job: its progress while it runs, then the preview (and the confirm button), or what was imported."""

    template_name = "dataio/import_job.html"

    def get_context_data(self, **kwargs):
        job = _own_job(self.request, self.kwargs["pk"])
        result = ImportResult.from_json(job.result) if job.status == ImportJob.Status.DONE else None
        done, total = importjob_progress(job=job)
        return super().get_context_data(
            job=job, kind=KINDS.get(job.kind), result=result, done=done, total=total, nav="import", **kwargs
        )


class ImportJobStatusView(ImportPermissionMixin, View):
    """The progress of a job as an htmx fragment that polls itself; once the job ends, the page reloads."""

    def get(self, request, pk: int):
        job = _own_job(request, pk)
        done, total = importjob_progress(job=job)
        response = render(request, "dataio/includes/import_job_status.html", {"job": job, "done": done, "total": total})
        if job.is_finished:
            response["HX-Refresh"] = "true"
        return response


class ImportJobConfirmView(ImportPermissionMixin, View):
    """Apply a previewed import, all or nothing, validated again against the record as it is now (a job too)."""

    def post(self, request, pk: int):
        job = _own_job(request, pk)
        if not importjob_confirm(job=job, by=request.user):
            messages.error(
                request, _("This import was already applied or has expired; nothing was imported. Upload the file again.")
            )
        return redirect("dataio:import_job", pk=job.pk)


class ImportTemplateView(ImportPermissionMixin, View):
    """An empty file with the kind's columns; the XLSX has a second sheet that explains each column."""

    def get(self, request, kind: str, fmt: str):
        spec = KINDS.get(kind)
        if spec is None or fmt not in FORMATS:
            raise Http404
        headers = [column.key for column in spec.columns]
        if fmt == CSV:
            content = to_csv(headers, [])
        else:
            content = _template_xlsx(spec, headers)
        response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
        response["Content-Disposition"] = f'attachment; filename="import-{kind}-template.{fmt}"'
        return response


def _template_xlsx(spec, headers) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "import"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    notes = workbook.create_sheet("columns")
    notes.append([_("Column"), _("Meaning"), _("Required"), _("How to fill it")])
    for column in spec.columns:
        notes.append([column.key, str(column.label), _("Yes") if column.required else _("No"), str(column.help or "")])
    for row in notes.iter_rows():
        for cell in row:
            cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# Search ---------------------------------------------------------------------------------------------------


class SearchView(PageCacheMixin, PortalPermissionMixin, TemplateView):
    """/<lang>/search/?q=: hits across the record in both languages, grouped by kind of record."""

    permission_required = "dataio.search"
    template_name = "dataio/search.html"

    def get_permission_object(self):
        return None

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
        groups = search(query, user=self.request.user) if query else []
        return super().get_context_data(
            query=query,
            groups=groups,
            total=sum(len(group.hits) for group in groups),
            **kwargs,
        )
