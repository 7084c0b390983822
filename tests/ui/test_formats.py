"""Money and dates read as the user's language writes them, in the table and on the card."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from ui import formats
from ui.card import ClientCard

NBSP = "\u00a0"


@pytest.fixture
def locale_named():
    """Switch the default locale (what a Polish, Russian or English system gives) for one test."""
    saved = QLocale()

    def switch(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield switch
    QLocale.setDefault(saved)


@pytest.mark.parametrize(("name", "spent", "last"), [
    ("ru_RU", f"5{NBSP}600,00", "%d.%m.%Y"),
    ("pl_PL", "5600,00", "%d.%m.%Y"),  # Polish groups only from five digits
    ("en_US", "5,600.00", "%-m/%-d/%Y"),
    ("C", "5600.00", "%Y-%m-%d"),  # a bare system keeps ISO dates, never "d MM yyyy"
])
def test_the_table_writes_money_and_dates_in_the_users_locale(qtbot, window, locale_named, name, spent, last):
    locale_named(name)
    window.search_edit.setText("kowalski")
    window.search.commit()
    keys = window.model.column_keys()
    row = {key: window.model.index(0, i).data() for i, key in enumerate(keys)}
    assert row["total_spent"] == spent
    last_day = dt.date.today() - dt.timedelta(days=10)
    if name == "pl_PL":  # Qt writes the Polish day without a leading zero
        assert row["last_purchase"] == f"{last_day.day}.{last_day:%m.%Y}"
    else:
        assert row["last_purchase"] == last_day.strftime(last)


def test_the_card_writes_totals_and_purchases_in_the_users_locale(qtbot, ctx, locale_named):
    locale_named("ru_RU")
    card = ClientCard(ctx)
    qtbot.addWidget(card)
    card.show_client(ctx.ids["semen"])
    assert card.totals["spent"].text().startswith("400,00")
    assert card.totals["avg"].text().startswith("200,00")
    assert card.totals["last"].text() == "05.03.2025"
    assert card.purchases.table.item(0, 0).text() == "05.03.2025"
    assert card.purchases.table.item(0, 1).text().startswith("300,00")
    card.purchases.table.selectRow(0)  # the form still gets the stored value to correct
    assert card.purchases.amount.text() == "300.00"


def test_a_four_digit_year_even_where_the_locale_writes_two():
    assert "yyyy" in formats.date_format(QLocale("en_US"))
    assert formats.date("not a date") == "not a date"
    assert formats.money_minor(None) == "" and formats.money(None) == ""
