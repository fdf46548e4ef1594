"""Keep a parsed import between its preview and its confirmation.

The parsed rows go to MEDIA_ROOT/imports/<random token>.json; the user's session keeps the token with the file's
SHA-256, the kind, the file name and the user's id. On confirmation the file is read back only when the session
has its token and the checksum matches; then it is deleted, so a second confirmation finds nothing to apply.
"""

import hashlib
import json
import secrets
import time
from pathlib import Path

from django.conf import settings

from .imports import ParsedFile

SESSION_KEY = "dataio_imports"
MAX_AGE_SECONDS = 24 * 60 * 60
MAX_STAGED = 5


def _folder() -> Path:
    folder = Path(settings.MEDIA_ROOT) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _path(token: str) -> Path | None:
    # Tokens are ours (token_urlsafe); anything else is refused rather than joined into a path.
    if not token or not all(c.isalnum() or c in "-_" for c in token) or len(token) > 64:
        return None
    return _folder() / f"{token}.json"


def _sweep() -> None:
    """Remove staged files older than a day (previews nobody confirmed)."""
    cutoff = time.time() - MAX_AGE_SECONDS
    for path in _folder().glob("*.json"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
        except FileNotFoundError:
            continue


def stage(request, parsed: ParsedFile) -> str:
    """Write the parsed rows and remember them in the session; returns the token the confirm form posts."""
    _sweep()
    token = secrets.token_urlsafe(24)
    payload = json.dumps(
        {"kind": parsed.kind, "filename": parsed.filename, "rows": parsed.rows}, ensure_ascii=False, sort_keys=True
    ).encode("utf-8")
    path = _path(token)
    path.write_bytes(payload)
    staged = request.session.get(SESSION_KEY, {})
    # Keep the few latest previews of the session; older ones can no longer be confirmed.
    for old_token in list(staged)[: max(0, len(staged) - (MAX_STAGED - 1))]:
        staged.pop(old_token, None)
        old_path = _path(old_token)
        if old_path is not None:
            old_path.unlink(missing_ok=True)
    staged[token] = {
        "sha256": hashlib.sha256(payload).hexdigest(),
        "kind": parsed.kind,
        "filename": parsed.filename,
        "user": request.user.pk,
    }
    request.session[SESSION_KEY] = staged
    return token


def take(request, token: str) -> ParsedFile | None:
    """The staged import of this token, removed from the session and the disk; None when absent or tampered with."""
    staged = request.session.get(SESSION_KEY, {})
    entry = staged.pop(token, None) if token else None
    request.session[SESSION_KEY] = staged
    path = _path(token)
    if entry is None or path is None or not path.exists():
        return None
    try:
        payload = path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
    if entry.get("user") != request.user.pk or hashlib.sha256(payload).hexdigest() != entry.get("sha256"):
        return None
    data = json.loads(payload)
    rows = [(int(number), {str(k): str(v) for k, v in cells.items()}) for number, cells in data["rows"]]
    return ParsedFile(kind=data["kind"], filename=data["filename"], rows=rows)


def discard(request, token: str) -> None:
    """Forget a staged import (its preview showed errors, or the user cancelled)."""
    take(request, token)
