"""The filter builder writes text the query language reads, for every field and condition it offers."""

from __future__ import annotations

import pytest

from app.query import client_filter
from ui.filter_builder import FilterBuilder, conditions_from_query, field_info, field_titles, operators

SAMPLES = {"phone": "600100", "money": "500", "count": "2", "date": "30", "datetime": "30", "birthday": "7"}
DATE_SAMPLES = {"after": "2024-01-01", "before": "2024-01-01", "between": "2024-01-01..2024-06-30",
                "starts": "Sącz"}


@pytest.fixture
def builder(qtbot):
    dialog = FilterBuilder()
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("field", list(field_titles()))
def test_every_condition_of_every_field_parses(builder, field):
    row = builder.rows[0]
    info = field_info(field)
    for op in operators(info.kind):
        value = (SAMPLES.get(info.kind) if info.kind == "phone" else None) or DATE_SAMPLES.get(op.key) or \
            SAMPLES.get(info.kind, "Nowy Sącz")
        row.set_condition(field, op.key, value if not info.values else info.values[0])
        text = builder.query_text()
        assert text, (field, op.key)
        client_filter(text)  # raises QueryError if the builder wrote something the language refuses
        join, rows = conditions_from_query(text)  # and reads it back as the same row
        assert [(f, o) for f, o, _ in rows] == [(field, op.key)], text


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


def test_builder_opens_with_the_current_search(qtbot):
    dialog = FilterBuilder(query='city:"Nowy Sącz" spent:>500 -tag:blocked lodz')
    qtbot.addWidget(dialog)
    assert [(r.field_key(), r._current_operator().key) for r in dialog.rows] == [
        ("city", "contains"), ("total_spent", ">"), ("tags", "not"), ("any", "contains")]
    assert dialog.query_text() == 'city:"Nowy Sącz" total_spent:>500 -tag:blocked lodz'
    assert dialog.note.isHidden()


def test_builder_starts_empty_for_a_query_it_cannot_show(qtbot):
    dialog = FilterBuilder(query="(city:Kraków OR city:Łódź) tag:vip")
    qtbot.addWidget(dialog)
    assert not dialog.note.isHidden()
    assert len(dialog.rows) == 1 and dialog.query_text() == ""


def test_or_query_reads_back_with_or():
    assert conditions_from_query("tag:vip OR segment:regular") == (
        "OR", [("tags", "has", "vip"), ("segment", "is", "regular")])


def test_starts_with_takes_one_word(builder):
    builder.rows[0].set_condition("city", "starts", "Nowy S")
    assert builder.query_text() == ""
    assert builder.rows[0].value.property("invalid")
    builder.rows[0].value.setText("Nowy")
    assert builder.query_text() == "city:Nowy*"
    assert not builder.rows[0].value.property("invalid")
