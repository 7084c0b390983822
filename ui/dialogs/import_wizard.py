"""File > Import: file, sheet and header row, mapping with a live preview, the plan, the result.

The wizard drives ``app.imports.ImportJob`` (the headless wizard the command line also uses). Opening
the file, planning (reads and parses the whole sheet, matches against the register) and applying run
off the UI thread with progress and cancel; the sheet, header and mapping steps only touch the first
rows, so they answer at once. Nothing is written before the user presses Import; the import is one
save and can be undone from the result page. The back end is imported lazily.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui import formats
from ui.app import apply_style
from ui.dialogs import common

BACKEND = "app.imports"
PREVIEW_LIMIT = 20
PROBLEM_LIMIT = 500  # rows listed on the plan page; the rejected-rows file has all of them


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def status_names() -> dict[str, str]:
    return {"new": _t("New clients"), "update": _t("Match a client (changes)"),
            "same": _t("Already in the register"), "duplicate": _t("Possible duplicates"),
            "duplicate-row": _t("Repeated rows in the file"), "problem": _t("Rows with problems")}


def decision_names() -> dict[str, str]:
    return {"create": _t("create"), "update": _t("update"), "skip": _t("skip"), "merge": _t("merge")}


# Which decisions make sense for each group (importers.plan refuses the others).
GROUP_DECISIONS = {
    "new": ("create", "skip"), "update": ("update", "create", "skip"), "same": ("skip",),
    "duplicate": ("skip", "update", "create"), "duplicate-row": ("skip", "merge", "create"),
    "problem": ("skip", "create"),
}


def phase_text(phase: str) -> str:
    return {"read": _t("Reading the file…"), "parse": _t("Reading rows…"), "plan": _t("Comparing with the register…"),
            "write": _t("Writing clients…")}.get(phase, _t("Working…"))


def target_names() -> dict[str, str]:
    """Import targets in the order the mapping combo shows them."""
    return {
        "ignore": _t("(ignore)"), "full_name": _t("Full name (split)"), "first_name": _t("First name"),
        "last_name": _t("Last name"), "middle_name": _t("Middle name"), "company": _t("Company"),
        "job_title": _t("Job title"), "phone": _t("Phone"), "email": _t("E-mail"),
        "contact": _t("Phone or e-mail"), "street": _t("Street"),
        "city": _t("City"), "district": _t("District"), "region": _t("Region"), "postcode": _t("Postal code"),
        "country": _t("Country"), "birth_date": _t("Birth date"), "gender": _t("Gender"),
        "contact_time": _t("Preferred contact time"), "channel": _t("Preferred channel"), "source": _t("Source"),
        "tags": _t("Tags"), "segment": _t("Segment"), "notes": _t("Notes"), "kind": _t("Kind"),
        "consent_email": _t("Consent: e-mail"), "consent_sms": _t("Consent: SMS"),
        "consent_phone": _t("Consent: phone"), "consent_post": _t("Consent: post"),
    }


def target_title(target: str) -> str:
    """What the user reads for an import target: a custom field by its name, never ``custom.NAME``."""
    if target.startswith("custom."):
        return _t("Custom field: {name}").format(name=target[len("custom."):])
    return target_names().get(target, target)


def _open_job(path: str, region: str, progress: Any, cancel: Any) -> Any:
    del cancel
    from app.imports import ImportJob

    progress(0, 0, phase_text("read"))
    job = ImportJob.open(path)
    job.use_region(region)  # the preview reads phones as the import will: the register's or the sheet's country
    return job


def _plan(job: Any, reg: Any, policy: str, progress: Any, cancel: Any) -> Any:
    return job.plan(reg, policy=policy, progress=lambda d, t, phase: progress(d, t, phase_text(phase)),
                    cancel=cancel)


def _apply(job: Any, reg: Any, plan: Any, remember: bool, progress: Any, cancel: Any) -> Any:
    if remember:
        job.save_mapping(reg)
    return job.apply(reg, plan, progress=lambda d, t, phase="write": progress(d, t, phase_text(phase)),
                     cancel=cancel)


def _undo(reg: Any, batch: int, progress: Any, cancel: Any) -> Any:
    del progress, cancel
    from app.imports import undo_import

    return undo_import(reg, batch)


def _table(columns: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class _TaskPage(QWizardPage):
    """A page that is complete only when its background work has delivered."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.ready = False
        self.task: Any = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("import_message")

    def isComplete(self) -> bool:
        return self.ready and self.task is None

    def run(self, fn: Any, *args: Any, done: Any, title: str, show_progress: bool = True) -> None:
        from ui.workers import run_task

        self.ready = False
        self.task = run_task(self, fn, *args, title=title, show_progress=show_progress)
        self.task.finished.connect(lambda result: self._finished(done, result))
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.completeChanged.emit()

    def _finished(self, done: Any, result: Any) -> None:
        self.task = None
        self.ready = True
        self.message.clear()
        done(result)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.ready = False
        self.message.setText(common.error_text(exc))
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.task = None
        self.ready = False
        self.message.setText(self.tr("Cancelled. Nothing was imported."))
        self.completeChanged.emit()


