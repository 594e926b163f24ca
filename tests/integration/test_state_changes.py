"""State changes of claim lines and subsidy applications are conditional UPDATEs: a user who read
the record before someone else moved it on cannot move it again (exactly one of two wins), and
is told who changed it; nothing of the loser's change is saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm.attributes import set_committed_value

from app.db.models import AllowanceLine
from app.domain.allowance_rules import LineState
from app.domain.errors import StaleRecord
from app.services.allowances import ArrangementRow
from app.services.allowances import LineInput
from app.services.common.transitions import move_state
from tests.integration.test_allowance_support import make_volunteer


@pytest.fixture
def approved_line(services, db, admin) -> int:
    person = make_volunteer(db, "Zoë", "Özdemir")
    services.allowances.set_arrangement(admin, ArrangementRow(person, 2026, "vast", monthly_amount=Decimal("50")))
    line_id = services.allowances.add_line(admin, LineInput(person, "vast", dt.date(2026, 11, 1))).id
    services.allowances.approve(admin, [line_id])
    return line_id


def test_a_state_change_read_before_another_users_change_is_refused(db, approved_line):
    with db.unit_of_work() as uow:
        line = uow.session.get(AllowanceLine, approved_line)
        # As this user read it, a moment before a colleague approved it:
        set_committed_value(line, "state", LineState.SUBMITTED.value)
        set_committed_value(line, "version", line.version - 1)
        with pytest.raises(StaleRecord, match="beheerder"):
            move_state(uow.session, line, LineState.REJECTED.value, "Vergoedingsregel")
    with db.reader() as uow:
        assert uow.session.get(AllowanceLine, approved_line).state == LineState.APPROVED.value


def test_a_state_change_on_what_was_read_goes_through_once(services, db, admin, approved_line):
    with db.unit_of_work() as uow:
        line = uow.session.get(AllowanceLine, approved_line)
        version = line.version
        assert move_state(uow.session, line, LineState.PAID.value, "Vergoedingsregel") == LineState.APPROVED.value
        assert (line.state, line.version) == (LineState.PAID.value, version + 1)
        uow.commit()
    with db.reader() as uow:
        assert uow.session.get(AllowanceLine, approved_line).state == LineState.PAID.value
