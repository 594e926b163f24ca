VERSION = "0.1.0"  # kept equal to pyproject.toml by tests/unit/test_packaging.py
