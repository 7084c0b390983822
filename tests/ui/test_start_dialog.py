"""The start dialog and ``ui.launch``: wrong password stays and asks again, create, open another file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

import ui
from tests.ui.conftest import PASSWORD
from ui import start_dialog
from ui.start_dialog import StartDialog


def _dialog(qtbot, path: Path | None = None, **kw) -> StartDialog:
    dialog = StartDialog(None, path=path, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _close(register) -> None:
    register.close()


def test_wrong_password_shows_message_and_stays(qtbot, ui_register_path, inline_workers):
    dialog = _dialog(qtbot, ui_register_path)
    opened = []
    dialog.opened.connect(opened.append)
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.unlock_error.isVisible(), timeout=5000)
    assert dialog.unlock_error.text() == "Wrong password. Try again."
    assert dialog.isVisible() and not opened
    assert dialog.password.selectedText() == "not the password"  # ready to type again
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert not dialog.isVisible()
    _close(opened[0])


def test_empty_password_is_refused_without_trying(qtbot, ui_register_path):
    dialog = _dialog(qtbot, ui_register_path)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "password" in dialog.unlock_error.text().lower()


def test_damaged_file_says_so(qtbot, tmp_path, inline_workers):
    bad = tmp_path / "bad.kartoteka"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(8192))
    dialog = _dialog(qtbot, bad)
    qtbot.keyClicks(dialog.password, "whatever")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.unlock_error.isVisible(), timeout=5000)
    assert "not a Kartoteka register" in dialog.unlock_error.text()


def test_create_register_checks_passwords_then_creates(qtbot, tmp_path, inline_workers):
    dialog = _dialog(qtbot, tmp_path / "none.kartoteka")
    assert dialog.stack.currentIndex() == 1  # no register yet: start on "create"
    target = tmp_path / "new.kartoteka"
    dialog.new_path.setText(str(target))
    qtbot.keyClicks(dialog.new_password, "short")
    assert dialog.strength.value() == 0
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "too short" in dialog.create_error.text()
    dialog.new_password.clear()
    qtbot.keyClicks(dialog.new_password, "Much-Longer-Pass-42")
    assert dialog.strength.value() == 4 and dialog.strength_label.text() == "Strong"
    qtbot.keyClicks(dialog.repeat_password, "Much-Longer-Pass-43")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.create_error.text()
    dialog.repeat_password.clear()
    qtbot.keyClicks(dialog.repeat_password, "Much-Longer-Pass-42")
    dialog.region.setCurrentText("UA")
    opened = []
    dialog.opened.connect(opened.append)
    qtbot.keyClick(dialog.repeat_password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert target.exists() and opened[0].region == "UA"
    _close(opened[0])


def test_create_never_overwrites(qtbot, ui_register_path):
    dialog = _dialog(qtbot, ui_register_path, page="create")
    dialog.new_path.setText(str(ui_register_path))
    dialog.new_password.setText("Much-Longer-Pass-42")
    dialog.repeat_password.setText("Much-Longer-Pass-42")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.create_error.text()


def test_open_another_file(qtbot, tmp_path, ui_register_path, monkeypatch):
    monkeypatch.setattr(start_dialog, "choose_open_path", lambda parent: str(ui_register_path))
    dialog = _dialog(qtbot, tmp_path / "other.kartoteka", page="open")
    assert dialog.path == ui_register_path
    assert dialog.stack.currentIndex() == 0
    assert dialog.file_label.text() == str(ui_register_path)


def test_launch_returns_the_window_on_an_open_register(qtbot, ui_register_path):
    window = ui.launch(ui_register_path, PASSWORD)
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        assert window.model.rowCount() == 40
        assert window.findChild(type(window.search_edit), "searchEdit") is window.search_edit
    finally:
        window.close()
    assert window.ctx.register.closed


def test_damaged_register_offers_the_newest_good_version(qtbot, ui_register_path, ui_template, inline_workers):
    from storage.register import PAGE_SIZE, Register

    register = Register.open_with_key(ui_register_path, ui_template[1], versions=True)
    register.enable_versions(kind="edit", summary="test", wait=True)  # one good version on disk
    register.close()
    pages = ui_register_path.stat().st_size // PAGE_SIZE
    with open(ui_register_path, "r+b") as fh:
        fh.seek((pages // 2) * PAGE_SIZE + 100)
        byte = fh.read(1)
        fh.seek((pages // 2) * PAGE_SIZE + 100)
        fh.write(bytes([byte[0] ^ 0x55]))
    dialog = _dialog(qtbot, ui_register_path)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.unlock_error.isVisible(), timeout=10000)
    assert "damaged" in dialog.unlock_error.text()
    assert dialog.restore_button.isVisible()
    opened = []
    dialog.opened.connect(opened.append)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    with opened[0].session() as session:
        from app.query import count

        assert count(session, "") == 40
    _close(opened[0])
    assert list(ui_register_path.parent.glob(ui_register_path.name + ".damaged-*"))


def test_open_menu_without_a_file_closes_the_dialog(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(start_dialog, "choose_open_path", lambda parent: "")
    dialog = StartDialog(None, path=tmp_path / "x.kartoteka", page="open")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        dialog.open()


def test_file_menu_opens_another_register_in_the_window(qtbot, window, tmp_path, monkeypatch):
    from storage.register import Register

    other = tmp_path / "other.kartoteka"
    Register.create(other, "Other-password-1", versions=False).close()
    monkeypatch.setattr(start_dialog, "choose_open_path", lambda parent: str(other))
    old = window.ctx.register
    dialog = window._start_dialog(page="open")
    qtbot.keyClicks(dialog.password, "Other-password-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.path == other, timeout=10000)
    assert old.closed
    assert window.model.rowCount() == 0 and "No clients yet" in window.table.empty_text
    assert window.windowTitle().endswith("other.kartoteka")


def test_demo_fills_with_a_progress_window_and_can_be_cancelled(qtbot, tmp_path, monkeypatch, inline_workers):
    from app import demo
    from app.query import count

    monkeypatch.setenv("KARTOTEKA_HOME", str(tmp_path))
    monkeypatch.setattr(start_dialog, "DEMO_CLIENTS", 30)
    real_fill, real_run, tasks, reports = demo.fill_register, start_dialog.workers.run_task, [], []

    def cancelled_fill(reg, n, **kw):  # the user presses Cancel in the progress window while it fills
        kw["cancel"].set()
        return real_fill(reg, n, **kw)

    def counted_fill(reg, n, **kw):
        return real_fill(reg, n, **{**kw, "progress": lambda *args: (reports.append(args), kw["progress"](*args))})

    monkeypatch.setattr(start_dialog.workers, "run_task", lambda *a, **kw: tasks.append(kw) or real_run(*a, **kw))
    monkeypatch.setattr(demo, "fill_register", cancelled_fill)
    dialog = _dialog(qtbot, tmp_path / "none.kartoteka")
    opened = []
    dialog.opened.connect(opened.append)
    demo_button = dialog.findChild(type(dialog.unlock_button), "demoButton")
    qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20000)
    assert not opened and dialog.isVisible() and tasks[-1]["show_progress"]  # a progress window with Cancel
    assert sorted(p.name for p in tmp_path.glob("demo.*")) == []  # a half-made demo is not left behind
    monkeypatch.setattr(demo, "fill_register", counted_fill)
    qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert reports and reports[-1][:2] == (30, 30)
    with opened[0].session() as session:
        assert count(session, "") == 30
    opened[0].close()


def test_create_page_captions_sit_on_their_fields_middle_line(qtbot, tmp_path):
    """File, Password and Repeat line up with their fields the way Phone region does with its combo."""
    from PySide6.QtWidgets import QFormLayout

    dialog = _dialog(qtbot, tmp_path / "none.kartoteka", page="create")
    qtbot.waitExposed(dialog)
    form = dialog.create_form
    offsets = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or not label.widget().text():
            continue
        caption = label.widget()
        text_top = caption.contentsRect().top() + (caption.contentsRect().height()
                                                    - caption.fontMetrics().height()) // 2
        text_middle = caption.mapTo(dialog, caption.rect().topLeft()).y() + text_top \
            + caption.fontMetrics().height() // 2
        widget = field.widget() or field.layout().itemAt(0).widget()  # File: its path field
        field_middle = widget.mapTo(dialog, widget.rect().center()).y()
        offsets[caption.text()] = text_middle - field_middle
    assert set(offsets) == {"File", "Password", "Repeat", "Phone region"}
    assert all(abs(d) <= 2 for d in offsets.values()), offsets
