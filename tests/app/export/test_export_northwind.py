"""Northwind's customers survive import, export and re-import unchanged (postcodes keep leading zeros).

The import goes through ``app.records.bulk_create_clients`` with a column mapping (the normalisation
every write path shares; the spreadsheet importer does not map Northwind's CamelCase headers nor, yet,
the DESIGN field names used as headers by our export); the re-import reads our own export, whose headers are the field names.
"""

from __future__ import annotations

import csv

import pytest
from python_calamine import CalamineWorkbook

from app import records
from app.export.source import iter_records
from app.export.usecase import export_query
from models.names import split_full_name
from models.text import clean_spaces

SETTABLE = set(records.SETTABLE_FIELDS) - {"segment"}


@pytest.fixture
def northwind(corpus):
    path = corpus / "northwind_csv" / "files" / "customers.csv"
    if not path.is_file():
        pytest.skip("northwind customers.csv is not in the corpus")
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _from_northwind(row):
    name = split_full_name(row["ContactName"])
    phones = [p for p in (row["Phone"], row["Fax"]) if p]
    return {
        "kind": "company", "company": row["CompanyName"], "first_name": name.first_name,
        "last_name": name.last_name, "job_title": row["ContactTitle"], "street": row["Address"],
        "city": row["City"], "region": row["Region"], "postcode": row["PostalCode"], "country": row["Country"],
        "phone": phones, "custom.customer_id": row["CustomerID"],
    }


def _from_export(row):
    data = {k: v for k, v in row.items() if k in SETTABLE and k not in ("phone", "email")}
    data["phone"] = [v for k, v in row.items() if (k == "phone" or k.startswith("phone_")) and v]
    data["email"] = [v for k, v in row.items() if (k == "email" or k.startswith("email_")) and v]
    data.update({k: v for k, v in row.items() if k.startswith("custom.")})
    return data


def _snapshot(reg, ids):
    """Every field but ids and times, and the spelling a phone had before it was normalised (the
    export carries the normal form: the E.164 number, or the text kept when it did not parse)."""
    drop = {"id", "created", "updated"}
    out = []
    with reg.session() as session:
        for record in iter_records(session.connection(), ids):
            data = {k: v for k, v in record.items() if k not in drop}
            for key in ("phones", "emails"):
                data[key] = [{k: v for k, v in item.items() if k != "original"} for item in data[key]]
            out.append(data)
    return out


def _import(reg, rows):
    with reg.unit_of_work("import") as session:
        return records.bulk_create_clients(session, rows, source="import")


def test_northwind_round_trip_through_csv(register, northwind, tmp_path):
    first = _import(register, [_from_northwind(r) for r in northwind])
    target = tmp_path / "nw.csv"
    result = export_query(register, "has:custom.customer_id", None, "csv", target)
    assert result.written == len(northwind) == 91
    with open(target, newline="", encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    by_id = {r["custom.customer_id"]: r for r in exported}
    for source in northwind:
        row = by_id[source["CustomerID"]]
        assert row["postcode"] == source["PostalCode"]  # 05021 stays 05021
        # The import itself collapses doubled spaces ("Wolski  Zajazd"); the export adds nothing.
        assert row["company"] == clean_spaces(source["CompanyName"]) and row["country"] == source["Country"]
    second = _import(register, [_from_export(r) for r in exported])
    order = {cid: i for i, cid in enumerate(first)}
    exported_ids = sorted(range(len(exported)), key=lambda i: order[int(exported[i]["id"])])
    assert _snapshot(register, first) == _snapshot(register, [second[i] for i in exported_ids])


def test_northwind_xlsx_and_excel_csv_keep_postcodes_as_text(register, northwind, tmp_path):
    _import(register, [_from_northwind(r) for r in northwind])
    expected = {r["CustomerID"]: r["PostalCode"] for r in northwind}
    export_query(register, "", None, "xlsx", tmp_path / "nw.xlsx")
    header, *rows = CalamineWorkbook.from_path(str(tmp_path / "nw.xlsx")).get_sheet_by_index(0).to_python()
    assert {r[header.index("custom.customer_id")]: r[header.index("postcode")] for r in rows} == expected
    export_query(register, "", None, "csv", tmp_path / "nw.csv", preset="excel")
    with open(tmp_path / "nw.csv", newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {r["custom.customer_id"]: r["postcode"] for r in rows} == expected
