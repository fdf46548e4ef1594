"""manage.py backup [--output PATH|-]: one archive of the database and the media files, with its manifest."""

import datetime
import shutil
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from jointcouncils.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Write one archive (tar.gz) of the database dump and the media files, with a manifest of row counts and SHA-256s."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Where to write the archive; '-' writes it to standard output. "
            "Default: BACKUP_ROOT/jointcouncils-<UTC date and time>.tar.gz.",
        )

    def handle(self, *args, output=None, **options):
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
        to_stdout = output == "-"
        log = self.stderr if to_stdout else self.stdout
        try:
            if to_stdout:
                with tempfile.TemporaryDirectory(prefix="jc-backup-out-") as folder:
                    summary = backup_create(output=Path(folder) / "backup.tar.gz")
                    with open(summary.path, "rb") as handle:
                        shutil.copyfileobj(handle, sys.stdout.buffer)
                    sys.stdout.buffer.flush()
            else:
                path = Path(output) if output else Path(settings.BACKUP_ROOT) / f"jointcouncils-{stamp}.tar.gz"
                summary = backup_create(output=path)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        where = "standard output" if to_stdout else str(summary.path)
        log.write(f"Backed up {summary.tables} tables ({summary.rows} rows) and {summary.files} media files to {where}.")
