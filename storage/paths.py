"""Where things live on disk. One module, so tests can redirect everything with one variable."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Kartoteka"
REGISTER_SUFFIX = ".kartoteka"


def data_dir() -> Path:
    """The user's data folder (``KARTOTEKA_HOME`` overrides, for tests and portable installs)."""
    override = os.environ.get("KARTOTEKA_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_register_path() -> Path:
    """``--register`` > ``KARTOTEKA_REGISTER`` > ``<data dir>/register.kartoteka``."""
    env = os.environ.get("KARTOTEKA_REGISTER")
    if env:
        return Path(env).expanduser()
    return data_dir() / f"register{REGISTER_SUFFIX}"


def versions_dir(register_path: Path) -> Path:
    return register_path.with_name(register_path.name + ".versions")


def lock_path(register_path: Path) -> Path:
    return register_path.with_name(register_path.name + ".lock")


def state_path(register_path: Path) -> Path:
    """Size and modification time of the register as Kartoteka last left it (no client data)."""
    return register_path.with_name(register_path.name + ".state")
