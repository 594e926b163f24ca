"""Excel workbooks the Dutch way, safe against formula injection.

Every text cell goes through `safe_text`: a value that a spreadsheet would run as a formula
(starting with =, +, -, @, or a tab/CR) is stored as text with a leading apostrophe-free
quote prefix (openpyxl's `quotePrefix`), so it shows as typed and never runs.
Dates are real dates, money has the euro format, the header is frozen and filtered, and the
column widths fit their contents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from app.domain.text.clean import clean

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written, not at start-up
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

EURO_FORMAT = '"€" #,##0.00;[Red]"€" -#,##0.00'
DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
HOURS_FORMAT = "#,##0.00"
QUANTITY_FORMAT = "#,##0.00#"  # 7,125 hours and 12,25 km shown as stored
PERCENT_FORMAT = "0.0%"
MONTH_FORMAT = "[$-413]MMMM YYYY"  # a real date (the first of the month), Dutch month names in any locale
INTEGER_FORMAT = "#,##0"
HEADER_COLOUR = "1F3B4D"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


@cache
def _header_style() -> tuple[Any, Any]:
    from openpyxl.styles import Font, PatternFill

    return Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor=HEADER_COLOUR)


def __getattr__(name: str) -> Any:
    """`HEADER_FONT` and `HEADER_FILL` are made on first use (they need openpyxl)."""
    if name == "HEADER_FONT":
        return _header_style()[0]
    if name == "HEADER_FILL":
        return _header_style()[1]
    raise AttributeError(name)


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text, money, date, datetime, integer, hours, quantity, percent, bool, month
    width: float | None = None  # None: fit to contents
    wrap: bool = False  # long text on several lines (a row grows) instead of running into the next cell


COLUMN_FORMATS = {
    "money": EURO_FORMAT, "date": DATE_FORMAT, "datetime": DATETIME_FORMAT,
    "integer": INTEGER_FORMAT, "hours": HOURS_FORMAT, "quantity": QUANTITY_FORMAT, "percent": PERCENT_FORMAT,
    "month": MONTH_FORMAT,
}


def is_formula_like(value: str) -> bool:
    return bool(value) and value.startswith(FORMULA_TRIGGERS)


def cell_value(value: Any, kind: str = "text") -> Any:
    """The value as openpyxl should store it (formula-like text is kept as text)."""
    if value is None:
        return None
    if isinstance(value, str):
        return clean(value)  # a control character stored long ago must not break the file
    if kind == "bool":
        return "ja" if value else "nee"
    if isinstance(value, Decimal):
        return float(value) if kind in ("money", "hours", "quantity", "percent") else value
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return value


def _text(cell, value: Any) -> None:
    """A title or header cell: the same formula safety as the data (they can hold names too)."""
    value = clean(value) if isinstance(value, str) else value
    cell.value = value
    if isinstance(value, str) and is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True


def protect_cell(cell) -> None:
    """Make a cell filled some other way (sheet.append, a chart's data) safe: formula-like text
    is stored as text."""
    if isinstance(cell.value, str) and is_formula_like(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True


def _style(cell, value: Any, kind: str) -> None:
    fmt = COLUMN_FORMATS.get(kind)
    if fmt:
        cell.number_format = fmt
    if isinstance(value, str) and is_formula_like(value):
        cell.data_type = "s"  # never a formula
        cell.quotePrefix = True


def write_table(
    sheet: Worksheet, columns: Sequence[Column], rows: Iterable[Sequence[Any]], *,
    title: str | None = None, start_row: int = 1,
) -> int:
    """A table with a styled, frozen, filtered header. Returns the last row written."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    header_font, header_fill = _header_style()
    row_number = start_row
    if title:
        title_cell = sheet.cell(row=row_number, column=1)
        _text(title_cell, title)
        title_cell.font = Font(bold=True, size=14)
        row_number += 2
    header_row = row_number
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=header_row, column=index)
        _text(cell, column.header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    widths = [len(column.header) for column in columns]
    for values in rows:
        row_number += 1
        for index, (column, raw) in enumerate(zip(columns, values, strict=False), start=1):
            value = cell_value(raw, column.kind)
            cell = sheet.cell(row=row_number, column=index)
            cell.value = value
            if isinstance(value, str) and is_formula_like(value):
                cell.data_type = "s"
            _style(cell, value, column.kind)
            widths[index - 1] = max(widths[index - 1], _display_width(value, column.kind))
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    last_column = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{max(row_number, header_row)}"
    for index, column in enumerate(columns, start=1):
        width = column.width or min(max(widths[index - 1] + 2, 8), 60)
        sheet.column_dimensions[get_column_letter(index)].width = width
    fit_header_words(sheet, [column.header for column in columns], header_row=header_row)
    return row_number


def _display_width(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind == "money":
        return len(f"€ {value:,.2f}") + 1
    if kind in ("date",):
        return 10
    if kind == "month":
        return 15
    if kind == "datetime":
        return 16
    return len(str(value))


@cache
def _wrap_top():
    from openpyxl.styles import Alignment

    return Alignment(vertical="top", wrap_text=True)


@cache
def _wrap():
    from openpyxl.styles import Alignment

    return Alignment(vertical="center", wrap_text=True)


def prepare_for_print(workbook: Workbook, *, title: str, centre: str = "") -> None:
    """Print setup on every sheet of a (normal) workbook; call before saving."""
    for sheet in workbook.worksheets:
        set_print_setup(sheet, title=f"{title} — {sheet.title}" if len(workbook.worksheets) > 1 else title,
                        centre=centre)


def new_workbook() -> Workbook:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    return workbook


def write_only_rows(
    sheet, columns: Sequence[Column], rows: Iterable[Sequence[Any]], *, title: str = "", centre: str = "",
) -> int:
    """Fast path for very large sheets (openpyxl write-only mode): header + rows, formats and
    formula safety kept, ready to print (`title` and `centre` in the footer). `sheet` comes
    from `Workbook(write_only=True).create_sheet()`."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    header_font, header_fill = _header_style()
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet)
        _text(cell, column.header)
        cell.font = header_font
        cell.fill = header_fill
        header.append(cell)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width or max(
            len(column.header) + 2, _display_width(dt.datetime(2000, 1, 1), column.kind) + 2, 12)
    sheet.freeze_panes = "A2"
    for cell in header:
        cell.alignment = _wrap()
    fit_header_words(sheet, [column.header for column in columns])
    set_print_setup(sheet, title=title or sheet.title, centre=centre, columns=len(columns))
    sheet.append(header)
    count = 0
    formats = [COLUMN_FORMATS.get(column.kind) for column in columns]
    kinds = [column.kind for column in columns]
    wraps = [column.wrap for column in columns]
    wrap_widths = [(sheet.column_dimensions[get_column_letter(i)].width or 8.43) - 1 for i in range(1, len(columns) + 1)]
    for values in rows:
        out = []
        lines = 1
        for raw, kind, fmt, wrap, wrap_width in zip(values, kinds, formats, wraps, wrap_widths, strict=False):
            value = cell_value(raw, kind)
            wrapped = wrap and isinstance(value, str) and len(value) > 20
            if wrapped:
                lines = max(lines, sum(_wrapped_lines(part, wrap_width) for part in value.split("\n")))
            if fmt is None and not wrapped and not (isinstance(value, str) and is_formula_like(value)):
                out.append(value)
                continue
            cell = WriteOnlyCell(sheet, value=value)
            if wrapped:
                cell.alignment = _wrap_top()
            if fmt:
                cell.number_format = fmt
            if isinstance(value, str) and is_formula_like(value):
                cell.data_type = "s"
                cell.quotePrefix = True
            out.append(cell)
        if lines > 1:  # a spreadsheet does not grow a row for wrapped text when it opens the file
            sheet.row_dimensions[count + 2].height = 12.75 * min(lines, 30) + 2
        sheet.append(out)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return count


# Portrait A4 holds about this many characters of column width; wider sheets print landscape.
PORTRAIT_WIDTH = 95


def header_row_of(sheet) -> int:
    """The header row: the row above the frozen panes (1 when nothing is frozen)."""
    from openpyxl.utils.cell import coordinate_from_string

    frozen = sheet.freeze_panes
    if not frozen:
        return 1
    return max(coordinate_from_string(frozen)[1] - 1, 1)


def set_print_setup(sheet, *, title: str, centre: str = "", columns: int | None = None) -> None:
    """Ready to print: A4, landscape when wide, fit to one page wide (as many pages long as
    needed), the header row repeated on every page, a footer with the centre, the title and
    "pagina x van y". Works on normal and write-only sheets (call before the first row of a
    write-only sheet is written)."""
    from openpyxl.utils import get_column_letter

    count = columns or getattr(sheet, "max_column", 0) or len(sheet.column_dimensions)
    widths = [sheet.column_dimensions[get_column_letter(i)].width or 8.43 for i in range(1, count + 1)]
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.orientation = "landscape" if sum(widths) > PORTRAIT_WIDTH else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top, sheet.page_margins.bottom, sheet.page_margins.footer = 0.6, 0.7, 0.3
    row = header_row_of(sheet)
    sheet.print_title_rows = f"{row}:{row}"
    for footer in (sheet.oddFooter, sheet.evenFooter):
        footer.left.text, footer.left.size = centre.replace("&", "&&"), 8
        footer.center.text, footer.center.size = title.replace("&", "&&"), 8
        footer.right.text, footer.right.size = "pagina &P van &N", 8


def fit_header_words(sheet, headers: Sequence[str], *, first_column: int = 1, header_row: int = 1) -> None:
    """Widen columns so that no word of a header is cut in print ("Andere organisa…"); the
    header cells wrap (set by the writer) so longer headings take two lines."""
    from openpyxl.utils import get_column_letter

    lines = 1
    for index, header in enumerate(headers, start=first_column):
        longest = max((len(word) for word in str(header or "").split()), default=0)
        dimension = sheet.column_dimensions[get_column_letter(index)]
        if (dimension.width or 8.43) < longest + 2:
            dimension.width = longest + 2
        lines = max(lines, _wrapped_lines(str(header or ""), (dimension.width or 8.43) - 1))
    if lines > 1:  # spreadsheets do not grow a row for wrapped text on their own when printing
        sheet.row_dimensions[header_row].height = 13 * lines + 4


def _wrapped_lines(text: str, width: float) -> int:
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width:
            lines, used = lines + 1, len(word)
        else:
            used += (1 if used else 0) + len(word)
    return lines
