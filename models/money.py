"""Money in minor units (grosz, kopeks, cents): exact, and fast to sum in SQL."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_NOISE = re.compile(r"[\s\u00a0\u202f'’]|(?:zł|zl|pln|руб\.?|р\.|₽|грн\.?|₴|uah|rub|usd|eur|gbp|\$|€|£)", re.I)


class AmountError(ValueError):
    pass


def parse_amount(value: object) -> int:
    """``1 234,50`` / ``1234.5`` / ``1,234.50`` / Decimal / float -> minor units (123450)."""
    if isinstance(value, bool):
        raise AmountError(f"{value!r} is not an amount")
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        value = repr(value)
    if isinstance(value, Decimal):
        number = value
    else:
        text = _NOISE.sub("", str(value)).strip()
        if "," in text and "." in text:
            # The last separator is the decimal one: "1.234,50" or "1,234.50".
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise AmountError(f"{str(value)!r} is not an amount; write it like 1234.50") from None
    if not number.is_finite():
        raise AmountError(f"{value!r} is not an amount")
    return int((number * 100).quantize(Decimal(1)))


def to_major(minor: int | None) -> Decimal:
    return (Decimal(minor or 0) / 100).quantize(Decimal("0.01"))
