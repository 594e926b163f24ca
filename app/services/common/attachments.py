"""Files people attach (receipts, a logo): checked by their content, not their name, limited
in size, and stored in the database under a generated id."""

from __future__ import annotations

import hashlib
import re
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from sqlalchemy.orm import Session

from app.config import data_dir
from app.db.models import Attachment
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator
from app.importers.guard import check_input_file, read_limited
from app.services.common.actor import Actor

_ = translator("core")

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

IMAGE_TYPES = ("image/png", "image/jpeg")
RECEIPT_TYPES = IMAGE_TYPES + ("application/pdf",)


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    original_name: str
    content_type: str
    size: int


_UNSAFE_CHARACTERS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def safe_file_name(name: str, fallback: str = "bestand") -> str:
    """The last part of a name from any system (`/` and `\\` both count), without characters
    that are special to a file system, and never `.` or `..`: safe to join to a folder."""
    last = PureWindowsPath(name or "").name  # splits on / and \\ alike
    cleaned = _UNSAFE_CHARACTERS.sub("_", last).strip(" .")
    return cleaned[:200] or fallback


def viewing_copy(name: str, data: bytes) -> Path:
    """Write an attachment for viewing in another program: inside the data folder, in a fresh
    folder with a generated name, under a cleaned file name. Older copies are removed."""
    folder = data_dir() / "bekijken"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.is_dir() and old.stat().st_mtime < time.time() - 24 * 3600:
            shutil.rmtree(old, ignore_errors=True)
    target_folder = folder / uuid.uuid4().hex
    target_folder.mkdir()
    path = target_folder / safe_file_name(name)
    if path.resolve().parent != target_folder.resolve():  # belt and braces
        raise ValueError("unsafe attachment name")
    path.write_bytes(data)
    return path


def read_file(path: Path | str) -> bytes:
    """A file the user chose to attach, through the guarded way in: a missing file, a folder,
    a device or one over the limit is refused in Dutch before it is read whole."""
    checked = check_input_file(path, max_bytes=MAX_ATTACHMENT_BYTES)
    return read_limited(checked, MAX_ATTACHMENT_BYTES)


def sniff_content_type(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def store(
    session: Session, actor: Actor, original_name: str, data: bytes, allowed: tuple[str, ...],
    *, field: str = "file",
) -> Attachment:
    if len(data) == 0:
        raise ValidationError(FieldProblem(field, _("the file is empty")))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            FieldProblem(field, _("the file is larger than {mb} MB").format(mb=MAX_ATTACHMENT_BYTES // 2**20))
        )
    content_type = sniff_content_type(data)
    if content_type not in allowed:
        kinds = ", ".join(t.split("/")[1].upper().replace("JPEG", "JPG") for t in allowed)
        raise ValidationError(
            FieldProblem(field, _("only these file types are accepted: {kinds}").format(kinds=kinds))
        )
    attachment = Attachment(
        original_name=safe_file_name(original_name),
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        created_by=actor.username,
    )
    session.add(attachment)
    session.flush()
    return attachment


def info(attachment: Attachment) -> AttachmentInfo:
    return AttachmentInfo(attachment.id, attachment.original_name, attachment.content_type, attachment.size)
