"""Thunderbird's two export contacts (quotes, commas, tab, CR, LF, U+2026) survive our CSV, xlsx and vCard.

The values come from Thunderbird's own export.csv (the oracle of its test_export.js); our files must
parse back, with Python's csv, with calamine and with vobject, to exactly those values.
"""

from __future__ import annotations

import csv

import pytest
import vobject
from python_calamine import CalamineWorkbook

from app.export.formats import TableShape
from app.export.pipeline import export_records

CUSTOM = ("custom1", "custom2", "custom3", "custom4")


@pytest.fixture
def contacts(corpus):
    path = corpus / "thunderbird_addressbook" / "addrbook-export" / "export.csv"
    if not path.is_file():
        pytest.skip("thunderbird export.csv is not in the corpus")
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    records = []
    for i, row in enumerate(rows, start=1):
        records.append(
            {
                "id": i,
                "first_name": row["First Name"],
                "last_name": row["Last Name"],
                "display_name": row["Display Name"],
                "job_title": row["Job Title"],
                "notes": row["Notes"],
                "emails": [{"value": row["Primary Email"], "original": "", "label": "", "valid": True}],
                "custom": {name: row[f"Custom {n}"] for n, name in enumerate(CUSTOM, start=1) if row[f"Custom {n}"]},
            }
        )
    return records


def test_the_oracle_has_the_hard_characters(contacts):
    two = contacts[1]
    assert two["job_title"] == '"worker"'
    assert two["notes"].endswith("\u2026")
    assert two["custom"] == {"custom1": "custom, 1", "custom2": "custom\t2", "custom3": "custom\r3", "custom4": "custom\n4"}


def _expected_rows(contacts):
    return [
        [c["first_name"], c["last_name"], c["job_title"], c["notes"], c["emails"][0]["value"],
         *(c["custom"].get(n, "") for n in CUSTOM)]
        for c in contacts
    ]


def _pick(header, rows):
    cols = ["first_name", "last_name", "job_title", "notes", "email", *(f"custom.{n}" for n in CUSTOM)]
    index = [header.index(c) for c in cols]
    return [[row[i] if row[i] is not None else "" for i in index] for row in rows]


@pytest.mark.parametrize("preset", ["standard", "excel"])
def test_csv_round_trip_is_exact(tmp_path, contacts, preset):
    target = tmp_path / "tb.csv"
    export_records(contacts, "csv", target, preset=preset, shape=TableShape(custom=CUSTOM))
    encoding, delimiter = ("utf-8-sig", ";") if preset == "excel" else ("utf-8", ",")
    with open(target, newline="", encoding=encoding) as handle:
        header, *rows = list(csv.reader(handle, delimiter=delimiter))
    assert _pick(header, rows) == _expected_rows(contacts)


def test_csv_email_list_round_trip(tmp_path, contacts):
    people = [c | {"consent_email": "granted"} for c in contacts]
    target = tmp_path / "tb.csv"
    result = export_records(people, "csv", target, channel="email", shape=TableShape(custom=CUSTOM))
    assert result.written == 2 and not result.dropped
    with open(target, newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    assert _pick(header, rows) == _expected_rows(contacts)


def test_xlsx_round_trip_is_exact(tmp_path, contacts):
    target = tmp_path / "tb.xlsx"
    export_records(contacts, "xlsx", target, shape=TableShape(custom=CUSTOM))
    header, *rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert _pick(header, rows) == _expected_rows(contacts)


def test_vcard_round_trip_through_vobject(tmp_path, contacts):
    target = tmp_path / "tb.vcf"
    export_records(contacts, "vcard", target)
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert len(cards) == 2
    for card, contact in zip(cards, contacts, strict=True):
        assert card.version.value == "4.0"
        assert card.fn.value == contact["display_name"]
        assert card.n.value.family == contact["last_name"] and card.n.value.given == contact["first_name"]
        assert card.email.value == contact["emails"][0]["value"]
        if contact["job_title"]:
            assert card.title.value == contact["job_title"]
            assert card.note.value == contact["notes"]
        for name, value in contact["custom"].items():
            # vCard has one newline: a lone CR (not representable, RFC 6350 VALUE-CHAR) becomes it.
            assert card.contents[f"x-{name}"][0].value == value.replace("\r", "\n")


def test_vcard_matches_thunderbird_structure(tmp_path, contacts, corpus):
    """Same properties as Thunderbird's own export.vcf (which vobject cannot read: it writes a raw CR)."""
    target = tmp_path / "tb.vcf"
    export_records(contacts, "vcard", target)
    ours = target.read_text(encoding="utf-8")
    theirs = (corpus / "thunderbird_addressbook" / "addrbook-export" / "export.vcf").read_text(encoding="utf-8")
    for line in ("FN:contact number two", "N:two;contact;;;", 'TITLE:"worker"', "X-CUSTOM1:custom\\, 1",
                 "X-CUSTOM4:custom\\n4", "NOTE:here's some unicode text\u2026"):
        assert line in ours
        assert line.split(":")[0].split(";")[0] in theirs
