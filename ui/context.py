"""What every page gets through its constructor: the services, who is logged in, and one
signal that says "data in this area changed" so that other pages refresh."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the window appears before the database (and SQLAlchemy) is loaded
    from app.services import Services
    from app.services.common.actor import Actor


class DataBus(QObject):
    changed = Signal(str)  # the area whose data changed: "volunteers", "bookings", …


@dataclass
class PageContext:
    services: Services
    actor: Actor
    bus: DataBus
