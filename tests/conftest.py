"""Shared fixtures: every test runs with its own data folder, and registers are cheap to get.

The key derivation costs ~0.3 s per password open, so one register is created per worker and
copied per test; the copy is opened with the raw key (what every connection after the first does).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test ever touches the real user's data folder or register."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KARTOTEKA_HOME", str(home))
    monkeypatch.delenv("KARTOTEKA_REGISTER", raising=False)
    monkeypatch.delenv("KARTOTEKA_PASSWORD", raising=False)
    monkeypatch.delenv("KARTOTEKA_NEW_PASSWORD", raising=False)


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture(scope="session")
def template_register(tmp_path_factory) -> tuple[Path, str]:
    """An empty register created once per worker: (path, raw key hex)."""
    from storage.register import Register

    path = tmp_path_factory.mktemp("template") / "template.kartoteka"
    reg = Register.create(path, PASSWORD, region="PL", versions=False)
    key = reg.key_hex
    reg.close()
    return path, key


@pytest.fixture
def register_path(tmp_path, template_register) -> Path:
    """A fresh copy of the template register (password: PASSWORD)."""
    src, _ = template_register
    dst = tmp_path / "register.kartoteka"
    shutil.copyfile(src, dst)
    os.chmod(dst, 0o600)
    return dst


@pytest.fixture
def register(register_path, template_register):
    """An open, empty register without the version writer (tests of versions enable it)."""
    from storage.register import Register

    reg = Register.open_with_key(register_path, template_register[1], versions=False)
    yield reg
    reg.close()
