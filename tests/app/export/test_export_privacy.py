"""Right of access (everything about one client) and erasure everywhere, change log and index included."""

from __future__ import annotations

import json
import os
import stat

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from app import query, records
from app.export.privacy import erase_client, export_client
from models import tables as t
from storage.errors import NotFound, UserError


@pytest.fixture
def two_clients(register):
    with register.unit_of_work("add") as session:
        anna = records.create_client(session, {
            "first_name": "Anna", "last_name": "Wiśniewska", "email": ["anna@example.pl", "a.w@praca.pl"],
            "phone": "601 234 567", "city": "Kraków", "consent_email": "granted", "consent_sms": "withdrawn",
            "consent_email_source": "form", "tags": "vip", "custom.karta": "K-17", "notes": "lubi róże",
        }).id
        other = records.create_client(session, {"first_name": "Jan", "last_name": "Nowak", "city": "Kraków"}).id
        records.add_purchase(session, anna, "120.50", "2026-01-15", "bukiet")
        records.add_interaction(session, anna, "zapytała o tulipany", "2026-01-10", "phone")
    with register.unit_of_work("edit") as session:
        records.update_client(session, anna, {"city": "Warszawa"})
        session.add(t.NotDuplicate(low_id=anna, high_id=other))
    return register, anna, other


def test_json_export_holds_everything(two_clients, tmp_path):
    reg, anna, _ = two_clients
    path = export_client(reg, anna, tmp_path / "anna.json")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["last_name"] == "Wiśniewska" and data["city"] == "Warszawa"
    assert [e["value"] for e in data["emails"]] == ["anna@example.pl", "a.w@praca.pl"]
    assert data["phones"][0]["value"] == "+48601234567"
    assert data["purchases"][0]["amount"] == 120.5 and data["interactions"][0]["channel"] == "phone"
    assert data["consent"]["email"]["state"] == "granted" and data["consent"]["email"]["source"] == "form"
    assert data["consent"]["sms"]["optout"]
    assert data["custom"] == {"karta": "K-17"}
    assert any(h["field"] == "city" and h["new"] == "Warszawa" for h in data["history"])


def test_xlsx_export_is_readable(two_clients, tmp_path):
    reg, anna, _ = two_clients
    path = export_client(reg, anna, tmp_path / "anna.xlsx")
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == ["Client", "Phones", "Emails", "Purchases", "Interactions", "Dates", "Consent",
                                "History"]
    fields = dict(book.get_sheet_by_name("Client").to_python()[1:])
    assert fields["last_name"] == "Wiśniewska" and fields["custom.karta"] == "K-17"
    consent = book.get_sheet_by_name("Consent").to_python()
    assert consent[1][:2] == ["email", "granted"]
    assert book.get_sheet_by_name("Purchases").to_python()[1][1] == 120.5


def test_export_client_refuses_other_suffixes_and_unknown_ids(two_clients, tmp_path):
    reg, anna, _ = two_clients
    with pytest.raises(UserError, match=".json or .xlsx"):
        export_client(reg, anna, tmp_path / "anna.txt")
    with pytest.raises(NotFound):
        export_client(reg, 999, tmp_path / "x.json")


def _traces(reg, client_id):
    with reg.session() as session:
        counts = {
            model.__tablename__: session.execute(
                select(func.count()).select_from(model).where(model.client_id == client_id)).scalar_one()
            for model in (t.Phone, t.Email, t.Tag, t.Purchase, t.Interaction, t.ClientDate, t.CustomValue,
                          t.ChangeLog)
        }
        counts["clients"] = session.execute(select(func.count()).where(t.Client.id == client_id)).scalar_one()
        counts["not_duplicates"] = session.execute(select(func.count()).select_from(t.NotDuplicate).where(
            (t.NotDuplicate.low_id == client_id) | (t.NotDuplicate.high_id == client_id))).scalar_one()
        counts["search"] = len(query.search_ids(session, "Wiśniewska", limit=None))
    return counts


def test_erase_removes_the_client_everywhere(two_clients):
    reg, anna, other = two_clients
    result = erase_client(reg, anna)
    counts = _traces(reg, anna)
    assert set(counts.values()) == {0}, counts
    assert result.rows_removed > 5
    assert "versions" in result.notice and "retention" in result.notice
    with reg.session() as session:
        assert session.get(t.Client, other) is not None
        erase_logs = session.scalars(select(t.ChangeLog).where(t.ChangeLog.field == "erase")).all()
        assert [json.loads(e.new) for e in erase_logs] == [{"erased_client": anna}]
        assert erase_logs[0].client_id is None
        assert "Wiśniewska" not in json.dumps([
            [log.old, log.new] for log in session.scalars(select(t.ChangeLog)).all()], ensure_ascii=False)


def _index_bytes(reg) -> bytes:
    with reg.session() as session:
        rows = session.connection().exec_driver_sql("SELECT block FROM client_fts_data").all()
    return b"".join(bytes(row[0]) for row in rows if row[0])


def test_erase_leaves_no_term_of_the_client_in_the_search_index(register):
    """A contentless FTS5 delete only marks the row; the erase merges the index so the terms are gone."""
    with register.unit_of_work("add") as session:
        for i in range(30):
            records.create_client(session, {"first_name": f"Jan{i}", "last_name": "Nowak"})
        odd = records.create_client(session, {"first_name": "Anna", "notes": "zqxjv wqxjv"}).id
    assert b"xjv" in _index_bytes(register)
    erase_client(register, odd)
    assert b"xjv" not in _index_bytes(register)
    with register.session() as session:
        assert len(query.search_ids(session, "Nowak", limit=None)) == 30


def test_erase_of_a_deleted_client_clears_its_history(two_clients):
    reg, anna, _ = two_clients
    with reg.unit_of_work("delete") as session:
        records.delete_client(session, anna)
    erase_client(reg, anna)
    counts = _traces(reg, anna)
    assert counts["change_log"] == 0


def test_erase_unknown_id(register):
    with pytest.raises(NotFound):
        erase_client(register, 4242)
