"""manage.py restore ARCHIVE|-: rebuild an empty database and media folder from a backup, and check it."""

import shutil
import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jointcouncils.backup import BackupError, restore_archive


class Command(BaseCommand):
    help = (
        "Restore a backup archive into an empty database and media folder, then check every table's row count and "
        "every file's SHA-256 against the archive's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The archive written by manage.py backup; '-' reads it from standard input.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database that has tables and a media folder that has files (everything in them is lost).",
        )

    def handle(self, *args, archive, force=False, **options):
        try:
            if archive == "-":
                with tempfile.TemporaryDirectory(prefix="jc-restore-in-") as folder:
                    path = Path(folder) / "backup.tar.gz"
                    with open(path, "wb") as handle:
                        shutil.copyfileobj(sys.stdin.buffer, handle)
                    summary = restore_archive(archive_path=path, force=force)
            else:
                path = Path(archive)
                if not path.is_file():
                    raise CommandError(f"No archive at {path}.")
                summary = restore_archive(archive_path=path, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Restored {summary.tables} tables ({summary.rows} rows) and {summary.files} media files; "
            "every row count and file hash matches the manifest."
        )