class FilePage(_TaskPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xls), OpenDocument (.ods) or CSV. Nothing is written until "
                                 "you press Import at the end."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        self.path_edit.returnPressed.connect(self.open_file)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def browse(self) -> None:
        path = common.choose_open_file(self, self.tr("Import clients from"), self.tr("Spreadsheets and contacts (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.vcf);;vCard contacts (*.vcf);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            self.open_file()

    def open_file(self) -> None:
        path = self.path_edit.text().strip()
        if not path or common.backend(BACKEND, self, self.tr("Import")) is None:
            return
        self.wiz.close_job()
        self.run(_open_job, path, self.wiz.ctx.register.region, done=self._opened,
                 title=self.tr("Opening the file"))

    def _opened(self, job: Any) -> None:
        self.wiz.job = job
        self.message.setText(self.tr("Opened {name}.").format(name=Path(job.path).name))


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Sheet and header"))
        self.setSubTitle(self.tr("Kartoteka found the table below; correct the sheet or the header row if "
                                 "needed."))
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("import_sheet")
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("import_header_row")
        self.header_spin.setRange(0, 1_000_000)
        self.header_spin.setSpecialValueText(self.tr("find it"))
        self.header_label = QLabel(self)
        self.header_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Sheet"), self.sheet_combo)
        form.addRow(self.tr("Header row"), self.header_spin)
        form.addRow(self.tr("Columns"), self.header_label)
        form.addRow(self.message)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_spin.valueChanged.connect(self._header_chosen)

    def initializePage(self) -> None:
        job = self.wiz.job
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for info in job.sheets:
            label = info.name
            if not info.is_worksheet:
                label += " " + self.tr("({kind} sheet, cannot be imported)").format(kind=info.kind)
            elif info.visibility != "visible":
                label += " " + self.tr("(hidden)")
            self.sheet_combo.addItem(label, info.name)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(job.sheet_info.name)))
        self.sheet_combo.blockSignals(False)
        self._show_header()

    def _sheet_chosen(self) -> None:
        self._step(lambda: self.wiz.job.select_sheet(self.sheet_combo.currentData()))

    def _header_chosen(self, value: int) -> None:
        self._step(lambda: self.wiz.job.set_header_row(value or None))

    def _step(self, action: Any) -> None:
        try:
            action()
        except common.expected_errors() as exc:
            self.message.setText(common.error_text(exc))
            return
        self.message.clear()
        self._show_header()

    def _show_header(self) -> None:
        header = self.wiz.job.header
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(header.last_row + 1 if header.first_row >= 0 else 0)
        self.header_spin.blockSignals(False)
        names = [n for n in header.names if n]
        self.header_label.setText(", ".join(names) if header.first_row >= 0 and names
                                  else self.tr("No header row: columns are named by their letters."))
        self.message.setText("\n".join(self.wiz.job.warnings))  # e.g. a cover sheet skipped for the list


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Choose what each column holds. The preview shows the values as they will "
                                 "be saved; cells with a problem are marked."))
        self.mapping_table = _table([self.tr("Column"), self.tr("Header"), self.tr("Field")], self)
        self.mapping_table.setObjectName("import_mapping")
        self.preview_table = _table([], self)
        self.preview_table.setObjectName("import_preview")
        self.remember = QCheckBox(self.tr("Remember this mapping for files with the same columns"), self)
        self.remember.setChecked(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(QLabel(self.tr("Preview"), self))
        layout.addWidget(self.preview_table, 3)
        layout.addWidget(self.remember)
        layout.addWidget(self.message)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        job = self.wiz.job
        saved = False
        try:
            saved = job.use_saved_mapping(self.wiz.ctx.register)
        except common.expected_errors() as exc:
            self.message.setText(common.error_text(exc))
        names = target_names()
        self.mapping_table.setRowCount(0)
        self.combos = {}
        for col in job.mapping:
            row = self.mapping_table.rowCount()
            self.mapping_table.insertRow(row)
            self.mapping_table.setItem(row, 0, QTableWidgetItem(col.letter))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(col.header))
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"map_{col.letter}")
            for key, name in names.items():
                combo.addItem(name, key)
            if combo.findData(col.target) < 0:
                combo.addItem(target_title(col.target), col.target)  # custom.NAME
            combo.setCurrentIndex(combo.findData(col.target))
            combo.currentIndexChanged.connect(lambda _i, letter=col.letter: self._mapped(letter))
            self.mapping_table.setCellWidget(row, 2, combo)
            self.combos[col.letter] = combo
        if saved:
            self.message.setText(self.tr("Using the mapping you saved for these columns."))
        self.refresh_preview()

    def set_target(self, letter: str, target: str) -> None:
        """Map a column (what choosing in its combo does)."""
        combo = self.combos[letter]
        combo.setCurrentIndex(combo.findData(target))

    def _mapped(self, letter: str) -> None:
        try:
            self.wiz.job.set_mapping({letter: str(self.combos[letter].currentData())})
        except common.expected_errors() as exc:
            self.message.setText(common.error_text(exc))
            return
        self.message.clear()
        self.refresh_preview()

    def preview_columns(self) -> list[str]:
        """The fields the mapping fills, in the order of the form (a full name shows as its parts, a
        contact column as the phones and e-mails it fills)."""
        targets = [c.target for c in self.wiz.job.mapping if c.target != "ignore"]
        out: list[str] = []
        for target in targets:
            parts = {"full_name": ["last_name", "first_name", "middle_name"],
                     "contact": ["phone", "email"]}.get(target, [target])  # what they are saved as
            out.extend(p for p in parts if p not in out)
        return out

    def refresh_preview(self) -> None:
        """Parse the first rows with the current mapping and show the values as they will be saved."""
        columns = self.preview_columns()
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(columns) + 1)
        self.preview_table.setHorizontalHeaderLabels([self.tr("Row")] + [target_title(c) for c in columns])
        rows = self.wiz.job.preview(limit=PREVIEW_LIMIT)
        self.preview_table.setRowCount(len(rows))
        for r, parsed in enumerate(rows):
            self.preview_table.setItem(r, 0, QTableWidgetItem(str(parsed.row)))
            problems = "\n".join(f"{p.column}: {p.reason}" if p.column else p.reason for p in parsed.problems)
            for c, field in enumerate(columns, start=1):
                item = QTableWidgetItem(self._value(parsed, field))
                self.preview_table.setItem(r, c, item)
            if problems:
                for c in range(self.preview_table.columnCount()):
                    item = self.preview_table.item(r, c)
                    if item is not None:
                        item.setToolTip(problems)
                        item.setBackground(QBrush(QColor("#fdebd0")))

    @staticmethod
    def _value(parsed: Any, field: str) -> str:
        if field == "phone":
            return ", ".join(p.value + ("" if p.valid else " ⚠") for p in parsed.phones)
        if field == "email":
            return ", ".join(e.value + ("" if e.valid else " ⚠") for e in parsed.emails)
        if field == "tags":
            return ", ".join(parsed.tags)
        if field == "notes":
            return " / ".join(parsed.notes)
        if field.startswith("custom."):
            return parsed.custom.get(field[7:], "")
        value = parsed.fields.get(field)
        return "" if value is None else str(value)


