"""Column mapping: headers in four languages, values over the whole column, overrides, saved mappings."""

from __future__ import annotations

import pytest

from importers.mapping import (
    apply_overrides,
    apply_saved,
    guess_mapping,
    header_field,
    mapping_to_json,
    signature,
)
from storage.errors import UserError


@pytest.mark.parametrize("header,field", [
    ("ФИО", "full_name"), ("Ф.И.О.", "full_name"), ("Imię i nazwisko", "full_name"), ("ПІБ", "full_name"),
    ("Телефон", "phone"), ("Tel. kom.", "phone"), ("Mobile Number", "phone"), ("Телефон 2", "phone"),
    ("E-mail", "email"), ("Эл. почта", "email"), ("Adres e-mail", "email"), ("Kod pocztowy", "postcode"),
    ("Индекс", "postcode"), ("Miejscowość", "city"), ("Город", "city"), ("Місто", "city"),
    ("Data urodzenia", "birth_date"), ("Дата рождения", "birth_date"), ("Дата народження", "birth_date"),
    ("Płeć", "gender"), ("Пол", "gender"), ("Stać", None), ("Стать", "gender"), ("Uwagi", "notes"),
    ("Примечание", "notes"), ("Nazwisko", "last_name"), ("Фамилия", "last_name"), ("Прізвище", "last_name"),
    ("Imię", "first_name"), ("Имя", "first_name"), ("Отчество", "middle_name"), ("Firma", "company"),
    ("Организация", "company"), ("Stanowisko", "job_title"), ("Lp.", "ignore"), ("№", "ignore"),
    ("Kontakt Telefon", "phone"), ("Zgoda na newsletter", "consent_email"), ("Województwo", "region"),
])
def test_headers_in_four_languages(header: str, field: str | None) -> None:
    assert header_field(header) == field


def test_values_decide_when_the_header_is_unknown() -> None:
    names = ["Kolumna 1", "Kolumna 2", "Kolumna 3", "Kolumna 4"]
    blanks = [""] * 30
    columns = [
        [*blanks, "jan@example.pl", "anna@example.com"],  # e-mails only far below the top rows
        [79161234567.0, "+48 601 234 567", "8 (916) 123-45-67"],
        ["02-134", "31-001", "00-950"],
        ["17.05.1980", "1990-01-31"],
    ]
    mapping = guess_mapping(names, [[v for v in c if v != ""] for c in columns])
    assert [m.target for m in mapping] == ["email", "phone", "postcode", "birth_date"]
    assert all(m.guessed_by == "values" for m in mapping)


def test_unknown_columns_go_to_custom_fields_and_empty_ones_are_ignored() -> None:
    mapping = guess_mapping(["Nr karty", "Pusta"], [["A-17", "B-2"], []])
    assert mapping[0].target == "custom.nr_karty"
    assert mapping[1].target == "ignore"


def test_contradicting_values_override_a_wrong_header() -> None:
    mapping = guess_mapping(["Miasto"], [["a@b.pl", "c@d.pl", "e@f.pl"]])
    assert mapping[0].target == "email"


def test_overrides_by_letter_number_or_header() -> None:
    mapping = guess_mapping(["Imię", "Telefon", "Karta"], [["Jan"], ["601234567"], ["7"]])
    apply_overrides(mapping, ["C=custom.card", "2=notes", "Imię=full_name"])
    assert [m.target for m in mapping] == ["full_name", "notes", "custom.card"]
    apply_overrides(mapping, {"B": "Phone"})
    assert mapping[1].target == "phone"
    with pytest.raises(UserError, match="not a field"):
        apply_overrides(mapping, ["A=shoe_size"])
    with pytest.raises(UserError, match="No column"):
        apply_overrides(mapping, ["Z=phone"])
    with pytest.raises(UserError, match="COLUMN=FIELD"):
        apply_overrides(mapping, ["phone"])


def test_saved_mapping_by_header_signature() -> None:
    names = ["Imię", "Karta"]
    mapping = apply_overrides(guess_mapping(names, [["Jan"], ["7"]]), ["Karta=custom.card"])
    saved = mapping_to_json(mapping)
    fresh = guess_mapping(names, [["Anna"], ["8"]])
    apply_saved(fresh, saved)
    assert fresh[1].target == "custom.card" and fresh[1].guessed_by == "saved"
    assert signature(["Imię", "Karta"]) == signature(["imie", "KARTA"]) != signature(["Karta", "Imię"])


def test_our_export_headers_map_back_to_their_fields() -> None:
    """The full table's headers are the field names; Mailchimp's and Northwind's CamelCase ones too."""
    from app.export.formats import MAILCHIMP_HEADER, TableShape, table_header

    expected = {
        "kind": "kind", "first_name": "first_name", "last_name": "last_name", "middle_name": "middle_name",
        "job_title": "job_title", "phone_2": "phone", "email_2": "email", "birth_date": "birth_date",
        "contact_time": "contact_time", "consent_sms": "consent_sms", "consent_post_date": "consent_post_date",
        "consent_email_optout": "consent_email_optout", "custom.Nr karty": "custom.Nr karty",
        "Email Address": "email", "Address": "street", "Phone Number": "phone", "Birthday": "birth_date",
        "ContactName": "full_name", "CompanyName": "company", "ContactTitle": "job_title",
        "PostalCode": "postcode", "CustomerID": None, "Klient nr": None, "Company ID": None,
        # a number or id after a contact field is still that field
        "Phone No": "phone", "Mobile No": "phone", "Telefon nr": "phone", "Email ID": "email",
    }
    assert {h: header_field(h) for h in expected} == expected
    names = [*table_header(TableShape(2, 1, ("Nr karty",))), *MAILCHIMP_HEADER]
    dates = [["2024-01-02 10:00:00", "2023-05-06"]]
    mapping = guess_mapping(names, [dates[0] if n in ("created", "updated", "last_purchase") else ["x"]
                                    for n in names])
    by_name = {m.header: m.target for m in mapping}
    assert {by_name[n] for n in ("id", "created", "updated", "total_spent", "orders", "avg_check",
                                 "last_purchase")} == {"ignore"}
    assert by_name["custom.Nr karty"] == "custom.Nr karty" and by_name["segment"] == "segment"
    assert guess_mapping(["CustomerID"], [["ALFKI"]])[0].target == "custom.customer_id"


def test_long_columns_are_judged_over_their_whole_length() -> None:
    """A sample spread over the whole column decides; blanks or another kind at the top do not, and a
    column near the threshold is settled by every value."""
    from importers.mapping import SAMPLE, guess_from_values

    n = SAMPLE * 4
    emails = [*(f"uwaga {i}" for i in range(n // 10)), *(f"k{i}@example.pl" for i in range(n - n // 10))]
    assert guess_from_values(emails)[0] == "email"
    # 79% e-mails: below VALUE_SHARE whatever the sample says, because every value is then classified.
    near = [f"k{i}@example.pl" if i % 100 < 79 else f"tekst {i}" for i in range(n)]
    target, share = guess_from_values(near)
    assert target is None and share == 0.79
