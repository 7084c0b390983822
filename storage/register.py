"""The encrypted register: one SQLCipher file, opened once with the password, then by raw key.

Opening derives the key once (PBKDF2-HMAC-SHA512, 256,000 rounds over the file's 16-byte salt, as
SQLCipher 4 does: about a quarter of a second) and hands every further connection the raw key plus
the salt (96 hex digits), which costs nothing and keeps the password valid for copies and versions.

Writes go through :meth:`Register.unit_of_work`: one session, one transaction (``BEGIN IMMEDIATE``),
one commit, then the save listeners run (the version writer records a version). Writers are
serialised by a lock that the version writer also takes for the instant of its WAL checkpoint, so
a version is always a consistent image.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import secrets
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from models.tables import Setting, utcnow
from storage import paths
from storage.errors import (
    AlreadyOpen,
    KartotekaError,
    NotARegister,
    NotFound,
    RegisterDamaged,
    RegisterExists,
    WrongPassword,
)

KDF_ITERATIONS = 256_000  # SQLCipher 4 default
KEY_BYTES = 32
SALT_BYTES = 16
PAGE_SIZE = 4096
PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
# Decrypted pages are cached per connection: sized to the register so a scan does not decrypt
# again, capped so the window stays within its memory budget (DESIGN section 8: < 300 MB at 100k).
MAX_CACHE_BYTES = 128 * 1024 * 1024

DEFAULT_SETTINGS: dict[str, Any] = {
    "region": "PL",
    "currency": "PLN",
    # Segment rules (days and counts); see app.segments.
    "segment.active_days": 90,
    "segment.active_orders": 2,
    "segment.regular_days": 365,
    "segment.regular_orders": 5,
    "segment.vip_spent": 5000,
    "segment.lost_days": 365,
    "idle_lock_minutes": 15,
    "consent_policy": "granted",  # or "not-withdrawn"
    # Version retention (DESIGN section 3).
    "retention.recent_hours": 24,
    "retention.recent_max": 200,
    "retention.hourly_days": 7,
    "retention.daily_days": 90,
    "versions.mirror": "",
}


@dataclasses.dataclass(frozen=True, slots=True)
class SaveInfo:
    """What a committed unit of work was, for the version writer and the change log."""

    kind: str
    summary: str
    time: dt.datetime


def derive_key(password: str, salt: bytes) -> bytes:
    """SQLCipher 4's key derivation, done once per open."""
    return hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


def raw_key_hex(key: bytes, salt: bytes) -> str:
    """Key and salt as SQLCipher's raw-key literal payload (96 hex digits)."""
    return key.hex() + salt.hex()


