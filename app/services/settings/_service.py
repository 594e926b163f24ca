"""The centre's details (on every letterhead) and the policy settings of each area."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import select

from app.db.database import Database
from app.db.models import Attachment, Centre, Setting
from app.domain import validation
from app.domain.errors import FieldProblem, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import attachments, audit
from app.services.common.actor import Actor
from app.services.common.records import load_for_update
from app.services.settings.rows import CentreDetails  # noqa: F401 (re-exported)

_ = translator("core")


_EDITABLE = [f.name for f in fields(CentreDetails) if f.name not in ("has_logo", "version")]


def _details(centre: Centre | None) -> CentreDetails:
    if centre is None:
        return CentreDetails()
    values = {name: getattr(centre, name) for name in _EDITABLE}
    return CentreDetails(**values, has_logo=centre.logo_attachment_id is not None, version=centre.version)


def validate_centre(details: CentreDetails) -> CentreDetails:
    """Every problem at once, each with its field, and the values normalised."""
    problems: list[FieldProblem] = []
    clean: dict[str, Any] = {}

    def check(field: str, func, value: str, optional: bool = True) -> None:
        if optional and not value.strip():
            clean[field] = ""
            return
        try:
            clean[field] = func(value)
        except ValueError as error:
            problems.append(FieldProblem(field, str(error)))

    check("name", validation.required_text, details.name, optional=False)
    check("postcode", validation.postcode, details.postcode)
    check("kvk_number", validation.kvk_number, details.kvk_number)
    check("iban", validation.iban, details.iban)
    check("contact_email", validation.email, details.contact_email)
    check("contact_phone", validation.phone, details.contact_phone)
    for field in ("street", "town", "bic", "contact_name", "website"):
        clean[field] = getattr(details, field).strip()
    clean["bic"] = clean["bic"].upper()
    if problems:
        raise ValidationError(problems)
    return CentreDetails(**clean, has_logo=details.has_logo, version=details.version)


class SettingsService:
    def __init__(self, db: Database):
        self.db = db

    def centre(self) -> CentreDetails:
        with self.db.reader() as uow:
            return _details(uow.session.get(Centre, 1))

    def update_centre(self, actor: Actor, details: CentreDetails) -> CentreDetails:
        actor.require(Permission.MANAGE_SETTINGS, _("change the centre's details"))
        clean = validate_centre(details)
        with self.db.unit_of_work() as uow:
            centre = uow.session.get(Centre, 1)
            if centre is None:
                centre = Centre(id=1, name=clean.name)
                uow.session.add(centre)
                before: dict = {}
            else:
                centre = load_for_update(uow.session, Centre, 1, details.version, _("The centre's details"))
                before = audit.snapshot(centre)
            for name in _EDITABLE:
                setattr(centre, name, getattr(clean, name))
            uow.session.flush()
            old, new = audit.changed_fields(before, audit.snapshot(centre))
            audit.record(uow.session, actor, "update", "centre", 1, before=old, after=new)
            uow.commit()
            return _details(centre)

    def set_logo(self, actor: Actor, filename: str, data: bytes) -> CentreDetails:
        actor.require(Permission.MANAGE_SETTINGS, _("change the centre's details"))
        with self.db.unit_of_work() as uow:
            centre = uow.session.get(Centre, 1)
            if centre is None:
                raise ValidationError(FieldProblem("name", _("save the centre's name first")))
            stored = attachments.store(uow.session, actor, filename, data, attachments.IMAGE_TYPES, field="logo")
            before = centre.logo_attachment_id
            centre.logo_attachment_id = stored.id
            audit.record(
                uow.session, actor, "update", "centre", 1,
                before={"logo_attachment_id": before}, after={"logo_attachment_id": stored.id},
            )
            uow.commit()
            return _details(centre)

    def logo(self) -> bytes | None:
        with self.db.reader() as uow:
            centre = uow.session.get(Centre, 1)
            if centre is None or centre.logo_attachment_id is None:
                return None
            attachment = uow.session.get(Attachment, centre.logo_attachment_id)
            return attachment.data if attachment else None

    def get(self, key: str, default: Any = None) -> Any:
        with self.db.reader() as uow:
            setting = uow.session.get(Setting, key)
            return default if setting is None else setting.value.get("value", default)

    def all_values(self) -> dict[str, Any]:
        with self.db.reader() as uow:
            return {s.key: s.value.get("value") for s in uow.session.scalars(select(Setting))}

    def set(self, actor: Actor, key: str, value: Any) -> None:
        actor.require(Permission.MANAGE_SETTINGS, _("change settings"))
        with self.db.unit_of_work() as uow:
            setting = uow.session.get(Setting, key)
            before = None if setting is None else setting.value
            if setting is None:
                uow.session.add(Setting(key=key, value={"value": value}))
            else:
                setting.value = {"value": value}
            audit.record(uow.session, actor, "update", "setting", key, before=before, after={"value": value})
            uow.commit()
