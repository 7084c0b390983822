"""models.phones.PhoneReader: the memoised fast path must give exactly what parse_phone gives."""

from __future__ import annotations

import random

import pytest

from models.phones import PhoneReader, parse_phone


def _numbers(seed: int, n: int) -> list[object]:
    """Numbers as owners write them, in several numbering plans, many sharing a shape with another."""
    rng = random.Random(seed)
    out: list[object] = []
    for _ in range(n):
        kind = rng.randrange(7)
        if kind == 0:
            out.append(f"+48 {rng.randint(100, 999)} {rng.randint(0, 999):03d} {rng.randint(0, 999):03d}")
        elif kind == 1:
            out.append(float(f"7{rng.randint(3000000000, 9999999999)}"))  # Excel turned it into a float
        elif kind == 2:
            out.append(f"+1 {rng.randint(200, 999)} {rng.randint(200, 999)} {rng.randint(0, 9999):04d}")
        elif kind == 3:
            out.append(f"+380 {rng.randint(30, 99)} {rng.randint(0, 9999999):07d}")
        elif kind == 4:
            out.append(f"{rng.randint(100000000, 999999999)}")  # a national number in the home region
        elif kind == 5:
            out.append(f"+44 {rng.randint(1000, 7999)} {rng.randint(0, 999999):06d}")
        else:
            out.append(rng.randint(10**10, 10**12 - 1))
    return out


@pytest.mark.parametrize("region", ["PL", "RU", "US"])
def test_reader_agrees_with_parse_phone_on_every_number(region):
    reader = PhoneReader(region)
    numbers = _numbers(7, 1500)
    disagreements = [(raw, reader.parse(raw), parse_phone(raw, region)) for raw in numbers
                     if reader.parse(raw) != parse_phone(raw, region)]
    assert disagreements == []
    assert len(reader._valid_shapes) > 20  # the fast path was actually used


def test_north_american_exchange_is_part_of_the_shape():
    """+1 524 922 is a valid exchange, +1 524 928 is not: with five national digits as the shape the
    second number took the first one's verdict (found by comparing 30,000 random US numbers)."""
    reader = PhoneReader("US")
    assert reader.parse("+1 524 922 9325").valid
    assert reader.parse("+1 524 928 7074") == parse_phone("+1 524 928 7074", "US")
    assert not reader.parse("+1 524 928 7074").valid
