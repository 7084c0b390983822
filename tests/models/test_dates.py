"""models.dates: dates as people type them, the month's name included."""

from __future__ import annotations

import datetime as dt

import pytest

from models.dates import DateError, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("12 марта 1985 г.", dt.date(1985, 3, 12)), ("1 kwietnia 2000r.", dt.date(2000, 4, 1)),
    ("March 12, 1985", dt.date(1985, 3, 12)), ("9 травня 1990", dt.date(1990, 5, 9)),
])
def test_a_date_with_the_months_name_is_read_wherever_dates_are_typed(text, expected):
    """The card and the command line read what the importer reads."""
    assert parse_date(text).value == expected


def test_a_named_date_without_a_year_asks_for_the_year():
    with pytest.raises(DateError, match="no year"):
        parse_date("5 мая")
