import pytest

from app.db.models import Attachment
from app.domain.errors import ValidationError
from app.services.common import attachments
from app.services.common.actor import Actor

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 100
PDF = b"%PDF-1.7\n" + b"x" * 100


def _store(db, name, data, allowed):
    with db.unit_of_work() as uow:
        stored = attachments.store(uow.session, Actor.system(), name, data, allowed, field="bon")
        uow.commit()
        return attachments.info(stored)


def test_the_type_comes_from_the_content_not_the_name(db):
    info = _store(db, "bonnetje.png", JPEG, attachments.RECEIPT_TYPES)
    assert info.content_type == "image/jpeg" and info.size == len(JPEG)
    assert _store(db, "bon", PDF, attachments.RECEIPT_TYPES).content_type == "application/pdf"


def test_a_program_renamed_to_pdf_is_refused_with_the_field_named(db):
    with pytest.raises(ValidationError) as refused:
        _store(db, "bon.pdf", b"MZ\x90\x00 a windows program", attachments.RECEIPT_TYPES)
    assert refused.value.for_field("bon") == ["alleen deze bestandstypen worden geaccepteerd: PNG, JPG, PDF"]


def test_empty_and_too_large_files_are_refused(db, monkeypatch):
    with pytest.raises(ValidationError, match="het bestand is leeg"):
        _store(db, "leeg.pdf", b"", attachments.RECEIPT_TYPES)
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1024 * 1024)
    with pytest.raises(ValidationError, match="groter dan 1 MB"):
        _store(db, "groot.pdf", PDF + b"x" * 1024 * 1024, attachments.RECEIPT_TYPES)
    _store(db, "precies.pdf", PDF + b"x" * (1024 * 1024 - len(PDF)), attachments.RECEIPT_TYPES)


def test_only_the_file_name_is_kept_and_the_bytes_come_back_intact(db):
    info = _store(db, "../../etc/Bon 12.pdf", PDF, attachments.RECEIPT_TYPES)
    with db.reader() as uow:
        stored = uow.session.get(Attachment, info.id)
        assert stored.original_name == "Bon 12.pdf" and stored.data == PDF
        assert len(stored.sha256) == 64 and stored.created_by == "systeem"
