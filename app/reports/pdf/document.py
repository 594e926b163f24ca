"""The house style of every PDF: the centre's letterhead (name, address, logo, KvK, IBAN),
Dutch page numbers, and tables with right-aligned money. Documents build a list of flowables
and call `build_document`."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from app.domain import validation
from app.i18n import translator
from app.resources import resource_path
from app.services.settings.rows import CentreDetails

_ = translator("core")

PRIMARY = colors.HexColor("#1F3B4D")
LIGHT = colors.HexColor("#E9EDF1")
MARGIN = 18 * mm

# The built-in PDF fonts (Helvetica) only know Western European letters: "Ayşe" or "Łukasz"
# would lose letters. Every PDF uses the bundled DejaVu Sans instead (resources/fonts/).
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
# Every Table sets its own font before drawing a cell (reportlab's default is Helvetica): put
# this command first in a TableStyle so a PDF names no font but DejaVu.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), FONT)
_fonts_registered = False


def register_fonts() -> None:
    """Registers DejaVu Sans with reportlab (once); `<b>`/`<i>` in paragraphs pick the right face."""
    global _fonts_registered
    if _fonts_registered:
        return
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    _fonts_registered = True


@dataclass(frozen=True)
class Letterhead:
    centre: CentreDetails
    logo: bytes | None = None


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontName=FONT_BOLD, fontSize=17,
                                leading=21, alignment=0, textColor=PRIMARY, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=FONT_BOLD, fontSize=12.5,
                             leading=16, textColor=PRIMARY, spaceBefore=10, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base["Heading3"], fontName=FONT_BOLD, fontSize=10.5,
                             leading=13, spaceBefore=6, spaceAfter=2),
        "body": ParagraphStyle("body", parent=base["BodyText"], fontName=FONT, fontSize=9.5, leading=13),
        "small": ParagraphStyle("small", parent=base["BodyText"], fontName=FONT, fontSize=8, leading=10,
                                textColor=colors.HexColor("#44525C")),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle("cell_right", fontName=FONT, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "cell_bold": ParagraphStyle("cell_bold", fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
    }


def escape(text: Any) -> str:
    return (str(text) if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(
    rows: Sequence[Sequence[Any]], *, header: Sequence[str], widths: Sequence[float] | None = None,
    right_align: Sequence[int] = (), total_row: bool = False, repeat_header: bool = True,
) -> Table:
    """A table whose cells wrap; `right_align` lists the money/number columns."""
    style = styles()
    head = [Paragraph(f"<b>{escape(h)}</b>", style["cell_right" if i in right_align else "cell"])
            for i, h in enumerate(header)]
    body = []
    for r_index, row in enumerate(rows):
        is_total = total_row and r_index == len(rows) - 1
        out = []
        for c_index, value in enumerate(row):
            if hasattr(value, "wrap"):  # already a flowable
                out.append(value)
                continue
            text = escape(value)
            if is_total:
                text = f"<b>{text}</b>"
            out.append(Paragraph(text, style["cell_right"] if c_index in right_align else style["cell"]))
        body.append(out)
    if widths is not None:
        widths = fit_words(widths, [header, *rows])
    result = Table([head, *body], colWidths=widths, repeatRows=1 if repeat_header else 0)
    commands = [
        TABLE_FONT,
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1 if not total_row else -2), [colors.white, colors.HexColor("#F6F8FA")]),
    ]
    for column in right_align:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, PRIMARY))
    result.setStyle(TableStyle(commands))
    return result


CELL_PADDING = 12  # reportlab's default left + right padding of a table cell, in points


def fit_words(widths: Sequence[float], rows: Sequence[Sequence[Any]], font_size: float = 8.5) -> list[float]:
    """Column widths in which every word fits on a line ("Vrijwilligersvergoedingen" is not broken
    mid-word): a column too narrow for its longest word takes the room from columns with room
    to spare. Headers are measured bold; flowables are left alone."""
    needed = [0.0] * len(widths)
    for r_index, row in enumerate(rows):
        font = FONT_BOLD if r_index == 0 else FONT
        for c_index, value in enumerate(row[:len(widths)]):
            if hasattr(value, "wrap") or value is None:
                continue
            for word in str(value).split():
                needed[c_index] = max(needed[c_index], stringWidth(word, font, font_size) + CELL_PADDING + 1)
    result = list(widths)
    short = sum(max(0.0, n - w) for n, w in zip(needed, result))
    spare = sum(max(0.0, w - n) for n, w in zip(needed, result))
    if short == 0 or spare < short:
        return result
    for index, (n, w) in enumerate(zip(needed, widths)):
        result[index] = n if n > w else w - (w - n) * short / spare
    return result


class _NumberedCanvas(Canvas):
    """Draws "pagina x van y" on every page once the number of pages is known (at save)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#5B6770"))
            self.drawRightString(width - MARGIN, MARGIN, _("page {n} of {total}").format(n=self._pageNumber, total=total))
            super().showPage()
        super().save()


