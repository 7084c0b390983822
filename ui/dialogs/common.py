"""Small helpers every card and dialog uses: questions, messages and file choosers.

They are module functions on purpose: a test replaces ``ask`` or ``choose_open_file`` with a fake that
answers at once (``monkeypatch.setattr(common, "ask", ...)``), so no test ever waits on a modal box.
Callers must look them up through the module (``common.ask(...)``), never ``from ... import ask``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def tr(text: str) -> str:
    """Translate a string shared by several dialogs (context ``Kartoteka``)."""
    return QCoreApplication.translate("Kartoteka", text)


def ask(parent: QWidget | None, title: str, text: str, buttons: Button, default: Button) -> Button:
    """Ask a question and wait for the answer (used where the caller needs it before going on)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setDefaultButton(default)
    return Button(box.exec())


def ask_text(parent: QWidget | None, title: str, label: str) -> str:
    """One line of text from the user, or "" when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok else ""


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Tell the user something failed, without blocking (the box is window-modal and opened)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box


def choose_open_file(parent: QWidget | None, caption: str, filters: str) -> str:
    """The file to read, or "" when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
    return path


def choose_save_file(parent: QWidget | None, caption: str, filters: str, suggested: str = "") -> str:
    """The file to write, or "" when the user cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


def error_text(exc: BaseException) -> str:
    """The message of an expected error; an unexpected one gets a generic line (no client data)."""
    message = getattr(exc, "message", None) or (exc.args[0] if exc.args else "")
    if _is_expected(exc) and message:
        return str(message)
    return tr("Something went wrong ({name}). Nothing was changed.").format(name=type(exc).__name__)


def expected_errors() -> tuple[type[BaseException], ...]:
    """Errors a user can act on (bad input, refused file, full disk): shown as messages, not crashes."""
    from app.session import KartotekaError

    return (KartotekaError, ValueError, OSError)


def _is_expected(exc: BaseException) -> bool:
    return isinstance(exc, expected_errors())


def backend(module: str, parent: QWidget | None, feature: str) -> Any | None:
    """Import a feature's back end lazily; when it is missing say so clearly and return None.

    Dialog modules import cleanly without their back end, so the main window can offer the menu item
    and the user gets a plain message instead of a crash if that part is not installed.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        show_error(parent, feature, tr("{feature} is not available in this build of Kartoteka.").format(
            feature=feature))
        return None


def has_backend(module: str) -> bool:
    """True when ``module`` can be imported (the dialogs use it to enable their actions)."""
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False

