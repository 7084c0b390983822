"""Email validity agrees with Dominic Sayers' isemail suite on every address it marks valid or error.

The suite's other categories (deprecated, CFWS, RFC 5321/5322-only, DNS warnings) are forms a mail
service may or may not accept; no verdict is asserted for them. ``parse_email`` trims white space
around a cell and a trailing root dot before checking (a spreadsheet cell ``"a@b.pl\\n"`` is that
address); on everything else it agrees with the suite too.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from models.emails import is_valid_email, parse_email

VERDICTS = {"ISEMAIL_VALID_CATEGORY": True, "ISEMAIL_ERR": False}


def _cases(corpus):
    path = corpus / "isemail_tests" / "files" / "tests.xml"
    if not path.is_file():
        pytest.skip("isemail tests.xml is not in the corpus")
    root = ET.parse(path).getroot()  # a trusted, read-only corpus file
    cases = []
    for test in root.iter("test"):
        category = test.findtext("category")
        if category not in VERDICTS:
            continue
        # The suite writes control characters as U+2400 + code (XML cannot hold them).
        address = "".join(
            chr(ord(ch) - 0x2400) if 0x2400 <= ord(ch) < 0x2420 else ch for ch in test.findtext("address") or ""
        )
        cases.append((test.get("id"), address, VERDICTS[category]))
    return cases


def test_is_valid_email_agrees_with_isemail(corpus):
    cases = _cases(corpus)
    assert len(cases) == 80
    wrong = [(i, a, expected) for i, a, expected in cases if is_valid_email(a) != expected]
    assert wrong == []


def test_parse_email_agrees_apart_from_trimming(corpus):
    wrong = []
    for case_id, address, expected in _cases(corpus):
        parsed = parse_email(address)
        trimmed = address.strip()
        if trimmed != address or trimmed.endswith("."):
            # Deliberate normalisation: the trimmed address decides.
            expected = is_valid_email(trimmed.rstrip("."))
        if parsed.valid != expected:
            wrong.append((case_id, address, expected))
    assert wrong == []


def test_internal_control_characters_are_not_collapsed_into_a_valid_address():
    assert not parse_email('"\rtest"@iana.org').valid
    assert not parse_email('"\n"@iana.org').valid
    assert parse_email(" Anna@Example.PL \r\n").value == "Anna@example.pl"
