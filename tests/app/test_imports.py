"""Import use cases: plan, apply as one save, re-import without duplicates, undo restores exactly,
rejected rows written beside the source, and the import / imports commands."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

import pytest
import xlsxwriter
from sqlalchemy import func, select

from app import records
from app.cli import main
from app.imports import ImportJob, list_imports, run_import, undo_import
from importers.errors import ImportRefused
from importers.readers import open_workbook
from models import tables as t
from storage.errors import Cancelled, UserError
from tests.conftest import PASSWORD

HEADER = ["Lp.", "ФИО", "Телефон", "E-mail", "Город", "Дата рождения", "Karta"]


def _book(path: Path, rows: list[list[object]], *, title: bool = True) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Клиенты")
    date_fmt = wb.add_format({"num_format": "dd.mm.yyyy"})
    start = 0
    if title:
        ws.write(0, 0, "Клиенты магазина")
        start = 2
    ws.write_row(start, 0, HEADER)
    for r, row in enumerate(rows, start=start + 1):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_fmt)
            elif value is not None:
                ws.write(r, c, value)
    wb.close()
    return path


ROWS = [
    [1, "Иванов Иван Иванович", 79161234567.0, "ivan@example.ru", "Москва", dt.date(1980, 5, 17), "0001"],
    [2, "Jan Kowalski", "+48 601 234 567", "jan@example.pl; jan.k@example.pl", "Kraków", "17.05.1975", "0002"],
    [3, "Kowalska Anna", "601 234 568", "", "Kraków", "", "0003"],
    [4, "", "", "", "Łódź", "", ""],  # nothing identifies a client: a problem row
    [5, "Jan Kowalski", "", "jan@example.pl", "Kraków", "", ""],  # repeats row 2 by e-mail
]


def _all_clients(reg) -> list[dict]:
    with reg.session() as session:
        ids = session.execute(select(t.Client.id).order_by(t.Client.id)).scalars().all()
        out = []
        for cid in ids:
            d = records.client_to_dict(session, cid, history=False)
            d.pop("history", None)
            out.append(d)
        return out


def test_import_creates_clients_and_reports(register, tmp_path: Path) -> None:
    source = _book(tmp_path / "klienci.xlsx", ROWS)
    result = run_import(register, source)
    assert (result.created, result.updated, result.skipped) == (3, 0, 2)
    doc = result.as_json()
    assert set(doc) >= {"created", "updated", "skipped", "errors", "batch"}
    row_error = next(e for e in doc["errors"] if e["severity"] == "error")
    assert (row_error["sheet"], row_error["row"], row_error["column"]) == ("Клиенты", 7, "")
    clients = _all_clients(register)
    ivan = next(c for c in clients if c["last_name"] == "Иванов")
    assert (ivan["first_name"], ivan["middle_name"]) == ("Иван", "Иванович")
    assert ivan["phones"][0]["value"] == "+79161234567" and ivan["birth_date"] == "1980-05-17"
    assert ivan["custom"] == {"karta": "0001"}
    jan = next(c for c in clients if c["last_name"] == "Kowalski")
    assert [e["value"] for e in jan["emails"]] == ["jan@example.pl", "jan.k@example.pl"]
    assert jan["phones"][0]["value"] == "+48601234567"
    with register.session() as session:
        batch = session.get(t.ImportBatch, result.batch)
        assert (batch.created, batch.file_name) == (3, "klienci.xlsx")
        sources = set(session.execute(select(t.ChangeLog.source).where(t.ChangeLog.batch_id == batch.id)).scalars())
        assert sources == {f"import:{batch.id}"}
    assert _search(register, "иванов") == [ivan["id"]]


def _search(reg, text: str) -> list[int]:
    from app.query import search_ids

    with reg.session() as session:
        return list(search_ids(session, text))


def test_rejected_rows_go_beside_the_source_with_the_reason(register, tmp_path: Path) -> None:
    source = _book(tmp_path / "klienci.xlsx", ROWS)
    result = run_import(register, source)
    rejected = Path(result.rejected_file)
    assert rejected == tmp_path / "klienci.rejected.xlsx"
    sheet = open_workbook(rejected).read_sheet()
    assert sheet.rows[0] == [*HEADER, "Row", "Reason"]
    reasons = {int(r[len(HEADER)]): r[len(HEADER) + 1] for r in sheet.rows[1:]}
    assert set(reasons) == {7, 8}
    assert "nothing identifies a client" in reasons[7] and "repeats row 5" in reasons[8]
    # The file imports again with the same mapping; the row number and reason are not client data.
    job = ImportJob.open(rejected)
    try:
        assert [m.target for m in job.mapping][:5] == ["ignore", "full_name", "phone", "email", "city"]
        assert [m.target for m in job.mapping][-2:] == ["ignore", "ignore"]
    finally:
        job.close()


def test_reimport_creates_no_duplicates(register, tmp_path: Path) -> None:
    source = _book(tmp_path / "klienci.xlsx", ROWS)
    run_import(register, source)
    before = _all_clients(register)
    again = run_import(register, source)
    assert again.created == 0 and again.counts["same"] == 4  # row 8 repeats row 5, now in the register
    assert _all_clients(register) == before


def test_update_then_undo_restores_the_register_exactly(register, tmp_path: Path) -> None:
    with register.unit_of_work("add") as session:
        records.create_client(session, {"first_name": "Jan", "last_name": "Kowalski", "phone": "+48601234567",
                                        "city": "Warszawa", "tags": "stały", "custom.karta": "9"})
    before = _all_clients(register)
    result = run_import(register, _book(tmp_path / "k.xlsx", ROWS), duplicates="update")
    assert result.updated == 1 and result.created == 2
    jan = next(c for c in _all_clients(register) if c["last_name"] == "Kowalski")
    assert jan["city"] == "Kraków" and "jan@example.pl" in [e["value"] for e in jan["emails"]]
    undo = undo_import(register, result.batch)
    assert undo == {"batch": result.batch, "deleted": 2, "reverted": 1}
    assert _all_clients(register) == before
    with pytest.raises(UserError, match="already undone"):
        undo_import(register, result.batch)
    assert list_imports(register)[0]["undone"] is not None


def test_undo_spares_a_later_client_that_reuses_a_deleted_clients_id(register, tmp_path: Path) -> None:
    """Ids are the highest plus one: after the import's last client is deleted, the next client added
    gets its id. Undoing the import must not delete that client."""
    result = run_import(register, _book(tmp_path / "k.xlsx", ROWS))
    with register.session() as session:
        last = session.scalar(select(func.max(t.Client.id)))
    with register.unit_of_work("delete") as session:
        records.delete_client(session, last)
    with register.unit_of_work("add") as session:
        newcomer = records.create_client(session, {"first_name": "Zofia", "last_name": "Nowa"}).id
    assert newcomer == last
    undo = undo_import(register, result.batch)
    assert undo["deleted"] == result.created - 1
    assert [c["last_name"] for c in _all_clients(register)] == ["Nowa"]


def test_dry_run_writes_nothing(register, tmp_path: Path) -> None:
    result = run_import(register, _book(tmp_path / "k.xlsx", ROWS), dry_run=True)
    assert result.dry_run and result.created == 3 and result.batch is None
    with register.session() as session:
        assert session.execute(select(func.count()).select_from(t.Client)).scalar() == 0
    assert not (tmp_path / "k.rejected.xlsx").exists()


def test_wizard_steps_and_per_row_decisions(register, tmp_path: Path) -> None:
    source = _book(tmp_path / "k.xlsx", ROWS)
    with ImportJob.open(source) as job:
        assert [s.name for s in job.sheets] == ["Клиенты"]
        assert job.header.first_row == 2 and job.header.names == HEADER
        assert [p.row for p in job.preview(limit=2)] == [4, 5]
        job.set_mapping(["Karta=notes"])
        job.save_mapping(register)
        plan = job.plan(register)
        assert plan.counts()["duplicate-row"] == 1 and plan.counts()["problem"] == 1
        plan.decide("merge", rows=[8])
        with pytest.raises(UserError):
            plan.decide("update", rows=[4])
        result = job.apply(register, plan)
    assert (result.created, result.merged) == (3, 1)
    with ImportJob.open(source) as job:
        assert job.use_saved_mapping(register)
        assert job.mapping[6].target == "notes"


def test_progress_reports_each_phase(register, tmp_path: Path) -> None:
    reports: list[tuple[int, int, str]] = []
    run_import(register, _book(tmp_path / "k.xlsx", ROWS), progress=lambda *report: reports.append(report))
    phases = [phase for _, _, phase in reports]
    assert "parse" in phases and phases[-1] == "write"
    done, total, _ = reports[-1]
    assert done == total > 0  # the bar ends full: indexing now happens inside the write phase


def test_cancel_writes_nothing(register, tmp_path: Path) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        run_import(register, _book(tmp_path / "k.xlsx", ROWS), cancel=stop)
    assert list_imports(register) == []


def test_refusal_names_the_file(register, tmp_path: Path) -> None:
    bad = tmp_path / "zepsuty.xlsx"
    bad.write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(ImportRefused) as refused:
        run_import(register, bad)
    assert refused.value.reason == "damaged" and "zepsuty.xlsx" in str(refused.value)


def test_cli_import_list_and_undo(register_path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KARTOTEKA_PASSWORD", PASSWORD)
    source = _book(tmp_path / "k.xlsx", ROWS)
    base = ["--register", str(register_path)]
    assert main([*base, "import", str(source), "--format", "json", "--map", "G=custom.card"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["created"], doc["batch"]) == (3, 1)
    assert all({"sheet", "row", "column", "value", "reason"} <= set(e) for e in doc["errors"])
    assert main([*base, "imports", "list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["created"] == 3
    assert main([*base, "imports", "undo", "1"]) == 0
    assert "3 clients deleted" in capsys.readouterr().out
    assert main([*base, "import", str(tmp_path / "missing.xlsx")]) == 1
    assert "missing.xlsx" in capsys.readouterr().err
    (tmp_path / "zepsuty.xlsx").write_bytes(b"PK\x03\x04garbage")
    assert main([*base, "import", str(tmp_path / "zepsuty.xlsx"), "--format", "json"]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out) == {"file": "zepsuty.xlsx", "refused": "damaged", "message": out.err.strip().removeprefix("kartoteka: ")}


def test_forcing_a_row_without_identity_fails_and_writes_nothing(register, tmp_path: Path) -> None:
    with ImportJob.open(_book(tmp_path / "k.xlsx", ROWS)) as job:
        plan = job.plan(register)
        plan.decide("create", status="problem")
        with pytest.raises(UserError, match="Row 7"):
            job.apply(register, plan)
    assert list_imports(register) == []


def test_bulk_written_client_reads_like_one_created_by_app_records(register, tmp_path: Path) -> None:
    """The import's own bulk writer must store exactly what app.records.create_client stores."""
    path = tmp_path / "one.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["Imię", "Nazwisko", "Telefon", "E-mail", "Miasto", "Tagi", "Płeć", "Newsletter", "Karta",
                        "Data urodzenia", "Firma"])
    ws.write_row(1, 0, ["Anna", "Nowak", "601 234 567", "Anna@Example.PL", "Kraków", "vip, hurt", "K", "tak",
                        "0042", "17.05.1980", "Kwiaty"])
    wb.close()
    run_import(register, path)
    with register.unit_of_work("add") as session:
        session.info["today"] = dt.date.today()
        records.create_client(session, {
            "first_name": "Anna", "last_name": "Nowak", "phones": [{"original": "601 234 567"}],
            "email": "Anna@Example.PL", "city": "Kraków", "tags": ["vip", "hurt"], "gender": "female",
            "consent_email": "granted", "custom.karta": "0042", "birth_date": "1980-05-17", "company": "Kwiaty",
        })
    imported, manual = _all_clients(register)
    assert imported["consent"]["email"]["source"] == "import:1"  # where the consent came from
    for d in (imported, manual):
        for key in ("id", "created", "updated"):
            d.pop(key)
        d["consent"]["email"].pop("source")
    assert imported == manual
    # The derived columns the table sorts and filters on too (sort_name, birthday key, primary phone...).
    columns = [c for c in t.Client.__table__.columns if c.name not in ("id", "created", "updated",
                                                                       "consent_email_source")]
    with register.session() as session:
        rows = session.execute(select(*columns).order_by(t.Client.id)).all()
    assert rows[0] == rows[1] and rows[0].sort_name == "anna nowak"


