"""manage.py backup and restore: a populated portal round-trips into a fresh database and media folder.

The backup runs in this process against the test database; the restore runs as its own `manage.py restore`
process pointed (DATABASE_URL, MEDIA_ROOT) at a database created for the test and an empty folder, as an operator
would run it on a new machine. Then every table's row count and every file's SHA-256 are compared with the original.
"""

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection

from jointcouncils.backup import table_row_counts
from meetings import services as meeting_services
from reports.models import ReportBuild
from reports.services import reportbuild_request, reportbuild_run
from tests import factories
from tests.meetings.documents import pdf_bytes
from tests.meetings.factories import AgendaItemFactory, MeetingFactory
from tests.test_celery import ROOT, _database_url_of_this_connection

pytestmark = pytest.mark.django_db(transaction=True)


def _hashes(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(root).rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    return root


@pytest.fixture
def populated_portal(media_root, secretariat_user):
    """Councils, a group with co-chairs, a meeting with an attached PDF, and an issued report file on disk."""
    council = factories.CouncilFactory(code="jc", name_en="Joint Councils", name_fr="Conseils mixtes")
    group = factories.WorkingGroupFactory(slug="imsc", name_en="Identity Management", name_fr="Gestion de l'identité")
    factories.ReportingLineFactory(working_group=group, council=council)
    seat = factories.CochairSeatFactory(working_group=group, number=1)
    factories.CochairTermFactory(seat=seat)
    for _ in range(3):
        factories.PersonFactory()
    item = AgendaItemFactory(meeting=MeetingFactory(council=council), title_en="Digital identity")
    attachment = meeting_services.attachment_create(
        agenda_item=item,
        upload=SimpleUploadedFile("deck.pdf", pdf_bytes()),
        title_en="Deck",
        title_fr="Présentation",
        by=secretariat_user,
    )
    build = reportbuild_request(
        kind="wg_status", target=group, language="fr", by=secretariat_user, build_anyway=True, enqueue=False
    )
    build = reportbuild_run(build_id=build.pk)
    assert build.status == ReportBuild.Status.DONE
    assert Path(build.file.path).is_file() and Path(attachment.file.path).is_file()
    return {"group": group, "attachment": attachment, "build": build}


@pytest.fixture
def fresh_database():
    """An empty PostgreSQL database beside the test database; dropped afterwards."""
    if connection.vendor != "postgresql":
        pytest.fail("the restore test needs DATABASE_URL=postgres://...")
    name = f"{connection.settings_dict['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    admin_url = _database_url_of_this_connection().rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _restore(archive: Path, database_url: str, media: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jointcouncils.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
        "DB_CONN_MAX_AGE": "0",
    }
    return subprocess.run(  # noqa: S603 - a fixed command line
        [sys.executable, "manage.py", "restore", str(archive), *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _counts_of(database_url: str) -> dict[str, int]:
    with psycopg.connect(database_url) as db:
        tables = [
            name
            for (name,) in db.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").fetchall()
        ]
        return {table: db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608


def _backup(tmp_path: Path) -> Path:
    archive = tmp_path / "backups" / "portal.tar.gz"
    out = io.StringIO()
    call_command("backup", output=str(archive), stdout=out)
    assert "media files to" in out.getvalue()
    return archive


def test_a_backup_restores_into_a_fresh_database_and_media_folder_with_every_count_and_hash(
    populated_portal, media_root, fresh_database, tmp_path
):
    archive = _backup(tmp_path)
    original_counts = table_row_counts(connection)
    original_files = _hashes(media_root)
    # The portal really is populated: the report file and the attachment are among the files.
    build, attachment = populated_portal["build"], populated_portal["attachment"]
    assert original_files[build.file.name] == build.sha256
    assert original_files[attachment.file.name] == attachment.sha256
    assert original_counts["reports_reportbuild"] == 1 and original_counts["councils_person"] >= 4

    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = set(tar.getnames())
    assert manifest["engine"] == "postgresql"
    assert manifest["tables"] == original_counts
    assert manifest["media"] == original_files
    assert {"database.dump", f"media/{build.file.name}", f"media/{attachment.file.name}"} <= names

    fresh_media = tmp_path / "fresh-media"
    result = _restore(archive, fresh_database, fresh_media)

    assert result.returncode == 0, result.stderr
    assert "every row count and file hash matches the manifest" in result.stdout
    assert _counts_of(fresh_database) == original_counts
    assert _hashes(fresh_media) == original_files
    with psycopg.connect(fresh_database) as db:
        assert db.execute("SELECT name_fr FROM workinggroups_workinggroup WHERE slug = 'imsc'").fetchone() == (
            "Gestion de l'identité",
        )

    # Run again over what it restored: refused, nothing replaced without --force.
    again = _restore(archive, fresh_database, fresh_media)
    assert again.returncode != 0
    assert "Refused: the database has tables and the media folder has files" in again.stderr
    assert _counts_of(fresh_database) == original_counts


def test_restore_force_replaces_a_used_database_and_media_folder(populated_portal, media_root, fresh_database, tmp_path):
    archive = _backup(tmp_path)
    original_counts = table_row_counts(connection)
    fresh_media = tmp_path / "fresh-media"
    assert _restore(archive, fresh_database, fresh_media).returncode == 0
    with psycopg.connect(fresh_database) as db:
        db.execute("CREATE TABLE stray_table (id integer)")
        db.execute("UPDATE workinggroups_workinggroup SET name_fr = 'changed'")
    (fresh_media / "stray.txt").write_text("not in the backup")

    result = _restore(archive, fresh_database, fresh_media, "--force")

    assert result.returncode == 0, result.stderr
    assert _counts_of(fresh_database) == original_counts
    assert _hashes(fresh_media) == _hashes(media_root)
    with psycopg.connect(fresh_database) as db:
        assert db.execute("SELECT name_fr FROM workinggroups_workinggroup").fetchall() == [("Gestion de l'identité",)]


def _rewrite(archive: Path, target: Path, change) -> Path:
    """A copy of the archive with one member's bytes changed by change(name, data)."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            data = change(member.name, data)
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return target


@pytest.mark.parametrize("what", ["report file", "database dump"])
def test_a_corrupted_archive_is_refused_before_anything_is_restored(populated_portal, tmp_path, what):
    archive = _backup(tmp_path)
    build = populated_portal["build"]
    victim = f"media/{build.file.name}" if what == "report file" else "database.dump"

    def flip_a_byte(name: str, data: bytes) -> bytes:
        if name != victim:
            return data
        middle = len(data) // 2
        return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]

    corrupted = _rewrite(archive, tmp_path / "corrupted.tar.gz", flip_a_byte)
    counts_before = table_row_counts(connection)

    with pytest.raises(CommandError) as refused:
        call_command("restore", str(corrupted), "--force")

    message = str(refused.value)
    assert "does not match its manifest; nothing was restored" in message
    assert f"{victim}: SHA-256 differs from the manifest" in message
    assert table_row_counts(connection) == counts_before


def test_a_restore_whose_row_counts_differ_from_the_manifest_fails_loudly(populated_portal, fresh_database, tmp_path):
    archive = _backup(tmp_path)

    def claim_another_person(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["tables"]["councils_person"] += 1
        return json.dumps(manifest).encode()

    tampered = _rewrite(archive, tmp_path / "tampered.tar.gz", claim_another_person)
    result = _restore(tampered, fresh_database, tmp_path / "fresh-media")

    assert result.returncode != 0
    assert "The restored portal does not match the manifest" in result.stderr
    assert "table councils_person:" in result.stderr


def test_a_truncated_archive_is_refused(populated_portal, tmp_path):
    archive = _backup(tmp_path)
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])

    with pytest.raises(CommandError, match="cannot be read"):
        call_command("restore", str(truncated), "--force")


def test_sqlite_backup_and_restore_round_trip(tmp_path):
    """make run's SQLite: the backup is a copy through sqlite3's backup API, restored and checked the same way."""
    source = tmp_path / "portal.sqlite3"
    media = tmp_path / "media"
    (media / "attachments").mkdir(parents=True)
    (media / "attachments" / "deck.pdf").write_bytes(pdf_bytes())
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "jointcouncils.settings.test", "MEDIA_ROOT": str(media)}

    def manage(*args, database: Path, media_root: Path):
        return subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env={**env, "DATABASE_URL": f"sqlite:///{database}", "MEDIA_ROOT": str(media_root)},
            capture_output=True,
            text=True,
            timeout=600,
        )

    assert manage("migrate", "-v0", database=source, media_root=media).returncode == 0
    archive = tmp_path / "sqlite.tar.gz"
    made = manage("backup", "--output", str(archive), database=source, media_root=media)
    assert made.returncode == 0, made.stderr

    target, fresh_media = tmp_path / "restored.sqlite3", tmp_path / "fresh-media"
    restored = manage("restore", str(archive), database=target, media_root=fresh_media)

    assert restored.returncode == 0, restored.stderr
    import sqlite3

    def counts(path: Path) -> dict[str, int]:
        db = sqlite3.connect(path)
        try:
            tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            return {table: db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608
        finally:
            db.close()

    assert counts(target) == counts(source)
    assert counts(target)["django_migrations"] > 50
    assert _hashes(fresh_media) == _hashes(media)
