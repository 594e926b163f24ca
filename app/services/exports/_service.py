"""One way out for every file the program writes for someone to read: the letterhead, a
writable place, the file appearing only when it is complete and its export is in the audit
trail, and a progress callback passed through. Writers in app/reports take rows; this service
takes care of everything around them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from app.db.database import Database
from app.domain.audit import AuditAction
from app.domain.errors import WijkhuisError
from app.i18n import translator
from app.services.common import audit
from app.services.common.actor import Actor
from app.services.settings import SettingsService

_ = translator("core")

T = TypeVar("T")


def check_target(path: Path) -> Path:
    """A file that may be written: its folder exists and is writable, and it is not a folder."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise WijkhuisError(_("{path} is a folder; choose a file name").format(path=path))
    folder = path.parent
    if not folder.exists():
        raise WijkhuisError(_("The folder {folder} does not exist").format(folder=folder))
    if not os.access(folder, os.W_OK):
        raise WijkhuisError(_("You may not write in the folder {folder}").format(folder=folder))
    return path


def partial_name(path: Path) -> Path:
    """The hidden name a file is written under until it is complete."""
    return path.with_name(f".{path.stem}.deels{path.suffix}")


class ExportService:
    def __init__(self, db: Database):
        self.db = db

    def letterhead(self, actor: Actor | None = None) -> Any:
        """The letterhead (name, address, KvK, IBAN, logo) of the actor's working centre, for
        every PDF that leaves."""
        from app.reports.pdf.document import Letterhead  # reportlab only when a PDF is made

        settings = SettingsService(self.db)
        return Letterhead(settings.centre(actor), settings.logo(actor))

    @contextmanager
    def publishing(self, actor: Actor, target: Any, *, record: str, record_id: Any = None,
                   detail: str = "") -> Iterator[Any]:
        """`with exports.publishing(actor, path, record=…) as partial: write(partial)`.

        The file is written under a hidden partial name; when the block ends well the export is
        recorded in the audit trail and only then is the file moved into place. A failed write or
        a locked database leaves neither a file nor an entry. A file object (a test's BytesIO) is
        written directly. The caller has checked the permission for what it exports."""
        if not isinstance(target, str | os.PathLike):
            yield target
            self.record(actor, record=record, record_id=record_id, detail=detail or record)
            return
        path = check_target(Path(target))
        partial = partial_name(path)
        try:
            yield partial
            self.record(actor, record=record, record_id=record_id, detail=detail or path.name)
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)

    def write(self, actor: Actor, target: Any, writer: Callable[[Any], T], *, record: str,
              record_id: Any = None, detail: str = "") -> T:
        """Write `target` with `writer(partial)` inside `publishing` and return what it returns."""
        with self.publishing(actor, target, record=record, record_id=record_id, detail=detail) as partial:
            return writer(partial)

    def record(self, actor: Actor, *, record: str, record_id: Any = None, detail: str) -> None:
        """Record an export whose files were written by the caller (a folder of several files)."""
        with self.db.unit_of_work(actor) as uow:
            audit.record(uow.session, actor, AuditAction.EXPORT.value, record, record_id, detail=detail)
            uow.commit()