def test_a_big_sheet_parsed_in_two_processes_equals_one_process(tmp_path: Path, monkeypatch) -> None:
    """Above PARALLEL_PARSE_AT rows a forked child parses the tail of the sheet; the rows, their order
    and their problems must be exactly those one process gives."""
    from app import imports, offload

    if not offload.available():
        pytest.skip("forking is not available here")
    rows = []
    for i in range(130):
        rows.append([i + 1, f"Иванова{i} Анна Петровна" if i % 7 else "", 79161234000.0 + i if i % 5 else "#N/A",
                     f"anna{i}@mail.ru" if i % 3 else "нет", "Москва" if i % 2 else "",
                     "03/04/2020" if i % 11 == 0 else f"{1 + i % 28:02d}.05.1980", f"{i:04d}"])
        if i % 17 == 0:
            rows.append([None] * 7)  # empty rows are dropped in either process
    source = _book(tmp_path / "big.xlsx", rows)
    with ImportJob.open(source) as job:
        sheet = job.full_sheet()
        one = job.parse_all(sheet)
        monkeypatch.setattr(imports, "PARALLEL_PARSE_AT", 10)
        forks: list[bool] = []
        real = offload.iterate
        monkeypatch.setattr(offload, "iterate", lambda produce, enabled=True: (forks.append(enabled),
                                                                              real(produce, enabled=enabled))[1])
        seen: list[tuple[int, int]] = []
        two = job.parse_all(sheet, progress=lambda done, total, phase: seen.append((done, total)))
    assert forks == [True]
    assert len(one) == 130 and any(r.problems for r in one)
    assert two == one
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_reimporting_our_export_with_update_does_not_pin_clients_to_the_automatic_segment(register, tmp_path):
    """An export says "potential" for a client the automatic rule has not moved yet; by the time it is
    imported again with --duplicates update, the client may have moved on. The file must not move the
    client back nor pin the segment; the other changed fields are applied."""
    with register.unit_of_work("add") as session:
        cid = records.create_client(session, {
            "first_name": "Anna", "email": "anna@wp.pl", "city": "Łódź",
            "purchases": [{"date": dt.date.today().isoformat(), "amount": 120} for _ in range(3)]}).id
    with register.session() as session:
        before = session.get(t.Client, cid)
        segment = before.segment
    assert segment != "potential"
    path = tmp_path / "export.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Clients")
    ws.write_row(0, 0, ["first_name", "email", "city", "segment"])
    ws.write_row(1, 0, ["Anna", "anna@wp.pl", "Kraków", "potential"])
    wb.close()
    result = run_import(register, path, duplicates="update")
    assert result.updated == 1
    with register.session() as session:
        after = session.get(t.Client, cid)
        assert (after.city, after.segment, after.segment_manual) == ("Kraków", segment, False)
