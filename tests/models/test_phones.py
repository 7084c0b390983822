"""models.phones.PhoneReader: the memoised fast path must give exactly what parse_phone gives."""

from __future__ import annotations

import random

import pytest

from models.phones import TRUNK_8_GUESS, PhoneReader, parse_phone


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


@pytest.mark.parametrize("raw", ["8 495 123 45 67", "84951234567", 84951234567.0, "8 (499) 123-45-67"])
def test_a_russian_landline_with_trunk_8_outside_russia_is_plus_7_and_flagged(raw):
    """Read in the Polish plan these digits are also a valid Vietnamese number (+84 951 ...): the ex-USSR
    trunk prefix is far likelier in an owner's list, and the phone says its reading is a guess."""
    phone = parse_phone(raw, "PL")
    assert phone.valid and phone.value.startswith("+7") and phone.problem == TRUNK_8_GUESS
    assert PhoneReader("PL").parse(raw) == phone
    assert parse_phone(raw, "DE").value == phone.value  # any non-ex-USSR register


@pytest.mark.parametrize("raw,region,value", [
    ("+84 951 234 567", "PL", "+84951234567"),  # written with + : Vietnam as written
    ("0084951234567", "PL", "+84951234567"),  # written with 00
    ("84951234567", "VN", "+84951234567"),  # a register in Vietnam: its own country code
    ("8 495 123 45 67", "RU", "+74951234567"),  # the trunk prefix at home, no guess
    ("601 234 567", "PL", "+48601234567"),  # Polish nine digits untouched
    ("8 (916) 123-45-67", "PL", "+79161234567"),  # no other valid reading: not a guess
])
def test_trunk_8_preference_leaves_other_numbers_alone(raw, region, value):
    phone = parse_phone(raw, region)
    assert (phone.valid, phone.value, phone.problem) == (True, value, "")


def test_the_fast_reader_agrees_with_parse_phone_on_a_trunk_8_number_abroad() -> None:
    """In a German register, '89161234567' is read by parse_phone's rules whatever was read before it."""
    from models.phones import PhoneReader, parse_phone

    reader = PhoneReader("DE")
    reader.parse("+49 8916 1234567")  # a German number of the same shape, seen first
    assert reader.parse("89161234567").value == parse_phone("89161234567", "DE").value
