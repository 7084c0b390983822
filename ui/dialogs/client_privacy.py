"""Privacy tools for one client: export everything held about them, or erase them everywhere.

Erasure removes the client from the register, its change log and search index at once; the versions
taken before keep the data until retention removes them, and the dialog says so before and after.
Both run off the UI thread (``app.export.privacy``); the back end is imported lazily.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ui.dialogs import common

BACKEND = "app.export.privacy"


def _export(reg: Any, client_id: int, path: str, progress: Any, cancel: Any) -> Path:
    del progress, cancel
    from app.export.privacy import export_client

    return export_client(reg, client_id, path)


def _erase(reg: Any, client_id: int, progress: Any, cancel: Any) -> Any:
    del progress, cancel  # erasure is one unit of work: all or nothing
    from app.export.privacy import erase_client

    return erase_client(reg, client_id)


class ClientPrivacyDialog(QDialog):
    """Right of access and right to erasure for one client."""

    erased = Signal(int)
    register_changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None, client_id: int = 0, name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = int(client_id)
        self.name = name or f"#{client_id}"
        self.task: Any = None
        self.result: Any = None
        self.setWindowTitle(self.tr("Privacy: {name}").format(name=self.name))
        self.resize(560, 300)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Give {name} everything the register holds about them, or erase them "
                               "everywhere.").format(name=self.name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.retention_note = QLabel(self._retention_text(), self)
        self.retention_note.setWordWrap(True)
        layout.addWidget(self.retention_note)
        self.status = QLabel(self)
        self.status.setObjectName("privacy_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        layout.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export all their data…"), self)
        self.export_button.setObjectName("privacy_export")
        self.erase_button = QPushButton(self.tr("Erase everywhere…"), self)
        self.erase_button.setObjectName("privacy_erase")
        close = QPushButton(self.tr("Close"), self)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.export_data)
        self.erase_button.clicked.connect(self.erase)
        close.clicked.connect(self.reject)

    def _retention_text(self) -> str:
        reg = self.ctx.register
        return self.tr("Erasing removes the client from the register, its history and its search index. The "
                       "versions (backups) made before keep the client until retention removes them: hourly "
                       "versions after {hourly} days, daily ones after {daily} days; a monthly version stays "
                       "longer. Restoring such a version brings the client back.").format(
            hourly=int(reg.get_setting("retention.hourly_days", 7)),
            daily=int(reg.get_setting("retention.daily_days", 90)))

    def _run(self, fn: Any, done: Any, title: str, *args: Any) -> None:
        from ui.workers import run_task

        self.export_button.setEnabled(False)
        self.erase_button.setEnabled(False)
        self.task = run_task(self, fn, self.ctx.register, self.client_id, *args, title=title)
        self.task.finished.connect(lambda result: self._finished(done, result))
        self.task.failed.connect(self._failed)

    def _finished(self, done: Any, result: Any) -> None:
        self.task = None
        self.result = result
        self.export_button.setEnabled(True)
        self.erase_button.setEnabled(True)
        done(result)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.erase_button.setEnabled(True)
        self.status.setText(html.escape(common.error_text(exc)))

    def export_data(self) -> None:
        if common.backend(BACKEND, self, self.tr("Privacy")) is None:
            return
        path = common.choose_save_file(self, self.tr("Save the client's data"),
                                       self.tr("Workbook (*.xlsx);;JSON (*.json)"), f"client-{self.client_id}.xlsx")
        if path:
            self._run(_export, self._exported, self.tr("Exporting the client's data"), path)

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Saved to <a href=\"{url}\">{name}</a>. The file holds personal data: "
                                    "hand it over securely.").format(
            url=QUrl.fromLocalFile(str(path)).toString(), name=html.escape(Path(path).name)))

    def erase(self) -> None:
        if common.backend(BACKEND, self, self.tr("Privacy")) is None:
            return
        answer = common.ask(
            self, self.tr("Erase client"),
            self.tr("Erase {name} everywhere? This cannot be undone from the register.").format(name=self.name)
            + "\n\n" + self._retention_text(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self._run(_erase, self._erased, self.tr("Erasing the client"))

    def _erased(self, _result: Any) -> None:
        self.erase_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.status.setText(html.escape(self.tr("Erased from the register.")) + "<br>"
                            + html.escape(self._retention_text()))
        self.erased.emit(self.client_id)
        self.register_changed.emit()
