"""The paged client table model: Qt's model tester, paging, sorting in SQL, refresh after saves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import records
from app.query import QueryError
from ui import table_model
from ui.main_window import AppContext
from ui.table_model import ID_ROLE, SORT_KEY_ROLE, ClientTableModel, format_money


@pytest.fixture
def model(qapp, ui_register):
    model = ClientTableModel(AppContext(ui_register))
    model.set_query("")
    return model


def settle(qtbot, model) -> None:
    """Wait for the exact count, which follows the first page from a worker."""
    qtbot.waitUntil(lambda: not model.counting, timeout=5000)


def test_passes_qt_model_tester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    model.set_query("city:Gdańsk")
    qtmodeltester.check(model, force_py=True)


def test_first_page_at_once_then_the_count(qtbot, model, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 10)
    model.forget_total()
    reads = model.page_reads
    model.set_query("")
    assert model.rowCount() == 10 and model.counting  # the first page is on screen at once
    settle(qtbot, model)
    assert model.rowCount() == 40 and model.total == 40
    model.index(0, 0).data()
    model.index(9, 0).data()
    assert model.page_reads == reads + 1  # both rows came with the first page
    model.index(25, 0).data()
    assert model.page_reads == reads + 2
    assert isinstance(model.row_tuple(25), tuple)
    model.set_query("kowalski")  # fewer rows than a page: no count needed
    assert not model.counting and model.rowCount() == 1


def test_page_cache_is_bounded(qtbot, model, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 2)
    monkeypatch.setattr(table_model, "MAX_PAGES", 3)
    model.set_query("")
    assert model.rowCount() == 40  # the register's size is known: no count
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    assert len(model._pages) == 3


def test_display_formats_money_phone_and_segment(model):
    model.set_query("kowalski")
    keys = model.column_keys()
    row = {key: model.index(0, i).data() for i, key in enumerate(keys)}
    assert row["display_name"] == "Jan Kowalski"
    assert row["primary_phone"] == "+48 600 100 000"
    assert row["total_spent"] == format_money(560000)
    assert row["segment"] == "VIP"
    assert model.index(0, keys.index("total_spent")).data(SORT_KEY_ROLE) == 560000
    align = model.index(0, keys.index("total_spent")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    assert isinstance(model.index(0, 0).data(ID_ROLE), int)


def test_malformed_query_raises_and_keeps_the_rows(model):
    model.set_query("city:Gdańsk")
    with pytest.raises(QueryError) as err:
        model.set_query("city:Gdańsk (")
    assert err.value.start >= 0
    assert model.rowCount() == 32 and model.query == "city:Gdańsk"


def test_sort_runs_in_sql_both_ways(model):
    model.set_query("")
    column = model.column_keys().index("total_spent")
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Jan Kowalski"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "Anna Nowak"
    assert model.sort_state() == ("display_name", False)


def test_refresh_client_after_a_save(qtbot, model, ui_register):
    model.set_query("")
    client_id = model.client_id(0)
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append((first.row(), last.row())))
    with ui_register.unit_of_work("edit") as session:
        records.update_client(session, client_id, {"city": "Sopot"})
    model.refresh_client(client_id)
    assert changed == [(0, 0)]
    assert model.index(0, model.column_keys().index("city")).data() == "Sopot"


def test_reload_after_delete_removes_the_row(qtbot, model, ui_register):
    model.set_query("city:Gdańsk")
    with ui_register.unit_of_work("delete") as session:
        records.delete_client(session, model.client_id(0))
    removed = []
    model.rowsRemoved.connect(lambda parent, first, last: removed.append((first, last)))
    model.reload()
    settle(qtbot, model)
    assert model.rowCount() == 31 and removed == [(31, 31)]
    assert model.total == 39


def test_column_chooser_changes_columns(model):
    model.set_columns(["display_name", "company", "nonsense"])
    assert model.column_keys() == ["display_name", "company"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Company"
    model.set_columns([])
    assert model.column_keys() == ["display_name"]


def test_clear_forgets_everything(model):
    model.clear()
    assert model.rowCount() == 0 and model.total == 0 and not model._pages


def test_total_is_counted_once_until_the_register_changes(qtbot, model, ui_register):
    model.set_query("city:Gdańsk")
    assert model.total == 40 and not model.counting
    with ui_register.unit_of_work("add") as session:
        records.create_client(session, {"first_name": "Nowa"})
    model.set_query("city:Kraków")
    assert model.total == 40  # a keystroke does not count the whole register again
    model.forget_total()
    model.set_query("city:Kraków")
    settle(qtbot, model)
    assert model.total == 41