class PlanPage(_TaskPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What will happen"))
        self.setSubTitle(self.tr("Nothing is written yet. Choose what to do with each group, then press "
                                 "Import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.plan: Any = None
        self.policy_combo = QComboBox(self)
        self.policy_combo.setObjectName("import_policy")
        for key, name in (("skip", self.tr("skip them")), ("update", self.tr("update the existing client")),
                          ("create", self.tr("add them as new clients"))):
            self.policy_combo.addItem(name, key)
        self.policy_combo.currentIndexChanged.connect(self.initializePage)
        self.groups = QGridLayout()
        self.group_combos: dict[str, QComboBox] = {}
        self.count_labels: dict[str, QLabel] = {}
        self.problems_table = _table([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")],
                                     self)
        self.problems_table.setObjectName("import_problems")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Rows that match an existing client:"), self.policy_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.groups)
        self.groups.setHorizontalSpacing(16)
        self.groups.setColumnStretch(3, 1)  # labels, counts and choices keep their width; the rest is space
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Problems found"), self))
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.message)
        statuses = status_names()
        decisions = decision_names()
        self.group_labels: dict[str, QLabel] = {}
        for row, (status, name) in enumerate(statuses.items()):
            count = QLabel("0", self)
            count.setObjectName(f"count_{status}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            combo = QComboBox(self)
            combo.setObjectName(f"decide_{status}")
            for decision in GROUP_DECISIONS[status]:
                combo.addItem(decisions[decision], decision)
            combo.activated.connect(lambda _i, s=status: self._decide(s))
            label = QLabel(name, self)
            self.groups.addWidget(label, row, 0)
            self.groups.addWidget(count, row, 1)
            self.groups.addWidget(combo, row, 2)
            self.group_labels[status] = label
            self.count_labels[status] = count
            self.group_combos[status] = combo

    def initializePage(self) -> None:
        self.plan = None
        self.run(_plan, self.wiz.job, self.wiz.ctx.register, str(self.policy_combo.currentData()),
                 done=self._planned, title=self.tr("Preparing the import"))

    def _planned(self, plan: Any) -> None:
        self.plan = plan
        self.message.setText("\n".join(plan.warnings))  # e.g. phones read in the sheet's country
        counts = plan.counts()
        for status, label in self.count_labels.items():
            n = counts.get(status, 0)
            label.setText(formats.number(n))
            combo = self.group_combos[status]
            combo.setVisible(n > 0)  # an empty group has nothing to decide; its row only says "0"
            for widget in (label, self.group_labels[status]):
                widget.setEnabled(n > 0)  # greyed by the style sheet's muted colour
            current = next((r.decision for r in plan.rows if r.status == status), None)
            if current is not None and combo.findData(current) >= 0:
                combo.setCurrentIndex(combo.findData(current))
        self.problems_table.setRowCount(0)
        for problem in plan.problems[:PROBLEM_LIMIT]:
            row = self.problems_table.rowCount()
            self.problems_table.insertRow(row)
            for col, value in enumerate((str(problem.row), problem.column, problem.value, problem.reason)):
                item = QTableWidgetItem(value)
                if problem.severity == "error":
                    item.setForeground(QBrush(QColor("#c0392b")))
                self.problems_table.setItem(row, col, item)

    def decide(self, status: str, decision: str) -> None:
        """Set a group's decision (what choosing in its combo does)."""
        combo = self.group_combos[status]
        combo.setCurrentIndex(combo.findData(decision))
        self._decide(status)

    def _decide(self, status: str) -> None:
        if self.plan is None:
            return
        try:
            self.plan.decide(str(self.group_combos[status].currentData()), status=status)
        except common.expected_errors() as exc:
            self.message.setText(common.error_text(exc))


class ResultPage(_TaskPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Result"))
        self.result: Any = None
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.undo_button.setObjectName("import_undo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self._closable()

    def _cancelled(self) -> None:
        super()._cancelled()
        self._closable()

    def _closable(self) -> None:
        """Nothing was imported; the last page has no Back or Cancel, so Finish must close the wizard."""
        self.summary.clear()
        self.ready = True
        self.completeChanged.emit()

    def initializePage(self) -> None:
        page = self.wiz.plan_page
        self.summary.setText(self.tr("Importing…"))
        self.run(_apply, self.wiz.job, self.wiz.ctx.register, page.plan, self.wiz.mapping_page.remember.isChecked(),
                 done=self._applied, title=self.tr("Importing clients"))

    def _applied(self, result: Any) -> None:
        self.result = result
        lines = [
            self.tr("New clients: {n}").format(n=formats.number(result.created)),
            self.tr("Clients updated: {n}").format(n=formats.number(result.updated)),
            self.tr("Rows merged into another row: {n}").format(n=formats.number(result.merged)),
            self.tr("Rows skipped: {n}").format(n=formats.number(result.skipped)),
            self.tr("Problems noted: {n}").format(n=formats.number(len(result.errors))),
        ]
        text = "<br>".join(lines)
        if result.rejected_file:
            url = QUrl.fromLocalFile(str(result.rejected_file)).toString()
            text += "<br><br>" + self.tr("Rows that were not imported are in <a href=\"{url}\">{name}</a>; fix "
                                         "them there and import that file again.").format(
                url=url, name=html.escape(Path(result.rejected_file).name))
        text += "<br>" + "<br>".join(html.escape(w) for w in result.warnings)
        self.summary.setText(text)
        self.undo_button.setEnabled(result.batch is not None)
        self.wiz.register_changed.emit()

    def undo(self) -> None:
        if self.result is None or self.result.batch is None:
            return
        self.undo_button.setEnabled(False)
        self.run(_undo, self.wiz.ctx.register, self.result.batch, done=self._undone,
                 title=self.tr("Undoing the import"))

    def _undone(self, outcome: dict[str, Any]) -> None:
        self.summary.setText(self.tr("The import was undone: {deleted} new clients removed, {reverted} "
                                     "clients put back as they were.").format(
            deleted=formats.number(outcome.get("deleted", 0)),
            reverted=formats.number(outcome.get("reverted", 0))))
        self.wiz.register_changed.emit()


class ImportWizard(QWizard):
    """Import clients from a spreadsheet or CSV file."""

    register_changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self.setWindowTitle(self.tr("Import clients"))
        # The look of the other dialogs: the house style sheet, the page's title and intro as their
        # "dialogTitle" and "mutedLabel" on white (Classic puts them in the page, not a grey header).
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        apply_style(self, "controls", "table")
        self.setContentsMargins(16, 16, 16, 8)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # After the import, "Cancel" would promise to take it back; Finish closes and Undo takes it back.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(860, 640)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.plan_page = PlanPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.plan_page, self.result_page):
            self.addPage(page)
        self.currentIdChanged.connect(lambda _id: self._style_header())

    def _style_header(self) -> None:
        """Name the wizard's own title and subtitle labels so the style sheet gives them the dialogs' look."""
        page = self.currentPage()
        if page is None:
            return
        pages = [self.page(i) for i in self.pageIds()]
        for label in self.findChildren(QLabel):
            if any(p.isAncestorOf(label) for p in pages) or not label.text():
                continue
            name = {page.title(): "dialogTitle", page.subTitle(): "mutedLabel"}.get(label.text())
            if name and label.objectName() != name:
                label.setObjectName(name)
                label.setWordWrap(True)
                label.style().unpolish(label)
                label.style().polish(label)

    def close_job(self) -> None:
        if self.job is not None:
            self.job.close()
            self.job = None

    def done(self, result: int) -> None:
        """Closing releases the file (the job keeps it open for the preview)."""
        for page in (self.file_page, self.plan_page, self.result_page):
            if page.task is not None:
                page.task.cancel()
        self.close_job()
        super().done(result)
