"""``python -m ui.screenshots OUTDIR``: render the window on a demo register to PNG files, offscreen.

Why: the look (spacing, alignment, truncation, empty states, long Polish and Cyrillic names) is checked
by eye on every change, and the README shows the same pictures. Everything happens in a temporary data
folder that is removed afterwards; the demo register's password is "demo".
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

DEMO_CLIENTS = 300
SIZE = (1440, 880)


def _settle(app: object, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def _save(widget: object, path: Path, app: object) -> None:
    _settle(app)
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def _pick_cyrillic_name(window: object) -> int:
    """The row with the longest Cyrillic name (else the longest name): long names in another script are
    the hardest case for the card's layout, and the README should show one."""
    model = window.model  # type: ignore[attr-defined]
    names = [str(model.index(r, 0).data() or "") for r in range(model.rowCount())]
    ranked = [(any("\u0400" <= ch <= "\u04ff" for ch in name), len(name), r) for r, name in enumerate(names)]
    return max(ranked)[2] if ranked else 0


IMPORT_CSV = (
    "ФИО;Телефон;E-mail;Город;Uwagi\n"
    "Иванов Иван Иванович;8 916 555-45-67;ivan@example.ru;Москва;stały klient\n"
    "Петрова Анна;+7 (903) 765-43-21;anna@@example;Казань;\n"
    "Brzęczyszczykiewicz Grzegorz;601 234 567;g.b@example.pl;Łódź;faktura VAT\n"
)


def render(outdir: Path) -> list[Path]:
    """Write every screenshot to ``outdir``; the user's data folder and settings are never touched."""
    saved = os.environ.get("KARTOTEKA_HOME")
    try:
        return _render(outdir)
    finally:
        if saved is None:
            os.environ.pop("KARTOTEKA_HOME", None)
        else:
            os.environ["KARTOTEKA_HOME"] = saved


def _render(outdir: Path) -> list[Path]:
    from PySide6.QtCore import QSettings

    from app import lists
    from app.session import create_register, open_register
    from ui.app import ensure_app
    from ui.main_window import AppContext, MainWindow
    from ui.start_dialog import StartDialog

    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kartoteka-shots-") as tmp:
        os.environ["KARTOTEKA_HOME"] = tmp
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        app = ensure_app()
        path = Path(tmp) / "demo.kartoteka"
        register = create_register(path, "demo")
        lists.fill_demo(register, DEMO_CLIENTS, seed=7)
        lists.save_smart_list(register, "Kraków VIP", "city:Kraków segment:vip")
        lists.save_smart_list(register, "Birthdays this week", "birthday:7d")
        lists.save_smart_list(register, "Lapsed big spenders", "spent:>1000 last_purchase:>180d")
        window = MainWindow(AppContext(register, path))
        window.resize(*SIZE)
        window.show()
        _settle(app)
        row = _pick_cyrillic_name(window)
        window.table.setCurrentIndex(window.model.index(row, 0))
        window.table.scrollTo(window.model.index(row, 0), window.table.ScrollHint.PositionAtCenter)
        window.sync_card()  # the card follows the table after a short delay; show the picked client now
        shots: list[tuple[str, Callable[[], object]]] = [("main-window.png", lambda: window)]

        def search_error() -> object:
            window.search.set_text("cty:Kraków spent:>500")
            return window

        def empty_state() -> object:
            window.search.set_text("Zzyzx Łęczyca-Вдовиченко")
            return window

        def filter_builder() -> object:
            window.search.set_text("")
            dialog = window.open_filter_builder()
            dialog.rows[0].set_condition("city", "contains", "Kraków")
            dialog.add_row("total_spent", ">", "500")
            dialog.add_row("last_purchase", "last", "90")
            dialog.add_row("consent_email", "is", "granted")
            dialog.adjustSize()
            return dialog

        shots += [("search-error.png", search_error), ("empty-state.png", empty_state),
                  ("filter-builder.png", filter_builder)]
        for name, make in shots:
            written.append(outdir / name)
            _save(make(), outdir / name, app)
        window.findChild(object, "filterBuilder").close()

        written += _dialogs(window, outdir, Path(tmp), app)

        settings = window.open_settings()
        written.append(outdir / "settings-dialog.png")
        _save(settings, written[-1], app)
        settings.close()

        window.lock()
        written.append(outdir / "locked.png")
        _save(window, written[-1], app)
        window.close()

        start = StartDialog(None, path=path, message="")
        start.show()
        start.password.setText("secret")
        written.append(outdir / "unlock-dialog.png")
        _save(start, written[-1], app)
        start._failed(_wrong_password())
        written.append(outdir / "unlock-wrong-password.png")
        _save(start, written[-1], app)
        start.show_create()
        start.new_password.setText("Correct-horse-7")
        start.repeat_password.setText("Correct-horse-7")
        written.append(outdir / "create-dialog.png")
        _save(start, written[-1], app)
        start.close()
        register = open_register(path, "demo")  # close cleanly so the temporary folder can go
        register.close()
    return written


def _dialogs(window: object, outdir: Path, tmp: Path, app: object) -> list[Path]:
    """Versions (with a deleted client to bring back), the import wizard's mapping and plan, and export."""
    from app import records
    from ui import workers

    register = window.ctx.register  # type: ignore[attr-defined]
    victim = window.model.client_id(window.model.rowCount() - 1)  # type: ignore[attr-defined]
    with register.unit_of_work("delete", "screenshot") as session:
        records.delete_client(session, victim)
    window.refresh()  # type: ignore[attr-defined]
    written: list[Path] = []
    workers.set_inline_mode(True)  # each dialog's background read finishes before its picture
    try:
        for name, make in (("versions-dialog.png", _versions), ("import-mapping.png", _import_mapping),
                           ("import-plan.png", _import_plan), ("export-dialog.png", _export)):
            dialog = make(window, tmp, app)
            written.append(outdir / name)
            _save(dialog, written[-1], app)
            dialog.reject()  # type: ignore[attr-defined]
    finally:
        workers.set_inline_mode(False)
    return written


def _versions(window: object, tmp: Path, app: object) -> object:
    dialog = window.open_dialog("versions")  # type: ignore[attr-defined]
    _settle(app)
    dialog.deleted_combo.activated.emit(0)  # pick the deleted client: its number and the version before
    return dialog


def _import_mapping(window: object, tmp: Path, app: object) -> object:
    source = tmp / "klienci-клиенты.csv"
    source.write_text(IMPORT_CSV, encoding="utf-8")
    wizard = window.open_dialog("import")  # type: ignore[attr-defined]
    wizard.file_page.path_edit.setText(str(source))
    wizard.file_page.open_file()
    _settle(app)
    wizard.next()
    wizard.next()
    return wizard


def _import_plan(window: object, tmp: Path, app: object) -> object:
    """The plan: what the import will do with each row, before anything is written."""
    wizard = _import_mapping(window, tmp, app)
    wizard.next()  # type: ignore[attr-defined]
    _settle(app)
    return wizard


def _export(window: object, tmp: Path, app: object) -> object:
    """A mailing list to everyone in Warszawa: some are left out for consent or a missing e-mail."""
    from ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window.ctx, window, query="city:Warszawa")  # type: ignore[attr-defined]
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("mailchimp"))
    dialog.refresh_preview()
    return dialog


def _wrong_password() -> BaseException:
    from app.session import WrongPassword

    return WrongPassword("wrong password")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    outdir = Path(args[0] if args else "docs/screenshots")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    render(outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
