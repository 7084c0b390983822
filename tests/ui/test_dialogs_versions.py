"""The Versions dialog: list, restore one client, restore the whole register (after a question)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import records
from ui.dialogs import common
from ui.dialogs.versions import VersionsDialog


@pytest.fixture
def reg(versions_reg):
    return versions_reg


def city(reg, client_id):
    with reg.session() as session:
        return records.client_to_dict(session, client_id)["city"]


def set_city(reg, client_id, value):
    with reg.unit_of_work("edit") as session:
        records.update_client(session, client_id, {"city": value})
    reg.versions.wait()


def opened(qtbot, reg, client_id=None):
    ctx = type("Ctx", (), {"register": reg})()
    dialog = VersionsDialog(ctx, None, client_id=client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.versions is not None)
    return dialog


def select_oldest(dialog):
    """Versions are newest first; the oldest here is the one saved right after the city became Gdańsk."""
    dialog.table.selectRow(dialog.table.rowCount() - 1)


def test_restore_one_client(qtbot, reg, card_template):
    cid = card_template.ids["grzegorz"]
    set_city(reg, cid, "Gdańsk")
    set_city(reg, cid, "Poznań")
    dialog = opened(qtbot, reg, client_id=cid)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Card saved — current state"
    assert dialog.table.item(1, 1).text() == "Card saved" and dialog.table.item(0, 0).font().bold()
    select_oldest(dialog)
    changed = []
    dialog.register_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(dialog.restore_client_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None)
    assert city(reg, cid) == "Gdańsk" and changed


def test_restore_whole_register_asks_first(qtbot, reg, card_template, monkeypatch):
    cid = card_template.ids["grzegorz"]
    set_city(reg, cid, "Gdańsk")
    set_city(reg, cid, "Poznań")
    dialog = opened(qtbot, reg)
    assert not dialog.restore_client_button.isEnabled()  # no client number given
    select_oldest(dialog)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(common, "ask", lambda *args: (asked.append(args[2]), answers.pop(0))[1])
    qtbot.mouseClick(dialog.restore_all_button, Qt.MouseButton.LeftButton)
    assert city(reg, cid) == "Poznań" and "undo" in asked[0]
    qtbot.mouseClick(dialog.restore_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None)
    assert city(reg, cid) == "Gdańsk"


def test_recently_deleted_client_is_picked_and_restored(qtbot, reg, card_template):
    cid = card_template.ids["grzegorz"]
    set_city(reg, cid, "Gdańsk")
    with reg.unit_of_work("delete") as session:
        records.delete_client(session, cid)
    reg.versions.wait()
    dialog = opened(qtbot, reg)
    combo = dialog.deleted_combo
    assert combo.count() == 1 and "Brzęczyszczykiewicz" in combo.itemText(0) and f"#{cid}" in combo.itemText(0)
    assert not dialog.restore_client_button.isEnabled()
    when = combo.itemText(0).rsplit(" · ", 1)[1]  # written like the table's times ("Today 14:05")
    assert when.split()[0] == dialog.table.item(0, 0).text().split()[0] and ":" in when
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # open the list, pick the first entry like a person
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert dialog.client_spin.value() == cid
    assert dialog.selected_version() == dialog.versions[1]["id"]  # the one before the delete
    qtbot.mouseClick(dialog.restore_client_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None)
    assert city(reg, cid) == "Gdańsk"
    qtbot.waitUntil(lambda: dialog.versions is not None)
    assert not dialog.deleted_combo.isEnabled()  # restored: no longer in the list
