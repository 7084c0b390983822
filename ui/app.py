"""The Qt application: style sheet, translations, window settings, and the crash dialog.

The crash report is built from the traceback's frames only (file, line, function) and the exception's
type: never its message or local values, which may carry a client's name or phone. The user can copy it
into a bug report as it is.
"""

from __future__ import annotations

import platform
import re
import sys
import traceback
from functools import lru_cache
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.session import KartotekaError

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
APP_NAME = "Kartoteka"
APP_VERSION = "0.1.0"
_installed: dict[str, object] = {}


def qsettings() -> QSettings:
    """Window settings (geometry, columns, last register): per user, never business data."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


@lru_cache(maxsize=1)
def _style_sections() -> dict[str, str]:
    path = RESOURCES / "style.qss"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    sections: dict[str, str] = {}
    for match in re.finditer(r"/\* == (\w+) ==.*?\*/(.*?)(?=/\* == |\Z)", text, re.S):
        sections[match.group(1)] = match.group(2).strip()
    return sections


def style_sheet(section: str) -> str:
    """One section of resources/style.qss (``controls``, ``sidebar``, ``table``, ``statusbar``)."""
    return _style_sections().get(section, "")


def apply_style(widget: QWidget, *sections: str) -> None:
    """Style one widget and its children. Not the whole application: an application-wide style sheet
    makes every widget (the card has a hundred) about three times slower to create."""
    widget.setStyleSheet("\n".join(style_sheet(s) for s in sections))


def _palette() -> QPalette:
    palette = QPalette(QColor("#ffffff"))
    roles = {
        QPalette.ColorRole.Window: "#ffffff", QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#fafbfc", QPalette.ColorRole.Highlight: "#2f6fde",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Button: "#f6f7f9",
        QPalette.ColorRole.Text: "#111827", QPalette.ColorRole.WindowText: "#111827",
        QPalette.ColorRole.ButtonText: "#111827", QPalette.ColorRole.PlaceholderText: "#8a8f98",
        QPalette.ColorRole.ToolTipBase: "#111827", QPalette.ColorRole.ToolTipText: "#ffffff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def ensure_app(argv: list[str] | None = None, *, crash_dialog: bool = False) -> QApplication:
    """The one QApplication, set up once: names, style, translations; the crash dialog when asked
    (``run_gui`` asks; tests and scripts keep their own exception handling)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    if not _installed.get("setup"):
        _installed["setup"] = True
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(APP_VERSION)
        QGuiApplication.setDesktopFileName("kartoteka")
        app.setStyle("Fusion")  # the same look on every platform, which the style sheets build on
        app.setPalette(_palette())
        install_translators(app)
    if crash_dialog:
        install_excepthook()
    return app  # type: ignore[return-value]


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> None:
    """Load Qt's own strings and ours for the system language, when a translation exists."""
    locale = locale or QLocale.system()
    folder = RESOURCES / "translations"
    for name, directory in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("kartoteka", str(folder)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            _installed[f"translator:{name}"] = translator


# ------------------------------------------------------------------------------------------- crashes
def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """A report for a bug: versions, the exception type and where it happened; no client data."""
    lines = [
        f"Kartoteka {APP_VERSION}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.system()} {platform.release()}",
        "",
        f"Error: {exc_type.__module__}.{exc_type.__qualname__}",
        "Where (most recent call last):",
    ]
    for frame in traceback.extract_tb(tb):
        path = Path(frame.filename)
        short = "/".join(path.parts[-2:])
        lines.append(f"  {short}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        lines.append(f"Caused by: {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)


class CrashDialog(QDialog):
    """An unexpected error: say so plainly and give a report the user can copy."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(520)
        apply_style(self, "controls")
        intro = QLabel(self.tr(
            "Something went wrong that Kartoteka did not expect. Your register is safe: nothing is saved "
            "half-way. Please send the report below to support; it contains no client data."), self)
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report, self)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy report"), self)
        copy.setObjectName("copyReport")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` while the window runs: expected errors as a message, anything else as a crash."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, KartotekaError):
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, exc.message, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return
    report = crash_report(exc_type, exc, tb)
    sys.stderr.write(report + "\n")
    dialog = CrashDialog(report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    _installed["last_crash"] = dialog


def install_excepthook() -> None:
    sys.excepthook = handle_exception
