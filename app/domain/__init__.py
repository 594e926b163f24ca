"""Plain Python rules: money, dates, validation, permissions. No I/O, no Qt, no database."""
