"""The export use case on a real (encrypted) register: consent, dropped list, change log, cancel."""

from __future__ import annotations

import csv
import json
import os
import stat
import threading

import pytest
import vobject
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from app import records
from app.export.usecase import WIDE_POLICY_WARNING, export_query, preview_export
from models import tables as t
from storage.errors import Cancelled, UserError

PEOPLE = [
    {"first_name": "Anna", "last_name": "Nowak", "gender": "female", "district": "Mokotów", "city": "Warszawa",
     "email": "anna@example.pl", "phone": "601 234 567", "consent_email": "granted", "consent_sms": "granted",
     "tags": "vip", "birth_date": "1990-07-04", "street": "Puławska 1", "postcode": "02-515"},
    {"first_name": "Ewa", "last_name": "Opt", "gender": "female", "district": "Mokotów", "city": "Warszawa",
     "email": "ewa@example.pl", "consent_email": "withdrawn"},
    {"first_name": "Maria", "last_name": "Bez", "gender": "female", "district": "Mokotów", "city": "Warszawa",
     "email": "maria@example.pl"},
    {"first_name": "Zofia", "last_name": "Zła", "gender": "female", "district": "Mokotów", "city": "Warszawa",
     "email": "zofia@@example", "consent_email": "granted"},
    {"first_name": "Jan", "last_name": "Kowalski", "gender": "male", "district": "Wola", "city": "Warszawa",
     "email": "jan@example.pl", "consent_email": "granted", "notes": "=HYPERLINK(\"http://x\")"},
    {"first_name": "Kasia", "last_name": "Dubel", "gender": "female", "district": "Mokotów", "city": "Warszawa",
     "email": "ANNA@example.pl", "consent_email": "granted"},
]


@pytest.fixture
def filled(register):
    with register.unit_of_work("add") as session:
        ids = [records.create_client(session, person).id for person in PEOPLE]
    return register, ids


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def export_entries(reg):
    with reg.session() as session:
        rows = session.scalars(select(t.ChangeLog).where(t.ChangeLog.field == "export")).all()
        return [(row.client_id, row.source, json.loads(row.new)) for row in rows]


def test_email_list_of_a_query_respects_consent(filled, tmp_path):
    reg, ids = filled
    target = tmp_path / "mokotow.csv"
    result = export_query(reg, "gender:female district:Mokotów", "email", "mailchimp", target)
    rows = read_csv(target)
    assert [r["Email Address"] for r in rows] == ["anna@example.pl"]
    assert rows[0]["Birthday"] == "07/04" and rows[0]["Phone Number"] == "+48601234567"
    reasons = {d.name: d.reason for d in result.dropped}
    assert reasons == {"Ewa Opt": "opted_out", "Maria Bez": "no_consent", "Zofia Zła": "invalid_email",
                       "Kasia Dubel": "duplicate"}
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    side = read_csv(result.side_file)
    assert {r["name"]: r["reason"] for r in side} == reasons
    assert stat.S_IMODE(os.stat(result.side_file).st_mode) == 0o600


def test_export_is_logged_without_personal_data(filled, tmp_path):
    reg, _ = filled
    export_query(reg, "district:Mokotów", "email", "csv", tmp_path / "x.csv")
    export_query(reg, [1, 2], None, "vcard", tmp_path / "x.vcf")
    entries = export_entries(reg)
    assert entries[0] == (None, "export", {"query": "district:Mokotów", "channel": "email", "format": "csv",
                                           "preset": "standard", "policy": "granted", "count": 1, "dropped": 4})
    assert entries[1][2]["query"] == "selection of 2 clients" and entries[1][2]["count"] == 2
    assert "tmp" not in json.dumps(entries)  # no file path either


def test_wider_policy_includes_unknown_consent_but_never_opt_outs(filled, tmp_path):
    reg, _ = filled
    preview = preview_export(reg, "district:Mokotów", "email", "csv", policy="not-withdrawn")
    assert preview.warnings == [WIDE_POLICY_WARNING]
    assert preview.selected == 5 and preview.will_write == 2
    assert preview.reasons() == {"opted_out": 1, "invalid_email": 1, "duplicate": 1}
    result = export_query(reg, "district:Mokotów", "email", "csv", tmp_path / "x.csv", policy="not-withdrawn")
    emails = [r["email"] for r in read_csv(tmp_path / "x.csv")]
    assert sorted(emails) == ["anna@example.pl", "maria@example.pl"]
    assert "ewa@example.pl" not in (tmp_path / "x.csv").read_text()
    assert result.written == 2


def test_register_setting_decides_the_default_policy(filled, tmp_path):
    reg, _ = filled
    with reg.unit_of_work("edit") as session:
        session.get(t.Setting, "consent_policy").value = json.dumps("not-withdrawn")
    assert preview_export(reg, "district:Mokotów", "email", "csv").policy == "not-withdrawn"


def test_selection_keeps_its_order_and_full_table_has_all_fields(filled, tmp_path):
    reg, ids = filled
    target = tmp_path / "sel.csv"
    export_query(reg, [ids[4], ids[0]], None, "csv", target)
    rows = read_csv(target)
    assert [r["last_name"] for r in rows] == ["Kowalski", "Nowak"]
    assert rows[0]["notes"] == "'=HYPERLINK(\"http://x\")"  # neutralised
    assert rows[1]["phone"] == "+48601234567" and rows[1]["postcode"] == "02-515"
    assert rows[1]["birth_date"] == "1990-07-04" and rows[1]["tags"] == "vip"
    assert rows[1]["consent_email"] == "granted" and rows[1]["consent_email_date"]


