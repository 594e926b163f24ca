"""Writers for the files Wijkhuis hands out: Excel (openpyxl), PDF (reportlab), SEPA, iCalendar."""
