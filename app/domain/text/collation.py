"""Dutch alphabetical order without ICU: "Öztürk" sorts with the O's, "Çelik" with the C's,
"van Dijk" under D (the sort name already puts the tussenvoegsel last). A normalised key:
accents removed (Unicode decomposition), case folded, and "ß"/"æ"/"ø" spelled out."""

from __future__ import annotations

import unicodedata

_SPELLED = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})


def sort_key(text: str) -> tuple[str, str]:
    """A key for `sorted()`: first the letters without accents, then the text itself, so that
    "Ozturk" and "Öztürk" stay in a fixed order."""
    folded = (text or "").casefold().translate(_SPELLED)
    plain = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return plain, text or ""
