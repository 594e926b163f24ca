"""The PySide6 user interface. Talks only to `app.services` and shows the plain rows they
return; never imports sqlalchemy or app.db."""
