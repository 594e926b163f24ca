"""Hypothesis through the real services on SQLite: whatever sequence of lines people try to
enter, the accepted ones never end over a limit unless a treasurer overrode it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from app.db.models import AllowanceLine
from app.domain.allowance_rules import LineKind
from app.domain.errors import ValidationError
from app.services import Services
from app.services.allowances import ArrangementRow
from app.services.allowances import LimitRefused, LineInput
from tests.integration.test_allowance_support import PNG, make_volunteer

D = Decimal
attempt = st.tuples(
    st.integers(min_value=0, max_value=2),
    st.sampled_from(list(LineKind)),
    st.integers(min_value=1, max_value=12),
    st.decimals(min_value=D("0.01"), max_value=D("250"), places=2),
    st.decimals(min_value=D("0.5"), max_value=D("12"), places=1),
    st.booleans(),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attempts=st.lists(attempt, min_size=1, max_size=25))
def test_accepted_lines_never_end_over_a_limit(sqlite_db, attempts):
    services = Services.for_database(sqlite_db)
    if not services.users.is_initialised():
        admin = services.users.initialise("Buurthuis", "beheerder", "Fatima el Amrani", "geheim123")
        ids = [make_volunteer(sqlite_db, "Jong", "Iemand", birth=dt.date(2007, 6, 15)),
               make_volunteer(sqlite_db, "Oud", "Iemand"), make_volunteer(sqlite_db, "Bon", "Iemand")]
        services.allowances.set_arrangement(admin, ArrangementRow(ids[0], 2026, "uurtarief", hourly_rate=D("3.40")))
        services.allowances.set_arrangement(admin, ArrangementRow(ids[1], 2026, "vast", monthly_amount=D("90.00"),
                                                                  other_organisations=D("1500.00")))
        services.allowances.set_arrangement(admin, ArrangementRow(ids[2], 2026, "declaraties"))
    admin = services.users.authenticate("beheerder", "geheim123")
    with sqlite_db.unit_of_work() as uow:  # a fresh year for every example (test set-up only)
        uow.session.execute(delete(AllowanceLine))
        uow.commit()
    by_name = {r.name: r.volunteer_id for r in services.allowances.year_overview(admin, 2026)}
    volunteers = [by_name["Jong Iemand"], by_name["Oud Iemand"], by_name["Bon Iemand"]]
    for who, kind, month, amount, hours, receipt in attempts:
        entry = LineInput(volunteers[who], kind, dt.date(2026, month, 10), amount=amount, hours=hours,
                          kilometres=hours * 10, description="proef", receipt_name="bon.png",
                          receipt_data=PNG if receipt else None)
        try:
            services.allowances.add_line(admin, entry)
        except (LimitRefused, ValidationError):
            pass
    for row in services.allowances.year_overview(admin, 2026):
        assert not row.overridden
        assert all(month <= D("220.00") for month in row.months)
        assert row.total == 0 or row.room_left >= 0
    for line in services.allowances.lines(admin, year=2026):
        if line.kind == LineKind.EXPENSE:
            assert line.receipt_attachment_id is not None
        if line.kind == LineKind.HOURLY:  # only the hourly volunteer (19 in 2026) can have hours
            assert line.volunteer_id == volunteers[0] and line.rate <= D("3.40")
