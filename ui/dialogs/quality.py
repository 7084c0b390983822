"""The Data quality view: what is missing or wrong, each line one click from the filtered client list.

Every report line carries the query that lists exactly its clients (``app.dedupe.quality``); clicking
"Show" emits ``show_query`` and the window puts that text into its search box. The report is computed
off the UI thread; the back end is imported lazily so this module always imports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import common

BACKEND = "app.dedupe.quality"


def _t(text: str) -> str:
    return QCoreApplication.translate("QualityDialog", text)


def problem_texts(stale_days: int) -> dict[str, str]:
    """Translated report lines, by the back end's stable keys."""
    return {
        "invalid_phone": _t("Phones that could not be read"),
        "invalid_email": _t("E-mail addresses that are not valid"),
        "no_phone_no_email": _t("Clients with neither phone nor e-mail"),
        "no_consent_email": _t("Clients without e-mail consent"),
        "no_consent_sms": _t("Clients without SMS consent"),
        "no_consent_phone": _t("Clients without phone consent"),
        "no_consent_post": _t("Clients without post consent"),
        "withdrawn_email": _t("Withdrew e-mail consent (keep them off mailings)"),
        "stale_contact": _t("No contact for more than {days} days").format(days=stale_days),
        "never_contacted": _t("No purchase or contact recorded"),
    }


def _report(reg: Any, progress: Any, cancel: Any) -> dict:
    del progress, cancel  # one set-based query: nothing to report or stop in between
    from app.dedupe.quality import quality_report

    return quality_report(reg)


class QualityDialog(QDialog):
    """The completeness and hygiene report."""

    show_query = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: dict | None = None
        self.task: Any = None
        self.setWindowTitle(self.tr("Data quality"))
        self.resize(640, 640)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Checking the register…"), self)
        self.summary.setObjectName("quality_summary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("quality_table")
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Clients"), ""])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda item: self._activate(item.row()))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Check again"), self)
        self.refresh_button.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.report is None and self.task is None:
            self.refresh()

    def refresh(self) -> None:
        if common.backend(BACKEND, self, self.tr("Data quality")) is None:
            return
        from ui.workers import run_task

        self.refresh_button.setEnabled(False)
        self.task = run_task(self, _report, self.ctx.register, title=self.tr("Checking the register"),
                             show_progress=False)
        self.task.finished.connect(self._show_report)
        self.task.failed.connect(self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.refresh_button.setEnabled(True)
        self.summary.setText(common.error_text(exc))

    def _show_report(self, report: dict) -> None:
        self.task = None
        self.report = report
        self.refresh_button.setEnabled(True)
        total = int(report.get("clients", 0))
        self.summary.setText(self.tr("Clients checked: {count}").format(count=total))
        texts = problem_texts(int(report.get("stale_days", 365)))
        lines: list[tuple[str, str, str, bool]] = [
            (texts.get(p["key"], p["label"]), str(p["count"]), p["query"], True) for p in report["problems"]]
        lines += [
            (self.tr("Missing {field} ({rate:.0%} filled)").format(field=f["field"], rate=f["rate"]),
             str(f["missing"]), f["query"], False)
            for f in report["fields"] if f["missing"]
        ]
        self.table.setRowCount(0)
        for text, count, query, problem in lines:
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, query)
            item.setToolTip(query)
            if problem and count != "0":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, 0, item)
            count_item = QTableWidgetItem(count)
            count_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, count_item)
            show = QPushButton(self.tr("Show"), self.table)
            show.setEnabled(count != "0")
            show.clicked.connect(lambda _checked=False, r=row: self._activate(r))
            self.table.setCellWidget(row, 2, show)

    def query_of(self, row: int) -> str:
        return str(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def _activate(self, row: int) -> None:
        self.show_query.emit(self.query_of(row))
