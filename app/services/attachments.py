"""Files people attach (receipts, a logo): checked by their content, not their name, limited
in size, and stored in the database under a generated id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.models import Attachment
from app.domain.errors import FieldProblem, ValidationError
from app.i18n import translator
from app.services.actor import Actor

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
        original_name=Path(original_name).name[:255] or "bestand",
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
