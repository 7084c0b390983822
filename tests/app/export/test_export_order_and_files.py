"""Side files follow the chosen preset, xlsx tells how many cells it had to cut, a query's preview and export
keep the same client for a shared address, and the mailing-list fast paths never rely on SQL alone for consent."""

from __future__ import annotations

import csv

import pytest
import sqlalchemy
from python_calamine import CalamineWorkbook

from app import records
from app.export import source
from app.export.usecase import export_query, preview_export
from app.export.xlsxfile import MAX_CELL_CHARS

BOM = "\ufeff".encode()


def _add(reg, *people):
    with reg.unit_of_work("add") as session:
        return [records.create_client(session, person).id for person in people]


@pytest.mark.parametrize(("fmt", "channel"), [("mailchimp", "email"), ("sms", "sms"), ("csv", "email"),
                                              ("xlsx", "email"), ("vcard", "email")])
def test_every_side_file_follows_the_preset(register, tmp_path, fmt, channel):
    _add(register, {"first_name": "Łucja", "last_name": "Żółć", "email": "l@example.pl", "phone": "601 234 567"},
         {"first_name": "Иван", "last_name": "Петров", "email": "i@example.ru", "consent_email": "granted",
          "phone": "601 234 568", "consent_sms": "granted"})
    result = export_query(register, "", channel, fmt, tmp_path / "list.out", preset="excel")
    data = result.side_file.read_bytes()
    assert data.startswith(BOM)  # Excel reads the names right only with it
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "id;name;reason;why" and "Łucja Żółć" in text
    if fmt == "mailchimp":  # the list itself stays what Mailchimp imports
        assert not result.path.read_bytes().startswith(BOM) and b"," in result.path.read_bytes()


def test_xlsx_names_how_many_cells_it_cut_and_csv_keeps_the_whole_text(register, tmp_path):
    long_note = "Zamówienie: " + "ж" * (MAX_CELL_CHARS + 100)
    _add(register, {"first_name": "Anna", "notes": long_note, "company": "x" * (MAX_CELL_CHARS + 1)},
         {"first_name": "Jan", "notes": long_note}, {"first_name": "Ewa", "notes": "short"})
    result = export_query(register, "", None, "xlsx", tmp_path / "all.xlsx")
    assert result.written == 3
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert warning.startswith("3 cells were longer than 32,767 characters") and "CSV" in warning
    assert "ж" not in warning and "Anna" not in warning  # counts, never client data
    header, *rows = CalamineWorkbook.from_path(str(tmp_path / "all.xlsx")).get_sheet_by_index(0).to_python()
    notes = {row[header.index("first_name")]: row[header.index("notes")] for row in rows}
    assert notes["Anna"] == long_note[:MAX_CELL_CHARS] and notes["Ewa"] == "short"  # the rest is intact
    csv_result = export_query(register, "", None, "csv", tmp_path / "all.csv")
    assert csv_result.warnings == []
    with open(tmp_path / "all.csv", newline="", encoding="utf-8") as handle:
        assert {r["first_name"]: r["notes"] for r in csv.DictReader(handle)}["Anna"] == long_note
    small = export_query(register, "first_name:Ewa", None, "xlsx", tmp_path / "ewa.xlsx")
    assert small.warnings == []


def test_one_cell_is_named_in_the_singular(register, tmp_path):
    _add(register, {"first_name": "Anna", "notes": "n" * (MAX_CELL_CHARS + 1)})
    result = export_query(register, "", None, "xlsx", tmp_path / "one.xlsx")
    assert result.warnings[0].startswith("1 cell was longer")


FAMILY = [  # ids in this order; names sort the other way round
    {"first_name": "Zofia", "last_name": "Nowak", "email": "dom@example.pl", "phone": "601 234 567",
     "street": "Długa 5", "city": "Gdańsk"},
    {"first_name": "Anna", "last_name": "Nowak", "email": "DOM@example.pl", "phone": "601 234 567",
     "street": "Długa 5", "city": "Gdańsk"},
]


@pytest.mark.parametrize(("fmt", "channel"), [("mailchimp", "email"), ("sms", "sms"), ("csv", "email"),
                                              ("vcard", "sms"), ("xlsx", "post")])
def test_preview_and_export_keep_the_same_client_for_a_shared_address(register, tmp_path, fmt, channel):
    consent = {f"consent_{c}": "granted" for c in ("email", "sms", "post")}
    zofia, anna = _add(register, *({**person, **consent} for person in FAMILY))
    preview = preview_export(register, "nowak", channel, fmt)
    result = export_query(register, "nowak", channel, fmt, tmp_path / "list.out")
    assert (preview.will_write, preview.dropped) == (result.written, result.dropped) == (1, result.dropped)
    # One order for every list: the oldest client keeps the address, whatever the format or channel.
    assert [(d.client_id, d.reason) for d in result.dropped] == [(anna, "duplicate")]
    assert "Zofia Nowak" in result.dropped[0].text


def test_selected_ids_of_a_query_follow_the_one_export_order(register):
    ids = _add(register, *FAMILY)
    with register.session() as session:
        assert source.selected_ids(session.connection(), source.Selection("nowak")) == ids


def test_a_table_without_a_channel_is_in_name_order(register, tmp_path):
    """Nothing is merged in a table without a channel: it reads in the window's order, by name."""
    _add(register, {"first_name": "Zofia", "last_name": "Zielińska"}, {"first_name": "Adam", "last_name": "Bąk"},
         {"first_name": "Ewa", "last_name": "Łęcka"})
    export_query(register, "", None, "csv", tmp_path / "all.csv")
    with open(tmp_path / "all.csv", newline="", encoding="utf-8") as handle:
        assert [r["first_name"] for r in csv.DictReader(handle)] == ["Adam", "Ewa", "Zofia"]


@pytest.mark.parametrize(("fmt", "channel"), [("mailchimp", "email"), ("sms", "sms")])
def test_list_fast_paths_check_consent_in_python_too(register, tmp_path, monkeypatch, fmt, channel):
    """If the SQL mirror of the consent rule ever lets an opted-out client through, Python still drops them."""
    base = {"email": "o@example.pl", "phone": "601 234 567", "consent_email": "granted", "consent_sms": "granted",
            "consent_email_date": "2024-01-01", "consent_sms_date": "2024-01-01"}
    out, unknown = _add(register, {"first_name": "Out", **base},
                        {"first_name": "Unknown", "email": "u@example.pl", "phone": "601 234 568"})
    with register.unit_of_work("edit") as session:
        records.update_client(session, out, {"consent_email_optout": "2025-01-05", "consent_sms_optout": "2025-01-05"})
    monkeypatch.setattr(source, "surely_dropped", lambda channel, policy: sqlalchemy.false())
    result = export_query(register, "", channel, fmt, tmp_path / "list.csv")
    assert result.written == 0
    assert sorted((d.client_id, d.reason) for d in result.dropped) == [(out, "opted_out"), (unknown, "no_consent")]
    assert "o@example.pl" not in (tmp_path / "list.csv").read_text() and "48601234567" not in (
        tmp_path / "list.csv").read_text()
