"""Readers: format by content, refusals with a reason before parsing, encodings, delimiters, trimming."""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from importers.errors import ImportRefused
from importers.readers import Limits, column_index, column_letter, decode_text, open_workbook, sniff_delimiter


def _xlsx(path: Path, rows: list[list[object]], **cells: object) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Klienci")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    for ref, value in cells.items():
        ws.write(ref, value)
    wb.close()
    return path


@pytest.mark.parametrize("text,encoding", [
    ("Imię;Nazwisko;Miejscowość\nŁukasz;Żółć;Łódź\nJan;Kowalski;Kraków\n", "cp1250"),
    ("Имя;Фамилия;Телефон\nСемён;Ёлкин;+7 916 123 45 67\nИван;Петров;\n", "cp1251"),
    ("Ім'я;Прізвище\nЮрій;Ґалаґан\nОлена;Їжакевич\n", "cp1251"),
    ("name,city\nRené,Besançon\nJürgen,Köln\n", "cp1252"),
    ("id,name\n1,Λεωνίδας\n2,Αλέξανδρος\n", "iso8859_7"),
])
def test_legacy_code_pages_are_detected(text: str, encoding: str) -> None:
    decoded, _ = decode_text(text.encode(encoding))
    assert decoded == text


@pytest.mark.parametrize("encoded", [
    codecs.BOM_UTF8 + "Imię,Telefon\nŁucja,601\n".encode(),
    "Imię,Telefon\nŁucja,601\n".encode("utf-16"),
    "Imię,Telefon\nŁucja,601\n".encode("utf-16-le"),
    "Imię,Telefon\nŁucja,601\n".encode(),
])
def test_unicode_with_and_without_bom(encoded: bytes) -> None:
    assert decode_text(encoded)[0].lstrip("\ufeff") == "Imię,Telefon\nŁucja,601\n"


