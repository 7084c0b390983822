"""The Duplicates view: scan finds a pair, merge chooses a field per client, undo, "not a duplicate"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import records
from ui.dialogs.duplicates import DuplicatesDialog

pytestmark = pytest.mark.usefixtures("pair")


@pytest.fixture
def pair(ctx):
    """Two records of one Jan Kowalski, written differently."""
    with ctx.register.unit_of_work("add") as session:
        ctx.ids["jan1"] = records.create_client(session, {
            "first_name": "Jan", "last_name": "Kowalski", "phone": "601 555 123", "city": "Łódź"}).id
        ctx.ids["jan2"] = records.create_client(session, {
            "first_name": "Jan", "last_name": "Kowalski", "phone": "+48601555123", "city": "Lodz",
            "email": "jan.k@example.pl"}).id
    return ctx


def scanned(qtbot, ctx) -> DuplicatesDialog:
    dialog = DuplicatesDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.scan_button.isEnabled())
    assert dialog.group_table.rowCount() == 1
    assert "Jan Kowalski" in dialog.group_table.item(0, 1).text()
    assert dialog.group_table.item(0, 0).text().endswith("%")
    dialog.group_table.selectRow(0)
    assert dialog.preview is not None
    return dialog


def test_merge_with_a_chosen_field_then_undo(qtbot, ctx):
    dialog = scanned(qtbot, ctx)
    merged = []
    dialog.merged.connect(merged.append)
    keep = dialog.keep_id()
    other = next(i for i in (ctx.ids["jan1"], ctx.ids["jan2"]) if i != keep)
    dialog.choose("city", ctx.ids["jan2"])
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert merged == [keep] and dialog.group_table.rowCount() == 0
    with ctx.register.session() as session:
        assert records.client_to_dict(session, keep)["city"] == "Lodz"
        with pytest.raises(records.NotFound):
            records.client_to_dict(session, other)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    with ctx.register.session() as session:
        assert records.client_to_dict(session, other)["last_name"] == "Kowalski"


def test_not_a_duplicate_is_remembered(qtbot, ctx):
    dialog = scanned(qtbot, ctx)
    qtbot.mouseClick(dialog.not_dup_button, Qt.MouseButton.LeftButton)
    assert dialog.group_table.rowCount() == 0
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.scan_button.isEnabled())
    assert dialog.group_table.rowCount() == 0
    assert "No duplicates" in dialog.status.text()
