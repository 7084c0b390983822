"""Privacy tools from the card: export everything about a client, erase them (the dialog warns about
the versions)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import records
from ui.card import ClientCard
from ui.dialogs import common


def test_export_then_erase_from_the_card(qtbot, ctx, tmp_path, monkeypatch):
    card = ClientCard(ctx)
    qtbot.addWidget(card)
    card.show_client(ctx.ids["semen"])
    dialog = card.open_privacy()
    assert "retention" in dialog.retention_note.text()
    target = tmp_path / "semen.json"
    monkeypatch.setattr(common, "choose_save_file", lambda *args: str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert "Семён" in json.dumps(json.loads(target.read_text(encoding="utf-8")), ensure_ascii=False)
    asked = []
    monkeypatch.setattr(common, "ask", lambda *args: (asked.append(args[2]), QMessageBox.StandardButton.Yes)[1])
    deleted = []
    card.deleted.connect(deleted.append)
    dialog.result = None
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert "versions" in asked[0] and "versions" in dialog.status.text()
    assert deleted == [ctx.ids["semen"]] and card.stack.currentIndex() == 0
    with ctx.register.session() as session:
        assert records.history(session, ctx.ids["semen"]) == []
