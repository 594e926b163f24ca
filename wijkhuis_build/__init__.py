"""Build steps that run while the package is built (setup.py), not at run time.

`catalogues.compile_all` turns the translation sources under resources/ into the files the
program reads: gettext `.po` → `.mo` (Babel) and Qt `.ts` → `.qm` (`qm.py`, pure Python, so a
wheel can be built without Qt installed). Nothing in app/ or ui/ imports this package.
"""
