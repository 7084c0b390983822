"""ui.workers: results, failures, cancel and progress arrive on the UI thread, threaded and inline."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.session import Cancelled
from ui import workers


def _work(n: int, *, progress, cancel, fail: bool = False) -> int:
    for i in range(n):
        if cancel.is_set():
            raise Cancelled("stopped")
        progress(i + 1, n, f"step {i + 1}")
    if fail:
        raise ValueError("boom")
    return n * 2


@pytest.fixture(params=[False, True], ids=["threaded", "inline"])
def mode(request):
    workers.set_inline_mode(request.param)
    yield request.param
    workers.wait_for_tasks()
    workers.set_inline_mode(False)


def test_result_arrives_on_ui_thread(qtbot, mode):
    seen = []
    main = threading.get_ident()
    task = workers.run_task(None, _work, 3, title="Counting", show_progress=False)
    task.finished.connect(lambda r: seen.append((r, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(6, main)]
    assert task.done and task.result == 6


def test_failure_goes_to_failed_signal(qtbot, mode):
    task = workers.run_task(None, _work, 2, fail=True, show_progress=False)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_from_progress_dialog(qtbot):
    started = threading.Event()
    release = threading.Event()

    def slow(*, progress, cancel):
        started.set()
        release.wait(5)
        if cancel.is_set():
            raise Cancelled("stopped")
        return 1

    task = workers.run_task(None, slow, title="Slow")
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        release.set()
    assert task.dialog is None


def test_unhandled_failure_reaches_excepthook(qtbot, monkeypatch):
    caught = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: caught.append(exc[1]))
    workers.set_inline_mode(True)
    try:
        workers.run_task(None, _work, 1, fail=True, show_progress=False)
        qtbot.waitUntil(lambda: bool(caught), timeout=2000)
    finally:
        workers.set_inline_mode(False)
    assert isinstance(caught[0], ValueError)
