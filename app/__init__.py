"""Wijkhuis: volunteers, allowances, rooms and subsidies for a Dutch neighbourhood centre.

The `app` package holds everything that works without a screen: domain rules, the database,
the services (one use case per function), importers and report writers. It never imports Qt
or `ui`; see shared/design/architecture.md.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("wijkhuis")
except _metadata.PackageNotFoundError:  # frozen build or plain source tree
    from app._version import VERSION as __version__  # noqa: N811
