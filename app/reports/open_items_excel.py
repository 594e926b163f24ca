"""Openstaande posten in Excel: a sheet of unpaid and partly paid invoices, and a sheet of
allowance transfers the bank has not confirmed or has sent back."""

from __future__ import annotations

from pathlib import Path

from app.domain import formatting
from app.domain.bank import OpenItems
from app.i18n import translator
from app.reports.excel import Column, new_workbook, write_table

_ = translator("allowances")


def invoice_sheet_title() -> str:
    return _("Invoices")


def transfer_sheet_title() -> str:
    return _("Allowances")


def write_open_items(path: Path, items: OpenItems, centre_name: str) -> None:
    workbook = new_workbook()
    as_of = formatting.date(items.as_of)
    invoices = workbook.create_sheet(invoice_sheet_title())
    columns = [Column(_("Number")), Column(_("Renter")), Column(_("Amount"), "money"), Column(_("Paid"), "money"),
               Column(_("Open"), "money"), Column(_("Due date"), "date"), Column(_("Days overdue"), "integer")]
    rows = [(i.number, i.renter, i.amount, i.paid, i.open, i.due_date, i.days_overdue) for i in items.invoices]
    rows.append((_("Total"), "", sum((i.amount for i in items.invoices), 0), sum((i.paid for i in items.invoices), 0),
                 items.invoices_open, None, None))
    write_table(invoices, columns, rows, title=_("{centre}: open invoices on {date}").format(centre=centre_name, date=as_of))
    transfers = workbook.create_sheet(transfer_sheet_title())
    columns = [Column(_("Volunteer")), Column(_("Amount"), "money"), Column(_("Payment run"), "integer"),
               Column(_("Reason"))]
    rows = [(t.volunteer, t.amount, t.batch_id, t.reason) for t in items.transfers]
    write_table(transfers, columns, rows, title=_("{centre}: allowance payments not confirmed by the bank on {date}").format(
        centre=centre_name, date=as_of))
    workbook.save(path)
