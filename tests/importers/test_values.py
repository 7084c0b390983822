"""Cells to values: names split, phones to E.164 (float precision flagged), dates from serials and text,
spreadsheet errors reported, every problem located by sheet, row and column letter."""

from __future__ import annotations

import datetime as dt

import pytest

from importers.mapping import ColumnMap
from importers.readers import SheetData
from importers.values import parse_rows, serial_to_date
from models.phones import PhoneReader, parse_phone


def _col(index: int, target: str, header: str = "", label: str = "") -> ColumnMap:
    return ColumnMap(index, "ABCDEFGHIJ"[index], header or target, target, label)


def _parse(rows, mapping, *, errors=None, date1904=False, region="PL"):
    sheet = SheetData("Klienci", [["h"] * len(mapping), *rows], errors=errors or {}, date1904=date1904)
    return parse_rows(sheet, mapping, 1, region=region)


@pytest.mark.parametrize("full,parts", [
    ("Иванов Иван Иванович", ("Иван", "Иванович", "Иванов")),
    ("Jan Kowalski", ("Jan", "", "Kowalski")),
    ("Kowalski Jan", ("Jan", "", "Kowalski")),
    ("KOWALSKA ANNA", ("Anna", "", "Kowalska")),
])
def test_full_names_are_split(full: str, parts: tuple[str, str, str]) -> None:
    (row,) = _parse([[full]], [_col(0, "full_name")])
    f = row.fields
    assert (f.get("first_name"), f.get("middle_name", ""), f.get("last_name")) == parts


def test_separate_name_columns_win_over_the_full_name() -> None:
    (row,) = _parse([["Jan Kowalski", "Janek", "Kowalski-Nowak"]],
                    [_col(0, "full_name"), _col(1, "first_name"), _col(2, "last_name")])
    assert (row.fields["first_name"], row.fields["last_name"]) == ("Janek", "Kowalski-Nowak")


def test_phones_from_text_integers_and_floats() -> None:
    (row,) = _parse([["+48 601 234 567; 22 123 45 67", 79161234567.0, 48601234568]],
                    [_col(0, "phone"), _col(1, "phone", label="mobile"), _col(2, "phone")])
    assert [p.value for p in row.phones] == ["+48601234567", "+48221234567", "+79161234567", "+48601234568"]
    assert row.phones[2].label == "mobile"
    assert not row.problems


def test_float_that_lost_digits_is_flagged_not_guessed() -> None:
    (row,) = _parse([["7.9161234E+10", "jan@example.pl"]], [_col(0, "phone"), _col(1, "email")])
    assert not row.phones[0].valid and row.phones[0].value == "7.9161234E+10"
    (problem,) = row.problems
    assert (problem.row, problem.column, problem.severity) == (2, "A", "warning")
    assert "lost digits" in problem.reason


def test_several_emails_in_one_cell() -> None:
    (row,) = _parse([["jan@example.pl, Anna@Example.COM; jan@example.pl"]], [_col(0, "email")])
    assert [e.value for e in row.emails] == ["jan@example.pl", "Anna@example.com"]


@pytest.mark.parametrize("cell,expected,date1904", [
    (29_221, dt.date(1980, 1, 1), False),
    (27_759, dt.date(1980, 1, 1), True),
    ("17.05.1980", dt.date(1980, 5, 17), False),
    ("1980-05-17", dt.date(1980, 5, 17), False),
    (dt.datetime(1980, 5, 17, 0, 0), dt.date(1980, 5, 17), False),
])
def test_dates_from_serials_text_and_cells(cell, expected, date1904) -> None:
    (row,) = _parse([["Jan", cell]], [_col(0, "first_name"), _col(1, "birth_date")], date1904=date1904)
    assert row.fields["birth_date"] == expected and not row.problems


def test_ambiguous_and_bad_dates_are_reported() -> None:
    rows = _parse([["Jan", "03/04/2020"], ["Anna", "31.02.1980"]], [_col(0, "first_name"), _col(1, "birth_date")])
    assert rows[0].fields["birth_date"] == dt.date(2020, 4, 3)
    assert "ambiguous" in rows[0].problems[0].reason and rows[0].problems[0].severity == "warning"
    assert rows[1].has_errors and rows[1].problems[0].column == "B" and rows[1].problems[0].row == 3
    assert "31.02.1980" in rows[1].data()["notes"]  # nothing lost


def test_serial_1900_leap_bug_and_epochs() -> None:
    assert serial_to_date(1) == dt.date(1900, 1, 1)
    assert serial_to_date(59) == dt.date(1900, 2, 28)
    assert serial_to_date(61) == dt.date(1900, 3, 1)
    assert serial_to_date(1, date1904=True) == dt.date(1904, 1, 2)
    with pytest.raises(ValueError):
        serial_to_date(60)


