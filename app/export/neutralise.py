"""Formula neutralisation for cells written to CSV and xlsx files (DESIGN section 9).

A spreadsheet runs a cell as a formula when it starts with ``=``, ``@``, ``+`` or ``-`` (and some
versions when it starts with a tab or CR, which they strip first). A client's name typed as
``=HYPERLINK(...)`` must reach the file as harmless text, so such a cell gets a leading apostrophe,
the convention Excel and LibreOffice themselves use for "this is text". A plain signed number
(``-5``, ``+48601234567``) is not a formula: E.164 phones must reach the SMS and mail services exactly
as they are, so they are left alone.
"""

from __future__ import annotations

import re

# Characters that make a spreadsheet evaluate the cell (first character only).
FORMULA_TRIGGERS = frozenset("=@+-\t\r")
# A sign followed by a plain number: integer or decimal (dot or comma), optional exponent.
_SIGNED_NUMBER = re.compile(r"[+-]\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would run ``text`` as a formula."""
    if not text or text[0] not in FORMULA_TRIGGERS:
        return False
    if text[0] in "+-":
        if text[1:].isdigit():  # the common case: an E.164 phone
            return False
        return _SIGNED_NUMBER.fullmatch(text) is None
    return True


def neutralise(text: str) -> str:
    """Return ``text`` made safe for a spreadsheet cell (an apostrophe before a formula-like value)."""
    if text and text[0] in FORMULA_TRIGGERS and is_formula_like(text):
        return "'" + text
    return text
