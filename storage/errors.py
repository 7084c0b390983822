"""Typed, expected errors. Each carries a message for the user and the exit code of the CLI.

Messages never contain client data: only file names, counts and what to do next.
"""

from __future__ import annotations


class KartotekaError(Exception):
    """An expected failure with a message for the user and an exit code (DESIGN section 6)."""

    exit_code = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class UserError(KartotekaError):
    """Bad input the user can fix (a malformed field, a value out of range)."""


class NotFound(KartotekaError):
    """A client, version, batch or file that does not exist."""


class WrongPassword(KartotekaError):
    exit_code = 3


class NotARegister(KartotekaError):
    """The file exists but is not a Kartoteka register (plain SQLite, another program's file...)."""


class RegisterDamaged(KartotekaError):
    exit_code = 4

    def __init__(self, message: str, *, newest_good_version: str | None = None) -> None:
        super().__init__(message)
        self.newest_good_version = newest_good_version


class NewerVersion(KartotekaError):
    """The register was written by a newer Kartoteka whose schema this one does not know."""


class AlreadyOpen(KartotekaError):
    """Another Kartoteka process has the register open."""


class RegisterExists(KartotekaError):
    """``init`` never overwrites."""


class Cancelled(KartotekaError):
    """Long work stopped by the user; nothing was changed."""
