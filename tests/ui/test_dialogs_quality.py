"""The Data quality view: report lines with counts, each one click from the filtered list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.dialogs.quality import QualityDialog


def test_report_rows_open_the_filtered_list(qtbot, ctx):
    dialog = QualityDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.summary.text() == "Clients checked: 3"
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    row = rows["Phones that could not be read"]
    assert dialog.table.item(row, 1).text() == "1"  # Семён's "12"
    shown = []
    dialog.show_query.connect(shown.append)
    qtbot.mouseClick(dialog.table.cellWidget(row, 2), Qt.MouseButton.LeftButton)
    assert shown == ["invalid:phone"]