def test_xlsx_and_vcard_from_the_register(filled, tmp_path):
    reg, ids = filled
    export_query(reg, "", None, "xlsx", tmp_path / "all.xlsx")
    header, *rows = CalamineWorkbook.from_path(str(tmp_path / "all.xlsx")).get_sheet_by_index(0).to_python()
    assert len(rows) == len(PEOPLE)
    assert header[:4] == ["id", "kind", "first_name", "last_name"]
    export_query(reg, "", "sms", "vcard", tmp_path / "sms.vcf")
    cards = list(vobject.readComponents((tmp_path / "sms.vcf").read_text(encoding="utf-8")))
    assert [c.fn.value for c in cards] == ["Anna Nowak"]
    assert cards[0].tel.value == "tel:+48601234567" and cards[0].bday.value == "19900704"


def test_cancel_leaves_no_file_and_no_log(filled, tmp_path):
    reg, _ = filled
    flag = threading.Event()
    flag.set()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_query(reg, "", "email", "csv", out / "x.csv", cancel=flag)
    assert os.listdir(out) == []
    assert export_entries(reg) == []


def test_progress_reports_done_and_total(filled, tmp_path):
    reg, _ = filled
    seen = []
    export_query(reg, "", None, "csv", tmp_path / "x.csv", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)


def test_bad_requests_are_user_errors(filled, tmp_path):
    reg, _ = filled
    with pytest.raises(UserError, match="list for sms"):
        export_query(reg, "", "email", "sms", tmp_path / "x.csv")
    with pytest.raises(UserError, match="preset"):
        export_query(reg, "", None, "csv", tmp_path / "x.csv", preset="lotus")
    with pytest.raises(UserError, match="does not exist"):
        export_query(reg, "", None, "csv", tmp_path / "missing" / "x.csv")


MIXED = [
    {"first_name": "A", "email": ["zły@", "dobry@example.pl"], "consent_email": "granted",
     "phone": ["22 123 45 67", "601 234 568"], "consent_sms": "granted", "street": "X 1", "city": "Y",
     "consent_post": "granted"},
    {"first_name": "B", "phone": "22 123 45 67", "consent_sms": "granted", "consent_email": "granted"},
    {"first_name": "C", "phone": "12", "consent_sms": "granted", "consent_post": "granted", "street": "X 1"},
    {"first_name": "D", "email": "d@example.pl", "consent_email": "unknown", "consent_sms": "withdrawn",
     "phone": "601 234 569", "street": "x  1", "city": "y", "consent_post": "unknown"},
    {"company": "E sp. z o.o.", "kind": "company", "email": "DOBRY@example.pl", "consent_email": "granted"},
]


def test_lean_list_reading_judges_like_the_full_record(register):
    """Mailing lists read a narrow record (and decide consent in SQL first): same verdicts as the full one."""
    from app.export.pipeline import preview_records
    from app.export.source import Selection, iter_records, selected_ids

    with register.unit_of_work("add") as session:
        for person in MIXED + PEOPLE:
            records.create_client(session, person)
    for channel in ("email", "sms", "phone", "post"):
        for policy in ("granted", "not-withdrawn"):
            lean = preview_export(register, "", channel, "sms" if channel == "sms" else "csv", policy=policy)
            with register.session() as session:
                conn = session.connection()
                full = preview_records(iter_records(conn, selected_ids(conn, Selection())), "csv",
                                       channel=channel, policy=policy)
            assert lean.will_write == full.written, (channel, policy)
            assert lean.dropped == full.dropped, (channel, policy)
            assert lean.dropped  # every combination drops someone


def test_fast_email_list_matches_the_general_path(register, tmp_path):
    """The Mailchimp fast path (tuples, no record) writes the same file and drops the same clients."""
    from app.export.pipeline import export_records
    from app.export.source import Selection, iter_records, selected_ids

    with register.unit_of_work("add") as session:
        for person in MIXED + PEOPLE:
            records.create_client(session, person)
        records.create_client(session, {"first_name": "F", "email": "f@example.pl", "phone": "12",
                                        "consent_email": "granted", "birth_date": "1980-02-29", "tags": "a, b"})
    for policy in ("granted", "not-withdrawn"):
        fast = export_query(register, "", None, "mailchimp", tmp_path / f"fast-{policy}.csv", policy=policy)
        with register.session() as session:
            conn = session.connection()
            ids = sorted(selected_ids(conn, Selection()))  # a query's email list goes in id order
            general = export_records(iter_records(conn, ids), "mailchimp", tmp_path / f"general-{policy}.csv",
                                     policy=policy)
        by_id = lambda d: d.client_id  # noqa: E731
        assert sorted(fast.dropped, key=by_id) == sorted(general.dropped, key=by_id)
        fast_rows = read_csv(tmp_path / f"fast-{policy}.csv")
        assert fast_rows == read_csv(tmp_path / f"general-{policy}.csv")
        assert fast.written == general.written == len(fast_rows) > 1
        selection = export_query(register, list(reversed(ids)), None, "mailchimp", tmp_path / "sel.csv",
                                 policy=policy)
        with register.session() as session:
            general = export_records(iter_records(session.connection(), list(reversed(ids))), "mailchimp",
                                     tmp_path / "sel-general.csv", policy=policy)
        assert selection.dropped == general.dropped
        assert read_csv(tmp_path / "sel.csv") == read_csv(tmp_path / "sel-general.csv")
