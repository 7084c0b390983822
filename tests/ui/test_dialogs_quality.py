"""The Data quality view: report lines with counts, each one click from the filtered list."""

from __future__ import annotations

import pytest
from card_fixtures import build_template, open_copy
from PySide6.QtCore import Qt

from ui import workers
from ui.dialogs.quality import QualityDialog


@pytest.fixture(scope="session")
def card_template(tmp_path_factory, template_register):
    return build_template(tmp_path_factory.mktemp("card"), template_register)


@pytest.fixture
def ctx(tmp_path, card_template):
    ctx = open_copy(card_template, tmp_path)
    workers.set_inline_mode(True)
    yield ctx
    workers.set_inline_mode(False)
    ctx.register.close()


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
