"""Idle lock: the window hides the data, closes the register, and opens again only with the password."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import PASSWORD


def test_lock_hides_data_and_closes_register(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(window.card, "show_client", lambda client_id: shown.append(client_id))
    register = window.ctx.register
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.is_locked, timeout=2000)
    assert register.closed
    assert window.model.rowCount() == 0
    assert shown[-1] is None
    assert window.stack.currentWidget() is window.lock_controller.page
    assert not window.menuBar().isEnabled()


def test_unlock_needs_the_right_password(qtbot, window):
    current = window.current_client_id()
    window.lock()
    page = window.lock_controller.page
    qtbot.keyClicks(page.password, "wrong")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=5000)
    assert page.error.text() == "Wrong password. Try again."
    assert window.is_locked()
    page.password.clear()
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    assert not window.ctx.register.closed
    assert window.model.rowCount() == 40
    assert window.current_client_id() == current
    assert window.stack.currentIndex() == 0
    window.ctx.register.close()  # the fixture closes only the register it opened


def test_idle_time_locks_the_window(qtbot, window):
    window.lock_controller.set_minutes(0.002)  # 120 ms
    qtbot.waitUntil(window.is_locked, timeout=3000)


def test_activity_keeps_it_open(qtbot, window):
    controller = window.lock_controller
    controller.set_minutes(0.01)  # 600 ms
    controller._last_activity -= 0.5
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # input resets the idle clock
    controller.check_idle()
    assert not window.is_locked()
    controller.set_minutes(0)


def test_lock_closes_open_dialogs(qtbot, window):
    dialog = window.open_filter_builder()
    assert dialog.isVisible()
    window.lock()
    assert not dialog.isVisible()


def test_idle_lock_waits_for_background_work(qtbot, window, monkeypatch):
    from ui import workers

    monkeypatch.setattr(workers, "busy", lambda: True)
    controller = window.lock_controller
    controller.set_minutes(0.001)
    controller._last_activity -= 10
    controller.check_idle()
    assert not window.is_locked()
    monkeypatch.setattr(workers, "busy", lambda: False)
    controller.check_idle()
    assert window.is_locked()
