"""Attachments (receipts, the logo): checked by content and size, stored in the database under
a generated id, and when one is written out for viewing it stays inside the data folder under a
cleaned name — whatever name it arrived with."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import data_dir
from app.db.models import Attachment
from app.domain.errors import ValidationError
from app.services.common import attachments

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082"
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EVIL_NAMES = [
    "../../x.png", "..\\..\\x.png", "/tmp/x.png", "C:\\Windows\\System32\\x.png", "a/..", "..", "",
    "x\x00.png", "con<>:|?*.png", "~/.bashrc", "bon.png/../../../etc/passwd",
]


def _count(services) -> int:
    with services.db.reader() as uow:
        return uow.session.scalar(select(func.count()).select_from(Attachment))


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", EVIL_NAMES)
def test_a_logo_with_a_path_in_its_name_is_stored_in_the_database_and_nowhere_else(
    services, admin, tmp_path, monkeypatch, name
):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)  # "../../x.png" would land in tmp_path
    before = _files_under(tmp_path)
    services.settings.set_logo(admin, name, PNG)
    assert _files_under(tmp_path) == before
    with services.db.reader() as uow:
        stored = uow.session.scalars(select(Attachment).order_by(Attachment.id.desc())).first()
        assert stored.data == PNG and stored.content_type == "image/png"
        assert "/" not in stored.original_name and "\\" not in stored.original_name
        assert stored.original_name not in ("", ".", "..") and "\x00" not in stored.original_name
    assert services.settings.logo() == PNG


def test_two_attachments_with_the_same_name_never_overwrite_each_other(services, admin):
    services.settings.set_logo(admin, "logo.png", PNG)
    first = services.settings.centre()
    services.settings.set_logo(admin, "logo.png", PNG[:-1] + b"\x82")
    with services.db.reader() as uow:
        ids = list(uow.session.scalars(select(Attachment.id)))
    assert len(ids) == 2 and len(set(ids)) == 2 and first.has_logo


@pytest.mark.parametrize(("name", "data", "message"), [
    ("logo.png", b"MZ\x90\x00" + b"\x00" * 200, "alleen deze bestandstypen"),  # a program renamed .png
    ("logo.png", PDF, "alleen deze bestandstypen"),  # a PDF is a receipt, not a logo
    ("logo.png", b"", "leeg"),
    ("logo.png", PNG + b"\x00" * (attachments.MAX_ATTACHMENT_BYTES + 1), "groter dan 10 MB"),
])
def test_the_type_is_judged_by_content_and_the_size_is_limited(services, admin, name, data, message):
    before = _count(services)
    with pytest.raises(ValidationError) as refused:
        services.settings.set_logo(admin, name, data)
    assert message in str(refused.value)
    assert _count(services) == before
    assert not services.settings.centre().has_logo


def test_a_receipt_is_recognised_by_its_content_not_its_name(services, admin):
    with services.db.unit_of_work() as uow:
        stored = attachments.store(uow.session, admin, "bon.png", PDF, attachments.RECEIPT_TYPES)
        uow.commit()
    assert stored.content_type == "application/pdf" and stored.original_name == "bon.png"


@pytest.mark.parametrize("name", EVIL_NAMES)
def test_a_copy_for_viewing_stays_inside_the_data_folder(name, tmp_path):
    path = attachments.viewing_copy(name, PNG)
    assert path.resolve().is_relative_to(data_dir().resolve())
    assert path.read_bytes() == PNG
    assert path.parent.parent == data_dir() / "bekijken"


@pytest.mark.parametrize(("name", "clean"), [
    ("../../x.png", "x.png"), ("..\\..\\x.png", "x.png"), ("..", "bestand"), ("a/..", "bestand"),
    ("bon<1>.png", "bon_1_.png"), ("Bonnetje Albert Heijn.jpg", "Bonnetje Albert Heijn.jpg"),
])
def test_file_names_are_cleaned_the_same_on_every_system(name, clean):
    assert attachments.safe_file_name(name) == clean
