"""A single contact column of phones and e-mails ("Kontakt"), a headerless sheet's name column, and a
Russian landline with the trunk prefix 8 in a Polish list (leftovers of the 31 probe files)."""

from __future__ import annotations

import pytest

from importers.mapping import ColumnMap, guess_mapping, validate_target
from importers.readers import SheetData
from importers.values import parse_rows


def _col(index: int, target: str, header: str = "") -> ColumnMap:
    return ColumnMap(index, "ABCDEFGH"[index], header or target, target)


@pytest.mark.parametrize("header", ["Kontakt", "Contact", "Контакт", "Telefon / e-mail", "Dane kontaktowe"])
def test_a_column_of_phones_and_emails_is_a_contact_column(header: str) -> None:
    values = ["601 234 567", "basia@wp.pl", "tel. 601 234 568", "+7 916 123 45 67", "ola@onet.pl"]
    [name, contact] = guess_mapping(["Klientka", header], [["Kasia Malinowska"] * 5, values])
    assert name.target == "full_name"
    assert (contact.target, contact.guessed_by) == ("contact", "values")
    assert validate_target("Contact") == "contact"  # and the user can choose it (--map "B=contact")


def test_a_phone_column_with_one_stray_email_stays_a_phone_column() -> None:
    values = [f"601 234 {i:03d}" for i in range(40)] + ["anna@wp.pl"]
    [col] = guess_mapping(["Telefon"], [values])
    assert col.target == "phone"


def test_a_contact_column_puts_each_value_in_its_list_and_flags_cells() -> None:
    mapping = [_col(0, "full_name", "Klientka"), _col(1, "contact", "Kontakt")]
    sheet = SheetData("Klienci", [["Klientka", "Kontakt"], ["Kasia Malinowska", "601 234 567"],
                                  ["Basia Kwiatkowska", "basia@wp.pl"], ["Ola Nowak", "tel. 601 234 568"],
                                  ["Ewa Lis", "ewa@wp.pl, 601 234 569"], ["Jan Nowak", "12"],
                                  ["Adam Mały", "adam@@wp"], ["Olek Mróz", 48601234570]])
    kasia, basia, ola, ewa, jan, adam, olek = parse_rows(sheet, mapping, 1, region="PL")
    assert [p.value for p in kasia.phones] == ["+48601234567"] and not kasia.emails
    assert [e.value for e in basia.emails] == ["basia@wp.pl"] and not basia.phones
    assert [p.value for p in ola.phones] == ["+48601234568"]
    assert [e.value for e in ewa.emails] == ["ewa@wp.pl"] and [p.value for p in ewa.phones] == ["+48601234569"]
    assert [p.value for p in olek.phones] == ["+48601234570"]
    assert not any(r.problems for r in (kasia, basia, ola, ewa, olek))
    [bad_phone] = jan.problems
    assert (bad_phone.row, bad_phone.column, bad_phone.value) == (6, "B", "12")
    assert "neither an e-mail address nor a valid phone" in bad_phone.reason
    [bad_email] = adam.problems
    assert (bad_email.row, bad_email.column) == (7, "B") and "e-mail" in bad_email.reason


def test_a_headerless_sheet_finds_its_name_column() -> None:
    columns = [["Jan Kowalski", "Anna Nowak", "Piotr Wiśniewski"], ["601234567", "601234568", "601234569"],
               ["jan@wp.pl", "anna@wp.pl", "piotr@wp.pl"], ["Warszawa", "Kraków", "Gdańsk"]]
    mapping = guess_mapping(["A", "B", "C", "D"], columns, has_header=False)
    assert [m.target for m in mapping] == ["full_name", "phone", "email", "custom.d"]
    assert mapping[0].guessed_by == "values"


@pytest.mark.parametrize("values", [
    ["Иванов Иван Иванович", "Петренко Ольга", "Smith John"],  # surnames, patronymics, first names
    ["John Smith", "Mary Jones", "Sarah Brown"],  # English: the first names tell
])
def test_headerless_names_in_other_languages(values: list[str]) -> None:
    [col] = guess_mapping(["A"], [values], has_header=False)
    assert col.target == "full_name"


@pytest.mark.parametrize("values", [
    ["Warszawa", "Kraków", "Zielona Góra"],  # mostly one word: cities
    ["strzyżenie damskie", "koloryzacja", "manicure hybrydowy"],  # services
    ["Kwiaty ABC", "Eventy 24", "Auto Serwis"],  # companies: no name evidence, digits
    ["Nowy Sącz", "Zielona Góra", "Stalowa Wola"],  # two-word cities: no first name or surname ending
    ["Jan Kowalski"] * 10 + ["Anna Nowak"] * 10,  # names repeated down the sheet are not a client list
])
def test_headerless_columns_that_are_not_names(values: list[str]) -> None:
    [col] = guess_mapping(["A"], [values], has_header=False)
    assert col.target == "custom.a"


def test_a_headed_sheet_keeps_its_unknown_columns_custom() -> None:
    [col] = guess_mapping(["Opiekun"], [["Jan Kowalski", "Anna Nowak"]])
    assert col.target == "custom.opiekun"


def test_a_russian_landline_in_a_polish_list_is_read_as_plus_7_with_a_warning() -> None:
    mapping = [_col(0, "full_name", "Klient"), _col(1, "phone", "Telefon")]
    sheet = SheetData("Klienci", [["Klient", "Telefon"], ["Jan Kowalski", "601 234 567"],
                                  ["Пётр Иванов", "8 495 123 45 67"], ["Anna Nowak", "601 234 568"]])
    jan, piotr, anna = parse_rows(sheet, mapping, 1, region="PL")
    assert [p.value for p in piotr.phones] == ["+74951234567"] and piotr.phones[0].valid
    [problem] = piotr.problems
    assert (problem.row, problem.column, problem.severity) == (3, "B", "warning")
    assert "+7 495 123-45-67" in problem.reason and "also a valid number elsewhere" in problem.reason
    assert not jan.problems and not anna.problems


def test_a_contact_header_full_of_phones_is_a_phone_column() -> None:
    [col] = guess_mapping(["Contact"], [["601 234 567", "601 234 568", "+7 916 123 45 67"]])
    assert col.target == "phone"
