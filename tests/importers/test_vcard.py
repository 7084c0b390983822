"""vCard (.vcf) files read as one sheet that the spreadsheet pipeline maps and parses unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.errors import ImportRefused
from importers.layout import detect_header
from importers.mapping import guess_mapping
from importers.readers import Limits, open_workbook
from importers.values import ParsedRow, parse_rows
from importers.vcard import VcardWorkbook, birthday


def _write(tmp_path: Path, text: str | bytes, name: str = "contacts.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.replace("\n", "\r\n").encode("utf-8"))
    return path


def _sheet(path: Path):
    with open_workbook(path) as wb:
        return wb, wb.read_sheet()


def _parsed(path: Path) -> list[ParsedRow]:
    wb, sheet = _sheet(path)
    header = detect_header(sheet)
    assert header.first_row == 0 and header.names == sheet.rows[0]
    columns = [[r[c] for r in sheet.rows[1:] if c < len(r)] for c in range(len(header.names))]
    mapping = guess_mapping(header.names, columns, has_header=True)
    return parse_rows(sheet, mapping, header.data_start)


def _row(sheet, index: int) -> dict[str, object]:
    header = sheet.rows[0]
    cells = sheet.rows[index]
    return {h: cells[i] for i, h in enumerate(header) if i < len(cells) and cells[i] != ""}


FULL_30 = """BEGIN:VCARD
VERSION:3.0
N:Kowalski;Jan;Maria,Józef;Dr.;
FN:Dr. Jan Kowalski
ORG:Kwiaciarnia Róża;Sprzedaż;Hurt
TITLE:Kierownik
TEL;TYPE=CELL,VOICE;TYPE=pref:+48 601 234 567
TEL;TYPE=WORK:+48 22 123 45 67
TEL;TYPE=HOME:+48 22 765 43 21
TEL;TYPE=WORK,FAX:+48 22 123 45 68
TEL:+48 602 000 000
TEL;TYPE=CELL:+48 603 000 000
EMAIL;TYPE=INTERNET,WORK:jan@roza.pl
EMAIL;TYPE=INTERNET:jan.k@example.pl
EMAIL:jan2@example.pl
ADR;TYPE=HOME:;;ul. Długa 5;Kraków;małopolskie;30-001;Polska
ADR;TYPE=WORK,PREF:;m. 3;ul. Krótka 1;Warszawa;;00-001;Polska
BDAY:1980-01-31
CATEGORIES:VIP,Hurt
NOTE:Lubi róże\\, tulipany\\nDzwonić rano
URL:https://roza.pl
X-SKYPE:jan.kowalski
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAIBAQEBAQIBAQE
 CAgICAgQDAgICAgUEBAMEBgUGBgYFBgYGBwkIBgcJBwYGCAsICQoKCgoKBggLDAsKDAkKCgr/
