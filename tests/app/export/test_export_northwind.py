"""Northwind's customers survive import, export and re-import unchanged (postcodes keep leading zeros).

Everything goes through the real importer (``app.imports.run_import``): the corpus CSV with its CamelCase
headers first, then our own full-table exports (CSV and xlsx), whose headers are the field names, each
into a fresh register. Issue 6's acceptance criterion: every value comes back as it was.
"""

from __future__ import annotations

import csv
import shutil

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from app.export.source import iter_records
from app.export.usecase import export_query
from app.imports import run_import
from models import tables as t
from models.text import clean_spaces
from storage.register import Register


@pytest.fixture
def northwind_csv(corpus):
    path = corpus / "northwind_csv" / "files" / "customers.csv"
    if not path.is_file():
        pytest.skip("northwind customers.csv is not in the corpus")
    return path


@pytest.fixture
def northwind(northwind_csv):
    with open(northwind_csv, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def fresh_register(tmp_path, template_register):
    """A second empty register, for the re-import."""
    path = tmp_path / "fresh.kartoteka"
    shutil.copyfile(template_register[0], path)
    reg = Register.open_with_key(path, template_register[1], versions=False)
    yield reg
    reg.close()


def _snapshot(reg, *, labels=True):
    """Every client's fields but ids and times, by Northwind's customer id. A phone's ``original`` is the
    spelling before normalisation; the export carries the normal form (E.164, or the text kept when it
    did not parse), so only the normal form can come back. ``labels=False``: the full table's ``phone``,
    ``phone_2`` columns do not say which number is the fax, so labels cannot come back either."""
    drop = {"id", "created", "updated"}
    out = {}
    with reg.session() as session:
        conn = session.connection()
        ids = list(conn.execute(select(t.Client.id)).scalars())
        for record in iter_records(conn, ids):
            data = {k: v for k, v in record.items() if k not in drop}
            for key in ("phones", "emails"):
                data[key] = [{k: v for k, v in item.items() if k != "original" and (labels or k != "label")}
                             for item in data[key]]
            out[data["custom"]["customer_id"]] = data
    return out


def _import(reg, path):
    result = run_import(reg, path)
    assert result.created == 91 and result.skipped == 0, result.as_json()
    return result


def _only_invalid_phone_warnings(result):
    """Our own export reads back without a doubt, except the phones already flagged invalid."""
    assert result.errors and {(e.severity, e.reason) for e in result.errors} == {
        ("warning", "not a valid phone number; kept as written")}


def test_northwind_round_trip_through_the_importer(register, fresh_register, northwind_csv, northwind, tmp_path):
    first = _import(register, northwind_csv)
    assert not [e for e in first.errors if e.severity == "error"]
    before = _snapshot(register)
    for source in northwind:
        client = before[source["CustomerID"]]
        assert client["postcode"] == source["PostalCode"]  # 05021 stays 05021
        # The import collapses doubled spaces ("Wolski  Zajazd"); nothing else changes.
        assert client["company"] == clean_spaces(source["CompanyName"]) and client["country"] == source["Country"]
        assert client["job_title"] == source["ContactTitle"] and client["street"] == clean_spaces(source["Address"])
        assert [p["label"] for p in client["phones"]] == (["", "fax"] if source["Fax"] not in ("", source["Phone"]) else [""])
    export_query(register, "", None, "csv", tmp_path / "nw.csv")
    _only_invalid_phone_warnings(_import(fresh_register, tmp_path / "nw.csv"))
    assert _snapshot(fresh_register, labels=False) == _snapshot(register, labels=False)


def test_northwind_xlsx_export_reimports_unchanged(register, fresh_register, northwind_csv, northwind, tmp_path):
    _import(register, northwind_csv)
    expected = {r["CustomerID"]: r["PostalCode"] for r in northwind}
    export_query(register, "", None, "xlsx", tmp_path / "nw.xlsx")
    header, *rows = CalamineWorkbook.from_path(str(tmp_path / "nw.xlsx")).get_sheet_by_index(0).to_python()
    assert {r[header.index("custom.customer_id")]: r[header.index("postcode")] for r in rows} == expected
    _only_invalid_phone_warnings(_import(fresh_register, tmp_path / "nw.xlsx"))
    assert _snapshot(fresh_register, labels=False) == _snapshot(register, labels=False)


def test_northwind_excel_csv_keeps_postcodes_as_text(register, northwind_csv, northwind, tmp_path):
    _import(register, northwind_csv)
    expected = {r["CustomerID"]: r["PostalCode"] for r in northwind}
    export_query(register, "", None, "csv", tmp_path / "nw.csv", preset="excel")
    with open(tmp_path / "nw.csv", newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {r["custom.customer_id"]: r["postcode"] for r in rows} == expected
