"""Why a file is refused: one typed error with a machine-readable reason class.

The message always starts with the file's name (never its contents: a refusal must not leak client
data into logs) and says what to do next. ``reason`` is one of ``REASONS`` so that the window, the
command line and the corpus tests can tell the cases apart without parsing text.
"""

from __future__ import annotations

from pathlib import Path

from storage.errors import UserError

REASONS = (
    "password-protected",
    "damaged",
    "empty",
    "not-a-spreadsheet",
    "unsupported",
    "too-large",
    "not-found",
)


class ImportRefused(UserError):
    """The file cannot be imported; ``reason`` says which kind of refusal it is.

    ``looks_like_csv`` is set when a file named like a workbook is really delimited text, so the
    caller can offer to read it as CSV (``open_workbook(path, as_csv=True)``).
    """

    def __init__(self, path: Path | str, reason: str, detail: str, *, looks_like_csv: bool = False) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown refusal reason {reason!r}")
        self.path = Path(path)
        self.reason = reason
        self.detail = detail
        self.looks_like_csv = looks_like_csv
        super().__init__(f"{self.path.name}: {detail}")
