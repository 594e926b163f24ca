"""Rental income per renter and room over finalised invoices (credit invoices subtract)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.domain import bookings as rules
from app.i18n import translator
from app.reports.excel import Column, new_workbook, prepare_for_print, write_table

_ = translator("rooms")


def write_rental_income(path: Path, title: str, rows: list[tuple[str, str, str, Decimal, Decimal, int]], *,
                        centre: str = "") -> None:
    workbook = new_workbook()
    sheet = workbook.create_sheet(_("Rental income"))
    columns = [Column(_("Renter")), Column(_("Category")), Column(_("Room")), Column(_("Bookings"), "integer"),
               Column(_("Hours"), "hours"), Column(_("Amount"), "money")]
    names = rules.category_names()
    body = [(renter, names.get(category, category), room, count, hours, amount)
            for renter, category, room, hours, amount, count in rows]
    body.append((_("Total"), "", "", sum(r[3] for r in body), sum((r[4] for r in body), Decimal(0)),
                 sum((r[5] for r in body), Decimal(0))))
    write_table(sheet, columns, body, title=title)
    prepare_for_print(workbook, title=title, centre=centre)
    workbook.save(path)