@pytest.mark.parametrize("text,delimiter", [
    ("a;b;c\n1;2;3\n", ";"), ("a,b,c\n1,2,3\n", ","), ("a\tb\n1\t2\n", "\t"), ("a|b\n1|2\n", "|"),
    ('name;note\n"Kowalski, Jan";"x, y"\n', ";"), ("value\n01\n", ","),
])
def test_delimiter_is_sniffed(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_csv_keeps_leading_zeros_and_text(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_bytes("Kod;Telefon\n02-134;0048601234567\n".encode("cp1250"))
    rows = open_workbook(path).read_sheet().rows
    assert rows == [["Kod", "Telefon"], ["02-134", "0048601234567"]]


def test_refusals_name_the_file_and_the_reason(tmp_path: Path) -> None:
    cases = {
        "empty.xlsx": (b"", "empty"),
        "broken.xlsx": (b"PK\x03\x04" + b"\x00" * 40, "damaged"),
        "photo.xlsx": (b"\x89PNG\r\n\x1a\n" + b"\x00\x01" * 100, "not-a-spreadsheet"),
        "page.xls": (b"<!DOCTYPE html><html><table><tr><td>1</td></tr></table></html>", "not-a-spreadsheet"),
        "contacts.ldif": (b"dn: cn=Jan\ncn: Jan\n", "unsupported"),
        "contacts.vcf": (b"name;phone\nJan;601234567\n", "not-a-spreadsheet"),
        "blank.vcf": (b"\r\n\r\n", "empty"),
        "blank.csv": (b"\n\n  \n", "empty"),
    }
    for name, (data, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ImportRefused) as refused:
            open_workbook(path).read_sheet()
        assert refused.value.reason == reason, name
        assert str(refused.value).startswith(name)
    with pytest.raises(ImportRefused) as refused:
        open_workbook(tmp_path / "missing.xlsx")
    assert refused.value.reason == "not-found"


def test_truncated_xlsx_is_damaged(tmp_path: Path) -> None:
    good = _xlsx(tmp_path / "good.xlsx", [["Imię", "Telefon"], ["Jan", "601234567"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ImportRefused) as refused:
        open_workbook(cut).read_sheet()
    assert refused.value.reason == "damaged"


def test_size_limits_are_checked_before_parsing(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "big.xlsx", [["a", "b"], *[[i, i] for i in range(200)]])
    with pytest.raises(ImportRefused) as refused:
        open_workbook(path, limits=Limits(max_file_bytes=100))
    assert refused.value.reason == "too-large"
    with pytest.raises(ImportRefused) as refused:
        open_workbook(path, limits=Limits(max_uncompressed_bytes=1000))
    assert refused.value.reason == "too-large"
    with pytest.raises(ImportRefused) as refused:
        open_workbook(path, limits=Limits(max_cells=100)).read_sheet()
    assert refused.value.reason == "too-large"


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "spreadsheetml.sheet.main+xml")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b" " * (40 * 2**20))
    with pytest.raises(ImportRefused) as refused:
        open_workbook(path)
    assert refused.value.reason == "too-large"


def test_trailing_empty_rows_and_columns_are_trimmed(tmp_path: Path) -> None:
    wb = xlsxwriter.Workbook(str(tmp_path / "t.xlsx"))
    ws = wb.add_worksheet()
    fmt = wb.add_format({"bold": True})
    ws.write_row(0, 0, ["Imię", "Telefon"])
    ws.write_row(1, 0, ["Jan", "601234567"])
    ws.write_blank(50_000, 20, None, fmt)  # a formatted cell far away, as Excel leaves them
    wb.close()
    rows = open_workbook(tmp_path / "t.xlsx").read_sheet().rows
    assert rows == [["Imię", "Telefon"], ["Jan", "601234567"]]


def test_cells_keep_their_sheet_positions(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "p.xlsx", [], C4="Imię", D4="Telefon", C5="Jan", D5=601234567)
    rows = open_workbook(path).read_sheet().rows
    assert rows[3][2:] == ["Imię", "Telefon"]
    assert rows[4][2:] == ["Jan", 601234567.0]


def test_xlsx_errors_and_dates(tmp_path: Path) -> None:
    wb = xlsxwriter.Workbook(str(tmp_path / "e.xlsx"))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["Imię", "Urodzony", "Telefon"])
    ws.write(1, 0, "Jan")
    ws.write_datetime(1, 1, dt.datetime(1980, 5, 17), wb.add_format({"num_format": "dd.mm.yyyy"}))
    ws.write_formula(1, 2, "=NA()", None, "#N/A")
    wb.close()
    sheet = open_workbook(tmp_path / "e.xlsx").read_sheet()
    assert sheet.rows[1][1] in (dt.date(1980, 5, 17), dt.datetime(1980, 5, 17))
    assert sheet.errors == {(1, 2): "#N/A"}


def test_preview_reads_only_the_first_rows(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "p.xlsx", [["a"], *[[i] for i in range(500)]])
    sheet = open_workbook(path).read_sheet(max_rows=50)
    assert len(sheet.rows) == 50 and not sheet.complete


def test_column_letters_round_trip() -> None:
    for i in (0, 1, 25, 26, 27, 51, 52, 701, 702, 16383):
        assert column_index(column_letter(i)) == i
    assert column_letter(0) == "A" and column_letter(26) == "AA" and column_letter(16383) == "XFD"


def test_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "s.xlsx", [["a"]])
    with pytest.raises(ImportRefused) as refused:
        open_workbook(path).read_sheet("Nope")
    assert "Klienci" in str(refused.value)


def test_streamed_preview_matches_calamine(corpus, monkeypatch) -> None:
    """The wizard's fast preview of big xlsx sheets reads the same cells as calamine does."""
    import importers.readers as readers

    checked = 0
    for path in sorted(corpus.rglob("*.xlsx")):
        try:
            wb = open_workbook(path)
        except ImportRefused:
            continue
        with wb:
            for info in (s for s in wb.sheets if s.is_worksheet):
                full = wb.read_sheet(info.index).rows[:40]
                monkeypatch.setattr(readers, "PREVIEW_STREAM_BYTES", 0)
                head = wb.read_sheet(info.index, max_rows=40)
                monkeypatch.setattr(readers, "PREVIEW_STREAM_BYTES", 4 * 2**20)
                assert _comparable(head.rows) == _comparable(full), f"{path.name} [{info.name}]"
                checked += 1
    assert checked > 20


def _comparable(rows):
    out = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, dt.datetime):
                v = v.replace(microsecond=0)
                v = v.date() if v.time() == dt.time() else v
            if isinstance(v, float):
                v = round(v, 9)
            if isinstance(v, dt.time | dt.timedelta):
                v = "time"
            cells.append(v)
        while cells and cells[-1] in ("", None):
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out
