"""PDF documents (reportlab). `document.py` holds the letterhead, styles and tables that every
document shares; one module per document type beside it."""
