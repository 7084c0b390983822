"""Shapes of owners' files the importer first met in probe files: group headers over two rows, Google and
Outlook contact exports, keywords with ``й``, tax numbers that look like phones, dates of visits, totals
rows, month names, yearless and "no date" birthdays, and a sheet of phones from another country."""

from __future__ import annotations

import datetime as dt

import pytest

from importers.mapping import ColumnMap, guess_mapping, header_field
from importers.readers import SheetData
from importers.values import month_name_date, parse_rows, sheet_region


@pytest.mark.parametrize("header,field", [
    # keywords are compared folded: "й" folds to "и" in the header, so it must in the keyword too
    ("Комментарий", "notes"),
    ("Мобильный телефон", "phone"),
    ("Населённый пункт", "city"),
    ("№ п/п", "ignore"),
    # a group label over the column's own label (two header rows joined): the specific word wins
    ("Klient Imię", "first_name"),
    ("Klient Nazwisko", "last_name"),
    ("Kontakt Telefon", "phone"),
    ("Adres Miasto", "city"),
    ("Adres Kod", "postcode"),
    ("Contact Email", "email"),
    ("Business Street", "street"),
    ("Business Country/Region", "country"),
    ("Business Fax", "phone"),
    # Google Contacts' numbered columns
    ("Address 1 - Postal Code", "postcode"),
    ("Address 1 - City", "city"),
    ("Organization 1 - Title", "job_title"),
    ("Organization 1 - Name", "company"),
    ("Additional Name", "middle_name"),
    ("Phone 1 - Value", "phone"),
    ("Phone 1 - Type", None),
    ("E-mail 1 - Type", None),
    ("Address 1 - Formatted", None),
    ("E-mail Display Name", None),
    # marketing consent
    ("Zgoda marketingowa", "consent_email"),
    ("Согласие на получение рассылки", "consent_email"),
    # identifiers: their own custom field, never phones
    ("NIP", "custom.nip"),
    ("ИНН", "custom.инн"),
    ("REGON", "custom.regon"),
    # unchanged
    ("Klient", "full_name"),
    ("Typ klienta", "kind"),
    ("Customer ID", None),
    ("Telefon 2", "phone"),
])
def test_header_words(header: str, field: str | None) -> None:
    assert header_field(header) == field


def test_tax_numbers_are_not_taken_for_phones() -> None:
    mapping = guess_mapping(["Nazwa firmy", "NIP"], [["Eventy"], ["5250000000", "1234567890"]])
    assert mapping[1].target == "custom.nip"


def test_recent_dates_under_an_unknown_header_are_not_birth_dates() -> None:
    today = dt.date.today()
    visits = [today - dt.timedelta(days=d) for d in (3, 40, 200)]
    born = [dt.date(1980, 5, 1), dt.date(1975, 1, 2), dt.date(1990, 7, 7)]
    mapping = guess_mapping(["Ostatnia wizyta", "Data zamówienia", "Kiedy"], [visits, born, born])
    assert [m.target for m in mapping] == ["custom.ostatnia_wizyta", "custom.data_zamowienia", "birth_date"]


def _parse(header: list[str], mapping: list[ColumnMap], rows: list[list[object]], region: str = "PL"):
    return parse_rows(SheetData("Klienci", [header, *rows]), mapping, 1, region=region)


def _col(index: int, target: str, header: str = "") -> ColumnMap:
    return ColumnMap(index, "ABCDEFGH"[index], header or target, target)


@pytest.mark.parametrize("cells", [
    ["", "Razem klientek: 5", ""],
    ["Итого", "", ""],
    ["TOTAL", "", "2 leads"],
    ["", "SUMA", ""],
])
def test_a_totals_row_is_a_problem_not_a_client(cells: list[str]) -> None:
    mapping = [_col(0, "first_name"), _col(1, "full_name"), _col(2, "notes")]
    rows = _parse(["Imię", "Klient", "Uwagi"], mapping, [["Anna", "Anna Nowak", ""], cells])
    assert not rows[0].has_errors
    total = rows[1]
    assert total.has_errors
    [problem] = [p for p in total.problems if p.severity == "error"]
    assert problem.row == 3 and "totals row" in problem.reason


@pytest.mark.parametrize("name", ["Total Fitness", "Sum Li", "Suma Anna", "Summary Events"])
def test_a_name_that_begins_with_a_totals_word_is_a_client(name: str) -> None:
    mapping = [_col(0, "full_name"), _col(1, "company")]
    [row] = _parse(["Klient", "Firma"], mapping, [[name, "Studio"]])
    assert not row.has_errors


def test_a_client_with_a_phone_is_never_a_totals_row() -> None:
    mapping = [_col(0, "full_name"), _col(1, "phone")]
    [row] = _parse(["Klient", "Telefon"], mapping, [["Suma Jan", "601 234 567"]])
    assert not row.has_errors


@pytest.mark.parametrize("text,expected", [
    ("12 марта 1985", dt.date(1985, 3, 12)),
    ("12 марта 1985 г.", dt.date(1985, 3, 12)),
    ("1 kwietnia 2000r.", dt.date(2000, 4, 1)),
    ("12 marca 1985", dt.date(1985, 3, 12)),
    ("9 травня 1990", dt.date(1990, 5, 9)),
    ("March 12, 1985", dt.date(1985, 3, 12)),
    ("12 Mar 1985", dt.date(1985, 3, 12)),
    ("5 мая", "yearless"),
    ("Jan Kowalski", None),
    ("12.03.1985", None),
])
def test_month_name_dates(text: str, expected: object) -> None:
    assert month_name_date(text) == expected


