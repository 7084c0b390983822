"""The main window driven like a person: typing, clicking, keys, menus, and the lists in the sidebar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QTreeWidget, QWidget

from ui import main_window as mw
from ui.table_model import ID_ROLE


def click_sidebar(qtbot, window, key: str) -> None:
    item = window.sidebar.item_for(key)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard; QTest handles only ASCII keys, so other letters come as text-only events."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_search(qtbot, window, text: str) -> None:
    window.search_edit.clear()
    type_text(qtbot, window.search_edit, text)
    qtbot.waitUntil(lambda: window.search._last == text.strip(), timeout=2000)


def test_widgets_carry_object_names(window):
    assert isinstance(window.findChild(QLineEdit, "searchEdit"), QLineEdit)
    assert isinstance(window.findChild(QTableView, "clientTable"), QTableView)
    assert isinstance(window.findChild(QWidget, "clientCard"), QWidget)
    assert isinstance(window.findChild(QTreeWidget, "sidebar"), QTreeWidget)


def test_opens_with_rows_and_count_in_status_bar(window):
    assert window.model.rowCount() == 40
    assert window.count_label.text() == "40 clients"
    assert window.current_client_id() is not None  # the first row is selected, its card shown


def test_typing_filters_the_table_and_status_says_n_of_m(qtbot, window):
    type_search(qtbot, window, "lodz")  # folded: finds Łódź
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "Łucja Żółtowska-Szczepańska"
    assert window.count_label.text() == "1 of 40 clients"
    type_search(qtbot, window, "семен")
    assert window.model.index(0, 0).data() == "Семён Иванов"


def test_malformed_query_shows_inline_message_and_keeps_last_result(qtbot, window):
    type_search(qtbot, window, "krakow")
    assert window.model.rowCount() == 1
    type_search(qtbot, window, "cty:Kraków")
    assert window.search.has_error()
    assert "city" in window.search.error_label.text()  # did you mean 'city'?
    assert window.model.rowCount() == 1  # never "everything"
    type_search(qtbot, window, "city:Kraków")
    assert not window.search.has_error()


def test_nothing_found_shows_an_empty_state(qtbot, window):
    type_search(qtbot, window, "zzzz")
    assert window.model.rowCount() == 0
    assert "zzzz" in window.table.empty_text
    assert window.count_label.text() == "0 of 40 clients"


def test_ctrl_f_focuses_search_and_down_arrow_goes_to_table(qtbot, window):
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_edit.hasFocus(), timeout=2000)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert window.table.hasFocus()


def test_arrows_move_through_rows_and_show_each_client(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(window.card, "show_client", lambda client_id: shown.append(client_id))
    window.table.setFocus()
    first = window.current_client_id()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 2
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == window.model.index(2, 0).data(ID_ROLE), timeout=1000)
    assert shown == [shown[-1]] and shown[-1] != first  # two quick presses load one client
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: shown[-1] == window.model.index(1, 0).data(ID_ROLE), timeout=1000)


def test_enter_opens_the_client(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(window, "open_client", lambda client_id: opened.append(client_id))
    window.table.open_requested.disconnect()
    window.table.open_requested.connect(window.open_client)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened == [window.current_client_id()]


def test_clicking_a_row_shows_that_client(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(window.card, "show_client", lambda client_id: shown.append(client_id))
    rect = window.table.visualRect(window.model.index(3, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == window.model.index(3, 0).data(ID_ROLE), timeout=1000)


def test_sidebar_segments_and_tags_filter_the_table(qtbot, window):
    assert window.sidebar.count_text("all") == "40"
    vip = int(window.sidebar.count_text("segment:vip"))
    assert vip == 1
    click_sidebar(qtbot, window, "segment:vip")
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "Jan Kowalski"
    assert window.scope_label.text() == "VIP"
    click_sidebar(qtbot, window, "tag:stały")
    assert window.model.rowCount() == int(window.sidebar.count_text("tag:stały")) == 2
    type_search(qtbot, window, "lodz")  # the search narrows the chosen list
    assert window.model.rowCount() == 1
    assert window.current_query() == '(tag:stały) (lodz)'
    click_sidebar(qtbot, window, "all")
    assert window.model.rowCount() == 1  # the search stays, the scope is gone


def test_filter_builder_writes_the_query_into_the_search_box(qtbot, window):
    qtbot.mouseClick(window.filter_button, Qt.MouseButton.LeftButton)
    dialog = window._filter_builder
    row = dialog.rows[0]
    row.field.setCurrentIndex(row.field.findData("city"))
    type_text(qtbot, row.value, "Gdańsk")
    dialog.add_button.click()
    second = dialog.rows[1]
    second.field.setCurrentIndex(second.field.findData("phone"))
    qtbot.keyClicks(second.value, "200 01")
    assert dialog.query_text() == 'city:Gdańsk phone:"200 01"'
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert window.search_edit.text() == 'city:Gdańsk phone:"200 01"'
    assert window.model.rowCount() == 10  # Test10..Test19 (+48 500 200 01x)


def test_save_smart_list_appears_in_sidebar_with_count(qtbot, window, monkeypatch):
    monkeypatch.setattr(mw, "ask_text", lambda *args, **kw: "Gdańsk people")
    type_search(qtbot, window, "city:Gdańsk")
    qtbot.mouseClick(window.save_list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(k.startswith("list:") for k in window.sidebar._items), timeout=2000)
    key = next(k for k in window.sidebar._items if k.startswith("list:"))
    assert window.sidebar.item_for(key).text(0) == "Gdańsk people"
    assert window.sidebar.count_text(key) == "32"
    qtbot.waitUntil(lambda: window.sidebar.current_key() == key, timeout=2000)
    assert window.search_edit.text() == ""
    assert window.model.rowCount() == 32


def test_bulk_tag_and_segment_on_selected_rows(qtbot, window, monkeypatch):
    monkeypatch.setattr(mw, "ask_text", lambda *args, **kw: "Newsletter")
    window.select_rows([0, 1, 2])
    ids = window.selected_ids()
    assert len(ids) == 3
    assert window.tag_selected() is not None
    qtbot.waitUntil(lambda: window.sidebar.count_text("tag:newsletter") == "3", timeout=3000)
    monkeypatch.setattr(mw, "choose_item", lambda *args, **kw: 4)  # vip
    window.select_rows([0, 1, 2])
    window.segment_selected()
    qtbot.waitUntil(lambda: window.sidebar.count_text("segment:vip") == "3", timeout=3000)  # Jan was one


def test_delete_selected_asks_first(qtbot, window, monkeypatch):
    answers = [False, True]
    monkeypatch.setattr(mw, "confirm", lambda *args, **kw: answers.pop(0))
    window.select_rows([0, 1])
    assert window.delete_selected() is None  # the user said Cancel
    assert window.model.rowCount() == 40
    window.select_rows([0, 1])
    window.delete_selected()
    qtbot.waitUntil(lambda: window.model.rowCount() == 38, timeout=3000)
    assert window.count_label.text() == "38 clients"


def test_delete_has_no_single_key_shortcut(window):
    action = window.findChild(type(window.menuBar().actions()[0]), "action_delete")
    assert action.shortcut().isEmpty()


def test_delete_key_in_the_table_asks_then_deletes_and_never_fires_from_the_search_box(qtbot, window,
                                                                                      monkeypatch):
    asked: list[str] = []
    answers = [False, True]

    def confirm(_parent, _title, text, _action):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(mw, "confirm", confirm)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.model.index(0, 0)).center())
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "1" in asked[0]  # the user said Cancel: nothing deleted
    assert window.model.rowCount() == 40
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.rowCount() == 39, timeout=3000)
    window.search_edit.setText("abc")
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Delete)  # edits the text, deletes no client
    assert len(asked) == 2


def test_column_chooser_and_layout_are_remembered(qtbot, window, ui_register):
    window.toggle_column("company", True)
    window.toggle_column("city", False)
    assert "company" in window.model.column_keys() and "city" not in window.model.column_keys()
    window._save_layout()
    again = mw.MainWindow(mw.AppContext(ui_register))
    qtbot.addWidget(again)
    assert again.model.column_keys() == window.model.column_keys()
    again.lock_controller.stop()


def test_sorting_by_a_column_runs_in_sql(qtbot, window):
    column = window.model.column_keys().index("total_spent")
    window.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert window.model.index(0, 0).data() == "Jan Kowalski"  # the biggest spender
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert window.model.index(0, 0).data() == "Anna Nowak"


def test_missing_feature_dialogs_are_disabled_with_a_tooltip(window):
    for name, action in window._dialog_actions.items():
        if not action.isEnabled():
            assert action.toolTip(), name


def test_settings_dialog_changes_idle_time(qtbot, window):
    dialog = window.open_settings()
    dialog.fields["idle_lock_minutes"].setValue(5)
    dialog.fields["segment.vip_spent"].setValue(100)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.ctx.register.get_setting("idle_lock_minutes") == 5
    assert window.lock_controller._limit == 300
    qtbot.waitUntil(lambda: window.sidebar.count_text("segment:vip") == "3", timeout=3000)  # Jan, Anna, Łucja


def test_settings_fields_of_every_group_start_in_one_column(qtbot, window):
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    lefts = {key: field.mapTo(dialog, field.rect().topLeft()).x() for key, field in dialog.fields.items()}
    assert len(set(lefts.values())) == 1, lefts  # General, Segments and Versions line up
    dialog.reject()


def test_ctrl_n_starts_a_new_client_in_the_card(qtbot, window, monkeypatch):
    started = []
    monkeypatch.setattr(window.card, "new_client", lambda: started.append(True))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert started == [True]


def test_field_names_complete_in_the_search_box(qtbot, window):
    type_search(qtbot, window, "kraków ci")
    completer = window.search_edit.completer_widget()
    assert completer.completionPrefix() == "ci"
    assert completer.currentCompletion() == "city:"
    assert completer.popup().isVisible()
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)  # the popup has the keyboard while it is open
    assert window.search_edit.text() == "kraków city:"


def test_smart_list_rename_and_delete(qtbot, window, monkeypatch):
    from app import lists

    list_id = lists.save_smart_list(window.ctx.register, "Gdańsk", "city:Gdańsk")
    window.sidebar.reload()
    qtbot.waitUntil(lambda: window.sidebar.item_for(f"list:{list_id}") is not None, timeout=2000)
    click_sidebar(qtbot, window, f"list:{list_id}")
    assert window.model.rowCount() == 32
    monkeypatch.setattr(mw, "ask_text", lambda *args, **kw: "Trójmiasto")
    window.rename_smart_list(list_id, "Gdańsk")
    qtbot.waitUntil(lambda: window.sidebar.item_for(f"list:{list_id}").text(0) == "Trójmiasto", timeout=2000)
    monkeypatch.setattr(mw, "confirm", lambda *args, **kw: True)
    window.delete_smart_list(list_id, "Trójmiasto")
    qtbot.waitUntil(lambda: window.sidebar.item_for(f"list:{list_id}") is None, timeout=2000)
    assert window.sidebar.current_key() == "all" and window.model.rowCount() == 40


def test_run_gui_opens_the_window_directly_with_register_and_password(qtbot, ui_register_path, monkeypatch):
    import sys

    from PySide6.QtWidgets import QApplication

    import ui
    from tests.ui.conftest import PASSWORD
    from ui import app as ui_app

    class NoLoop:  # run_gui's event loop is not run here: quitting the test's QApplication breaks later tests
        quit = staticmethod(lambda: None)

        @staticmethod
        def exec() -> int:
            return 0

    monkeypatch.setattr(ui_app, "ensure_app", lambda *args, **kw: NoLoop())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("KARTOTEKA_PASSWORD", PASSWORD)
    assert ui.run_gui([], register=str(ui_register_path)) == 0
    shown = {w.objectName(): w for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert "mainWindow" in shown and "startDialog" not in shown
    assert shown["mainWindow"].model.rowCount() == 40
    shown["mainWindow"].close()


def test_right_click_offers_bulk_actions_for_the_selection(window):
    window.select_rows([0, 1, 2, 3])
    menu = window._rows_menu(window.table.visualRect(window.model.index(1, 0)).center())
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[0] == "Add tag to 4 clients…"
    assert "Delete 4 clients…" in texts
    menu.close()


def test_a_card_save_refreshes_the_row_and_the_sidebar(qtbot, window):
    from app import records

    client_id = window.current_client_id()
    with window.ctx.register.unit_of_work("edit") as session:
        records.update_client(session, client_id, {"tags": "nowy tag"})
    window.card.saved.emit(client_id)
    qtbot.waitUntil(lambda: window.sidebar.count_text("tag:nowy tag") == "1", timeout=2000)
    window.toggle_column("tags_text", True)  # hidden by default: the sidebar lists the tags
    column = window.model.column_keys().index("tags_text")
    assert window.model.index(window.table.currentIndex().row(), column).data() == "nowy tag"
    assert window.current_client_id() == client_id


def test_window_title_names_the_file_only(window):
    assert window.windowTitle() == "Kartoteka — clients.kartoteka"


def test_cancelled_bulk_action_changes_nothing(qtbot, window, monkeypatch):
    from app.session import Cancelled

    monkeypatch.setattr(mw, "confirm", lambda *args, **kw: True)

    def refuse(*args, **kw):
        raise Cancelled("stopped")

    monkeypatch.setattr(mw.lists, "bulk_delete", refuse)
    window.select_rows([0, 1])
    task = window.delete_selected()
    qtbot.waitUntil(lambda: task.done, timeout=2000)
    qtbot.waitUntil(lambda: "nothing was changed" in window.statusBar().currentMessage(), timeout=2000)
    assert window.model.rowCount() == 40


def test_card_is_built_after_the_first_rows(qtbot, ui_register, inline_workers):
    import ui

    win = ui.window_for(ui_register)
    qtbot.addWidget(win)
    assert win._card is None and win.model.rowCount() > 0  # the rows do not wait for the card's widgets
    win.show()
    qtbot.waitUntil(lambda: win._card is not None and win.card.client_id is not None)
    assert win.card.client_id == win.current_client_id()
    win.lock_controller.stop()


IMPORTANT_COLUMNS = ["display_name", "primary_phone", "primary_email", "city", "segment", "total_spent", "orders",
                     "last_purchase"]


@pytest.mark.parametrize("size", [None, (1440, 880)], ids=["default", "1440x880"])
def test_first_run_columns_fit_the_table_and_show_whole_values(qtbot, window, size):
    """No column off-screen, no sideways scrolling; amounts, dates, segments and phones never elided."""
    if size:
        window.resize(*size)
    qtbot.waitUntil(lambda: window.table.horizontalScrollBar().maximum() == 0, timeout=2000)
    table, header = window.table, window.table.horizontalHeader()
    keys = window.model.column_keys()
    assert keys == IMPORTANT_COLUMNS
    for i, key in enumerate(keys):
        left = header.sectionViewportPosition(i)
        assert left >= 0 and left + header.sectionSize(i) <= table.viewport().width(), f"{key} is off-screen"
    for key in ("primary_phone", "segment", "total_spent", "orders", "last_purchase"):
        column = keys.index(key)
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), f"{key} is cut"
    for key in ("display_name", "primary_email", "city"):
        assert header.sectionSize(keys.index(key)) >= 70, f"{key} is too narrow to read"


def test_name_column_stretches_and_a_dragged_width_is_kept(qtbot, window, ui_register):
    header = window.table.horizontalHeader()
    keys = window.model.column_keys()
    name, email = keys.index("display_name"), keys.index("primary_email")
    narrow = header.sectionSize(name)
    window.resize(window.width() + 300, window.height())
    qtbot.waitUntil(lambda: header.sectionSize(name) > narrow + 40, timeout=2000)  # the name takes the room
    # Drag the e-mail column's right edge 60 px to the right, like a person.
    edge = header.sectionViewportPosition(email) + header.sectionSize(email) - 1
    middle = header.height() // 2
    before = header.sectionSize(email)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, middle))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 30, middle))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 60, middle))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 60, middle))
    dragged = header.sectionSize(email)
    assert dragged >= before + 50
    window.resize(window.width() - 300, window.height())  # the window's own fitting leaves it alone
    qtbot.wait(20)
    assert header.sectionSize(email) == dragged
    window._save_layout()
    again = mw.MainWindow(mw.AppContext(ui_register))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.table.horizontalHeader().sectionSize(email) == dragged
    again.lock_controller.stop()


def test_widths_saved_by_the_old_version_give_way_to_the_fitted_ones(qtbot, ui_register):
    """A layout saved before the fitting held every default width (~1,140 px); only real changes stay."""
    import json

    from ui.app import qsettings

    qsettings().setValue("table/layout", json.dumps({
        "columns": IMPORTANT_COLUMNS, "widths": {**mw.OLD_DEFAULT_WIDTHS, "city": 150}, "sort": "display_name"}))
    win = mw.MainWindow(mw.AppContext(ui_register))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    header = win.table.horizontalHeader()
    assert header.sectionSize(IMPORTANT_COLUMNS.index("city")) == 150  # the user's own width
    assert win.table.horizontalScrollBar().maximum() == 0
    win.lock_controller.stop()
