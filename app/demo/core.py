"""The centre and its three demo accounts."""

from __future__ import annotations

from argon2 import PasswordHasher
from sqlalchemy import insert, text

from app.db.base import utcnow
from app.db.models import Centre, User
from app.demo import DEMO_PASSWORD, DemoContext
from app.domain.permissions import Role
from app.services.common import audit_chain

ACCOUNTS = [
    ("beheerder", "Fatima el Amrani", Role.ADMIN),
    ("coordinator", "Joost van der Berg", Role.COORDINATOR),
    ("penningmeester", "Ingrid Hoekstra", Role.TREASURER),
]


CENTRE_ID = 1  # the demo organisation has one centre; its records are inserted in it


def insert_owned(model):
    """An INSERT of a centre's own records (rooms, bookings, …) into the demo centre."""
    return insert(model).values(centre_id=CENTRE_ID)


def populate(demo: DemoContext) -> None:
    demo.connection.execute(
        insert(Centre),
        [
            {
                "id": CENTRE_ID, "name": "Buurthuis De Klinker", "street": "Klarendalseweg 120",
                "postcode": "6822 GK", "town": "Arnhem", "kvk_number": "40123456",
                "iban": "NL91ABNA0417164300", "bic": "ABNANL2A", "contact_name": "Fatima el Amrani",
                "contact_phone": "026 351 22 40", "contact_email": "info@buurthuisdeklinker.nl",
                "website": "www.buurthuisdeklinker.nl", "version": 1,
            }
        ],
    )
    if demo.connection.dialect.name == "postgresql":  # the next centre added gets id 2, not 1 again
        demo.connection.execute(text("SELECT setval(pg_get_serial_sequence('centre', 'id'), 1)"))
    password_hash = PasswordHasher().hash(DEMO_PASSWORD)
    demo.connection.execute(
        insert(User),
        [
            {
                "username": username, "display_name": name, "role": role.value,
                "password_hash": password_hash, "active": True, "failed_attempts": 0,
                "created_at": utcnow(), "version": 1,
            }
            for username, name, role in ACCOUNTS
        ],
    )
    audit_chain.append(
        demo.connection,
        [{"at": utcnow(), "username": "systeem", "action": "demo", "entity": "database",
          "detail": f"demo data ({demo.size})", "before": None, "after": None}],
    )
    demo.counts["Accounts"] = len(ACCOUNTS)