class _Template(BaseDocTemplate):
    def __init__(self, target, letterhead: Letterhead | None, title: str, pagesize, footer_note: str):
        super().__init__(
            target, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + (22 * mm if letterhead else 0), bottomMargin=MARGIN + 6 * mm,
            title=title, author=letterhead.centre.name if letterhead else "Wijkhuis", creator="Wijkhuis",
            initialFontName=FONT,  # otherwise every page still names Helvetica as its starting font
        )
        self.letterhead = letterhead
        self.footer_note = footer_note
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas, doc) -> None:
        canvas.saveState()
        width, height = self.pagesize
        if self.letterhead:
            centre = self.letterhead.centre
            top = height - MARGIN
            x_text = MARGIN
            if self.letterhead.logo:
                try:
                    image = ImageReader(io.BytesIO(self.letterhead.logo))
                    iw, ih = image.getSize()
                    h = 16 * mm
                    w = min(iw * h / ih, 45 * mm)
                    canvas.drawImage(image, MARGIN, top - h, width=w, height=h, mask="auto", preserveAspectRatio=True)
                    x_text = MARGIN + w + 5 * mm
                except Exception:  # a damaged logo must not stop a report; the name still shows
                    x_text = MARGIN
            canvas.setFillColor(PRIMARY)
            canvas.setFont(FONT_BOLD, 13)
            canvas.drawString(x_text, top - 5 * mm, centre.name)
            canvas.setFont(FONT, 8)
            canvas.setFillColor(colors.HexColor("#44525C"))
            address = "  ·  ".join(centre.address_lines)
            canvas.drawString(x_text, top - 10 * mm, address)
            contact = "  ·  ".join(v for v in (centre.contact_phone, centre.contact_email, centre.website) if v)
            canvas.drawString(x_text, top - 14 * mm, contact)
            right = "  ·  ".join(
                v for v in (
                    _("KvK {number}").format(number=centre.kvk_number) if centre.kvk_number else "",
                    _("IBAN {iban}").format(iban=validation.format_iban(centre.iban)) if centre.iban else "",
                ) if v
            )
            # KvK and IBAN go on the right of the first line (from the bottom) they leave room on.
            right_start = width - MARGIN - stringWidth(right, FONT, 8) - 4 * mm
            lines = ((top - 14 * mm, stringWidth(contact, FONT, 8)), (top - 10 * mm, stringWidth(address, FONT, 8)),
                     (top - 5 * mm, stringWidth(centre.name, FONT_BOLD, 13)))
            y = next((y for y, used in lines if x_text + used <= right_start), top - 18 * mm - 10)
            canvas.drawRightString(width - MARGIN, y, right)
            canvas.setStrokeColor(PRIMARY)
            canvas.setLineWidth(0.8)
            canvas.line(MARGIN, top - 18 * mm, width - MARGIN, top - 18 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#5B6770"))
        canvas.drawString(MARGIN, MARGIN, self.footer_note)
        canvas.restoreState()


def build_document(
    target: Path | io.BytesIO, story: list, *, title: str, letterhead: Letterhead | None = None,
    landscape_pages: bool = False, footer_note: str = "", page_numbers: bool = True,
) -> None:
    """`page_numbers`: "pagina x van y" in the footer; off for one-page documents (a poster, a
    door sign) and for batches of one-page letters (year statements), where a batch's page
    number means nothing to the reader."""
    register_fonts()
    pagesize = landscape(A4) if landscape_pages else A4
    template = _Template(target if isinstance(target, io.BytesIO) else str(target), letterhead, title, pagesize, footer_note)
    template.build(story, canvasmaker=_NumberedCanvas if page_numbers else Canvas)


def usable_width(landscape_pages: bool = False) -> float:
    width = (landscape(A4) if landscape_pages else A4)[0]
    return width - 2 * MARGIN
