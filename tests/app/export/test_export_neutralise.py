"""Formula neutralisation: what a spreadsheet would run gets an apostrophe; numbers and E.164 stay."""

from __future__ import annotations

import pytest

from app.export.neutralise import is_formula_like, neutralise


@pytest.mark.parametrize(
    "value",
    [
        "=1+1",
        "=HYPERLINK(\"http://x\",\"y\")",
        "@SUM(A1:A2)",
        "\t=1",
        "\rcmd",
        "+1+1",
        "-1+1",
        "+cmd|' /C calc'!A0",
        "-",
        "+",
        "- 5",
        "+48 601 234 567",
        "-5 zł",
    ],
)
def test_formula_like_values_get_an_apostrophe(value):
    assert is_formula_like(value)
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    ["", "Anna", "+48601234567", "-5", "+5", "-12.50", "-12,50", "+1e5", "1=1", " =1", "a@b.pl", "'=x"],
)
def test_plain_values_and_signed_numbers_are_left_alone(value):
    assert not is_formula_like(value)
    assert neutralise(value) == value
