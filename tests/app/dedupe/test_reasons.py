"""Duplicate reasons name people as a person reads them, and say when the surnames differ."""

from __future__ import annotations

import pytest

from app.dedupe.finder import find_groups
from app.dedupe.matcher import explain
from app.dedupe.record import MatchRecord as R
from app.dedupe.record import prepare, readable

PHONE = ("+79161234567",)


def _reasons(a: R, b: R) -> list[str]:
    return explain(prepare(a), prepare(b))[1]


@pytest.mark.parametrize(("raw", "shown"), [
    ("ИВАНОВ", "Иванов"), ("nowak-kowalska", "Nowak-Kowalska"), ("o'brien", "O'Brien"), ("И.и.", "И.И."),
    ("  Anna   Maria ", "Anna Maria"), ("McDonald", "McDonald"), ("j.", "J."), ("ŁUKASZ", "Łukasz"),
])
def test_readable(raw, shown):
    assert readable(raw) == shown


def test_a_full_name_in_one_field_is_shown_split_and_in_its_case():
    reasons = _reasons(R(1, "Иван", "Иванов", phones=PHONE), R(2, "ИВАНОВ И.И.", phones=PHONE))
    assert "first names: Иван ~ И." in reasons and "same last name" in reasons
    assert not any("ИВАНОВ" in r or "И.И." in r for r in reasons)


def test_names_typed_in_capitals_are_shown_as_read():
    reasons = _reasons(R(1, "Aleksandr", "Kowalski", phones=PHONE), R(2, "SASHA", "KOWALSKA", phones=PHONE))
    assert reasons == ["same phone", "names: Aleksandr ~ Sasha", "male and female form of a surname: Kowalski / Kowalska"]


def test_a_married_name_match_says_the_surnames_differ():
    a = R(1, "Анна", "Петрова", phones=PHONE, birth_date="1990-01-02")
    b = R(2, "АННА", "СМИРНОВА", phones=PHONE, birth_date="1990-01-02")
    groups = find_groups([a, b])
    assert [g.ids for g in groups] == [(1, 2)]
    assert "last names differ: Петрова / Смирнова" in groups[0].reasons
    double = _reasons(R(1, "Anna", "Nowak-Kowalska", phones=PHONE), R(2, "ANNA", "KOWALSKA", phones=PHONE))
    assert "last names differ, one shares a part of the other (a married name?): Nowak-Kowalska / Kowalska" in double


def test_reasons_hold_nothing_that_is_not_on_screen():
    a = R(1, "Jan", "Kowalski", phones=PHONE, emails=("jan@example.pl",), birth_date="1980-05-06", city="Łódź",
          street="Długa 5", postcode="90-001")
    b = R(2, "JAN", "KOWALSKY", phones=PHONE, emails=("jan@example.pl",), birth_date="1980-05-06", city="Łódź",
          street="Długa 5", postcode="90-001")
    text = " ".join(_reasons(a, b))
    for private in ("+7916", "jan@", "1980", "Długa", "90-001", "Łódź"):
        assert private not in text


def test_company_names_in_a_reason_are_shown_as_typed() -> None:
    """A firm's name in capitals stays in capitals in a reason (not "Atelier Kowalski")."""
    from app.dedupe.matcher import pair_weight
    from app.dedupe.record import MatchRecord, prepare

    a = prepare(MatchRecord(id=1, company="ATELIER  KOWALSKI", phones=("+48601234567",)))
    b = prepare(MatchRecord(id=2, company="ATELIER KOWALKSI", phones=("+48601234567",)))
    reasons: list[str] = []
    pair_weight(a, b, reasons)
    assert "company names: ATELIER KOWALSKI ~ ATELIER KOWALKSI" in reasons
