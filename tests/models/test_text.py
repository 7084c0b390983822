"""models.text: the fast path of clean_spaces must agree with the full rule on any text."""

from __future__ import annotations

import random
import re

from models.text import clean_spaces

_SPACES = re.compile(r"\s+")


def _full_rule(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def test_clean_spaces_agrees_with_the_full_rule():
    rnd = random.Random(11)
    alphabet = "ab Łż\u00a0\t\n\r\u2009\u3000\u200b\x1c\x85  -"
    samples = ["", " ", "Jan  Kowalski", " Jan Kowalski ", "Jan\u00a0Kowalski", "Anna\tNowak", "x\u2028y"]
    samples += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(3000)]
    for sample in samples:
        assert clean_spaces(sample) == _full_rule(sample), repr(sample)
    assert clean_spaces(None) == "" and clean_spaces(12) == "12"
