"""The window (PySide6). The only package that imports Qt; it reaches data through ``app`` only.

``launch(register_path, password)`` gives a main window on an open register without any dialog (tests,
scripts, screenshots); ``run_gui(argv)`` is what ``kartoteka`` with no command starts.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def launch(register_path: Path | str, password: str, *, show: bool = True) -> Any:
    """Open the register and return the main window on it (shown unless ``show=False``)."""
    from app.session import open_register
    from ui.app import ensure_app
    from ui.main_window import AppContext, MainWindow

    ensure_app()
    register = open_register(register_path, password)
    window = MainWindow(AppContext(register, register_path))
    if show:
        window.show()
    return window


def window_for(register: Any) -> Any:
    """A main window on an already open register (tests open registers with the raw key)."""
    from ui.app import ensure_app
    from ui.main_window import AppContext, MainWindow

    ensure_app()
    return MainWindow(AppContext(register, register.path))


def run_gui(argv: list[str] | None = None, *, register: str | None = None) -> int:
    """Start the application: straight to the window when ``--register`` and KARTOTEKA_PASSWORD are both
    given, otherwise through the start dialog (unlock, create, open another, demo)."""
    from app.session import KartotekaError
    from ui.app import ensure_app, qsettings
    from ui.start_dialog import StartDialog

    app = ensure_app(list(argv) if argv else None, crash_dialog=True)
    path = register or os.environ.get("KARTOTEKA_REGISTER")
    password = os.environ.get("KARTOTEKA_PASSWORD")
    holder: dict[str, Any] = {}

    def show_window(reg: Any) -> None:
        from ui.main_window import AppContext, MainWindow

        qsettings().setValue("register/last", str(reg.path))
        holder["window"] = MainWindow(AppContext(reg, reg.path))
        holder["window"].show()

    if path and password:
        try:
            show_window(_open(path, password))
        except KartotekaError as exc:
            holder["error"] = exc.message
    if "window" not in holder:
        dialog = StartDialog(None, path=Path(path) if path else None, message=holder.get("error", ""))
        dialog.opened.connect(show_window)
        dialog.rejected.connect(app.quit)
        dialog.show()
        holder["dialog"] = dialog
    return int(app.exec())


def _open(path: str, password: str) -> Any:
    from app.session import open_register

    return open_register(path, password)
