"""Qt's compiled translation format (.qm), written from a .ts file without Qt's lrelease.

The build of a wheel or source archive must not need a 300 MB Qt installation just to run
`lrelease`, so this module writes the same bytes lrelease writes in its default mode
(tests/unit/test_qm_writer.py compares the two on every catalogue): a magic number, the
language, a table of (hash, offset) pairs sorted by hash, the messages, and the plural rules.
Each message holds its translation(s) as UTF-16BE, then comment, source text and context as
UTF-8, the fields QTranslator compares when it looks a string up by hash.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Section tags of the file, and field tags inside a message (qtranslator.cpp).
LANGUAGE, HASHES, MESSAGES, NUMERUS_RULES = 0xA7, 0x42, 0x69, 0x88
END, TRANSLATION, SOURCE_TEXT, CONTEXT, COMMENT = 0x01, 0x03, 0x06, 0x07, 0x08

# Plural rules per language (lrelease's numerus.cpp): Dutch and English choose the first form
# for n == 1 (rule "EQ 1") and the second otherwise.
_EQ = 0x01
NUMERUS_RULES_BY_LANGUAGE = {"nl": bytes([_EQ, 1]), "en": bytes([_EQ, 1])}


@dataclass(frozen=True, order=True)
class Message:
    context: bytes
    source: bytes
    comment: bytes
    translations: tuple[str, ...]


def elf_hash(data: bytes) -> int:
    """The hash QTranslator uses to find a message (of source text + comment)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language and the finished translations of a .ts file (unfinished, vanished and
    obsolete messages are left out, as lrelease does)."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = (context.findtext("name") or "").encode("utf-8")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if not any(forms):
                continue
            messages.append(Message(
                name, (message.findtext("source") or "").encode("utf-8"),
                (message.findtext("comment") or "").encode("utf-8"), forms,
            ))
    return root.get("language", ""), messages


def _field(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def _section(tag: int, data: bytes) -> bytes:
    return _field(tag, data) if data else b""


def qm_bytes(language: str, messages: list[Message]) -> bytes:
    body = bytearray()
    offsets = []
    for message in sorted(set(messages)):
        offsets.append((elf_hash(message.source + message.comment), len(body)))
        for text in message.translations:
            body += _field(TRANSLATION, text.encode("utf-16-be"))
        body += _field(COMMENT, message.comment) + _field(SOURCE_TEXT, message.source)
        body += _field(CONTEXT, message.context) + bytes([END])
    hashes = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(offsets))
    rules = NUMERUS_RULES_BY_LANGUAGE.get(language.split("_")[0], b"")
    return (
        MAGIC
        + _section(LANGUAGE, language.encode("ascii"))
        + _section(HASHES, hashes)
        + _section(MESSAGES, bytes(body))
        + _section(NUMERUS_RULES, rules)
    )


def compile_ts(source: Path, target: Path) -> None:
    language, messages = read_ts(source)
    target.write_bytes(qm_bytes(language, messages))
