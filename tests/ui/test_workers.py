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


def test_ui_calls_while_a_worker_runs_python_do_not_crash(qtbot):
    """PySide6 6.12.0 on Python 3.11 corrupts None's reference count when the UI thread calls into Qt
    while another thread runs Python ("Fatal Python error: none_dealloc"); 6.11 does not. Every
    background task would be at risk, so this guards the pinned version."""
    from PySide6.QtWidgets import QLabel

    stop = threading.Event()

    def busy(*, progress, cancel):
        n = 0
        while not stop.is_set():
            n += 1
            _ = None if n % 2 else False
        return n

    label = QLabel()
    qtbot.addWidget(label)
    task = workers.run_task(None, busy, show_progress=False)
    for i in range(20_000):
        label.setText(str(i))
        label.update()
    stop.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.result > 0
