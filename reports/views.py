"""Pages to ask for a report, follow its build (htmx polling), download it, and retry a failed one."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import kinds
from .models import ReportBuild
from .services import (
    ParityError,
    QueueUnavailable,
    pack_download_record,
    reportbuild_file_name,
    reportbuild_request,
    reportbuild_retry,
)


def _target(kind: str, target_id: int):
    """The ReportBuild field and the record a report of this kind is about (404 for an unknown kind or record)."""
    spec = kinds.all_kinds().get(kind)
    if spec is None:
        raise Http404
    return spec.target_field, get_object_or_404(spec.target_model, pk=target_id)


def _check(request, perm: str, obj=None):
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied


def target_builds(request, kind: str, target_id: int):
    """The builds of one report of one record: the newest in each language, then all past builds."""
    _check(request, "reports.view_reportbuild")
    field, target = _target(kind, target_id)
    builds = list(
        ReportBuild.objects.filter(kind=kind, **{field: target})
        .select_related("requested_by")
        .defer("snapshot")  # the data a build is made from can be large; the page does not show it
        .order_by("-requested_at")[:50]
    )
    latest = {}
    for build in builds:
        latest.setdefault(build.language, build)
    return render(
        request,
        "reports/target_builds.html",
        {
            "kind": kind,
            "kind_label": kinds.get(kind).label,
            "target": target,
            "latest": [latest[code] for code in ("en", "fr") if code in latest],
            "builds": builds,
            "can_request": request.user.has_perm("reports.request_report", target),
        },
    )


@require_POST
def request_build(request, kind: str, target_id: int):
    """Ask for the report in English and French (or one language); refuse with the parity list when text is missing."""
    _field, target = _target(kind, target_id)
    _check(request, "reports.request_report", target)
    languages = [code for code in request.POST.getlist("language") if code in {"en", "fr"}] or ["en", "fr"]
    build_anyway = request.POST.get("build_anyway") == "1"
    if build_anyway:
        _check(request, "reports.build_draft", target)
    queue_down = False
    # The deck points to pages of the pack made from the same data: asking for the deck asks for the pack too.
    kinds_asked = [ReportBuild.Kind.BRIEFING_PACK, kind] if kind == ReportBuild.Kind.DECK else [kind]
    builds = []
    try:
        for asked in kinds_asked:
            for language in languages:
                try:
                    builds.append(
                        reportbuild_request(
                            kind=asked, target=target, language=language, by=request.user, build_anyway=build_anyway
                        )
                    )
                except QueueUnavailable:
                    queue_down = True
    except ParityError as exc:
        return render(
            request,
            "reports/parity.html",
            {
                "kind": kind,
                "kind_label": kinds.get(kind).label,
                "target": target,
                "missing": exc.missing,
                "languages": languages,
                "can_build_draft": request.user.has_perm("reports.build_draft", target),
            },
            status=409,
        )
    if queue_down:
        messages.warning(
            request,
            _(
                "The job queue is unavailable right now. Your request is saved and will start as soon as the queue "
                "is back; you can also retry it from this page."
            ),
        )
    else:
        asked = [b for b in builds if b.kind == kind]
        if asked and all(b.reused and b.status == ReportBuild.Status.DONE for b in asked):
            messages.info(request, _("Nothing has changed since the last build: the existing file is current."))
        elif asked and all(b.status == ReportBuild.Status.DONE for b in asked):
            messages.success(request, _("The report is ready."))
        else:
            messages.success(request, _("The report is being built. This page shows its progress."))
    return HttpResponseRedirect(reverse("reports:target_builds", args=[kind, target.pk]))


def build_status(request, pk: int):
    """The status of one build, as an htmx fragment that polls itself until the build is finished."""
    _check(request, "reports.view_reportbuild")
    build = get_object_or_404(ReportBuild.objects.select_related("requested_by").defer("snapshot"), pk=pk)
    return render(request, "reports/includes/build_status.html", {"build": build})


def build_detail(request, pk: int):
    _check(request, "reports.view_reportbuild")
    build = get_object_or_404(ReportBuild.objects.select_related("requested_by"), pk=pk)
    return HttpResponseRedirect(reverse("reports:target_builds", args=[build.kind, build.target.pk]) + f"#build-{build.pk}")


def build_download(request, pk: int):
    """The PDF of a finished build, named after the report, the record and the language."""
    _check(request, "reports.view_reportbuild")
    build = get_object_or_404(ReportBuild, pk=pk, status=ReportBuild.Status.DONE)
    name = reportbuild_file_name(build=build).removesuffix(".pdf")
    if request.GET.get("format") == "docx":
        if not build.docx_file:
            raise Http404(_("This report has no Word edition."))
        try:
            handle = build.docx_file.open("rb")
        except FileNotFoundError as exc:
            raise Http404(_("The Word file of this build is missing from the file store; build the report again.")) from exc
        return FileResponse(
            handle,
            as_attachment=True,
            filename=f"{name}.docx",
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
    try:
        handle = build.file.open("rb")
    except FileNotFoundError as exc:
        # The row says done but the file is gone (a restored database without its media volume): say so plainly.
        raise Http404(_("The PDF of this build is missing from the file store; build the report again.")) from exc
    if build.kind == ReportBuild.Kind.BRIEFING_PACK:
        pack_download_record(build=build, user=request.user)
    return FileResponse(handle, as_attachment=True, filename=f"{name}.pdf", content_type="application/pdf")


@require_POST
def build_retry(request, pk: int):
    build = get_object_or_404(ReportBuild, pk=pk)
    _check(request, "reports.retry_reportbuild", build)
    try:
        reportbuild_retry(build=build)
        messages.success(request, _("The build was sent again."))
    except QueueUnavailable:
        messages.warning(request, _("The job queue is still unavailable. The build stays queued and will start when it is back."))
    return HttpResponseRedirect(reverse("reports:target_builds", args=[build.kind, build.target.pk]))
