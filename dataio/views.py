"""Pages of data export (a download per list), import (upload, preview, confirm) and search."""

import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from jointcouncils.views_mixins import PortalPermissionMixin

from . import staging
from .export_specs import EXPORTS
from .fileformats import CONTENT_TYPES, CSV, FORMATS, export_response, to_csv
from .forms import ImportUploadForm
from .imports import KINDS, ImportRefused, parse_file, run_import
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
    """Upload a file; the answer is its preview: what would be created and changed, and every row's errors."""

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
        result = run_import(kind=kind, parsed=parsed, by=self.request.user, commit=False)
        token = staging.stage(self.request, parsed) if result.ok else ""
        return render(
            self.request,
            "dataio/import_preview.html",
            {"kind": kind, "filename": filename, "result": result, "token": token, "nav": "import"},
        )


class ImportConfirmView(ImportPermissionMixin, View):
    """Apply a previewed import, all or nothing, validated again against the record as it is now."""

    def post(self, request):
        parsed = staging.take(request, request.POST.get("token", ""))
        if parsed is None or parsed.kind not in KINDS:
            messages.error(
                request, _("This import was already applied or has expired; nothing was imported. Upload the file again.")
            )
            return redirect("dataio:import")
        kind = KINDS[parsed.kind]
        result = run_import(kind=kind, parsed=parsed, by=request.user, commit=True)
        if not result.applied:
            messages.error(request, _("Nothing was imported: the file no longer applies cleanly. See the errors below."))
            context = {"kind": kind, "filename": parsed.filename, "result": result, "token": "", "nav": "import"}
            return render(request, "dataio/import_preview.html", context, status=409)
        messages.success(
            request,
            _("Imported %(file)s: %(created)s created, %(changed)s changed, %(unchanged)s unchanged.")
            % {
                "file": parsed.filename,
                "created": result.created,
                "changed": result.changed,
                "unchanged": result.unchanged,
            },
        )
        return redirect("dataio:import")


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


class SearchView(PortalPermissionMixin, TemplateView):
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
