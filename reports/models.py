"""A report build: what was asked, by whom, from which data snapshot, and the PDF it produced."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from consultations.models import PlanPeriod
from meetings.models import Meeting
from priorities.models import Priority
from voting.models import Ballot
from workinggroups.models import WorkingGroup


def report_path(instance, filename: str) -> str:
    return f"reports/{instance.kind}/{instance.sha256[:2]}/{instance.sha256}.pdf"


def docx_path(instance, filename: str) -> str:
    return f"reports/{instance.kind}/{instance.docx_sha256[:2]}/{instance.docx_sha256}.docx"


class ReportBuild(models.Model):
    """One build of one report in one language. A finished build never changes afterwards."""

    class Kind(models.TextChoices):
        BRIEFING_PACK = "briefing_pack", _("briefing pack")
        WG_STATUS = "wg_status", _("working group status report")
        PRIORITY_STATUS = "priority_status", _("priority status report")
        ORIENTATION = "orientation", _("orientation pack")
        DECK = "deck", _("meeting deck")
        BALLOT_RECORD = "ballot_record", _("record of the vote")
        STRATEGIC_PLAN = "strategic_plan", _("strategic plan")

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    kind = models.CharField(_("report"), max_length=20, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.PROTECT, null=True, blank=True, related_name="report_builds"
    )
    working_group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("working group"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="report_builds",
    )
    priority = models.ForeignKey(
        Priority, verbose_name=_("priority"), on_delete=models.PROTECT, null=True, blank=True, related_name="report_builds"
    )
    ballot = models.ForeignKey(
        Ballot, verbose_name=_("ballot"), on_delete=models.PROTECT, null=True, blank=True, related_name="report_builds"
    )
    plan_period = models.ForeignKey(
        PlanPeriod, verbose_name=_("plan period"), on_delete=models.PROTECT, null=True, blank=True, related_name="report_builds"
    )
    # "meeting:12", "working_group:3", "priority:5": one column to make builds unique per target.
    target_key = models.CharField(_("target"), max_length=40, editable=False)
    draft = models.BooleanField(
        _("draft"), default=False, help_text=_("Built although some text is missing in one language; every page says DRAFT.")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("requested by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    task_id = models.CharField(_("job id"), max_length=64, blank=True)
    # The job queue refused the build (Redis was down): the beat's requeue sends it as soon as the queue is back,
    # whatever its age, rather than waiting for it to become stale.
    enqueue_failed = models.BooleanField(_("refused by the job queue"), default=False, db_index=True, editable=False)
    # The data the report is built from, frozen when the build is asked for; rendering reads only this.
    snapshot = models.JSONField(_("data snapshot"), default=dict)
    snapshot_sha256 = models.CharField(_("snapshot SHA-256"), max_length=64, db_index=True)
    file = models.FileField(_("file"), upload_to=report_path, max_length=200, blank=True)
    size = models.PositiveIntegerField(_("size (bytes)"), null=True, blank=True)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    # The 1-based page of each section of the finished file ("item-12": 7): the deck points into the pack with it.
    anchors = models.JSONField(_("section pages"), default=dict, blank=True, editable=False)

    # Set on a build that reportbuild_request found already made from the same data (not stored).
    reused = False
    # The Word edition of the reports that have one (the strategic plan), made from the same snapshot.
    docx_file = models.FileField(_("Word file"), upload_to=docx_path, max_length=200, blank=True)
    docx_sha256 = models.CharField(_("Word file SHA-256"), max_length=64, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("report build")
        verbose_name_plural = _("report builds")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        kind__in=["briefing_pack", "deck"],
                        meeting__isnull=False,
                        working_group__isnull=True,
                        priority__isnull=True,
                        ballot__isnull=True,
                        plan_period__isnull=True,
                    )
                    | models.Q(
                        kind__in=["wg_status", "orientation"],
                        meeting__isnull=True,
                        working_group__isnull=False,
                        priority__isnull=True,
                        ballot__isnull=True,
                        plan_period__isnull=True,
                    )
                    | models.Q(
                        kind="priority_status",
                        meeting__isnull=True,
                        working_group__isnull=True,
                        priority__isnull=False,
                        ballot__isnull=True,
                        plan_period__isnull=True,
                    )
                    | models.Q(
                        kind="ballot_record",
                        meeting__isnull=True,
                        working_group__isnull=True,
                        priority__isnull=True,
                        ballot__isnull=False,
                        plan_period__isnull=True,
                    )
                    | models.Q(
                        kind="strategic_plan",
                        meeting__isnull=True,
                        working_group__isnull=True,
                        priority__isnull=True,
                        ballot__isnull=True,
                        plan_period__isnull=False,
                    )
                ),
                name="reportbuild_target_matches_kind",
            ),
            # The same data in the same language builds one file: a second identical request reuses the first.
            models.UniqueConstraint(
                fields=["kind", "language", "target_key", "draft", "snapshot_sha256"],
                condition=~models.Q(status="failed"),
                name="reportbuild_one_per_snapshot",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.target} ({self.language})"

    def get_absolute_url(self) -> str:
        return reverse("reports:build_detail", args=[self.pk])

    @property
    def target(self):
        return self.meeting or self.working_group or self.priority or self.ballot or self.plan_period

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}

    def get_download_url(self) -> str:
        return reverse("reports:build_download", args=[self.pk])


class PackDownload(models.Model):
    """A user downloaded a build: the meeting hub tells them when a newer edition replaced the one they have."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="+")
    build = models.ForeignKey(ReportBuild, verbose_name=_("build"), on_delete=models.CASCADE, related_name="downloads")
    downloaded_at = models.DateTimeField(_("downloaded"), auto_now_add=True)

    class Meta:
        ordering = ["-downloaded_at"]
        verbose_name = _("download")
        verbose_name_plural = _("downloads")
        indexes = [models.Index(fields=["user", "build"], name="packdownload_user_build")]

    def __str__(self) -> str:
        return f"{self.user} – {self.build_id}"
