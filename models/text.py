"""Text folding for search and matching.

Users type without diacritics and in any case: ``lodz`` must find ``Łódź``, ``семен`` must find
``Семён``. SQLite's LIKE folds ASCII only and FTS5's unicode61 keeps ``ł`` and ``ё``, so the register
keeps its own folded copy of searchable text. The same function folds the query, so the rule only
has to be symmetric, not linguistically perfect.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that Unicode does not decompose into base + combining mark.
_SPECIAL = str.maketrans(
    {
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ħ": "h", "ı": "i",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "þ": "th", "ð": "d",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'",
        "–": "-", "—": "-", "‑": "-",
    }
)
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str | None) -> str:
    """Lower-case ``text`` and strip diacritics (``Łódź`` -> ``lodz``, ``Семён`` -> ``семен``).

    ``й`` folds to ``и`` and ``ї`` to ``і`` as a side effect of dropping combining marks; this is
    harmless because queries are folded the same way. Memoised: names, cities and tags repeat a lot
    across an import, an index rebuild or a duplicate scan (the cache lives in memory only).
    """
    if not text:
        return ""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold().translate(_SPECIAL)).strip()


def digits(text: str | None) -> str:
    """Only the ASCII digits of ``text`` (``8 (916) 123-45-67`` -> ``89161234567``)."""
    if not text:
        return ""
    return "".join(ch for ch in text if "0" <= ch <= "9")


def clean_spaces(text: str | None) -> str:
    """Trim and collapse runs of white space (including non-breaking spaces) to one space."""
    if text is None:
        return ""
    text = str(text)
    if text.isprintable() and "  " not in text:  # no white space but single ASCII spaces (the usual case)
        return text.strip()
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()
