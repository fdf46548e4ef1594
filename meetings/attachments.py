"""Checks an uploaded attachment by its content (not its name): PDF, DOCX or XLSX, within the size limit.

The name's extension must agree with what the content is; a refusal is a ValidationError whose message the
upload form shows as it is.
"""

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from pypdf import PdfReader

from .models import Attachment

DEFAULT_MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
EXTENSIONS = {".pdf": Attachment.Kind.PDF, ".docx": Attachment.Kind.DOCX, ".xlsx": Attachment.Kind.XLSX}
CONTENT_TYPES = {
    Attachment.Kind.PDF: "application/pdf",
    Attachment.Kind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    Attachment.Kind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# The part each Office Open XML package must hold to be what its name says.
OOXML_MAIN_PART = {Attachment.Kind.DOCX: "word/document.xml", Attachment.Kind.XLSX: "xl/workbook.xml"}


@dataclass(frozen=True)
class CheckedFile:
    """What the check learned about an accepted file."""

    kind: str
    size: int
    sha256: str
    original_name: str


def max_attachment_bytes() -> int:
    return int(getattr(settings, "MAX_ATTACHMENT_BYTES", DEFAULT_MAX_ATTACHMENT_BYTES))


def _refuse(message: str, code: str) -> ValidationError:
    return ValidationError(message, code=code)


def _sha256(upload) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def _is_pdf(upload) -> bool:
    upload.seek(0)
    if upload.read(5) != b"%PDF-":
        return False
    upload.seek(0)
    try:
        reader = PdfReader(upload)
        # Reading the page tree makes pypdf parse the cross-reference table and the catalogue.
        len(reader.pages)
    except Exception:  # noqa: BLE001 - a malformed file can make the parser raise almost anything: all mean "not a PDF"
        return False
    finally:
        upload.seek(0)
    return True


def _ooxml_kind(upload) -> str | None:
    """DOCX or XLSX when the file is a zip package with the content types and the main part of one; else None."""
    upload.seek(0)
    try:
        if not zipfile.is_zipfile(upload):
            return None
        upload.seek(0)
        with zipfile.ZipFile(upload) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    finally:
        upload.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    for kind, part in OOXML_MAIN_PART.items():
        if part in names:
            return kind
    return None


def check_upload(upload) -> CheckedFile:
    """Accept a PDF, DOCX or XLSX whose content matches its extension and whose size is within the limit.

    Raises ValidationError with a message for the person who uploaded the file.
    """
    original_name = PurePath(upload.name or "").name
    params = {"name": original_name}
    claimed = EXTENSIONS.get(PurePath(original_name).suffix.lower())
    if claimed is None:
        raise _refuse(
            _("“%(name)s” cannot be attached: only PDF, Word (DOCX) and Excel (XLSX) files are accepted.") % params,
            "type",
        )
    limit = max_attachment_bytes()
    if upload.size is not None and upload.size > limit:
        raise _refuse(
            _("“%(name)s” is too large (%(size)s): an attachment can be at most %(limit)s.")
            % {**params, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            "size",
        )
    if not upload.size:
        raise _refuse(_("“%(name)s” is empty.") % params, "empty")

    if claimed == Attachment.Kind.PDF:
        if not _is_pdf(upload):
            raise _refuse(
                _("“%(name)s” is named as a PDF but its content is not a readable PDF file; it was not attached.") % params,
                "content",
            )
        detected = Attachment.Kind.PDF
    else:
        detected = _ooxml_kind(upload)
        if detected is None:
            message = (
                _("“%(name)s” is named as a Word document (DOCX) but its content is not one; it was not attached.")
                if claimed == Attachment.Kind.DOCX
                else _("“%(name)s” is named as an Excel workbook (XLSX) but its content is not one; it was not attached.")
            )
            raise _refuse(message % params, "content")
        if detected != claimed:
            message = (
                _("“%(name)s” is an Excel workbook (XLSX) named as a Word document: rename it to .xlsx and upload it again.")
                if detected == Attachment.Kind.XLSX
                else _("“%(name)s” is a Word document (DOCX) named as an Excel workbook: rename it to .docx and upload it again.")
            )
            raise _refuse(message % params, "mismatch")
    return CheckedFile(kind=detected, size=upload.size, sha256=_sha256(upload), original_name=original_name[:250])
