"""`wijkhuis` without a subcommand opens the window before anything imports the database
layer (the window opens the database behind itself)."""

import subprocess
import sys

from app.cli import window_only


def test_no_arguments_or_only_a_database_url_open_the_window_directly():
    assert window_only([]) == (True, None)
    assert window_only(["--database-url", "sqlite:///x.sqlite"]) == (True, "sqlite:///x.sqlite")
    assert window_only(["--database-url=postgresql://h/db"]) == (True, "postgresql://h/db")


def test_anything_else_goes_through_the_full_command_parser():
    assert window_only(["check"]) == (False, None)
    assert window_only(["--version"]) == (False, None)
    assert window_only(["--database-url", "x", "check"]) == (False, None)
    assert window_only(["--database-url"]) == (False, None)


def test_importing_the_command_line_and_app_does_not_import_sqlalchemy_or_metadata():
    code = (
        "import sys, app.cli; "
        "print('sqlalchemy' in sys.modules, 'importlib.metadata' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
