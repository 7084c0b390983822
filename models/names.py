"""Personal names: capitalisation repair and splitting a full name into its parts.

Capitalisation is fixed only when the whole value was written in one case (``ИВАНОВ`` -> ``Иванов``,
``jan`` -> ``Jan``); ``McDonald`` or ``van der Berg`` written with care are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.text import clean_spaces

# East Slavic patronymics (Иванович, Петровна, Ильич, Кузьмич) and their Latin transliterations.
_PATRONYMIC = re.compile(
    r"(?:ович|евич|ьевич|ич|овна|евна|ична|инична|івна|ївна|oviche?|evich|ovna|evna|ichna|ivna|ович)$",
    re.IGNORECASE,
)
# Typical surname endings, used to tell "Kowalski Jan" from "Jan Kowalski".
_SURNAME_END = re.compile(
    r"(?:ski|ska|cki|cka|dzki|dzka|wicz|czyk|czak|ak|ek|uk|iuk|chuk|enko|ko|ov|ova|ev|eva|in|ina|yn|"
    r"ский|ская|цкий|цкая|ський|ська|цький|цька|ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|енко|ко|ук|юк|чук|ий|ая|ич)$",
    re.IGNORECASE,
)
_PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "della", "ter", "ten"}


@dataclass(frozen=True, slots=True)
class NameParts:
    first_name: str = ""
    middle_name: str = ""
    last_name: str = ""


def fix_case(value: str | None) -> str:
    """Trim; title-case only when the value is all upper or all lower case."""
    text = clean_spaces(value)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return text
    if all(c.isupper() for c in letters) or all(c.islower() for c in letters):
        return _title(text)
    return text


def _title(text: str) -> str:
    def cap(word: str) -> str:
        if word.lower() in _PARTICLES:
            return word.lower()
        return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))

    out = []
    for word in text.split(" "):
        if "'" in word and len(word) > 2:  # O'Brien, D'Arcy
            head, _, tail = word.partition("'")
            out.append(cap(head) + "'" + cap(tail))
        else:
            out.append(cap(word))
    return " ".join(out)


def looks_like_patronymic(word: str) -> bool:
    return len(word) > 4 and bool(_PATRONYMIC.search(word))


def looks_like_surname(word: str) -> bool:
    return len(word) > 3 and bool(_SURNAME_END.search(word))


def split_full_name(value: str | None) -> NameParts:
    """Split ``Иванов Иван Иванович``, ``Jan Kowalski``, ``Kowalski Jan`` or ``Kowalski, Jan``."""
    text = fix_case(value)
    if not text:
        return NameParts()
    if "," in text:  # "Last, First Middle"
        last, _, rest = text.partition(",")
        rest_words = rest.split()
        first = rest_words[0] if rest_words else ""
        middle = " ".join(rest_words[1:])
        return NameParts(first, middle, last.strip())
    words = text.split()
    if len(words) == 1:
        return NameParts(first_name=words[0])
    if len(words) == 3 and looks_like_patronymic(words[2]):
        return NameParts(words[1], words[2], words[0])  # Иванов Иван Иванович
    if len(words) == 3 and looks_like_patronymic(words[1]):
        return NameParts(words[0], words[1], words[2])  # Иван Иванович Иванов
    if len(words) == 2:
        a, b = words
        if looks_like_surname(a) and not looks_like_surname(b):
            return NameParts(first_name=b, last_name=a)
        return NameParts(first_name=a, last_name=b)
    # Particles belong to the surname: "Ludwig van Beethoven".
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in _PARTICLES:
            return NameParts(words[0], " ".join(words[1:i]), " ".join(words[i:]))
    return NameParts(words[0], " ".join(words[1:-1]), words[-1])


def display_name(first: str = "", middle: str = "", last: str = "", company: str = "") -> str:
    """How a client is shown in lists: ``Last First Middle``-free ``First Last``, else the company."""
    person = " ".join(p for p in (first, last) if p)
    return person or company or ""
