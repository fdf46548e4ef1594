"""An import job: one uploaded file's preview, then its confirmation, run by a worker with its progress shown."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ImportJob(models.Model):
    """A parsed spreadsheet on its way into the record: previewed by a job, then (once confirmed) applied by one."""

    class Stage(models.TextChoices):
        PREVIEW = "preview", _("preview")
        CONFIRM = "confirm", _("import")

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    kind = models.CharField(_("kind of record"), max_length=30)
    filename = models.CharField(_("file name"), max_length=120)
    # The language of the page it was asked from: the job's messages (row errors) are written in it.
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.PREVIEW)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    # The file's rows ([row number, {column key: text}]), kept until the import is applied.
    rows = models.JSONField(_("rows"), default=list, blank=True)
    # What each row does or why it cannot (dataio.imports.ImportResult.as_json), once the job is done.
    result = models.JSONField(_("result"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    task_id = models.CharField(_("job id"), max_length=64, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_stage_display()}, {self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("dataio:import_job", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}

    @property
    def applied(self) -> bool:
        return self.stage == self.Stage.CONFIRM and self.status == self.Status.DONE and bool(self.result.get("applied"))

    @property
    def can_confirm(self) -> bool:
        """A finished preview with no row in error, not confirmed yet."""
        return (
            self.stage == self.Stage.PREVIEW
            and self.status == self.Status.DONE
            and bool(self.result)
            and not any(row.get("errors") for row in self.result.get("rows", []))
        )
