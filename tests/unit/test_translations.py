"""The Dutch translation is complete: every source string, in both layers, has one."""

from tests import i18n_catalogue


def test_every_gettext_string_in_app_has_a_dutch_translation():
    missing = i18n_catalogue.missing_gettext()
    assert missing == {}, "run `python -m tests.i18n_catalogue update`, then translate: " + repr(missing)


def test_every_qt_string_in_ui_has_a_dutch_translation():
    missing = i18n_catalogue.missing_qt()
    assert missing == {}, "run `python -m tests.i18n_catalogue update`, then translate: " + repr(missing)
