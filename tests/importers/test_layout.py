"""Header finding: titles and blank rows above, merged and two-row headers, sheets without a header."""

from __future__ import annotations

from importers.layout import detect_header
from importers.readers import SheetData


def _sheet(rows, merged=()):
    return SheetData("S", [list(r) for r in rows], list(merged))


def test_header_below_title_and_blank_rows() -> None:
    sheet = _sheet([["Baza klientów 2019"], [], ["stan na 01.01.2020"], [],
                    ["Lp.", "Imię i nazwisko", "Telefon", "Miasto"], [1, "Jan Kowalski", "601234567", "Kraków"]])
    header = detect_header(sheet)
    assert (header.first_row, header.last_row, header.data_start) == (4, 4, 5)
    assert header.names == ["Lp.", "Imię i nazwisko", "Telefon", "Miasto"]


def test_header_without_known_words_is_the_first_label_row_above_data() -> None:
    sheet = _sheet([["Report"], ["Alpha", "Beta", "Gamma"], ["x", 1, 2], ["y", 3, 4]])
    assert detect_header(sheet).first_row == 1


def test_no_header_gives_column_letters() -> None:
    sheet = _sheet([[1, "english"], [2, "中国人"], [3, "german"]])
    header = detect_header(sheet)
    assert not header.present and header.names == ["A", "B"] and header.data_start == 0


def test_two_row_header_under_a_merged_group() -> None:
    sheet = _sheet([["Klient", "Kontakt", "", "Adres"], ["", "Telefon", "E-mail", "Miasto"],
                    ["Jan Kowalski", "601234567", "jan@example.pl", "Kraków"]],
                   merged=[(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 0, 3)])
    header = detect_header(sheet)
    assert (header.first_row, header.last_row) == (0, 1)
    assert header.names == ["Klient", "Kontakt Telefon", "Kontakt E-mail", "Adres Miasto"]


def test_two_row_header_without_merges() -> None:
    sheet = _sheet([["ФИО", "Контакты", "", "Город"], ["", "Телефон", "Email", ""],
                    ["Иванов Иван Иванович", "+79161234567", "ivan@example.ru", "Москва"]])
    header = detect_header(sheet)
    assert header.last_row == 1
    assert header.names == ["ФИО", "Контакты Телефон", "Контакты Email", "Город"]


def test_users_header_row_wins() -> None:
    sheet = _sheet([["a", "b"], ["Imię", "Telefon"], ["Jan", "601234567"]])
    header = detect_header(sheet, header_row=2)
    assert header.names == ["Imię", "Telefon"] and header.data_start == 2
