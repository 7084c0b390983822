"""Export files: created private, written under a temporary name, made visible only when complete.

An export holds client data in plain text, so the file is created readable by the user alone
(mode 0600, set at creation through ``os.open``, never widened later). It is written to a hidden
temporary name in the destination folder and renamed over the final name only after a flush and an
fsync: a cancelled or failed export leaves nothing half-written, and an older file of the same name
survives until the new one is complete.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Protocol

from storage.errors import Cancelled, UserError

PROGRESS_EVERY = 1000  # rows between progress callbacks and cancel checks


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


Cancel = CancelFlag | Callable[[], bool] | None
ProgressFn = Callable[[int], None] | None


def is_cancelled(cancel: Cancel) -> bool:
    """Accepts a ``threading.Event`` (the window's worker) or a plain callable."""
    if cancel is None:
        return False
    if hasattr(cancel, "is_set"):
        return bool(cancel.is_set())
    return bool(cancel())


class Ticker:
    """Counts written rows, reports progress and stops on cancel every :data:`PROGRESS_EVERY` rows."""

    __slots__ = ("_cancel", "_next", "_progress", "count")

    def __init__(self, progress: ProgressFn = None, cancel: Cancel = None) -> None:
        self._progress, self._cancel = progress, cancel
        self.count = 0
        self._next = PROGRESS_EVERY
        self.check()

    def tick(self) -> None:
        self.count += 1
        if self.count >= self._next:
            self._next += PROGRESS_EVERY
            self.check()

    def advance(self, rows: int) -> None:
        """Count a whole chunk at once (paths that read a chunk at a time)."""
        self.count += rows
        if self.count >= self._next:
            self._next = self.count + PROGRESS_EVERY
            self.check()

    def check(self) -> None:
        if is_cancelled(self._cancel):
            raise Cancelled("Export cancelled; no file was written.")
        if self._progress is not None:
            self._progress(self.count)


def _temp_name(final: Path) -> Path:
    # No client data in the name: a fixed prefix and a random token.
    return final.with_name(f".kartoteka-export-{secrets.token_hex(6)}.part")


@contextlib.contextmanager
def private_output(path: Path | str) -> Iterator[IO[bytes]]:
    """Yield a binary file that becomes ``path`` (mode 0600) only if the block finishes without error."""
    final = Path(path)
    if final.is_dir():
        raise UserError(f"{final} is a folder; give a file name to export to.")
    if not final.parent.is_dir():
        raise UserError(f"Cannot export to {final}: the folder {final.parent} does not exist.")
    temp = _temp_name(final)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(temp, flags, 0o600)
    except PermissionError as exc:
        raise UserError(f"Cannot export to {final}: no permission to write in {final.parent}.") from exc
    done = False
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, final)
        done = True
    finally:
        if not done:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
