"""Writers: private files, atomic replace, cancel, CSV presets, xlsx cells, vCard escaping and folding."""

from __future__ import annotations

import csv
import datetime as dt
import os
import stat
import threading
import zipfile

import pytest
import vobject
from python_calamine import CalamineWorkbook

from app.export import formats
from app.export.csvfile import write_csv
from app.export.pipeline import export_records, preview_records
from app.export.vcard import escape_text, fold_line, write_vcard
from app.export.xlsxfile import column_letter, write_xlsx
from storage.errors import Cancelled, UserError


def read_csv(path, delimiter=",", encoding="utf-8"):
    with open(path, newline="", encoding=encoding) as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def read_xlsx(path):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_files_are_private_and_only_the_final_name_remains(tmp_path):
    target = tmp_path / "out.csv"
    write_csv(target, ["a"], [["1"]])
    write_xlsx(tmp_path / "out.xlsx", ["a"], [["1"]])
    write_vcard(tmp_path / "out.vcf", [{"id": 1, "first_name": "A"}])
    for name in ("out.csv", "out.xlsx", "out.vcf"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == ["out.csv", "out.vcf", "out.xlsx"]


def test_replacing_a_readable_file_makes_it_private(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    os.chmod(target, 0o644)
    write_csv(target, ["a"], [["1"]])
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


@pytest.mark.parametrize("writer", ["csv", "xlsx", "vcard"])
def test_cancel_leaves_nothing_and_keeps_the_old_file(tmp_path, writer):
    target = tmp_path / "out"
    target.write_text("old")
    flag = threading.Event()
    seen = []

    def rows():
        for i in range(5000):
            if i == 2500:
                flag.set()
            yield [str(i)] if writer != "vcard" else {"id": i, "first_name": "A"}

    with pytest.raises(Cancelled):
        if writer == "csv":
            write_csv(target, ["a"], rows(), progress=seen.append, cancel=flag)
        elif writer == "xlsx":
            write_xlsx(target, ["a"], rows(), cancel=flag.is_set)
        else:
            write_vcard(target, rows(), cancel=flag)
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out"]
    if writer == "csv":
        assert seen[:3] == [0, 1000, 2000]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        write_csv(tmp_path / "nope" / "x.csv", ["a"], [])


def test_csv_excel_preset_has_bom_semicolons_and_crlf(tmp_path):
    target = tmp_path / "x.csv"
    write_csv(target, ["name", "city"], [["Łucja", "Łódź; centrum"]], preset="excel")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfname;city\r\n")
    assert read_csv(target, ";", "utf-8-sig") == [["name", "city"], ["Łucja", "Łódź; centrum"]]


def test_csv_and_xlsx_cells_are_never_live_formulas(tmp_path):
    rows = [["=1+1", "+48601234567", "-5", "@x", "\t=2", "-x", "+ 1", 7]]
    write_csv(tmp_path / "x.csv", ["=h", "b", "c", "d", "e", "f", "g", "n"], rows)
    got = read_csv(tmp_path / "x.csv")
    assert got[0][0] == "'=h"
    assert got[1] == ["'=1+1", "+48601234567", "-5", "'@x", "'\t=2", "'-x", "'+ 1", "7"]
    write_xlsx(tmp_path / "x.xlsx", ["=h", "b", "c", "d", "e", "f", "g", "n"], rows)
    with zipfile.ZipFile(tmp_path / "x.xlsx") as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    assert read_xlsx(tmp_path / "x.xlsx")[1] == ["'=1+1", "+48601234567", "-5", "'@x", "'\t=2", "'-x", "'+ 1", 7]


def test_xlsx_keeps_text_exactly_and_numbers_as_numbers(tmp_path):
    values = ["05021", "a\r\nb\rc\td", "<&>", "_x0041_", "ctl\x01", "  pad ", "Семён", "x" * 40000]
    write_xlsx(tmp_path / "x.xlsx", [f"c{i}" for i in range(len(values) + 1)], [[*values, 12]])
    got = read_xlsx(tmp_path / "x.xlsx")[1]
    assert got[:7] == values[:7]
    assert got[7] == "x" * 32767  # Excel's cell limit
    assert got[8] == 12


def test_xlsx_opens_in_openpyxl_without_formulas(tmp_path):
    import openpyxl

    write_xlsx(tmp_path / "x.xlsx", ["a", "b"], [["=1", 5], ["x", 2.5]])
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert [c.value for c in cells] == ["a", "b", "'=1", 5, "x", 2.5]
    assert all(c.data_type in ("s", "n") for c in cells)


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_vcard_escaping():
    assert escape_text("a\\b,c;d\ne\r\nf\rg") == "a\\\\b\\,c\\;d\\ne\\nf\\ng"


def test_vcard_folding_never_splits_a_character():
    line = "NOTE:" + "ą" * 100 + "😀" * 30
    folded = fold_line(line)
    physical = folded.split(b"\r\n")
    assert physical[-1] == b""
    for part in physical[:-1]:
        assert len(part) <= 75
        part.decode("utf-8")  # each physical line is whole UTF-8
    assert b"".join(p[1:] if i else p for i, p in enumerate(physical[:-1])).decode() == line


def test_vcard_full_card_reads_back_in_vobject(tmp_path):
    record = {
        "id": 5, "kind": "person", "first_name": "Zofia", "last_name": "Wójcik-Kowalska; jr", "middle_name": "",
        "company": "Kwiaty, Sp. z o.o.", "job_title": "Właścicielka",
        "phones": [
            {"value": "+48601234567", "original": "601 234 567", "label": "mobile", "valid": True},
            {"value": "12345", "original": "12345", "label": "", "valid": False},
        ],
        "emails": [{"value": "zofia@kwiaty.pl", "original": "", "label": "work", "valid": True}],
        "street": "Puławska 1", "city": "Warszawa", "postcode": "02-515", "country": "PL", "region": "",
        "birth_date": dt.date(1985, 3, 14), "gender": "female", "tags": ["vip", "a,b"],
        "notes": "line1\nline2 " + "długa notatka " * 20, "custom": {"karta": "A;1"},
        "updated": dt.datetime(2026, 1, 2, 3, 4, 5),
    }
    write_vcard(tmp_path / "c.vcf", [record])
    raw = (tmp_path / "c.vcf").read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    card = vobject.readOne(raw.decode("utf-8"))
    assert card.version.value == "4.0"
    assert card.n.value.family == "Wójcik-Kowalska; jr" and card.n.value.given == "Zofia"
    assert card.fn.value == "Zofia Wójcik-Kowalska; jr"
    assert card.org.value == ["Kwiaty, Sp. z o.o."]
    assert [t.value for t in card.tel_list] == ["tel:+48601234567", "12345"]
    assert card.tel.params["TYPE"] == ["cell"]
    assert card.email.value == "zofia@kwiaty.pl"
    assert card.adr.value.street == "Puławska 1" and card.adr.value.code == "02-515"
    assert card.bday.value == "19850314"
    assert card.gender.value == "F"
    assert card.categories.value == ["vip", "a,b"]
    assert card.note.value == record["notes"]
    assert card.contents["x-karta"][0].value == "A;1"
    assert card.uid.value.startswith("urn:uuid:")


def test_mailchimp_and_sms_lists(tmp_path):
    people = [
        {
            "id": 1, "first_name": "Anna", "last_name": "Nowak", "consent_email": "granted", "consent_sms": "granted",
            "emails": [{"value": "anna@b.pl", "valid": True}],
            "phones": [{"value": "+48601234567", "valid": True}],
            "street": "Puławska 1", "city": "Warszawa", "postcode": "02-515", "country": "PL",
            "birth_date": dt.date(1990, 7, 4), "tags": ["vip", "mokotów"],
        },
        {"id": 2, "first_name": "Jan", "consent_email": "withdrawn", "emails": [{"value": "jan@b.pl", "valid": True}]},
        {"id": 3, "first_name": "Ewa", "consent_email": "granted", "emails": [{"value": "ANNA@b.pl", "valid": True}]},
    ]
    result = export_records(people, "mailchimp", tmp_path / "mc.csv")
    assert result.written == 1
    assert read_csv(tmp_path / "mc.csv") == [
        list(formats.MAILCHIMP_HEADER),
        ["anna@b.pl", "Anna", "Nowak", "Puławska 1  Warszawa  02-515  PL", "+48601234567", "07/04", "vip,mokotów"],
    ]
    assert [(d.client_id, d.reason) for d in result.dropped] == [(2, "opted_out"), (3, "duplicate")]
    assert read_csv(result.side_file)[1][:3] == ["2", "Jan", "opted_out"]
    sms = export_records(people, "sms", tmp_path / "sms.csv")
    assert read_csv(tmp_path / "sms.csv") == [list(formats.SMS_HEADER), ["+48601234567", "Anna", "Nowak", "Anna Nowak"]]
    assert {d.reason for d in sms.dropped} == {"no_consent"}


def test_opted_out_client_never_appears_in_an_email_list(tmp_path):
    people = [
        {"id": i, "first_name": f"P{i}", "consent_email": "withdrawn" if i % 3 == 0 else "granted",
         "emails": [{"value": f"p{i}@x.pl", "valid": True}]}
        for i in range(1, 61)
    ]
    for fmt in ("csv", "xlsx", "vcard", "mailchimp"):
        target = tmp_path / f"list.{fmt}"
        export_records(people, fmt, target, channel="email", policy="not-withdrawn")
        content = read_xlsx(target) if fmt == "xlsx" else target.read_text(encoding="utf-8")
        text = str(content)
        for i in range(3, 61, 3):
            assert f"p{i}@x.pl" not in text
        assert "p1@x.pl" in text


def test_preview_counts_without_writing(tmp_path):
    people = [{"id": 1, "consent_email": "granted", "emails": [{"value": "a@b.pl", "valid": True}]}, {"id": 2}]
    preview = preview_records(people, "csv", channel="email")
    assert preview.written == 1 and preview.considered == 2
    assert preview.reasons() == {"no_consent": 1}
    assert os.listdir(tmp_path) == []


def test_format_and_channel_must_agree(tmp_path):
    with pytest.raises(ValueError, match="list for email"):
        export_records([], "mailchimp", tmp_path / "x.csv", channel="sms")
