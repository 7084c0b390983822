"""Company names written with their legal form in any of its spellings (Polish, Russian, Ukrainian,
English; before or after the name; Latin or Cyrillic letters) are one company to the finder."""

from __future__ import annotations

import pytest

from app.dedupe.finder import find_groups
from app.dedupe.record import MatchRecord as R


@pytest.mark.parametrize("names", [
    ("OOO Ромашка", "ООО «Ромашка»", "Romashka LLC", "ТОВ «Ромашка»"),
    ("Kwiaty Sp. z o.o.", "KWIATY SP. Z O. O.", "Kwiaty sp.z o.o.", "Kwiaty Spółka z ograniczoną odpowiedzialnością",
     "Kwiaty sp. z oo", "Kwiaty Sp. z o.o. Sp. k."),
])
def test_legal_form_variants_with_one_phone_are_one_company(names):
    records = [R(i, company=name, phones=("+48221234567",)) for i, name in enumerate(names, 1)]
    groups = find_groups(records)
    assert [g.ids for g in groups] == [tuple(range(1, len(names) + 1))]
    assert "same company" in groups[0].reasons


def test_a_legal_form_does_not_make_different_companies_one():
    # "Co" is a legal form only after the name; "Co-op" keeps its first word.
    records = [R(3, company="Co-op Sp. z o.o.", phones=("+48221234568",)),
               R(4, company="Op Sp. z o.o.", phones=("+48221234568",))]
    assert find_groups(records) == []


@pytest.mark.parametrize("names", [
    # The full Russian form, spelled as the table once did not match it after transliteration.
    ("Общество с ограниченной ответственностью «Ромашка»", "ООО Ромашка", "ООО «Ромашка»"),
    ("Товариство з обмеженою відповідальністю «Ромашка»", "ТОВ «Ромашка»", "ООО Ромашка"),
    ("Акционерное общество «Ромашка»", "АО «Ромашка»", "Ромашка АО"),
    ("Публичное акционерное общество «Ромашка»", "ПАО «Ромашка»", "Ромашка, публичное акционерное общество"),
    ("Індивідуальний підприємець Коваленко", "ФОП Коваленко", "Фізична особа-підприємець Коваленко"),
    ("Индивидуальный предприниматель Коваленко", "ИП Коваленко", "ФОП Коваленко"),
    ("Публічне акціонерне товариство «Ромашка»", "ПАТ «Ромашка»", "Акціонерне товариство «Ромашка»"),
])
def test_full_russian_and_ukrainian_legal_forms_match_their_abbreviations(names):
    records = [R(i, company=name, phones=("+380441234567",)) for i, name in enumerate(names, 1)]
    groups = find_groups(records)
    assert [g.ids for g in groups] == [tuple(range(1, len(names) + 1))]
    assert "same company" in groups[0].reasons


def test_a_legal_form_alone_is_not_stripped_to_nothing():
    # Two different companies whose names are only a legal form and a word each stay apart on the name.
    records = [R(1, company="ООО Ромашка", phones=("+380441234567",)),
               R(2, company="ООО Василёк", phones=("+380441234567",))]
    groups = find_groups(records)
    assert all("same company" not in g.reasons for g in groups)
