"""Dates as people write them: ISO ``2024-01-31``, ``31.12.1980``, ``31/12/1980``, ``1980-12-31T..``.

``03/04/2020`` is ambiguous (day-first in Europe, month-first in the US); it is read day-first, the
custom of the register's users, and reported as ambiguous so that an importer can flag it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD_SLASH = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


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
    raise DateError(f"{text!r} is not a date; write YYYY-MM-DD or DD.MM.YYYY")


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
