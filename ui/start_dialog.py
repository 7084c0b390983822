"""The start dialog: unlock the last register, create a new one, open another file, or try a demo.

Typed storage errors become plain messages and the dialog stays open: a wrong password asks again, a
damaged register says so and names the newest good version, a register open elsewhere says where to close
it. The key derivation (a quarter of a second) runs off the UI thread so the dialog never freezes.
File choosers are module functions a test replaces.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import lists
from app.session import (
    AlreadyOpen,
    KartotekaError,
    NotFound,
    RegisterDamaged,
    WrongPassword,
    create_register,
    data_dir,
    default_register_path,
    open_register,
    password_strength,
)
from ui import workers
from ui.app import apply_style
from ui.layouts import center_form_labels

DEMO_PASSWORD = "demo"
DEMO_CLIENTS = 300
REGIONS = ("PL", "UA", "RU", "BY", "LT", "LV", "EE", "DE", "CZ", "SK", "GB", "IE", "US", "CA", "FR", "ES",
           "IT", "NL", "AT", "CH", "SE", "NO", "FI", "DK", "KZ", "GE", "MD", "RO", "HU", "BG")


def _file_filter() -> str:
    return QCoreApplication.translate("StartDialog", "Kartoteka registers (*.kartoteka);;All files (*)")


def choose_open_path(parent: QWidget | None) -> str:
    """The register file to open, or "" (replaced in tests)."""
    path, _ = QFileDialog.getOpenFileName(parent, parent.tr("Open register") if parent else "", "", _file_filter())
    return path


def choose_save_path(parent: QWidget | None, suggested: str) -> str:
    """Where to create a new register, or "" (replaced in tests)."""
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("New register") if parent else "", suggested,
                                          _file_filter())
    if path and not path.endswith(".kartoteka"):
        path += ".kartoteka"
    return path


def _last_register() -> Path:
    from ui.app import qsettings

    last = str(qsettings().value("register/last", "") or "")
    return Path(last) if last and Path(last).exists() else default_register_path()


class StartDialog(QDialog):
    """Emits ``opened(register)`` with an open Register and closes itself."""

    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, page: str = "unlock", path: Path | None = None,
                 message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("Kartoteka"))
        self.setMinimumWidth(460)
        apply_style(self, "controls")
        self.path = Path(path) if path else _last_register()
        self._busy = False
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._unlock_page())
        self.stack.addWidget(self._create_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.stack)
        if page == "create" or (page == "unlock" and not self.path.exists()):
            self.show_create()
        else:
            self.show_unlock()
            if page == "open" and not self.choose_other_file():
                QTimer.singleShot(0, self.reject)  # File > Open… and no file chosen: nothing to ask
        if message:
            self._error(message)

    # ------------------------------------------------------------------ pages
    def _title(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("dialogTitle")
        return label

    def _unlock_page(self) -> QWidget:
        page = QWidget(self)
        self.unlock_title = self._title(self.tr("Open your register"), page)
        self.file_label = QLabel(page)
        self.file_label.setObjectName("mutedLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password = QLineEdit(page)
        self.password.setObjectName("startPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        self.unlock_error = QLabel(page)
        self.unlock_error.setObjectName("errorLabel")
        self.unlock_error.setWordWrap(True)
        self.unlock_error.hide()
        self.restore_button = QPushButton(self.tr("Restore the newest good version"), page)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(self.tr("The damaged file is kept aside, never deleted."))
        self.restore_button.hide()
        self.restore_button.clicked.connect(self.restore_newest)
        self._good_version: int | None = None
        self.unlock_button = QPushButton(self.tr("Unlock"), page)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        other = QPushButton(self.tr("Open another file…"), page)
        other.setObjectName("openOtherButton")
        other.setFlat(True)
        other.clicked.connect(self.choose_other_file)
        new = QPushButton(self.tr("Create a new register…"), page)
        new.setObjectName("createButton")
        new.setFlat(True)
        new.clicked.connect(self.show_create)
        demo = QPushButton(self.tr("Try the demo register"), page)
        demo.setObjectName("demoButton")
        demo.setFlat(True)
        demo.clicked.connect(self.open_demo)
        links = QHBoxLayout()
        links.setSpacing(8)
        for button in (other, new, demo):
            links.addWidget(button)
        links.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.unlock_title)
        layout.addWidget(self.file_label)
        layout.addSpacing(8)
        layout.addWidget(self.password)
        layout.addWidget(self.unlock_error)
        layout.addLayout(buttons)
        layout.addStretch(1)  # the create page is taller; keep this one's rows together at the top
        layout.addLayout(links)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget(self)
        title = self._title(self.tr("Create a new register"), page)
        intro = QLabel(self.tr("Everything is encrypted with this password. Nobody can recover it, so keep it "
                               "somewhere safe."), page)
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")
        self.new_path = QLineEdit(page)
        self.new_path.setObjectName("newPath")
        browse = QPushButton(self.tr("Browse…"), page)
        browse.clicked.connect(self._browse_new)
        path_row = QHBoxLayout()
        path_row.setSpacing(8)
        path_row.addWidget(self.new_path, 1)
        path_row.addWidget(browse)
        self.new_password = QLineEdit(page)
        self.new_password.setObjectName("newPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password = QLineEdit(page)
        self.repeat_password.setObjectName("repeatPassword")
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar(page)
        self.strength.setObjectName("strengthBar")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setFixedHeight(6)
        self.strength_label = QLabel(page)
        self.strength_label.setObjectName("mutedLabel")
        self.region = QComboBox(page)
        self.region.setObjectName("regionCombo")
        self.region.addItems(list(REGIONS))
        self.create_error = QLabel(page)
        self.create_error.setObjectName("errorLabel")
        self.create_error.setWordWrap(True)
        self.create_error.hide()
        form = QFormLayout()
        self.create_form = form
        form.setSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Password"), self.new_password)
        strength_box = QVBoxLayout()
        strength_box.setSpacing(2)
        strength_box.addWidget(self.strength)
        strength_box.addWidget(self.strength_label)
        form.addRow("", strength_box)
        form.addRow(self.tr("Repeat"), self.repeat_password)
        form.addRow(self.tr("Phone region"), self.region)
        back = QPushButton(self.tr("Back"), page)
        back.setObjectName("backButton")
        back.clicked.connect(self.show_unlock)
        self.create_button = QPushButton(self.tr("Create register"), page)
        self.create_button.setObjectName("createRegisterButton")
        self.create_button.clicked.connect(self.create)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.create_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.new_password.textChanged.connect(self._show_strength)
        self.repeat_password.returnPressed.connect(self.create)
        self._show_strength("")
        return page

    # ------------------------------------------------------------------ navigation
    def show_unlock(self) -> None:
        self.stack.setCurrentIndex(0)
        self.password.setPlaceholderText(
            self.tr("Password (the demo register's is “demo”)") if self.path.name == "demo.kartoteka"
            else self.tr("Password"))
        self.create_button.setDefault(False)
        self.unlock_button.setDefault(True)
        self.file_label.setText(str(self.path))
        self.file_label.setToolTip(str(self.path))
        self.password.setFocus()

    def showEvent(self, event: Any) -> None:
        center_form_labels(self.create_form)  # File, Password and Repeat on their fields' middle line
        super().showEvent(event)

    def show_create(self) -> None:
        self.stack.setCurrentIndex(1)
        self.unlock_button.setDefault(False)
        self.create_button.setDefault(True)
        if not self.new_path.text():
            suggested = default_register_path()
            self.new_path.setText(str(suggested if not suggested.exists() else suggested.with_name("new.kartoteka")))
        self.new_password.setFocus()

    def choose_other_file(self) -> bool:
        path = choose_open_path(self)
        if path:
            self.path = Path(path)
            self.show_unlock()
            self.unlock_error.hide()
        return bool(path)

    def _browse_new(self) -> None:
        path = choose_save_path(self, self.new_path.text())
        if path:
            self.new_path.setText(path)

    def _show_strength(self, text: str) -> None:
        score, word = password_strength(text)
        self.strength.setValue(score)
        self.strength.setProperty("level", score)
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)
        words = {"too short": self.tr("Too short: use at least 8 characters"), "weak": self.tr("Weak"),
                 "fair": self.tr("Fair"), "good": self.tr("Good"), "strong": self.tr("Strong")}
        self.strength_label.setText(words.get(word, word) if text else self.tr("At least 8 characters"))

    # ------------------------------------------------------------------ actions
    def _error(self, text: str) -> None:
        label = self.unlock_error if self.stack.currentIndex() == 0 else self.create_error
        label.setText(text)
        label.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.unlock_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _start(self, fn: Any, *args: Any, title: str, show_progress: bool = False) -> workers.Task | None:
        if self._busy:
            return None
        self._set_busy(True)
        self.unlock_error.hide()
        self.create_error.hide()
        self.restore_button.hide()
        task = workers.run_task(self, fn, *args, title=title, show_progress=show_progress)
        task.finished.connect(self._done)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self._set_busy(False))
        return task

    def unlock(self) -> workers.Task | None:
        if not self.password.text():
            self._error(self.tr("Type the password of the register."))
            return None
        return self._start(_open, self.path, self.password.text(), title=self.tr("Opening"))

    def create(self) -> workers.Task | None:
        password, repeat = self.new_password.text(), self.repeat_password.text()
        path = self.new_path.text().strip()
        if not path:
            self._error(self.tr("Choose where to keep the register."))
            return None
        if password_strength(password)[0] == 0:
            self._error(self.tr("The password is too short: use at least 8 characters."))
            return None
        if password != repeat:
            self._error(self.tr("The two passwords differ. Type the same password twice."))
            return None
        if Path(path).exists():
            self._error(self.tr("{path} already exists. Choose another name; a register is never "
                                "overwritten.").format(path=path))
            return None
        return self._start(_create, Path(path), password, self.region.currentText(), title=self.tr("Creating"))

    def open_demo(self) -> workers.Task | None:
        """Open (or first create) the demo register in the data folder; its password is "demo"."""
        path = data_dir() / "demo.kartoteka"
        self.path = path
        self.show_unlock()
        return self._start(_demo, path, title=self.tr("Preparing the demo register"), show_progress=True)

    def _done(self, register: Any) -> None:
        self._set_busy(False)
        self.opened.emit(register)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._error(error_message(exc, self))
        if self.stack.currentIndex() == 0:
            self.password.selectAll()
            self.password.setFocus()
        good = getattr(exc, "newest_good_version", None) if isinstance(exc, RegisterDamaged) else None
        self._good_version = int(good) if good and str(good).isdigit() else None
        if self._good_version is not None:
            self.restore_button.show()

    def restore_newest(self) -> workers.Task | None:
        """Put the newest good version back (the damaged file is kept aside) and open it."""
        if self._good_version is None or not self.password.text():
            return None
        return self._start(_restore, self.path, self.password.text(), self._good_version,
                           title=self.tr("Restoring the newest good version"), show_progress=True)


def error_message(exc: BaseException, widget: QWidget) -> str:
    """A typed storage error as a sentence the owner understands."""
    if isinstance(exc, WrongPassword):
        return widget.tr("Wrong password. Try again.")
    if isinstance(exc, RegisterDamaged):
        newest = getattr(exc, "newest_good_version", None)
        text = widget.tr("The register is damaged and cannot be opened.")
        if newest:
            text += " " + widget.tr("Version {version} is the newest good one: restore it to go on working; "
                                    "the damaged file is kept aside.").format(version=newest)
        else:
            text += " " + widget.tr("No good version of it was found. Keep the file and do not overwrite it.")
        return text
    if isinstance(exc, AlreadyOpen):
        return widget.tr("This register is open in another Kartoteka window. Close it there and try again.")
    if isinstance(exc, NotFound):
        return widget.tr("There is no register at this place. Open another file or create a new register.")
    if isinstance(exc, KartotekaError):
        return exc.message
    return widget.tr("The register could not be opened ({name}).").format(name=type(exc).__name__)


def _open(path: Path, password: str, *, progress: Any, cancel: Any) -> Any:
    return open_register(path, password)


def _create(path: Path, password: str, region: str, *, progress: Any, cancel: Any) -> Any:
    return create_register(path, password, region=region)


def _restore(path: Path, password: str, version_id: int, *, progress: Any, cancel: Any) -> Any:
    from app.versions import restore_damaged

    restore_damaged(path, password, version_id)
    return open_register(path, password)


def _demo(path: Path, *, progress: Any, cancel: Any) -> Any:
    if path.exists():
        return open_register(path, DEMO_PASSWORD)
    register = create_register(path, DEMO_PASSWORD)
    try:
        lists.fill_demo(register, DEMO_CLIENTS, progress=progress, cancel=cancel)
    except BaseException:
        register.close()
        for suffix in ("", "-wal", "-shm", ".state", ".lock"):  # a half-made demo must not be found next time
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(f"{path}.versions", ignore_errors=True)  # its versions were made by this fill too
        raise
    return register
