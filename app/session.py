"""Opening, creating and locking registers: the one door the window and the command line use.

``ui/`` imports from here (and other ``app`` modules) only, never from ``storage`` directly.
"""

from __future__ import annotations

from pathlib import Path

from storage.errors import (  # noqa: F401 - re-exported for the window and the CLI
    AlreadyOpen,
    Cancelled,
    KartotekaError,
    NewerVersion,
    NotARegister,
    NotFound,
    RegisterDamaged,
    RegisterExists,
    UserError,
    WrongPassword,
)
from storage.paths import data_dir, default_register_path  # noqa: F401
from storage.register import DEFAULT_SETTINGS, Register, SaveInfo  # noqa: F401


def open_register(path: Path | str | None, password: str, *, versions: bool = True) -> Register:
    """Open ``path`` (default: the user's register) with ``password``."""
    return Register.open(Path(path) if path else default_register_path(), password, versions=versions)


def create_register(path: Path | str | None, password: str, *, region: str = "PL") -> Register:
    return Register.create(Path(path) if path else default_register_path(), password, region=region)


def check_password(register: Register, password: str) -> bool:
    """True when ``password`` is the open register's password (one key derivation, nothing opened)."""
    from storage.register import derive_key, raw_key_hex, read_salt

    salt = read_salt(register.path)
    return raw_key_hex(derive_key(password, salt), salt) == register.key_hex


def password_strength(password: str) -> tuple[int, str]:
    """A 0..4 score and a word for the create dialog (length and variety; no dictionary)."""
    classes = sum(
        any(test(ch) for ch in password)
        for test in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum())
    )
    length = len(password)
    score = 0 if length < 8 else 1 if length < 10 else 2 if length < 14 else 3
    if classes >= 3 and score:
        score += 1
    score = min(score, 4)
    return score, ("too short", "weak", "fair", "good", "strong")[score]
