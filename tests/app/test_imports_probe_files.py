"""Whole imports of owners' file shapes: a cover sheet before the list, a sheet of Ukrainian phones in a
Polish register, a totals row under the list (rejected, not a client; the import can be undone)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from app.imports import ImportJob, run_import, undo_import
from models import tables as t


def _xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_a_cover_sheet_before_the_list_is_skipped_and_said(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "klienci.xlsx", {
        "Instrukcja": [["Jak korzystać z tego pliku"], ["Wpisuj klientów w arkuszu Klienci."]],
        "Klienci": [["Imię", "Nazwisko", "Telefon"], ["Adam", "Mickiewicz", "601 222 333"]],
    })
    with ImportJob.open(path) as job:
        assert job.sheet_info.name == "Klienci"
        assert any("'Instrukcja'" in w and "'Klienci'" in w for w in job.warnings)
        job.select_sheet("Instrukcja")  # the user's choice stands, without the warning
        assert job.sheet_info.name == "Instrukcja" and not job.warnings


def test_a_first_sheet_with_a_list_stays_chosen(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "k.xlsx", {
        "Klienci": [["Imię", "Nazwisko", "Telefon"], ["Adam", "Mickiewicz", "601 222 333"]],
        "Archiwum": [["Imię", "Nazwisko", "Telefon"], ["Jan", "Nowak", "601 222 334"]],
    })
    with ImportJob.open(path) as job:
        assert job.sheet_info.name == "Klienci" and not job.warnings


def test_ukrainian_phones_in_a_polish_register_and_a_totals_row(register, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "клієнти.xlsx", {"Клієнти": [
        ["Прізвище", "Ім'я", "Телефон"],
        ["Шевченко", "Тарас", "+380 67 123 4567"],
        ["Коваленко", "Олена", "067-123-45-68"],
        ["Разом: 2", "", ""],
    ]})
    result = run_import(register, path)
    assert result.created == 2 and result.skipped == 1
    assert any("UA" in w and "+380" in w for w in result.warnings)
    [total] = [p for p in result.errors if p.severity == "error"]
    assert total.row == 4 and "totals row" in total.reason
    assert result.rejected_file and Path(result.rejected_file).exists()
    with register.session() as session:
        phones = sorted(session.execute(select(t.Phone.value)).scalars())
    assert phones == ["+380671234567", "+380671234568"]
    undo_import(register, result.batch)
    with register.session() as session:
        assert session.execute(select(func.count(t.Client.id))).scalar() == 0


def test_a_sheet_with_only_a_header_says_it_has_no_data_rows(register, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "pusta.xlsx", {"Klienci": [["Imię", "Nazwisko", "Telefon", "E-mail"]]})
    csv = tmp_path / "pusta.csv"
    csv.write_text("Imię;Nazwisko;Telefon;E-mail\n", encoding="utf-8")
    for source in (path, csv):
        result = run_import(register, source, dry_run=True)
        assert result.created == 0
        [warning] = [w for w in result.warnings if w.startswith("Nothing to import")]
        assert source.name in warning and "header (row 1) but no data rows" in warning


def test_rows_with_nothing_in_a_mapped_column_are_said_too(register, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "k.xlsx", {"Klienci": [["Imię", "Telefon"], ["Jan", "601 234 567"]]})
    result = run_import(register, path, overrides=["A=ignore", "B=ignore"], dry_run=True)
    [warning] = [w for w in result.warnings if w.startswith("Nothing to import")]
    assert "none of its 1 rows" in warning and "Map at least" in warning


def test_a_first_sheet_that_is_a_list_without_a_header_is_not_passed_over(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "salon.xlsx", {
        "Klienci": [["Anna Nowak", "601 222 333", "anna@example.pl"], ["Jan Kowalski", "601 222 334", "jan@example.pl"],
                    ["Ewa Lis", "601 222 335", "ewa@example.pl"]],
        "Pracownicy": [["Imię", "Telefon"], ["Kasia", "601 999 000"]],
    })
    with ImportJob.open(path) as job:
        assert job.sheet_info.name == "Klienci" and not job.warnings
