"""Attachments are checked by content, size-limited and stored under their checksum; refusals store nothing."""

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from meetings import services
from meetings.models import Attachment

from .documents import docx_bytes, ooxml_bytes, pdf_bytes, stored_files, xlsx_bytes
from .factories import AgendaItemFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda_item(council):
    return AgendaItemFactory(meeting=MeetingFactory(council=council), title_en="Digital identity")


def upload(client, item, name, content):
    return client.post(
        reverse("meetings:attachment_add", args=[item.pk]),
        {
            "file": SimpleUploadedFile(name, content),
            "title_en": "Briefing deck",
            "title_fr": "Présentation",
            "language": "",
        },
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", b"plain text, not a document", "only PDF, Word (DOCX) and Excel (XLSX) files are accepted"),
        ("deck.pdf", b"This is not a PDF at all", "is named as a PDF but its content is not a readable PDF file"),
        ("deck.pdf", b"%PDF-1.7\nbut nothing a parser can read", "is named as a PDF but its content is not a readable PDF file"),
        ("report.docx", ooxml_bytes("[Content_Types].xml", "_rels/.rels"), "is named as a Word document (DOCX)"),
        ("report.docx", b"PK but not a zip", "is named as a Word document (DOCX)"),
        ("report.docx", xlsx_bytes(), "is an Excel workbook (XLSX) named as a Word document"),
        ("table.xlsx", docx_bytes(), "is a Word document (DOCX) named as an Excel workbook"),
        ("table.xlsx", ooxml_bytes("xl/workbook.xml"), "is named as an Excel workbook (XLSX)"),
        ("deck.pdf", docx_bytes(), "is named as a PDF but its content is not a readable PDF file"),
        ("empty.pdf", b"", "is empty"),
    ],
)
def test_refused_upload_shows_why_and_stores_nothing(staff_client, agenda_item, media_root, name, content, message):
    response = upload(staff_client, agenda_item, name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Attachment.objects.exists()
    assert stored_files(media_root) == []


def test_upload_over_the_limit_is_refused(staff_client, agenda_item, media_root, settings):
    settings.MAX_ATTACHMENT_BYTES = 100
    content = pdf_bytes()
    assert len(content) > 100

    response = upload(staff_client, agenda_item, "deck.pdf", content)

    assert "is too large" in response.content.decode()
    assert "at most 100" in response.content.decode()
    assert not Attachment.objects.exists()
    assert stored_files(media_root) == []


def test_valid_pdf_is_stored_under_its_checksum(staff_client, secretariat_user, agenda_item, media_root):
    content = pdf_bytes()
    digest = hashlib.sha256(content).hexdigest()

    response = upload(staff_client, agenda_item, "Deck – Identité.pdf", content)

    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.sha256 == digest
    assert attachment.size == len(content)
    assert attachment.kind == Attachment.Kind.PDF
    assert attachment.original_name == "Deck – Identité.pdf"
    assert attachment.uploaded_by == secretariat_user
    assert attachment.file.name == f"attachments/{digest[:2]}/{digest}"
    assert stored_files(media_root) == [media_root / "attachments" / digest[:2] / digest]
    assert (media_root / attachment.file.name).read_bytes() == content


@pytest.mark.parametrize(
    ("name", "content", "kind"), [("plan.docx", docx_bytes(), "docx"), ("budget.XLSX", xlsx_bytes(), "xlsx")]
)
def test_valid_office_documents_are_accepted(staff_client, agenda_item, media_root, name, content, kind):
    assert upload(staff_client, agenda_item, name, content).status_code == 302
    assert Attachment.objects.get().kind == kind


def test_the_same_file_twice_shares_one_stored_copy(staff_client, agenda_item, media_root):
    content = pdf_bytes()
    upload(staff_client, agenda_item, "a.pdf", content)
    upload(staff_client, agenda_item, "b.pdf", content)

    assert Attachment.objects.count() == 2
    assert len(stored_files(media_root)) == 1


def test_file_is_removed_when_the_database_refuses_the_row(agenda_item, media_root, secretariat_user, monkeypatch):
    def failing_save(**kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr(services, "record_save", failing_save)

    with pytest.raises(RuntimeError):
        services.attachment_create(
            agenda_item=agenda_item,
            upload=SimpleUploadedFile("deck.pdf", pdf_bytes()),
            title_en="Deck",
            by=secretariat_user,
        )

    assert not Attachment.objects.exists()
    assert stored_files(media_root) == []


def test_download_sends_the_original_name_to_readers_only(staff_client, personas, agenda_item, media_root):
    content = pdf_bytes()
    upload(staff_client, agenda_item, "Deck 2020.pdf", content)
    attachment = Attachment.objects.get()
    url = reverse("meetings:attachment_download", args=[attachment.pk])

    response = personas["member"].get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Deck 2020.pdf"'
    assert b"".join(response.streaming_content) == content
    assert personas["outsider"].get(url).status_code == 403
    assert personas["anonymous"].get(url).status_code == 302


def test_meeting_page_lists_size_checksum_and_download_link(staff_client, agenda_item, media_root):
    content = pdf_bytes()
    upload(staff_client, agenda_item, "deck.pdf", content)
    attachment = Attachment.objects.get()

    page = staff_client.get(agenda_item.meeting.get_absolute_url()).content.decode()

    assert attachment.sha256 in page
    assert reverse("meetings:attachment_download", args=[attachment.pk]) in page
    assert "/media/" not in page


def test_cochair_cannot_upload(cochair_client, agenda_item, media_root):
    assert upload(cochair_client, agenda_item, "deck.pdf", pdf_bytes()).status_code == 403
    assert stored_files(media_root) == []


def test_removing_an_attachment_removes_its_file(staff_client, agenda_item, media_root, django_capture_on_commit_callbacks):
    upload(staff_client, agenda_item, "deck.pdf", pdf_bytes())
    attachment = Attachment.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("meetings:attachment_delete", args=[attachment.pk]),
            {"change_reason": "Wrong version", "expected_version": attachment.version},
        )

    assert response.status_code == 302
    assert not Attachment.objects.exists()
    assert stored_files(media_root) == []
