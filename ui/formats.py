"""Money and dates as the user's language writes them: one place for the table, the card and the dialogs.

Why: "1 268.98" (a Polish thousands space with an English decimal point) and ISO dates read as a
programmer's output. Polish and Russian write ``1 268,98`` and ``25.10.2026``, English ``1,268.98`` and
``10/25/2026``. The default QLocale is the system's (the same one the translations were loaded for); a
short date always keeps four digits of the year, so ``10/25/26`` never stands for a birth date.
The stored values (ISO dates, minor units) never change; only what is shown does.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from models.dates import as_date


def money(value: float | Decimal | int | None, currency: str = "") -> str:
    """A major-unit amount with two decimals in the user's locale, then the currency when given."""
    if value is None or value == "":
        return ""
    text = QLocale().toString(float(value), "f", 2)
    return f"{text}\u00a0{currency}" if currency else text


def money_minor(minor: int | None, currency: str = "") -> str:
    """Minor units (grosze, kopecks, cents) as :func:`money` writes them (the table calls this for every
    painted amount: a float is exact to the cent here, a Decimal cost twice the time)."""
    if minor is None:
        return ""
    return money(int(minor) / 100, currency)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (ISO for the C locale of a bare system)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date(value: Any) -> str:
    """A date in the user's short format; text that is not a date is shown as it is."""
    day = as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return _date_text(day, QLocale().name())


@lru_cache(maxsize=8192)
def _date_text(day: dt.date, locale_name: str) -> str:
    """A date written once per locale: the table asks for the same dates on every paint (13 us each
    written out, 4 us through here)."""
    locale = QLocale(locale_name)
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def date_time(value: dt.datetime) -> str:
    """A date and time of day in the user's short formats (``25.10.2026 14:05``); the value is shown in
    the time zone it carries (the caller converts to local time)."""
    locale = QLocale()
    time_format = "HH:mm" if locale.language() == QLocale.Language.C else \
        locale.timeFormat(QLocale.FormatType.ShortFormat)
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return locale.toString(moment, f"{date_format(locale)} {time_format}")


def number(value: int | None) -> str:
    """A count as the user's locale writes it (``12 345`` in Polish, ``12,345`` in English)."""
    return QLocale().toString(int(value or 0))
