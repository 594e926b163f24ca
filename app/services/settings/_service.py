"""The centre's details (on every letterhead) and the policy settings of each area."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Attachment, Centre, Setting
from app.domain import validation
from app.db.scoping import OtherCentre, first_centre_id
from app.domain.errors import FieldProblem, NotFound, PermissionDenied, ValidationError
from app.domain.permissions import Permission
from app.i18n import translator
from app.services.common import attachments, audit
from app.services.common.actor import Actor
from app.services.common.records import load_for_update
from app.services.settings.rows import CentreDetails  # noqa: F401 (re-exported)

_ = translator("core")


_EDITABLE = [f.name for f in fields(CentreDetails) if f.name not in ("has_logo", "version", "id")]


def _details(centre: Centre | None) -> CentreDetails:
    if centre is None:
        return CentreDetails()
    values = {name: getattr(centre, name) for name in _EDITABLE}
    return CentreDetails(**values, has_logo=centre.logo_attachment_id is not None, version=centre.version,
                         id=centre.id)


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
    return CentreDetails(**clean, has_logo=details.has_logo, version=details.version, id=details.id)


class SettingsService:
    def __init__(self, db: Database):
        self.db = db

    # -- the centres of the organisation, and their details (on their letterheads) --------------
    def centres(self, actor: Actor) -> list[CentreDetails]:
        """Every centre of the organisation, in the order they were added."""
        actor.require(Permission.VIEW, _("see the centres"))
        with self.db.reader(actor) as uow:
            return [_details(c) for c in uow.session.scalars(select(Centre).order_by(Centre.id))]

    def centre_by_name(self, actor: Actor, name: str) -> CentreDetails:
        actor.require(Permission.VIEW, _("see the centres"))
        with self.db.reader(actor) as uow:
            found = uow.session.scalar(select(Centre).where(func.lower(Centre.name) == name.strip().lower()))
            if found is None:
                known = ", ".join(uow.session.scalars(select(Centre.name).order_by(Centre.id))) or "-"
                raise NotFound(_("There is no centre called {name} (the centres: {known}).").format(
                    name=name.strip(), known=known))
            return _details(found)

    def add_centre(self, actor: Actor, details: CentreDetails) -> CentreDetails:
        """A new centre of the organisation: only an administrator of the whole organisation."""
        actor.require(Permission.MANAGE_SETTINGS, _("add centres"))
        if not actor.whole_organisation:
            raise PermissionDenied(_("add centres (that is for an administrator of the whole organisation)"))
        clean = validate_centre(details)
        with self.db.unit_of_work(actor) as uow:
            self._refuse_taken_name(uow.session, clean.name, None)
            centre = Centre(**{name: getattr(clean, name) for name in _EDITABLE})
            uow.session.add(centre)
            uow.session.flush()
            audit.record(uow.session, actor, "create", "centre", centre.id, after=audit.snapshot(centre))
            uow.commit()
            return _details(centre)

    @staticmethod
    def _refuse_taken_name(session: Session, name: str, own_id: int | None) -> None:
        taken = session.scalar(select(Centre.id).where(func.lower(Centre.name) == name.lower(), Centre.id != (own_id or 0)))
        if taken is not None:
            raise ValidationError(FieldProblem("name", _("another centre is called {name} already").format(name=name)))

    @staticmethod
    def _which(session: Session, actor: Actor | None, centre_id: int | None) -> int | None:
        """The centre meant: the one named, else the actor's working centre, else the first."""
        if centre_id is None and actor is not None:
            centre_id = actor.centre_scope.working
        if centre_id is None:
            centre_id = first_centre_id(session)
        if actor is not None and centre_id is not None and not actor.centre_scope.allows(centre_id):
            raise OtherCentre()
        return centre_id

    def centre(self, actor: Actor | None = None, centre_id: int | None = None) -> CentreDetails:
        """A centre's details for its letterhead: the one named, else the actor's working centre,
        else the organisation's first (the only one, for most)."""
        if actor is not None:
            actor.require(Permission.VIEW, _("see the centres"))
        with self.db.reader() as uow:
            which = self._which(uow.session, actor, centre_id)
            return _details(uow.session.get(Centre, which) if which is not None else None)

    def update_centre(self, actor: Actor, details: CentreDetails) -> CentreDetails:
        """Saves `details` for centre `details.id` (else the actor's working centre); on a new
        database, the first centre is made."""
        actor.require(Permission.MANAGE_SETTINGS, _("change the centre's details"))
        clean = validate_centre(details)
        with self.db.unit_of_work(actor) as uow:
            which = self._which(uow.session, actor, details.id)
            centre = uow.session.get(Centre, which) if which is not None else None
            if centre is None:
                centre = Centre(name=clean.name)
                uow.session.add(centre)
                before: dict = {}
            else:
                centre = load_for_update(uow.session, Centre, centre.id, details.version, _("The centre's details"))
                before = audit.snapshot(centre)
            self._refuse_taken_name(uow.session, clean.name, centre.id)
            for name in _EDITABLE:
                setattr(centre, name, getattr(clean, name))
            uow.session.flush()
            old, new = audit.changed_fields(before, audit.snapshot(centre))
            audit.record(uow.session, actor, "update", "centre", centre.id, before=old, after=new)
            uow.commit()
            return _details(centre)

    def set_logo(self, actor: Actor, filename: str, data: bytes, centre_id: int | None = None) -> CentreDetails:
        actor.require(Permission.MANAGE_SETTINGS, _("change the centre's details"))
        with self.db.unit_of_work(actor) as uow:
            which = self._which(uow.session, actor, centre_id)
            centre = uow.session.get(Centre, which) if which is not None else None
            if centre is None:
                raise ValidationError(FieldProblem("name", _("save the centre's name first")))
            stored = attachments.store(uow.session, actor, filename, data, attachments.IMAGE_TYPES, field="logo")
            before = centre.logo_attachment_id
            centre.logo_attachment_id = stored.id
            audit.record(
                uow.session, actor, "update", "centre", centre.id,
                before={"logo_attachment_id": before}, after={"logo_attachment_id": stored.id},
            )
            uow.commit()
            return _details(centre)

    def logo(self, actor: Actor | None = None, centre_id: int | None = None) -> bytes | None:
        if actor is not None:
            actor.require(Permission.VIEW, _("see the centres"))
        with self.db.reader() as uow:
            which = self._which(uow.session, actor, centre_id)
            centre = uow.session.get(Centre, which) if which is not None else None
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
        actor.require_whole_organisation(_("change settings"))
        with self.db.unit_of_work(actor) as uow:
            setting = uow.session.get(Setting, key)
            before = None if setting is None else setting.value
            if setting is None:
                uow.session.add(Setting(key=key, value={"value": value}))
            else:
                setting.value = {"value": value}
            audit.record(uow.session, actor, "update", "setting", key, before=before, after={"value": value})
            uow.commit()
