"""Back up the portal into one archive, and restore it: the database (a consistent dump) and the media files.

The archive is a tar.gz holding:
  manifest.json      what the archive holds: the engine, each table's row count, each file's SHA-256
  database.dump      PostgreSQL: pg_dump's custom format, taken in the snapshot the row counts were read in
  database.sqlite3   SQLite: a copy made with sqlite3's online backup API
  media/...          every file under MEDIA_ROOT (attachments, issued reports)

A restore checks every hash before it touches anything, rebuilds an empty database and media folder, then reads
the row counts and file hashes back from what it restored: any difference fails loudly.
"""

import datetime
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections

MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
DUMP_NAMES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
FORMAT = 1
# A file being written by a worker (reports/services.py) is not part of the record yet.
SKIPPED_PREFIXES = (".partial-",)
CHUNK = 1024 * 1024


class BackupError(Exception):
    """The backup or the restore cannot go on; the message says why."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def media_files(root: Path) -> dict[str, Path]:
    """Every file under the media folder, by its path relative to it (POSIX), temporary render files left out."""
    root = Path(root)
    if not root.is_dir():
        return {}
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and not path.name.startswith(SKIPPED_PREFIXES):
            found[path.relative_to(root).as_posix()] = path
    return found


def _quote(connection, table: str) -> str:
    return connection.ops.quote_name(table)


def table_row_counts(connection) -> dict[str, int]:
    """The row count of every table of the database, read on this connection (in its transaction)."""
    with connection.cursor() as cursor:
        tables = sorted(connection.introspection.table_names(cursor))
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {_quote(connection, table)}")  # noqa: S608 - names from the catalogue
            counts[table] = cursor.fetchone()[0]
    return counts


def _sqlite_counts(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        tables = sorted(name for (name,) in db.execute(query))
        return {table: db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608
    finally:
        db.close()


# PostgreSQL ----------------------------------------------------------------------------------------------


def _pg_env(settings_dict: dict) -> dict[str, str]:
    """pg_dump's connection, from the same settings Django connects with (DATABASE_URL); the password by env."""
    env = {**os.environ}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        value = settings_dict.get(key)
        if value:
            env[variable] = str(value)
    env["PGDATABASE"] = settings_dict["NAME"]
    return env


def _tool_major(tool: str) -> int:
    path = shutil.which(tool)
    if path is None:
        raise BackupError(f"{tool} is not installed (install the PostgreSQL client tools, e.g. postgresql-client-15).")
    output = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout  # noqa: S603
    match = re.search(r"(\d+)(?:\.\d+)?", output)
    if match is None:
        raise BackupError(f"Cannot read the version of {tool}: {output!r}")
    return int(match.group(1))


def _check_tool(tool: str, connection) -> None:
    """pg_dump and pg_restore must be at least as new as the server (an older one refuses, or loses data)."""
    server = connection.pg_version // 10000
    major = _tool_major(tool)
    if major < server:
        raise BackupError(f"{tool} {major} is older than the PostgreSQL {server} server; install postgresql-client-{server}.")


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")


def _pg_dump(connection, target: Path) -> dict[str, int]:
    """Dump the database and count its rows in one snapshot: the counts describe exactly what was dumped."""
    _check_tool("pg_dump", connection)
    if connection.in_atomic_block:
        raise BackupError("The backup cannot run inside a transaction.")
    connection.set_autocommit(False)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
        counts = table_row_counts(connection)
        # pg_dump reads the very snapshot of the counts while this transaction keeps it open.
        _run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}", f"--file={target}"],
            _pg_env(connection.settings_dict),
        )
    finally:
        connection.rollback()
        connection.set_autocommit(True)
    return counts


def _pg_is_empty(connection) -> bool:
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def _pg_wipe(connection) -> None:
    """Drop everything in the public schema (restore --force): pg_restore then rebuilds it from the dump."""
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE")
        cursor.execute("CREATE SCHEMA public")


def _pg_restore(connection, dump: Path) -> None:
    _check_tool("pg_restore", connection)
    connection.close()
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(dump),
        ],
        _pg_env(connection.settings_dict),
    )


# SQLite --------------------------------------------------------------------------------------------------


