"""The report pipeline: ask for a build (parity check, snapshot, dedupe, enqueue), run it, record the result."""

import functools
import hashlib
import json
import logging
import os
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from jointcouncils.record_version import pages_version_bump
from meetings.notify import meeting_notify_pack

from . import kinds
from .models import PackDownload, ReportBuild
from .rendering import RenderedPdf, render_html, render_pdf

logger = logging.getLogger(__name__)


# A build whose worker died this many times is marked failed instead of being sent again (staff may still retry).
MAX_ATTEMPTS = 3
# Temporary files older than this, left by a worker killed while writing, are removed by the next write.
PARTIAL_FILE_MAX_AGE_SECONDS = 15 * 60


class ParityError(Exception):
    """Some text the report uses is missing in English or French; staff may still build a DRAFT."""

    def __init__(self, missing: list[kinds.MissingText]):
        self.missing = missing
        super().__init__(f"{len(missing)} texts missing")


class QueueUnavailable(Exception):
    """The job queue (Redis) could not take the build; the build is saved and will be sent again."""


def _target_key(spec: kinds.ReportKind, target) -> str:
    return f"{spec.target_field}:{target.pk}"


@functools.cache
def format_fingerprint(language: str) -> str:
    """What the layout of a report depends on besides its data: templates, CSS, layout code and the translations.

    Part of the digest, so a new version of the portal builds new files rather than handing out one made with
    the old layout; within one version, the same data still gives the same file.
    """
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    files = sorted((root / "templates" / "reports" / "pdf").rglob("*.html"))
    files += sorted((root / "static" / "reports").glob("*.css"))
    # The code that lays a report out (the deck fits its slides in Python) is part of its format too.
    files += sorted(path for path in (root / "reports").rglob("*.py") if "migrations" not in path.parts)
    files += [root / "locale" / language / "LC_MESSAGES" / "django.po"]
    for path in files:
        if path.exists():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def snapshot_digest(*, kind: str, language: str, draft: bool, snapshot: dict) -> str:
    """A stable digest of what a build is made from: the same data and layout give the same digest."""
    canonical = json.dumps(
        {"kind": kind, "language": language, "draft": draft, "format": format_fingerprint(language), "data": snapshot},
        sort_keys=True,
        ensure_ascii=False,
        cls=DjangoJSONEncoder,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def reportbuild_snapshot(*, kind: str, target, language: str, draft: bool) -> dict:
    """The data of one edition, as JSON, taken wholly in the edition's language.

    Choice labels, gettext strings and dates are taken under the edition's language, whoever asks and whatever
    their page's language: the English page, the French page, the command line or a worker.
    """
    with translation.override(language):
        data = kinds.get(kind).snapshot(target, language, draft=draft)
        return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def reportbuild_request(*, kind: str, target, language: str, by, build_anyway: bool = False, enqueue: bool = True) -> ReportBuild:
    """Ask for a build of a report in one language.

    Refuses with ParityError when text is missing in either language, unless build_anyway (then the build is a
    DRAFT). The same data asked twice gives the same build (no second file). The job is sent once the build is
    committed: at once outside a transaction (then QueueUnavailable tells the caller that the queue is down and the
    build stays queued), on commit inside the caller's transaction (then a queue that is down is only recorded on
    the build, which reports.requeue_stale_builds sends again).
    """
    spec = kinds.get(kind)
    missing = spec.parity(target)
    if missing and not build_anyway:
        raise ParityError(missing)
    draft = bool(missing)
    snapshot = reportbuild_snapshot(kind=kind, target=target, language=language, draft=draft)
    digest = snapshot_digest(kind=kind, language=language, draft=draft, snapshot=snapshot)
    target_key = _target_key(spec, target)
    same = ReportBuild.objects.filter(
        kind=kind, language=language, target_key=target_key, draft=draft, snapshot_sha256=digest
    ).exclude(status=ReportBuild.Status.FAILED)
    existing = same.first()
    if existing is not None:
        existing.reused = True  # the page says "the existing file is current" rather than "being built"
        return existing
    try:
        with transaction.atomic():
            build = ReportBuild.objects.create(
                kind=kind,
                language=language,
                target_key=target_key,
                draft=draft,
                requested_by=by,
                snapshot=snapshot,
                snapshot_sha256=digest,
                **{spec.target_field: target},
            )
    except IntegrityError:
        # Someone asked for the very same build at the same moment: theirs is ours.
        return same.get()
    if enqueue:
        if transaction.get_connection().in_atomic_block:
            # Inside the caller's transaction: a worker must not look for the build before it is committed.
            build_id = build.pk
            transaction.on_commit(lambda: _enqueue_after_commit(build_id), robust=True)
        else:
            reportbuild_enqueue(build=build)
    return build


def reportbuild_file_name(*, build: ReportBuild) -> str:
    """The download name of an edition, in the edition's language ("dossier-dinformation-...-fr.pdf")."""
    with translation.override(build.language):
        name = slugify(f"{build.get_kind_display()} {build.target}")[:80].rstrip("-") or slugify(_("report"))
        # The language (and DRAFT) always end the name, however long the record's name: two editions never collide.
        name += f"-{build.language}"
        if build.draft:
            name += "-" + slugify(_("draft"))
    return f"{name}.pdf"


def _enqueue_after_commit(build_id: int) -> None:
    """Send a build once the transaction that created it is committed; a queue that is down is recorded on it."""
    try:
        reportbuild_enqueue(build=ReportBuild.objects.get(pk=build_id))
    except QueueUnavailable:
        # Recorded on the build by reportbuild_enqueue; reports.requeue_stale_builds sends it when the queue is back.
        pass


def reportbuild_enqueue(*, build: ReportBuild) -> ReportBuild:
    """Send the build to the job queue (in-process when no Redis is configured). Raises QueueUnavailable."""
    from .tasks import build_report

    if build.status == ReportBuild.Status.DONE:
        return build
    try:
        result = build_report.apply_async(args=[build.pk], retry=True, retry_policy=settings.REPORTS_PUBLISH_RETRY_POLICY)
    except Exception as exc:
        build.refresh_from_db()
        if build.status == ReportBuild.Status.FAILED:
            # The job ran in-process (no Redis) and failed: the failure is the build's own, already recorded on it.
            return build
        logger.warning("job queue unavailable for build %s: %s", build.pk, exc)
        ReportBuild.objects.filter(pk=build.pk, status=ReportBuild.Status.QUEUED).update(
            error=_("The job queue is unavailable. The request is saved and will start when it is back."),
            enqueue_failed=True,
        )
        pages_version_bump()  # an update sends no signal; the meeting page shows the build's state
        raise QueueUnavailable(str(exc)) from exc
    # Only a build still waiting records its job id (one run in-process is finished by now).
    ReportBuild.objects.filter(pk=build.pk, status=ReportBuild.Status.QUEUED).update(
        task_id=result.id, error="", enqueue_failed=False
    )
    ReportBuild.objects.filter(pk=build.pk, enqueue_failed=True).update(enqueue_failed=False)
    pages_version_bump()
    build.refresh_from_db()
    return build


def reportbuild_retry(*, build: ReportBuild) -> ReportBuild:
    """A failed (or stuck) build goes back to the queue with the same snapshot."""
    with transaction.atomic():
        build = ReportBuild.objects.select_for_update().get(pk=build.pk)
        if build.status == ReportBuild.Status.DONE:
            return build
        build.status = ReportBuild.Status.QUEUED
        build.error = ""
        build.save(update_fields=["status", "error"])
    return reportbuild_enqueue(build=build)


def _write_atomically(relative_name: str, data: bytes) -> None:
    """Write the PDF under MEDIA_ROOT via a temporary file and a rename: never a half-written file at the final path."""
    final = Path(settings.MEDIA_ROOT) / relative_name
    final.parent.mkdir(parents=True, exist_ok=True)
    now = time.time()
    for leftover in final.parent.glob(".partial-*"):
        try:
            if now - leftover.stat().st_mtime > PARTIAL_FILE_MAX_AGE_SECONDS:
                leftover.unlink()
        except FileNotFoundError:
            pass
    if final.exists() and hashlib.sha256(final.read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest():
        return
    fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".partial-", suffix=final.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, final)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_build_pages(build: ReportBuild) -> RenderedPdf:
    """The PDF of a build, its page count and the page index of each anchor, from its snapshot alone.

    Merged attachments are drawn on pages the report reserved for them, so WeasyPrint's page count is the file's.
    """
    spec = kinds.get(build.kind)
    if spec.render is not None:
        return spec.render(build)
    html = render_html(spec.template, {"s": build.snapshot, "draft": build.draft, "language": build.language}, build.language)
    rendered = render_pdf(html, identifier_seed=build.snapshot_sha256)
    extra = spec.attachments(build.snapshot)
    if extra:
        from .merge import merge_attachments

        rendered = RenderedPdf(
            data=merge_attachments(rendered.data, rendered.anchors, extra),
            anchors=rendered.anchors,
            page_count=rendered.page_count,
        )
    return rendered


def section_anchors(anchors: dict[str, int]) -> dict[str, int]:
    """The 1-based page of each section anchor of a report (the pages reserved for attachments left out)."""
    return {name: index + 1 for name, index in anchors.items() if not name.startswith("attachment-")}


def reportbuild_run(*, build_id: int) -> ReportBuild:
    """Run a build; safe to run twice (a finished build returns at once, a re-run after a crash starts over)."""
    with transaction.atomic():
        build = ReportBuild.objects.select_for_update().get(pk=build_id)
        if build.status == ReportBuild.Status.DONE:
            return build
        if build.status == ReportBuild.Status.RUNNING and build.attempts >= MAX_ATTEMPTS:
            # Each earlier attempt died with its worker (memory, a kill): stop sending it round again.
            build.status = ReportBuild.Status.FAILED
            build.error = _("The build stopped %(count)d times without finishing (its worker died); it was not tried again.") % {
                "count": build.attempts
            }
            build.finished_at = timezone.now()
            build.save(update_fields=["status", "error", "finished_at"])
            return build
        build.status = ReportBuild.Status.RUNNING
        build.started_at = timezone.now()
        build.attempts += 1
        build.error = ""
        build.save(update_fields=["status", "started_at", "attempts", "error"])

    rendered = render_build_pages(build)
    pdf, page_count = rendered.data, rendered.page_count
    sha = hashlib.sha256(pdf).hexdigest()
    build.sha256 = sha
    name = build.file.field.upload_to(build, "report.pdf")
    _write_atomically(name, pdf)
    spec = kinds.get(build.kind)
    docx_name = docx_sha = ""
    if spec.docx is not None:
        docx = spec.docx(build.snapshot, build.language, build.draft)
        docx_sha = hashlib.sha256(docx).hexdigest()
        build.docx_sha256 = docx_sha
        docx_name = build.docx_file.field.upload_to(build, "report.docx")
        _write_atomically(docx_name, docx)

    with transaction.atomic():
        build = ReportBuild.objects.select_for_update().get(pk=build_id)
        if build.status == ReportBuild.Status.DONE:
            return build
        build.file.name = name
        build.sha256 = sha
        build.size = len(pdf)
        build.page_count = page_count
        build.anchors = section_anchors(rendered.anchors)
        build.docx_file.name = docx_name
        build.docx_sha256 = docx_sha
        build.status = ReportBuild.Status.DONE
        build.finished_at = timezone.now()
        build.save(
            update_fields=["file", "sha256", "size", "page_count", "anchors", "docx_file", "docx_sha256", "status", "finished_at"]
        )
        _notify_pack(build)
    return build


def _notify_pack(build: ReportBuild) -> None:
    """A finished, final briefing pack: its readers are told it is ready, or that it replaces an earlier edition."""
    if build.kind != ReportBuild.Kind.BRIEFING_PACK or build.draft:
        return
    earlier = (
        ReportBuild.objects.filter(
            kind=build.kind, language=build.language, target_key=build.target_key, status=ReportBuild.Status.DONE, draft=False
        )
        .exclude(pk=build.pk)
        .exclude(sha256=build.sha256)
        .exists()
    )
    meeting_notify_pack(meeting=build.meeting, language=build.language, replaced=earlier)


def pack_download_record(*, build: ReportBuild, user) -> PackDownload:
    """Note that the user downloaded this build (the hub compares it with the newest edition)."""
    return PackDownload.objects.create(build=build, user=user)


def reportbuild_fail(*, build_id: int, message: str) -> None:
    """Record why a build failed, in words the user reads; the build can be retried."""
    with transaction.atomic():
        build = ReportBuild.objects.select_for_update().get(pk=build_id)
        if build.status == ReportBuild.Status.DONE:
            return
        build.status = ReportBuild.Status.FAILED
        build.error = message
        build.finished_at = timezone.now()
        build.save(update_fields=["status", "error", "finished_at"])


def reportbuild_requeue_stale(*, older_than_seconds: int) -> int:
    """Send again the builds the queue refused (at once), and those left queued or running (worker died) too long.

    A build refused by the queue (Redis down) is sent whatever its age, so it starts within one beat period of the
    queue's return; the others wait older_than_seconds, so that a build a worker is about to take is not sent twice.
    """
    cutoff = timezone.now() - timezone.timedelta(seconds=older_than_seconds)
    stale = list(
        (
            ReportBuild.objects.filter(status=ReportBuild.Status.QUEUED, enqueue_failed=True)
            | ReportBuild.objects.filter(status=ReportBuild.Status.QUEUED, requested_at__lt=cutoff)
            | ReportBuild.objects.filter(status=ReportBuild.Status.RUNNING, started_at__lt=cutoff)
        ).order_by("requested_at")
    )
    sent = 0
    for build in stale:
        try:
            reportbuild_enqueue(build=build)
            sent += 1
        except QueueUnavailable:
            break
    return sent
