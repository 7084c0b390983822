"""Folding names for matching: one Latin "skeleton" for every script and spelling.

``Jan Kowalski`` and ``Ян Ковальский``, ``Grzegorz`` and ``Гжегож``, ``Chmielewski`` and ``Хмелевский``
must meet. Romanisation standards disagree (``Evgeniy``/``Yevgeny``, ``Aleksandr``/``Alexander``), so
instead of one "correct" transliteration every name, Latin or Cyrillic, is mapped to a coarse phonetic
skeleton: Cyrillic through a small table of our own (no dependency; Russian and Ukrainian letters), then
Polish, English and Russian spellings of one sound collapsed (``w``->``v``, ``sz``->``sh``, ``rz``/``zh``->``z``,
``cz``->``ch``, ``kh``->``h``, ``j``/``y``->``i``, double letters -> one). Only symmetry matters: both sides of a comparison
go through the same function. The skeleton is for comparing; it is never shown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.text import fold

# Cyrillic (after models.text.fold: lower case, й->и and ё->е already folded) to a matching Latin.
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "cz", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i",
    "ь": "", "э": "e", "ю": "iu", "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "'": "",
    "ў": "u",
}
_CYR_TABLE = str.maketrans(_CYR)
_UKRAINIAN = frozenset("іїєґ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Applied in order; earlier rules see the raw spelling, later ones the partly collapsed one.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"szcz|shch|sch", "sh"),
        (r"kh", "h"),  # Russian х written kh or h
        (r"cz|tsch|tch", "ch"),  # ч: Polish cz, German tsch, English ch (Shevchenko)
        (r"sz", "sh"),
        (r"rz|zh|ż|dz", "z"),
        (r"ts", "c"),
        (r"ph", "f"),
        (r"ck|q", "k"),
        (r"x", "ks"),
        (r"w", "v"),
        (r"[jy]", "i"),
        (r"(?<=[bcdfghklmnprstvz])io", "e"),  # Semyon/Семён (folded to семен), Pyotr/Piotr/Пётр
        (r"(?<![bcdfghklmnprstvz])ie", "e"),  # Yekaterina/Екатерина, Andreyev/Андреев, Євген
        (r"[^a-z]", ""),
        (r"(.)\1+", r"\1"),
    )
)
_SOUNDEX = str.maketrans("aeiouybfpvcgjkqsxzdtlmnr", "000000111122222222334556", "hw")


def to_latin(text: str) -> str:
    """Transliterate folded Cyrillic to Latin letters with our matching table (Ukrainian ``г`` is ``h``)."""
    if not _CYRILLIC.search(text):
        return text
    if _UKRAINIAN.intersection(text):
        text = text.replace("г", "h").replace("и", "y")
    return text.translate(_CYR_TABLE)


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """The coarse Latin skeleton of one name word or phrase (letters only, no spaces)."""
    text = to_latin(fold(name))
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=200_000)
def words(name: str) -> tuple[str, ...]:
    """Skeletons of the separate words of a name (``Anna-Maria`` -> ``("ana", "maria")``)."""
    return tuple(s for s in (skeleton(w) for w in re.split(r"[\s\-.,/]+", fold(name))) if s)


@lru_cache(maxsize=200_000)
def soundex(skel: str, length: int = 4) -> str:
    """Soundex of a skeleton: first letter and ``length - 1`` consonant-class digits; a blocking key only."""
    if not skel:
        return ""
    codes = skel[1:].translate(_SOUNDEX)
    out = []
    last = skel[0].translate(_SOUNDEX)
    for ch in codes:
        if ch != last:
            out.append(ch)
        last = ch
    return (skel[0] + "".join(out).replace("0", "") + "00000000")[:length]


def clear_caches() -> None:
    for cached in (skeleton, words, soundex):
        cached.cache_clear()