def test_birth_dates_with_month_names_yearless_and_empty() -> None:
    mapping = [_col(0, "full_name"), _col(1, "birth_date", "Дата рождения")]
    rows = _parse(["ФИО", "Дата рождения"], mapping, [
        ["Иванов Иван", "12 марта 1985 г."], ["Петров Пётр", "5 мая"], ["Bob", "--03-12"], ["Jane Roe", "0/0/00"],
    ])
    assert rows[0].fields["birth_date"] == dt.date(1985, 3, 12) and not rows[0].problems
    for yearless in rows[1:3]:
        assert "birth_date" not in yearless.fields and not yearless.has_errors
        assert "without a year" in yearless.problems[0].reason and yearless.notes
    assert not rows[3].problems and "birth_date" not in rows[3].fields and not rows[3].notes


def test_google_contacts_multi_value_cells_and_unspecified_gender() -> None:
    mapping = [_col(0, "full_name"), _col(1, "phone"), _col(2, "email"), _col(3, "tags"), _col(4, "gender")]
    [row] = _parse(["Name", "Phone 1 - Value", "E-mail 1 - Value", "Group Membership", "Gender"], mapping, [
        ["Anna Nowak", "+48 601 234 567 ::: +48 602 000 111", "a@x.pl ::: b@y.pl", "* myContacts ::: Klienci",
         "Unspecified"],
    ])
    assert [p.value for p in row.phones] == ["+48601234567", "+48602000111"]
    assert [e.value for e in row.emails] == ["a@x.pl", "b@y.pl"]
    assert row.tags == ["mycontacts", "klienci"]
    assert not row.problems


def test_the_sheet_region_follows_most_of_its_phones() -> None:
    mapping = [_col(0, "full_name"), _col(1, "phone")]
    ua = SheetData("Клієнти", [["ПІБ", "Телефон"], ["Олег", "+380 67 123 4567"], ["Олена", "067-123-45-68"]])
    assert sheet_region(ua, mapping, 1, "PL") == "UA"
    ru = SheetData("Клиенты", [["ФИО", "Телефон"], ["Иван", "8 (916) 123-45-67"], ["Пётр", "8 495 123 45 67"],
                               ["Анна", "+7 903 111-22-33"], ["Ольга", "916 000-00-03"]])
    assert sheet_region(ru, mapping, 1, "PL") == "RU"
    [_, moscow, _, _] = parse_rows(ru, mapping, 1, region="RU")
    assert moscow.phones[0].value == "+74951234567"  # not Vietnam (+84), as read in the Polish plan
    pl = SheetData("Klienci", [["Klient", "Telefon"], ["Jan", "601 234 567"], ["Olek", "+380 67 123 4567"],
                               ["Ewa", "601 234 568"]])
    assert sheet_region(pl, mapping, 1, "PL") == "PL"
    with_country = [*mapping, _col(2, "country")]
    assert sheet_region(ua, with_country, 1, "PL") == "PL"


def test_the_sheets_country_only_reads_numbers_the_registers_plan_does_not() -> None:
    """A Polish register, a list of mostly Russian phones and one Polish client: '601 234 567' is a valid
    Polish number and stays one; a Russian local '916 000-00-03' is read in the sheet's country."""
    mapping = [_col(0, "full_name"), _col(1, "phone")]
    mixed = SheetData("Клиенты", [["ФИО", "Телефон"], ["Иван", "8 (916) 123-45-67"], ["Пётр", "+7 903 111-22-33"],
                                  ["Jan Nowak", "601 234 567"], ["Анна", "916 000-00-03"]])
    assert sheet_region(mixed, mapping, 1, "PL") == "RU"
    rows = parse_rows(mixed, mapping, 1, region="PL", fallback="RU")
    assert [r.phones[0].value for r in rows] == ["+79161234567", "+79031112233", "+48601234567", "+79160000003"]
    assert not any(p.severity == "error" or "phone" in p.reason for r in rows for p in r.problems)


def test_no_sheet_country_when_every_number_reads_in_the_registers_plan() -> None:
    """Mostly Russian phones, all written with +7 or the 8 prefix, and a Polish one: nothing needs the
    sheet's country, so none is used (nor announced)."""
    mapping = [_col(0, "full_name"), _col(1, "phone")]
    sheet = SheetData("Клиенты", [["ФИО", "Телефон"], ["Иван", "8 (916) 123-45-67"], ["Пётр", "+7 903 111-22-33"],
                                  ["Jan Nowak", "601 234 567"]])
    assert sheet_region(sheet, mapping, 1, "PL") == "PL"


def test_a_note_that_begins_with_a_totals_word_is_not_a_totals_row() -> None:
    """'Razem z mężem, 2 dzieci' is a note about a client, and 'Suma zakupów 1200 zł' a custom field."""
    mapping = [_col(0, "full_name"), _col(1, "notes"), _col(2, "custom.zakupy")]
    [row] = _parse(["Klient", "Uwagi", "Zakupy"], mapping, [["Anna Nowak", "Razem z mężem, 2 dzieci",
                                                             "Suma zakupów 1200 zł"]])
    assert not row.has_errors and row.fields["last_name"] == "Nowak"


def test_a_list_written_only_in_local_ukrainian_numbers_is_read_in_ukraine() -> None:
    """No phone carries +380, none is valid in the Polish plan: the sheet's country is still found."""
    mapping = [_col(0, "full_name"), _col(1, "phone")]
    rows = [["Олег", "067 123 45 67"], ["Олена", "050 111 22 33"], ["Ігор", "063-765-43-21"]]
    assert sheet_region(SheetData("Клієнти", [["ПІБ", "Телефон"], *rows]), mapping, 1, "PL") == "UA"
