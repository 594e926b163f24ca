"""Wijkhuis: volunteers, allowances, rooms and subsidies for a Dutch neighbourhood centre.

The `app` package holds everything that works without a screen: domain rules, the database,
the services (one use case per function), importers and report writers. It never imports Qt
or `ui`; see shared/design/architecture.md.
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`app.__version__`, read only when asked for: importlib.metadata costs start-up time."""
    if name != "__version__":
        raise AttributeError(f"module 'app' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("wijkhuis")
    except metadata.PackageNotFoundError:  # frozen build or plain source tree
        from app.version import VERSION as version
    globals()["__version__"] = version
    return version
