"""How passwords are hashed: argon2id, salted, deliberately slow. One hasher for the program;
tests replace it with a cheaper one (tests/conftest.py)."""

from __future__ import annotations

from argon2 import PasswordHasher

hasher = PasswordHasher()
