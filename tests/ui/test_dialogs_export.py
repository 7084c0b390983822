"""The export dialog: live count with who is dropped and why, then a real export off the UI thread."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from ui.dialogs import common
from ui.dialogs.export_dialog import ExportDialog


def test_mailing_list_count_drops_and_export(qtbot, ctx, tmp_path, monkeypatch):
    dialog = ExportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.preview.will_write == 3  # a full table: everyone
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("mailchimp"))
    assert dialog.channel == "email" and not dialog.channel_combo.isEnabled()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.channel == "email")
    assert "1 of 3" in dialog.count_label.text()
    assert dialog.dropped_table.rowCount() == 2
    why = {dialog.dropped_table.item(r, 0).text(): dialog.dropped_table.item(r, 1).text()
           for r in range(dialog.dropped_table.rowCount())}
    assert why["Grzegorz Brzęczyszczykiewicz"] == "no consent for this channel"
    target = tmp_path / "list.csv"
    monkeypatch.setattr(common, "choose_save_file", lambda *args: str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None)
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][0] == "semen@example.ru" and len(rows) == 2
    assert (tmp_path / "list.dropped.csv").exists()
    assert "list.dropped.csv" in dialog.result_label.text()


def test_selection_export_counts_only_the_selection(qtbot, ctx):
    dialog = ExportDialog(ctx, None, ids=[ctx.ids["grzegorz"]])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.what_label.text() == "Exporting the selected clients: 1"
    assert dialog.preview.selected == 1


def test_malformed_query_is_explained_not_exported(qtbot, ctx):
    dialog = ExportDialog(ctx, None, query="spent:>abc (")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.count_label.text() not in ("", "Counting…"))
    assert not dialog.export_button.isEnabled()
    assert "will be written" not in dialog.count_label.text()


def test_an_xlsx_export_says_how_many_cells_it_cut(qtbot, ctx, tmp_path, monkeypatch):
    """Excel holds 32,767 characters in a cell: a longer note is cut in the xlsx, and the dialog says so."""
    from app import records

    with ctx.register.unit_of_work("edit") as session:
        records.update_client(session, ctx.ids["grzegorz"], {"notes": "x" * 40_000})
    dialog = ExportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.fmt == "xlsx")
    assert dialog.preset_combo.isEnabled()  # it shapes the CSV of clients left out, which xlsx writes too
    monkeypatch.setattr(common, "choose_save_file", lambda *args: str(tmp_path / "all.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert "32,767" in dialog.result_label.text() and "xxxxxxxxxx" not in dialog.result_label.text()
