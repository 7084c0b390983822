"""Run a pure-Python producer on the second core: a forked child iterates it, this process consumes.

Uses: a big sheet is parsed in two halves at once (the child parses the tail); the duplicate finder
scores half of its candidate pairs in the child; and a bulk write overlaps building rows in Python (normalising, folding text for the search index, arranging
columns) with SQLite executing them. Threads cannot overlap them (the driver needs the GIL back after
every row it steps), and a spawned worker would have to be sent every parsed row first (pickling 100k
parsed rows cost 3 s out and 3.6 s in, measured). A forked child already holds the rows: it runs the
producer and sends back only what the producer yields.

Rules for a producer: plain Python over data already in memory. It must not touch the database, Qt,
files or locks (the child is a copy of one thread of a process that may have several), and everything
it needs must be imported before the fork. What it yields must pickle. An exception in the child is
re-raised here: a :class:`~storage.errors.KartotekaError` as itself, anything else as a
``KartotekaError`` naming its type only (its message may hold client data). The child's results travel
through a pipe, never a file, and the child leaves with ``os._exit`` (no atexit handlers, no flushing
of buffers it inherited).

Only on Linux: macOS forks badly once system frameworks are loaded, Windows cannot fork. There, when
memory is short (see :func:`available`), with ``KARTOTEKA_NO_FORK=1`` and whenever ``enabled`` is
false, the producer simply runs here.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, TypeVar

from storage.errors import KartotekaError

T = TypeVar("T")

_ITEM, _END, _ERROR = 0, 1, 2
_BUFFER = 1 << 20
MARGIN = 512 << 20  # free memory kept beyond twice the process's size (see available)


def available() -> bool:
    """Whether :func:`iterate` can use a child process on this system, now.

    The child starts as a copy of this process sharing its memory, but CPython writes a reference count
    into every object it reads, so each page of rows the child reads becomes its own copy (measured:
    about 220 MB for a 100k-row import whose process holds 414 MB). Fork only when the machine has
    twice this process's size free beyond a margin; otherwise the producer runs here, only slower."""
    if not (sys.platform.startswith("linux") and hasattr(os, "fork")) or os.environ.get("KARTOTEKA_NO_FORK") == "1":
        return False
    try:
        return _available_memory() > 2 * _resident_memory() + MARGIN
    except (OSError, ValueError):
        return False


def _available_memory() -> int:
    with open("/proc/meminfo", encoding="ascii") as info:
        for line in info:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    raise ValueError("no MemAvailable")


def _resident_memory() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def iterate(produce: Callable[[], Iterable[T]], *, enabled: bool = True) -> Iterator[T]:
    """Start ``produce()`` in a forked child now, and return an iterator over what it yields.

    The child starts at once, so this process can do other work before reading (parsing one half of a
    sheet while the child parses the other): the child keeps producing and holds what is not read yet
    as pickles (at most its whole output: ~20 MB for half of a 100k-row sheet). Close the iterator
    (``contextlib.closing``) when stopping early, on an error or a cancel: that stops the child and
    waits for it."""
    if not (enabled and available()):
        return (item for item in produce())  # a generator: closable like the receiver
    read_fd, write_fd = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+ warns about forking with threads
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; its work is checked through what the parent receives
        os.close(read_fd)
        _child(produce, write_fd)
    os.close(write_fd)
    return _Receiver(pid, os.fdopen(read_fd, "rb", buffering=_BUFFER))


class _Receiver(Iterator[T]):
    """The parent's end: unpickles items until the child says it is done; re-raises its errors."""

    def __init__(self, pid: int, pipe: BinaryIO) -> None:
        self._pid: int | None = pid
        self._pipe = pipe
        self._finished = False

    def __next__(self) -> T:
        if self._pid is None:
            raise StopIteration
        try:
            kind, payload = pickle.load(self._pipe)
        except EOFError:
            self.close()
            raise KartotekaError("The helper process that prepared the rows stopped unexpectedly; "
                                 "nothing was written. Try again.") from None
        except BaseException:
            self.close()
            raise
        if kind == _ITEM:
            return payload
        self._finished = kind == _END
        self.close()
        if kind == _END:
            raise StopIteration
        raise payload

    def close(self) -> None:
        if self._pid is not None:
            pid, self._pid = self._pid, None
            self._pipe.close()
            _reap(pid, kill=not self._finished)

    def __del__(self) -> None:  # a receiver dropped without close() must not leave its child running
        with contextlib.suppress(Exception):
            self.close()


def _child(produce: Callable[[], Iterable[T]], write_fd: int) -> None:  # pragma: no cover - runs in the child
    """Produce and pickle here; a thread writes the pickles to the pipe, so production never waits for
    the parent (which may be busy with its own share of the work before it reads)."""
    outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    broken = threading.Event()

    def send() -> None:
        try:
            with os.fdopen(write_fd, "wb", buffering=_BUFFER) as pipe:
                while (data := outbox.get()) is not None:
                    pipe.write(data)
                    pipe.flush()  # the parent reads this item while the next one is built
        except OSError:  # the parent stopped reading (closed early): stop producing
            broken.set()

    sender = threading.Thread(target=send, name="offload-send", daemon=True)
    code = 0
    try:
        sender.start()
        try:
            for item in produce():
                outbox.put(pickle.dumps((_ITEM, item), protocol=pickle.HIGHEST_PROTOCOL))
                if broken.is_set():
                    break
            outbox.put(pickle.dumps((_END, None), protocol=pickle.HIGHEST_PROTOCOL))
        except BaseException as exc:  # every failure goes back to the parent
            outbox.put(pickle.dumps((_ERROR, _portable(exc)), protocol=pickle.HIGHEST_PROTOCOL))
        outbox.put(None)
        sender.join()
        code = 1 if broken.is_set() else 0
    except BaseException:  # the parent sees EOF and reports it
        code = 1
    finally:
        os._exit(code)


def _portable(exc: BaseException) -> BaseException:
    """The exception to raise in the parent: our own errors as they are (their messages are written for
    the user), anything else by type only."""
    if isinstance(exc, KartotekaError):
        with contextlib.suppress(Exception):
            pickle.loads(pickle.dumps(exc))
            return exc
        return KartotekaError(str(exc))
    return KartotekaError(f"Preparing the rows failed ({type(exc).__name__}); nothing was written.")


def _reap(pid: int, *, kill: bool) -> None:
    if kill:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
