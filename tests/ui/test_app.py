"""Application setup: style sections, the crash report (no client data) and its dialog."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from ui import app as ui_app


def _raise_with_client_data():
    name = "Łucja Żółtowska +48 600 100 002"
    raise ValueError(f"cannot parse {name}")


def test_crash_report_has_no_message_or_values():
    try:
        _raise_with_client_data()
    except ValueError:
        report = ui_app.crash_report(*sys.exc_info())
    assert "builtins.ValueError" in report
    assert "_raise_with_client_data" in report
    assert "Łucja" not in report and "600" not in report and "cannot parse" not in report


def test_crash_dialog_copies_the_report(qtbot):
    dialog = ui_app.CrashDialog("Kartoteka 0.1.0\nError: builtins.ValueError")
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "copyReport").click()
    assert QGuiApplication.clipboard().text() == dialog.report.toPlainText()


def test_unexpected_error_opens_the_crash_dialog(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(ui_app.CrashDialog, "open", lambda self: opened.append(self.report.toPlainText()))
    monkeypatch.setattr(sys, "stderr", type("Sink", (), {"write": lambda self, text: None})())
    try:
        _raise_with_client_data()
    except ValueError:
        ui_app.handle_exception(*sys.exc_info())
    assert opened and "Łucja" not in opened[0]


def test_style_sections_exist():
    for section in ("controls", "sidebar", "table", "statusbar"):
        assert "{" in ui_app.style_sheet(section), section
