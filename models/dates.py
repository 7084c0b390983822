"""Dates as people write them: ISO ``2024-01-31``, ``31.12.1980``, ``31/12/1980``, ``1980-12-31T..``, and
with the month's name in English, Polish, Russian or Ukrainian (``12 marca 1985``, ``12 марта 1985 г.``).

``03/04/2020`` is ambiguous (day-first in Europe, month-first in the US); it is read day-first, the
custom of the register's users, and reported as ambiguous so that an importer can flag it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from models.text import fold

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD_SLASH = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# Month names (folded stems) in English, Polish, Russian and Ukrainian: "12 marca 1985", "12 марта 1985 г.",
# "March 12, 1985", "5 травня".
_MONTH_STEMS = {
    1: ("jan", "sty", "янв", "січ"), 2: ("feb", "lut", "фев", "лют"), 3: ("mar", "мар", "бер"),
    4: ("apr", "kwi", "апр", "кві"), 5: ("may", "maj", "мая", "маи", "тра"), 6: ("jun", "cze", "июн", "чер"),
    7: ("jul", "lip", "июл", "лип"), 8: ("aug", "sie", "авг", "сер"), 9: ("sep", "wrz", "сен", "вер"),
    10: ("oct", "paz", "okt", "окт", "жов"), 11: ("nov", "lis", "ноя", "лис"), 12: ("dec", "gru", "дек", "гру"),
}
_MONTHS = {stem: month for month, stems in _MONTH_STEMS.items() for stem in stems}
_YEAR_WORD = r"(?:\s*(?:г|гг|года|год|r|roku|р|року|рік)\.?)?"
_DAY_MONTH = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]{3,})\.?,?(?:\s+(\d{4})" + _YEAR_WORD + r")?$")
_MONTH_DAY = re.compile(r"^([^\W\d_]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$")


class DateError(ValueError):
    """A value that is not a date; the message says what was expected."""


@dataclass(frozen=True, slots=True)
class ParsedDate:
    value: dt.date
    ambiguous: bool = False


def _make(y: int, m: int, d: int, text: str) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError as exc:
        raise DateError(f"{text!r} is not a real date ({exc})") from None


def parse_date(value: object, *, pivot: int = 30) -> ParsedDate:
    """Parse a date from text or a ``date``/``datetime``. Two-digit years <= ``pivot`` are 20xx."""
    if isinstance(value, dt.datetime):
        return ParsedDate(value.date())
    if isinstance(value, dt.date):
        return ParsedDate(value)
    text = str(value).strip()
    if not text:
        raise DateError("empty date")
    if m := _ISO.match(text):
        return ParsedDate(_make(int(m[1]), int(m[2]), int(m[3]), text))
    if m := _YMD_SLASH.match(text):
        return ParsedDate(_make(int(m[1]), int(m[2]), int(m[3]), text))
    if m := _COMPACT.match(text):
        return ParsedDate(_make(int(m[1]), int(m[2]), int(m[3]), text))
    if m := _DMY.match(text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 2000 if y <= pivot else 1900
        sep_slash = "/" in text
        if a > 12 or not sep_slash:
            return ParsedDate(_make(y, b, a, text))  # dd.mm.yyyy: the European order
        if b > 12:
            return ParsedDate(_make(y, a, b, text))  # mm/dd/yyyy: only possible reading
        return ParsedDate(_make(y, b, a, text), ambiguous=(a != b))
    if any(ch.isalpha() for ch in text):
        named = month_name_date(text)
        if isinstance(named, dt.date):
            return ParsedDate(named)
        if named == "yearless":
            raise DateError(f"{text!r} has no year; write it with the year (12 marca 1985 or 12.03.1985)")
    raise DateError(f"{text!r} is not a date; write YYYY-MM-DD or DD.MM.YYYY")


def month_name_date(text: str) -> dt.date | str | None:
    """A date written with the month's name (``12 marca 1985``, ``12 марта 1985 г.``, ``March 12, 1985``);
    ``"yearless"`` for a day and month without a year (``5 мая``); None when the text is not such a date."""
    key = fold(text.strip())
    m = _DAY_MONTH.match(key)
    if m:
        day, word, year = m.group(1), m.group(2), m.group(3)
    else:
        m = _MONTH_DAY.match(key)
        if not m:
            return None
        word, day, year = m.group(1), m.group(2), m.group(3)
    month = _MONTHS.get(word[:3])
    if month is None:
        return None
    if year is None:
        return "yearless"
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        raise DateError(f"{text!r} is not a real date") from None


def as_date(value: object) -> dt.date | None:
    """A date from a date or datetime object or the register's ISO text (``2026-10-25``, also with a time
    after it); None when absent or unreadable. For reading stored values, not for what a person typed
    (that is :func:`parse_date`)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
