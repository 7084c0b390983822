"""Phone normalisation agrees with every example number of libphonenumber's metadata.

Each example is written the ways people write it (E.164, international with spaces, national as the
country formats it, bare national significant number, with the 00 international prefix) and must
normalise to the example's E.164 form. Three examples of the corpus metadata (f7e3e88) have since
been withdrawn from the numbering plans the installed ``phonenumbers`` ships (Benin's move to ten
digits in 2024 removed its 8-digit VoIP and UAN ranges; Zimbabwe renumbered the fixed line): those are
not valid numbers any more and are kept as written and flagged, as any unknown number is.
"""

from __future__ import annotations

import csv

import phonenumbers
import pytest

from models.phones import parse_phone

WITHDRAWN = {"+22985751234", "+22981123456", "+2631312345"}
# North American plan: the international prefix is 011, "00..." is not a way to dial out there.
NO_00_PREFIX = {"US", "CA", "AG", "AI", "AS", "BB", "BM", "BS", "DM", "DO", "GD", "GU", "JM", "KN", "KY", "LC",
                "MP", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI"}


def _examples(corpus):
    path = corpus / "libphonenumber_metadata" / "derived" / "example_numbers.csv"
    if not path.is_file():
        pytest.skip("libphonenumber example_numbers.csv is not in the corpus")
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _spellings(row):
    e164, region = row["e164"], row["region"]
    number = phonenumbers.parse(e164, None)
    forms = {
        "e164": (e164, "PL"),
        "international": (phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL), "PL"),
    }
    if region != "001":  # non-geographic numbers have no national form
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        forms["national"] = (national, region)
        forms["nsn"] = (row["national_significant_number"], region)
        if region not in NO_00_PREFIX and row["international_prefix"].startswith("00"):
            forms["idd"] = ("00" + row["country_code"] + row["national_significant_number"], region)
    return forms


def test_every_example_normalises_to_its_e164(corpus):
    rows = _examples(corpus)
    assert len(rows) == 1144
    wrong = []
    for row in rows:
        if row["e164"] in WITHDRAWN:
            continue
        seen = set()
        for kind, (text, region) in _spellings(row).items():
            if (text, region) in seen:
                continue
            seen.add((text, region))
            phone = parse_phone(text, region)
            if not phone.valid or phone.value != row["e164"]:
                wrong.append((row["region"], row["type"], kind, text, phone.value, phone.problem))
    assert wrong == []


def test_withdrawn_examples_are_flagged_and_kept_as_written(corpus):
    rows = [r for r in _examples(corpus) if r["e164"] in WITHDRAWN]
    assert len(rows) == len(WITHDRAWN)
    for row in rows:
        assert not phonenumbers.is_valid_number(phonenumbers.parse(row["e164"], None))
        phone = parse_phone(row["e164"], row["region"])
        assert not phone.valid and phone.value == row["e164"] and phone.original == row["e164"]