def test_spreadsheet_errors_are_empty_and_reported() -> None:
    rows = _parse([["Jan", ""], ["Anna", "#N/A"]], [_col(0, "first_name"), _col(1, "phone", "Telefon")],
                  errors={(1, 1): "#DIV/0!"})
    assert not rows[0].phones and not rows[1].phones
    assert [p.reason.split(" in ")[0] for r in rows for p in r.problems] == [
        "spreadsheet error #DIV/0!", "spreadsheet error #N/A"]
    assert [(p.row, p.column) for r in rows for p in r.problems] == [(2, "B"), (3, "B")]


def test_leading_zeros_are_kept_and_numbers_read_as_typed() -> None:
    (row,) = _parse([["Jan", "02-134", "00123", 12.0]],
                    [_col(0, "first_name"), _col(1, "postcode"), _col(2, "custom.card"), _col(3, "custom.n")])
    assert row.fields["postcode"] == "02-134"
    assert row.custom == {"card": "00123", "n": "12"}


def test_row_without_identity_is_an_error_row() -> None:
    (row,) = _parse([["Kraków"]], [_col(0, "city")])
    assert row.has_errors and row.problems[0].column == ""


def test_gender_consent_tags_and_notes() -> None:
    (row,) = _parse([["Anna", "K", "tak", "vip; Hurt", "dzwonić po 17"]],
                    [_col(0, "first_name"), _col(1, "gender"), _col(2, "consent_email"), _col(3, "tags"),
                     _col(4, "notes")])
    assert row.fields["gender"] == "female" and row.fields["consent_email"] == "granted"
    assert row.tags == ["vip", "hurt"] and row.data()["notes"] == "dzwonić po 17"


def test_company_only_row_is_a_company() -> None:
    (row,) = _parse([["Kwiaciarnia Róża", "601234567"]], [_col(0, "company"), _col(1, "phone")])
    assert row.fields["kind"] == "company"


@pytest.mark.parametrize("raw", ["+48 601 234 567", "+48 601 234 568", 79161234567.0, 79161234568, "601234569",
                                 "8 (916) 123-45-67", "+7 916 123 45 67", "0048601234567", "12345", "+1 202 555 0143"])
def test_fast_phone_path_agrees_with_the_model(raw) -> None:
    fast = PhoneReader("PL")
    fast.parse("+48 601 000 000")
    fast.parse(79160000000.0)
    assert fast.parse(raw) == parse_phone(raw, "PL")


def test_values_our_exports_write_read_back() -> None:
    """``unknown`` gender and consent are as good as empty (no doubt, nothing overwritten on update);
    consent dates are dates; a Mailchimp birthday without a year is kept in the notes, not refused."""
    (row,) = _parse([["Jan", "unknown", "unknown", "2024-03-01", "05/17"]],
                    [_col(0, "first_name"), _col(1, "gender"), _col(2, "consent_email"),
                     _col(3, "consent_sms_date"), _col(4, "birth_date", "Birthday")])
    assert "gender" not in row.fields and "consent_email" not in row.fields
    assert row.fields["consent_sms_date"] == dt.date(2024, 3, 1)
    assert row.notes == ["Birthday: 05/17"]
    assert [(p.column, p.severity) for p in row.problems] == [("E", "warning")]


def test_phones_are_read_in_the_rows_country() -> None:
    """As app.records does: a German number in a row whose country is Germany, wherever the column is."""
    rows = _parse([["030-0074321", "Germany"], ["601 234 567", ""]], [_col(0, "phone"), _col(1, "country")])
    assert [r.phones[0].value for r in rows] == ["+49300074321", "+48601234567"]


def test_parsed_rows_pickle_whole_every_field_included() -> None:
    """Parsed rows cross from a forked child as pickles (app.offload); their compact ``__reduce__`` must
    carry every field, including ones added later."""
    import dataclasses
    import pickle

    from importers.values import ParsedRow, Problem
    from models.emails import Email
    from models.phones import Phone

    for cls in (Phone, Email, Problem, ParsedRow):
        names = [f.name for f in dataclasses.fields(cls)]
        sample = cls(*[f"{name}-value" for name in names])
        _, args = sample.__reduce__()
        assert list(args) == [f"{name}-value" for name in names], cls
    row = ParsedRow(7, ["Anna", 48601234567.0, None], {"first_name": "Anna", "city": "Łódź"},
                    [Phone("+48601234567", "601 234 567", True, "mobile", "")],
                    [Email("anna@wp.pl", "Anna@WP.PL", True, "", "")], ["vip"], {"card": "0042"}, ["note"],
                    [Problem("Klienci", 7, "B", "601", "check", "error")])
    assert pickle.loads(pickle.dumps(row, protocol=pickle.HIGHEST_PROTOCOL)) == row
