"""The filter builder writes text the query language reads, for every field and condition it offers."""

from __future__ import annotations

import pytest

from app.query import client_filter
from models.query import FIELDS
from ui.filter_builder import FilterBuilder, field_titles, operators

SAMPLES = {"phone": "600 100", "money": "500", "count": "2", "date": "30", "datetime": "30", "birthday": "7"}
DATE_SAMPLES = {"after": "2024-01-01", "before": "2024-01-01", "between": "2024-01-01..2024-06-30"}


@pytest.fixture
def builder(qtbot):
    dialog = FilterBuilder()
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("field", list(field_titles()))
def test_every_condition_of_every_field_parses(builder, field):
    row = builder.rows[0]
    for op in operators(FIELDS[field].kind):
        value = DATE_SAMPLES.get(op.key) or SAMPLES.get(FIELDS[field].kind, "Nowy Sącz")
        row.set_condition(field, op.key, value if not FIELDS[field].values else FIELDS[field].values[0])
        text = builder.query_text()
        assert text, (field, op.key)
        client_filter(text)  # raises QueryError if the builder wrote something the language refuses


def test_and_or_and_removing_rows(builder):
    builder.rows[0].set_condition("city", "contains", "Kraków")
    builder.add_row("tags", "has", "stały klient")
    assert builder.query_text() == 'city:Kraków tag:"stały klient"'
    builder.join.setCurrentIndex(1)
    assert builder.query_text() == 'city:Kraków OR tag:"stały klient"'
    assert "OR" in builder.preview.text()
    builder.remove_row(builder.rows[0])
    assert builder.query_text() == 'tag:"stały klient"'


def test_empty_value_writes_nothing_and_apply_is_disabled(builder):
    assert builder.query_text() == ""
    assert not builder.apply_button.isEnabled()


def test_apply_emits_the_query(qtbot, builder):
    builder.rows[0].set_condition("total_spent", ">", "500")
    with qtbot.waitSignal(builder.query_built) as blocker:
        builder.apply_button.click()
    assert blocker.args == ["total_spent:>500"]


def test_a_bad_value_is_reported_not_applied(qtbot, builder):
    builder.rows[0].set_condition("created", "after", "yesterday-ish")
    emitted = []
    builder.query_built.connect(emitted.append)
    builder.apply_button.click()
    assert builder.error.isVisible() or not builder.error.isHidden()
    assert not emitted