def read_salt(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(SALT_BYTES)


def connect_raw(path: Path | str, key_hex: str, *, check_same_thread: bool = False) -> sqlcipher3.Connection:
    """A bare driver connection opened with the raw key (used by the engine and by versions)."""
    conn = sqlcipher3.connect(str(path), check_same_thread=check_same_thread, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    return conn


def sniff_file(path: Path) -> None:
    """Refuse what is plainly not a register before spending a key derivation on it."""
    if not path.exists():
        raise NotFound(f"There is no register at {path}. Create one with `kartoteka init`.")
    if path.is_dir():
        raise NotARegister(f"{path} is a folder, not a register file.")
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(16)
    if size == 0:
        raise NotARegister(f"{path} is empty: it is not a Kartoteka register.")
    if head.startswith(PLAIN_SQLITE_MAGIC):
        raise NotARegister(
            f"{path} is a plain, unencrypted SQLite database, not a Kartoteka register. "
            "Import its data instead of opening it."
        )
    if size < 2 * PAGE_SIZE or size % PAGE_SIZE:
        raise NotARegister(f"{path} is not a Kartoteka register (its size does not fit an encrypted register).")


def _classify_open_failure(path: Path, key_hex: str) -> KartotekaError:
    """Tell a wrong password from a damaged file: with a wrong key every page fails its HMAC."""
    try:
        conn = connect_raw(path, key_hex)
        try:
            failures = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        finally:
            conn.close()
    except sqlcipher3.DatabaseError:
        failures = None
    pages = path.stat().st_size // PAGE_SIZE
    if failures is not None and len(failures) < pages:
        return _damaged(path, key_hex, f"{len(failures)} of {pages} pages fail their check")
    return WrongPassword(f"Wrong password for {path}. Nothing was changed; try again.")


class _FileLock:
    """An advisory lock beside the register, so two instances never write the same file."""

    def __init__(self, path: Path) -> None:
        self.path = paths.lock_path(path)
        self._fh = None

    def acquire(self, register: Path) -> None:
        self._fh = open(self.path, "a+b")  # noqa: SIM115 - held for the life of the register
        try:
            import fcntl

            fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - Windows
            import msvcrt

            try:
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_NBLCK, 1)
            except OSError:
                self._fh.close()
                raise AlreadyOpen(f"{register} is already open in another Kartoteka window.") from None
        except OSError:
            self._fh.close()
            self._fh = None
            raise AlreadyOpen(
                f"{register} is already open in another Kartoteka window or command. Close it and try again."
            ) from None

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing releases the lock
            self._fh = None


class Register:
    """An open register. Create with :meth:`create`, open with :meth:`open` or :meth:`open_with_key`."""

    def __init__(self, path: Path, key_hex: str, lock: _FileLock | None) -> None:
        self.path = Path(path)
        self.key_hex = key_hex
        self._lock = lock
        self.write_lock = threading.RLock()
        self._listeners: list[Callable[[SaveInfo], None]] = []
        self._closed = False
        self.engine = self._make_engine()
        self.versions = None  # set by storage.versions.attach() when versions are enabled
        self._settings_cache: dict[str, Any] | None = None

    # ------------------------------------------------------------------ opening
    @classmethod
    def create(
        cls, path: Path | str, password: str, *, region: str = "PL", versions: bool = True
    ) -> Register:
        """Create a new, empty register. Never overwrites an existing file."""
        path = Path(path).expanduser()
        if path.exists():
            raise RegisterExists(f"{path} already exists; Kartoteka never overwrites a register.")
        if not password:
            raise KartotekaError("A register needs a password.")
        path.parent.mkdir(parents=True, exist_ok=True)
        salt = secrets.token_bytes(SALT_BYTES)
        key_hex = raw_key_hex(derive_key(password, salt), salt)
        lock = _FileLock(path)
        lock.acquire(path)
        try:
            from storage import schema

            # Created private: only the user may read the (encrypted) file.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            conn = connect_raw(path, key_hex)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
            reg = cls(path, key_hex, lock)
            schema.create_schema(reg.engine)
            with reg.unit_of_work("init", "new register", record_version=False) as session:
                for key, value in DEFAULT_SETTINGS.items():
                    session.add(Setting(key=key, value=json.dumps(value)))
                session.get(Setting, "region").value = json.dumps(region.upper())
        except BaseException:
            lock.release()
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{path}{suffix}")
            raise
        if versions:
            reg.enable_versions(kind="init", summary="new register")
        return reg

    @classmethod
    def open(cls, path: Path | str, password: str, *, versions: bool = True) -> Register:
        """Open with the password: one key derivation, then raw keys for every connection."""
        path = Path(path).expanduser()
        sniff_file(path)
        if not password:
            raise WrongPassword(f"A password is needed to open {path}.")
        salt = read_salt(path)
        key_hex = raw_key_hex(derive_key(password, salt), salt)
        return cls.open_with_key(path, key_hex, versions=versions)

    @classmethod
    def open_with_key(cls, path: Path | str, key_hex: str, *, versions: bool = True) -> Register:
        path = Path(path).expanduser()
        sniff_file(path)
        lock = _FileLock(path)
        lock.acquire(path)
        try:
            _verify(path, key_hex)
            _forget_state(path)  # it vouches for one clean close only: a crash from here on must not reuse it
            reg = cls(path, key_hex, lock)
            from storage import schema

            pending = schema.pending_migrations(reg.engine)
            if pending:
                if versions:
                    reg.enable_versions(kind="migration", summary="before migration", wait=True)
                schema.upgrade(reg.engine)
                if reg.versions is not None:
                    reg.versions.record(SaveInfo("migration", "schema upgraded", utcnow()))
            elif versions:
                reg.enable_versions()
        except BaseException:
            lock.release()
            raise
        return reg

    def enable_versions(self, *, kind: str | None = None, summary: str = "", wait: bool = False) -> None:
        """Attach the version writer (storage.versions) and optionally record a version right away."""
        try:
            from storage import versions as versions_mod
        except ImportError:  # versions not built yet: registers still work
            return
        self.versions = versions_mod.attach(self)
        if kind is not None and self.versions is not None:
            self.versions.record(SaveInfo(kind, summary, utcnow()))
            if wait:
                self.versions.wait()

    # ------------------------------------------------------------------ engine
    def _make_engine(self) -> Engine:
        size = self.path.stat().st_size if self.path.exists() else 0
        cache_kib = max(16 * 1024, min(int(size * 1.25), MAX_CACHE_BYTES) // 1024)

        def creator() -> sqlcipher3.Connection:
            conn = connect_raw(self.path, self.key_hex)
            conn.execute(f"PRAGMA cache_size = -{cache_kib}")
            conn.execute("PRAGMA temp_store = MEMORY")  # a big sort must not spill names to /var/tmp
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA wal_autocheckpoint = 0")  # only the version writer checkpoints
            conn.execute("PRAGMA busy_timeout = 10000")
            try:
                from storage.search import install_sql_functions
            except ImportError:
                pass
            else:
                install_sql_functions(conn)
            return conn

        engine = create_engine(
            f"sqlite:///{self.path}", module=sqlcipher3, creator=creator, hide_parameters=True, pool_size=4,
            pool_use_lifo=True,  # reuse the warm connection: its page cache is the one that helps
            max_overflow=8,
        )

        @event.listens_for(engine, "begin")
        def _begin(conn):  # the driver's own implicit transactions are off (isolation_level=None)
            mode = "IMMEDIATE" if conn.get_execution_options().get("kartoteka_write") else "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine

    # ------------------------------------------------------------------ sessions
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A read-only session (one snapshot). Anything written is rolled back."""
        self._check_open()
        with Session(self.engine, expire_on_commit=False) as session:
            yield session  # closing without a commit discards anything written

    @contextlib.contextmanager
    def unit_of_work(self, kind: str, summary: str = "", *, record_version: bool = True) -> Iterator[Session]:
        """One transaction: everything in the block commits together or not at all; then one version."""
        self._check_open()
        with self.write_lock:
            engine = self.engine.execution_options(kartoteka_write=True)
            with Session(engine, expire_on_commit=False, autoflush=True) as session:
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
            self._settings_cache = None
        info = SaveInfo(kind, summary, utcnow())
        if record_version and self.versions is not None:
            self.versions.record(info)
        elif self.versions is None:
            self.checkpoint(passive=True)
        for listener in list(self._listeners):
            listener(info)

    def add_save_listener(self, listener: Callable[[SaveInfo], None]) -> None:
        self._listeners.append(listener)

    def checkpoint(self, *, passive: bool = False) -> None:
        """Move the WAL into the main file. With ``passive`` it never waits for readers."""
        mode = "PASSIVE" if passive else "TRUNCATE"
        with self.write_lock, self.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})").all()

    # ------------------------------------------------------------------ settings
    def settings(self) -> dict[str, Any]:
        if self._settings_cache is None:
            with self.session() as session:
                rows = session.execute(select(Setting.key, Setting.value)).all()
            merged = dict(DEFAULT_SETTINGS)
            merged.update({k: json.loads(v) for k, v in rows})
            self._settings_cache = merged
        return self._settings_cache

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.settings().get(key, default)

    @property
    def region(self) -> str:
        return str(self.get_setting("region", "PL"))

    # ------------------------------------------------------------------ closing
    def _check_open(self) -> None:
        if self._closed:
            raise KartotekaError("The register is closed (locked). Unlock it to continue.")

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Wait for the pending version, checkpoint, close every connection and release the lock."""
        if self._closed:
            return
        clean = False
        try:
            if self.versions is not None:
                self.versions.close()
            self.checkpoint()
            clean = True
        finally:
            self.engine.dispose()
            self._closed = True
            if clean:
                _write_state(self.path)
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _verify(path: Path, key_hex: str) -> None:
    """Read the schema with the key; classify any failure as wrong password, damage or foreign file."""
    try:
        conn = connect_raw(path, key_hex)
    except sqlcipher3.DatabaseError as exc:  # pragma: no cover - connect itself rarely fails
        raise NotARegister(f"{path} cannot be opened: {exc}") from None
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        # Every page's HMAC, unless the file is exactly as Kartoteka closed it (1.8 s at 100k clients:
        # too slow for every open, and pointless for a file nobody else has touched).
        failures = [] if _unchanged_since_close(path) else conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise _classify_open_failure(path, key_hex) from None
        raise _damaged(path, key_hex, str(exc)) from None
    conn.close()
    if "clients" not in names or "alembic_version" not in names:
        raise NotARegister(f"{path} is an encrypted database, but not a Kartoteka register.")
    if failures:
        raise _damaged(path, key_hex, f"{len(failures)} page(s) fail their check")


def _file_state(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _write_state(path: Path) -> None:
    """Remember how the register looked when Kartoteka closed it cleanly (after its last write)."""
    try:
        state = _file_state(path)
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            return  # not fully checkpointed: the next open checks every page
        target = paths.state_path(path)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # the next open then simply checks every page


def _forget_state(path: Path) -> None:
    with contextlib.suppress(OSError):
        paths.state_path(path).unlink(missing_ok=True)


def _unchanged_since_close(path: Path) -> bool:
    try:
        recorded = json.loads(paths.state_path(path).read_text(encoding="utf-8"))
        return recorded == _file_state(path)
    except (OSError, ValueError):
        return False


def _damaged(path: Path, key_hex: str, detail: str) -> RegisterDamaged:
    """The damage error, naming the newest good version and the command that restores it."""
    try:
        from storage.versions import damaged_message
    except ImportError:  # versions not built: the plain message
        return RegisterDamaged(f"The register {path} is damaged ({detail}).")
    return damaged_message(path, key_hex, detail)


def check_integrity(path: Path, key_hex: str) -> list[str]:
    """Every problem SQLCipher (page HMACs) and SQLite (structure) find; empty when all is well."""
    conn = connect_raw(path, key_hex)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        if not problems:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            problems = [] if result == ["ok"] else result
    except sqlcipher3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    return problems