def _sqlite_path(connection) -> Path:
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:"):
        raise BackupError("An in-memory SQLite database cannot be backed up or restored.")
    return Path(name)


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy, even while the portal writes (sqlite3's online backup API)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _sqlite_is_empty(path: Path) -> bool:
    return not path.exists() or not _sqlite_counts(path)


# Backup --------------------------------------------------------------------------------------------------


@dataclass
class BackupSummary:
    path: Path
    tables: int
    rows: int
    files: int


def _engine(connection) -> str:
    if connection.vendor not in DUMP_NAMES:
        raise BackupError(f"The {connection.vendor} database is not supported (PostgreSQL or SQLite).")
    return connection.vendor


def backup_create(*, output: Path, using: str = "default", media_root: Path | None = None) -> BackupSummary:
    """Write one archive with the database dump, the media files and their manifest."""
    connection = connections[using]
    engine = _engine(connection)
    media_root = Path(media_root or settings.MEDIA_ROOT)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jc-backup-") as work:
        dump = Path(work) / DUMP_NAMES[engine]
        if engine == "postgresql":
            counts = _pg_dump(connection, dump)
        else:
            _sqlite_copy(_sqlite_path(connection), dump)
            counts = _sqlite_counts(dump)
        files = media_files(media_root)
        # Files are hashed as they are archived, so the manifest states what the archive holds.
        partial = output.with_name(f".partial-{output.name}")
        file_hashes: dict[str, str] = {}
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(dump, arcname=dump.name)
            for relative, path in files.items():
                file_hashes[relative] = sha256_of(path)
                archive.add(path, arcname=MEDIA_PREFIX + relative, recursive=False)
            manifest = {
                "format": FORMAT,
                "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                "engine": engine,
                "database": {"file": dump.name, "sha256": sha256_of(dump)},
                "tables": counts,
                "media": file_hashes,
            }
            data = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mtime = int(datetime.datetime.now(datetime.UTC).timestamp())
            info.mode = 0o644
            archive.addfile(info, fileobj=io.BytesIO(data))
        os.replace(partial, output)
    return BackupSummary(path=output, tables=len(counts), rows=sum(counts.values()), files=len(file_hashes))


# Restore -------------------------------------------------------------------------------------------------


def _safe_member(member: tarfile.TarInfo) -> bool:
    name = member.name
    return member.isfile() and not name.startswith("/") and ".." not in Path(name).parts and "\\" not in name


def archive_open(archive_path: Path, work: Path) -> dict:
    """Unpack the archive into work and check it against its manifest; returns the manifest. Touches nothing else."""
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            members = archive.getmembers()
            unsafe = [member.name for member in members if not _safe_member(member) and not member.isdir()]
            if unsafe:
                raise BackupError(f"The archive holds entries that are not plain files: {', '.join(unsafe[:5])}")
            for member in members:
                if member.isfile():
                    archive.extract(member, work, set_attrs=False, filter="data")
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BackupError(f"The archive cannot be read: {exc}") from exc
    manifest_path = work / MANIFEST
    if not manifest_path.is_file():
        raise BackupError("The archive has no manifest.")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise BackupError(f"The manifest cannot be read: {exc}") from exc
    if manifest.get("format") != FORMAT or manifest.get("engine") not in DUMP_NAMES:
        raise BackupError("The manifest is not one this version of the portal writes.")
    problems = []
    database = manifest["database"]
    dump = work / database["file"]
    if database["file"] != DUMP_NAMES[manifest["engine"]] or not dump.is_file():
        problems.append(f"missing database dump {database['file']}")
    elif sha256_of(dump) != database["sha256"]:
        problems.append(f"{database['file']}: SHA-256 differs from the manifest")
    archived = media_files(work / "media")
    for relative, expected in manifest["media"].items():
        path = archived.get(relative)
        if path is None:
            problems.append(f"media/{relative}: missing")
        elif sha256_of(path) != expected:
            problems.append(f"media/{relative}: SHA-256 differs from the manifest")
    for relative in sorted(set(archived) - set(manifest["media"])):
        problems.append(f"media/{relative}: not in the manifest")
    if problems:
        raise BackupError("The archive does not match its manifest; nothing was restored:\n  " + "\n  ".join(problems))
    return manifest


@dataclass
class RestoreSummary:
    tables: int
    rows: int
    files: int


def restore_archive(
    *, archive_path: Path, using: str = "default", media_root: Path | None = None, force: bool = False
) -> RestoreSummary:
    """Rebuild the database and the media folder from an archive, then check them against its manifest."""
    connection = connections[using]
    engine = _engine(connection)
    media_root = Path(media_root or settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="jc-restore-") as work_dir:
        work = Path(work_dir)
        manifest = archive_open(Path(archive_path), work)
        if manifest["engine"] != engine:
            raise BackupError(f"The archive holds a {manifest['engine']} database; this portal uses {engine}.")
        existing_media = media_files(media_root)
        if engine == "postgresql":
            empty = _pg_is_empty(connection)
        else:
            empty = _sqlite_is_empty(_sqlite_path(connection))
        if not force and (not empty or existing_media):
            what = [
                label
                for label, busy in (("the database has tables", not empty), ("the media folder has files", bool(existing_media)))
                if busy
            ]
            raise BackupError(
                f"Refused: {' and '.join(what)}. "
                "Restore into an empty database and media folder, or pass --force to replace them."
            )

        dump = work / manifest["database"]["file"]
        if engine == "postgresql":
            if not empty:
                _pg_wipe(connection)
            _pg_restore(connection, dump)
            counts = table_row_counts(connection)
        else:
            target = _sqlite_path(connection)
            connection.close()
            target.parent.mkdir(parents=True, exist_ok=True)
            _sqlite_copy(dump, target)
            counts = table_row_counts(connection)

        if existing_media:
            for child in media_root.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
        media_root.mkdir(parents=True, exist_ok=True)
        for relative in manifest["media"]:
            destination = media_root / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(work / "media" / relative, destination)

    problems = []
    expected_counts = manifest["tables"]
    for table in sorted(set(expected_counts) | set(counts)):
        if expected_counts.get(table) != counts.get(table):
            problems.append(f"table {table}: {expected_counts.get(table)} rows in the manifest, {counts.get(table)} restored")
    restored = media_files(media_root)
    for relative, expected in manifest["media"].items():
        path = restored.get(relative)
        if path is None or sha256_of(path) != expected:
            problems.append(f"media/{relative}: restored file differs from the manifest")
    if problems:
        raise BackupError("The restored portal does not match the manifest:\n  " + "\n  ".join(problems))
    return RestoreSummary(tables=len(counts), rows=sum(counts.values()), files=len(manifest["media"]))
