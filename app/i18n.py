"""Translations for the layer without Qt (services, reports, command line).

Source strings are English. Each area has its own gettext domain (`core`, `volunteers`, …)
so that its catalogue lives in its own `.po` file under resources/locale; the build compiles
them to `.mo` with Babel. The user interface itself uses Qt's `tr()` with `.ts` files.

Dutch is the default. A module writes `_ = translator("volunteers")` and calls `_("…")`; the
lookup happens at call time, so a language chosen after import still applies.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import lru_cache

from app.resources import resource_path

DEFAULT_LANGUAGE = "nl"
SUPPORTED_LANGUAGES = ("nl", "en")

_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    global _language
    _language = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _language


@lru_cache(maxsize=None)
def _catalogue(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(
        domain, localedir=str(resource_path("locale")), languages=[language], fallback=True
    )


def translator(domain: str) -> Callable[[str], str]:
    def _(message: str) -> str:
        if _language == "en":
            return message
        return _catalogue(domain, _language).gettext(message)

    _.domain = domain  # type: ignore[attr-defined]
    return _


def ngettext_for(domain: str) -> Callable[[str, str, int], str]:
    def n_(singular: str, plural: str, count: int) -> str:
        if _language == "en":
            return singular if count == 1 else plural
        return _catalogue(domain, _language).ngettext(singular, plural, count)

    return n_
