"""One way to run long work off the UI thread, with progress, cancel, result and error.

``run_task(parent, fn, *args)`` runs ``fn(*args, progress=cb, cancel=event, **kwargs)`` on a thread pool.
The worker thread never touches a widget: it emits signals of a small relay object, and Qt queues them to
the :class:`Task`, which lives on the UI thread and re-emits ``progress``, ``finished``, ``failed`` or
``cancelled`` there. Tests switch to :func:`set_inline_mode` so a task runs at once on the calling thread
(its signals still arrive from the event loop, so code that connects after ``run_task`` sees them).

Unhandled failures (no slot connected to ``failed``) go to ``sys.excepthook``: the crash dialog of
``ui.app`` shows them, so no error is ever swallowed.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.session import Cancelled

_INLINE = False
_POOL: QThreadPool | None = None
_ACTIVE: set[Task] = set()  # tasks are kept alive until their outcome is delivered
_PROGRESS_INTERVAL = 0.05  # seconds between two progress updates sent to the UI thread


def set_inline_mode(enabled: bool) -> None:
    """Run tasks synchronously on the calling thread (tests): deterministic, no thread to wait for."""
    global _INLINE
    _INLINE = enabled


def _pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL


def busy() -> bool:
    """Whether background work is still running (the idle lock waits for it instead of cutting it off)."""
    return any(not task.done for task in _ACTIVE)


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until every background task has finished (closing the window, tests)."""
    return _POOL.waitForDone(timeout_ms) if _POOL is not None else True


class _Relay(QObject):
    """Created on the UI thread; the worker emits these so Qt queues them to the Task's slots.

    ``done`` carries no Python objects: the outcome waits in ``outcome``, set before the signal is sent.
    Passing Python objects through a queued cross-thread signal crashed PySide6 6.12 here (a refcount
    error, "deallocating None") under load."""

    progress = Signal(int, int, str)
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.outcome: tuple[Any, BaseException | None] = (None, None)


class Task(QObject):
    """A running piece of work. Signals are delivered on the UI thread."""

    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # result
    failed = Signal(object)  # exception
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.title = title
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.dialog: QProgressDialog | None = None
        self._failed_handlers = 0
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._on_relay_done)

    def connectNotify(self, signal) -> None:
        """Count slots on ``failed`` so an unhandled failure can be routed to the crash dialog."""
        if signal.name() == b"failed":
            self._failed_handlers += 1
        super().connectNotify(signal)

    def cancel(self) -> None:
        """Ask the work to stop; it sees ``cancel.is_set()`` at its next check."""
        self.cancel_event.set()

    # ------------------------------------------------------------------ called on the UI thread
    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total > 0 else 0)
            if message:
                self.dialog.setLabelText(message)
        self.progress.emit(done, total, message)

    @Slot()
    def _on_relay_done(self) -> None:
        self._on_done(*self._relay.outcome)

    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        self.result, self.error = result, error
        if self.dialog is not None:
            self.dialog.blockSignals(True)  # closing must not look like a click on Cancel
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        try:
            if isinstance(error, Cancelled) or (error is None and self.cancel_event.is_set()):
                self.cancelled.emit()
            elif error is not None:
                if self._failed_handlers:
                    self.failed.emit(error)
                else:
                    sys.excepthook(type(error), error, error.__traceback__)
            else:
                self.finished.emit(result)
        finally:
            _ACTIVE.discard(self)


class _Runnable(QRunnable):
    def __init__(self, call: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._call = call
        self._relay = relay

    def run(self) -> None:
        try:
            self._relay.outcome = (self._call(), None)
        except BaseException as exc:
            self._relay.outcome = (None, exc)
        self._relay.done.emit()


def _throttled(relay: _Relay) -> Callable[..., None]:
    """A progress callback for the worker that sends at most ~20 updates a second (and always the last)."""
    last = [0.0]

    def progress(done: int, total: int = 0, message: str = "") -> None:
        now = time.monotonic()
        if now - last[0] >= _PROGRESS_INTERVAL or (total and done >= total):
            last[0] = now
            relay.progress.emit(int(done), int(total), str(message))

    return progress


def run_task(
    parent: QWidget | None,
    fn: Callable[..., Any],
    *args: Any,
    title: str = "",
    show_progress: bool = True,
    **kwargs: Any,
) -> Task:
    """Run ``fn(*args, progress=cb, cancel=event, **kwargs)`` off the UI thread and return its Task.

    With ``show_progress`` a window-modal progress dialog appears after a short delay (quick work never
    flashes one); its Cancel button sets the ``cancel`` event.
    """
    task = Task(parent, title)
    _ACTIVE.add(task)
    if show_progress:
        task.dialog = _progress_dialog(parent, title, task)
    progress = _throttled(task._relay)

    def call() -> Any:
        return fn(*args, progress=progress, cancel=task.cancel_event, **kwargs)

    if _INLINE:
        # The work is done when run_task() returns; the outcome is delivered from the event loop, so
        # callers that connect after run_task() still get it.
        try:
            outcome: tuple[Any, BaseException | None] = (call(), None)
        except BaseException as exc:
            outcome = (None, exc)
        task.result, task.error = outcome
        QTimer.singleShot(0, task, lambda: task._on_done(*outcome))
    else:
        _pool().start(_Runnable(call, task._relay))
    return task


def _progress_dialog(parent: QWidget | None, title: str, task: Task) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title or QCoreApplication.translate("workers", "Working"))
    dialog.setLabelText(title or QCoreApplication.translate("workers", "Working…"))
    dialog.setCancelButtonText(QCoreApplication.translate("workers", "Cancel"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setRange(0, 0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)
    return dialog