END:VCARD
"""


def test_a_card_becomes_a_row_under_headers_the_mapping_knows(tmp_path: Path) -> None:
    wb, sheet = _sheet(_write(tmp_path, FULL_30))
    assert wb.format == "vcard" and [s.name for s in wb.sheets] == ["contacts"]
    row = _row(sheet, 1)
    assert row["Full name"] == "Dr. Jan Kowalski"
    assert (row["First name"], row["Middle name"], row["Last name"]) == ("Jan", "Maria Józef", "Kowalski")
    assert (row["Company"], row["Department"], row["Job title"]) == ("Kwiaciarnia Róża", "Sprzedaż, Hurt", "Kierownik")
    assert row["Mobile phone"] == "+48 601 234 567" and row["Mobile phone 2"] == "+48 603 000 000"
    assert (row["Work phone"], row["Home phone"], row["Fax"], row["Phone"]) == (
        "+48 22 123 45 67", "+48 22 765 43 21", "+48 22 123 45 68", "+48 602 000 000")
    assert (row["Work e-mail"], row["E-mail"], row["E-mail 2"]) == ("jan@roza.pl", "jan.k@example.pl", "jan2@example.pl")
    # the preferred address fills the address fields; the other one is kept whole
    assert (row["Street"], row["City"], row["Postal code"], row["Country"]) == ("ul. Krótka 1, m. 3", "Warszawa",
                                                                                 "00-001", "Polska")
    assert row["Other addresses"] == "ul. Długa 5, Kraków, małopolskie, 30-001, Polska"
    assert row["Birth date"] == dt.date(1980, 1, 31)
    assert row["Tags"] == "VIP, Hurt" and row["Notes"] == "Lubi róże, tulipany\nDzwonić rano"
    assert row["Website"] == "https://roza.pl"
    assert not any("9j" in str(v) or "skype" in str(v).lower() for v in sheet.rows[1])  # photo, X- ignored


def test_the_pipeline_parses_the_row_with_phone_labels(tmp_path: Path) -> None:
    (parsed,) = _parsed(_write(tmp_path, FULL_30))
    data = parsed.data()
    assert (data["first_name"], data["middle_name"], data["last_name"]) == ("Jan", "Maria Józef", "Kowalski")
    assert data["company"] == "Kwiaciarnia Róża" and data["birth_date"] == dt.date(1980, 1, 31)
    labels = {p["value"]: p["label"] for p in data["phones"]}
    assert labels["+48601234567"] == "mobile" and labels["+48221234567"] == "work"
    assert labels["+48227654321"] == "home" and labels["+48221234568"] == "fax" and labels["+48602000000"] == ""
    assert len(data["phones"]) == 6 and len(data["emails"]) == 3
    assert {e["value"]: e["label"] for e in data["emails"]}["jan@roza.pl"] == "work"
    assert data["tags"] == ["vip", "hurt"] and data["city"] == "Warszawa"
    assert data["custom"]["department"] == "Sprzedaż, Hurt"
    assert not [p for p in parsed.problems if p.severity == "error"]


def test_vcard_21_quoted_printable_cyrillic_from_android(tmp_path: Path) -> None:
    def qp(text: str, charset: str) -> str:
        return "".join(f"={b:02X}" for b in text.encode(charset))

    name = qp("Иванов;Иван;Иванович;;", "utf-8").replace("=3B", ";")
    note = qp("Постоянный клиент, скидка 5%", "utf-8")
    soft = note[:60] + "=\n" + note[60:]  # a soft line break in the middle of the value
    cp1251 = qp("Петрова;Анна;;;", "cp1251").replace("=3B", ";")
    text = (
        "BEGIN:VCARD\nVERSION:2.1\n"
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{name}\n"
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Иван Иванов', 'utf-8')}\n"
        "TEL;CELL;PREF:+79161234567\nTEL;HOME:+74951234567\n"
        f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{soft}\n"
        "END:VCARD\n\n"
        "BEGIN:VCARD\nVERSION:2.1\n"
        f"N;CHARSET=windows-1251;QUOTED-PRINTABLE:{cp1251}\n"
        "EMAIL;INTERNET:anna@example.ru\n"
        "END:VCARD\n"
    )
    wb, sheet = _sheet(_write(tmp_path, text))
    first, second = _row(sheet, 1), _row(sheet, 2)
    assert (first["Last name"], first["First name"], first["Middle name"]) == ("Иванов", "Иван", "Иванович")
    assert first["Full name"] == "Иван Иванов" and first["Mobile phone"] == "+79161234567"
    assert first["Notes"] == "Постоянный клиент, скидка 5%"
    assert (second["Last name"], second["First name"]) == ("Петрова", "Анна")
    parsed = _parsed(_write(tmp_path, text))
    assert [p.fields["last_name"] for p in parsed] == ["Иванов", "Петрова"]
    assert parsed[0].phones[0].label == "mobile"


def test_8bit_windows_1251_file_without_charset(tmp_path: Path) -> None:
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Шевченко;Тарас;;;\r\nTEL:+380441234567\r\nEND:VCARD\r\n".encode("cp1251")
    _, sheet = _sheet(_write(tmp_path, data))
    assert _row(sheet, 1)["Last name"] == "Шевченко"


def test_utf16_file_with_bom(tmp_path: Path) -> None:
    data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Łukasik\r\nEMAIL:zoe@example.pl\r\nEND:VCARD\r\n".encode("utf-16")
    _, sheet = _sheet(_write(tmp_path, data))
    assert _row(sheet, 1) == {"Full name": "Zoë Łukasik", "E-mail": "zoe@example.pl"}


def test_folded_lines_blank_lines_and_fn_only(tmp_path: Path) -> None:
    text = ("\n\nBEGIN:VCARD\nVERSION:4.0\nFN:Anna Nowa\n kowska\nNOTE:bardzo długa\n\t notatka\nEND:VCARD\n\n\n"
            "begin:vcard\nversion:3.0\nfn:Piotr Zieliński\nend:vcard\n")
    parsed = _parsed(_write(tmp_path, text))
    assert [(p.fields["first_name"], p.fields["last_name"]) for p in parsed] == [("Anna", "Nowakowska"),
                                                                                  ("Piotr", "Zieliński")]
    assert parsed[0].notes == ["bardzo długa notatka"]


def test_company_card_without_n_stays_a_company(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Hurtownia Alfa\nORG:Hurtownia Alfa\nTEL;VALUE=uri;TYPE=work:tel:+48-22-111-22-33\nEND:VCARD\n"
    (parsed,) = _parsed(_write(tmp_path, text))
    assert parsed.fields["company"] == "Hurtownia Alfa" and parsed.fields["kind"] == "company"
    assert "first_name" not in parsed.fields and parsed.phones[0].value == "+48221112233"


@pytest.mark.parametrize("text,expected", [
    ("19800131", dt.date(1980, 1, 31)),
    ("1980-01-31", dt.date(1980, 1, 31)),
    ("1980-01-31T00:00:00Z", dt.date(1980, 1, 31)),
    ("--0131", "--01-31"),
    ("--01-31", "--01-31"),
    ("1604-01-31", "--01-31"),  # Apple's "no year"
    ("circa 1980", "circa 1980"),
    ("19801331", "19801331"),  # not a date: left as written for the pipeline to report
])
def test_birthday_forms(text: str, expected: object) -> None:
    assert birthday(text, {}) == expected


def test_yearless_birthday_is_reported_and_kept_in_notes(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:4.0\nFN:Ewa Lis\nN:Lis;Ewa;;;\nBDAY:--0131\nEND:VCARD\n"
    (parsed,) = _parsed(_write(tmp_path, text))
    assert "birth_date" not in parsed.fields
    assert any("without a year" in p.reason for p in parsed.problems)
    assert parsed.notes == ["Birth date: --01-31"]


def test_apple_labels_and_android_system_group(tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:Nowak;Ola;;;\nitem1.TEL:+48 601 111 222\nitem1.X-ABLabel:_$!<Mobile>!$_\n"
            "item2.TEL:+48 22 333 44 55\nitem2.X-ABLabel:Biuro\nitem3.EMAIL;type=INTERNET:ola@example.pl\n"
            "item3.X-ABLabel:_$!<Work>!$_\nCATEGORIES:My Contacts,Stali klienci\nEND:VCARD\n")
    _, sheet = _sheet(_write(tmp_path, text))
    row = _row(sheet, 1)
    assert row["Mobile phone"] == "+48 601 111 222" and row["Phone"] == "+48 22 333 44 55"
    assert row["Work e-mail"] == "ola@example.pl" and row["Tags"] == "Stali klienci"


def test_a_broken_card_is_reported_with_its_position_and_the_good_ones_import(tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nFN:Jan Dobry\nEMAIL:jan@example.pl\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Ewa Zepsuta\nto nie jest właściwość\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Olga Urwana\nTEL:+48601000111\n"  # no END: the next card starts
            "BEGIN:VCARD\nVERSION:3.0\nFN:Adam Dobry\nTEL:+48601000222\nEND:VCARD\n")
    wb, sheet = _sheet(_write(tmp_path, text))
    assert set(sheet.row_errors) == {2, 3}
    assert "card 2: line 9 is not a vCard property" in sheet.row_errors[2]
    assert "card 3 (line 11) has no END:VCARD" in sheet.row_errors[3]
    assert wb.warnings and "2 of the 4 cards in contacts.vcf are damaged" in wb.warnings[0]
    parsed = _parsed(_write(tmp_path, text))
    assert [(p.row, p.has_errors) for p in parsed] == [(2, False), (3, True), (4, True), (5, False)]
    damaged = next(p for p in parsed[1].problems if p.severity == "error")
    assert damaged.reason.startswith("damaged vCard: card 2") and damaged.column == ""
    assert parsed[1].fields["last_name"] == "Zepsuta"  # what could be read is kept for the user to decide


def test_lines_outside_cards_and_a_truncated_last_card(tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nFN:Jan Dobry\nEND:VCARD\nFN:Bez Początku\nEND:VCARD\n"
            "BEGIN:VCARD\nFN:Ucięta Karta\nTEL:+4860")
    _, sheet = _sheet(_write(tmp_path, text))
    assert "BEGIN:VCARD is missing" in sheet.row_errors[2]
    assert "the file ends inside it" in sheet.row_errors[3]
    assert _row(sheet, 2)["Full name"] == "Bez Początku"


def test_a_broken_card_without_data_still_is_a_problem_row(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nFN:Jan Dobry\nEND:VCARD\nBEGIN:VCARD\n@@@\nEND:VCARD\n"
    parsed = _parsed(_write(tmp_path, text))
    assert [p.row for p in parsed] == [2, 3] and parsed[1].has_errors


def test_a_huge_photo_is_never_joined_into_memory(tmp_path: Path) -> None:
    photo = "PHOTO;ENCODING=BASE64;TYPE=JPEG:" + "A" * 70 + "".join("\n " + "B" * 74 for _ in range(20_000))
    text = f"BEGIN:VCARD\nVERSION:2.1\nN:Lis;Ewa\n{photo}\n\nTEL:+48601000111\nEND:VCARD\n"
    _, sheet = _sheet(_write(tmp_path, text))
    assert _row(sheet, 1) == {"First name": "Ewa", "Last name": "Lis", "Phone": "+48601000111"}


def test_vcard_content_in_a_txt_file_is_read_as_vcard(tmp_path: Path) -> None:
    wb, sheet = _sheet(_write(tmp_path, "BEGIN:VCARD\nFN:Jan Dobry\nEND:VCARD\n", "export.txt"))
    assert wb.format == "vcard" and _row(sheet, 1) == {"Full name": "Jan Dobry"}


@pytest.mark.parametrize("data,reason,words", [
    (b"", "empty", "0 bytes"),
    (b"\r\n  \r\n", "empty", "no contacts"),
    (b"name;phone\nJan;601234567\n", "not-a-spreadsheet", "no BEGIN:VCARD"),
    (b"BEGIN:VCARD\nVERSION:3.0\n", "damaged", "none of its 1 cards"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not-a-spreadsheet", "binary"),
])
def test_refusals_name_the_file_and_the_reason(tmp_path: Path, data: bytes, reason: str, words: str) -> None:
    path = _write(tmp_path, data, "telefon.vcf")
    with pytest.raises(ImportRefused) as refused:
        open_workbook(path)
    assert refused.value.reason == reason and str(refused.value).startswith("telefon.vcf: ")
    assert words in str(refused.value)


def test_size_limits_apply_as_for_other_formats(tmp_path: Path) -> None:
    path = _write(tmp_path, FULL_30 * 3)
    with pytest.raises(ImportRefused) as refused:
        open_workbook(path, limits=Limits(max_file_bytes=1000))
    assert refused.value.reason == "too-large"
    with pytest.raises(ImportRefused) as refused:
        VcardWorkbook(path, Limits(max_cells=20), path.read_bytes())
    assert refused.value.reason == "too-large"


def test_preview_reads_only_the_first_rows(tmp_path: Path) -> None:
    text = "".join(f"BEGIN:VCARD\nFN:Klient {i}\nTEL:+4860100{i:04d}\nEND:VCARD\n" for i in range(30))
    with open_workbook(_write(tmp_path, text)) as wb:
        head = wb.read_sheet(max_rows=10)
        full = wb.read_sheet()
    assert len(head.rows) == 10 and not head.complete
    assert len(full.rows) == 31 and full.complete


def test_a_name_written_in_base64_is_decoded_not_dropped(tmp_path):
    """Some phones write a non-ASCII name as ``N;ENCODING=b``: the name is read, a PHOTO still is not."""
    import base64

    name = base64.b64encode("Ковальська;Оксана;;;".encode()).decode()
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                    f"N;ENCODING=b;CHARSET=utf-8:{name}\r\n"
                    "TEL;TYPE=CELL:+380671234567\r\n"
                    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\r\n"
                    "END:VCARD\r\n", encoding="ascii")
    with open_workbook(path) as book:
        sheet = book.read_sheet(0)
    header, row = sheet.rows[0], sheet.rows[1]
    cells = dict(zip(header, row, strict=True))
    assert cells["Last name"] == "Ковальська" and cells["First name"] == "Оксана"
    assert not any("/9j/" in str(v) for v in row)


def _first_card(tmp_path, text: str):
    """(header -> value of the first card, the sheet) of a .vcf holding ``text``."""
    path = tmp_path / "contacts.vcf"
    path.write_text(text, encoding="utf-8")
    with open_workbook(path) as book:
        sheet = book.read_sheet(0)
    return dict(zip(sheet.rows[0], sheet.rows[1], strict=True)), sheet


def test_a_line_break_the_phone_did_not_escape_stays_in_the_note(tmp_path):
    """Android writes a note's line breaks as they are: 'Uwagi: klient VIP' and a plain line are the rest of
    the note, neither an unknown property (dropped) nor a damaged card."""
    cells, sheet = _first_card(tmp_path, "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nowak;Anna;;;\r\n"
                               "NOTE:Pierwsza wizyta w maju\r\nUwagi: klient VIP\r\nlubi kawę\r\n"
                               "TEL;CELL:+48601234567\r\nEND:VCARD\r\n")
    assert cells["Notes"] == "Pierwsza wizyta w maju\nUwagi: klient VIP\nlubi kawę"
    assert cells["Mobile phone"] == "+48601234567" and not sheet.row_errors


def test_a_soft_line_break_before_a_folded_line_joins_the_word(tmp_path):
    cells, _ = _first_card(tmp_path, "BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Kowal=\r\n ski;"
                                     "Jan;;;\r\nTEL;CELL:+48601234567\r\nEND:VCARD\r\n")
    assert cells["Last name"] == "Kowalski" and cells["First name"] == "Jan"


def test_an_escaped_comma_in_a_name_is_kept(tmp_path):
    cells, _ = _first_card(tmp_path, "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kowalski\\, Jr.;Jan;Maria,Józef;;\r\n"
                                     "TEL;TYPE=CELL:+48601234567\r\nEND:VCARD\r\n")
    assert cells["Last name"] == "Kowalski, Jr." and cells["Middle name"] == "Maria Józef"
