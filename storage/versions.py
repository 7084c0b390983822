"""Versions: a backup after every save, taken off the caller's thread (DESIGN section 3).

How a version is a consistent image: every connection runs with ``wal_autocheckpoint = 0``, so the main
register file changes only at a checkpoint, and only this writer checkpoints while versions are on.
The writer takes the register's write lock (every unit of work holds it for its transaction) just for a
``wal_checkpoint(TRUNCATE)``, opens a read snapshot and releases the lock; the main file is then exactly
the last committed state and stays so while its pages are read, because later saves only append to the
WAL. Saves never wait for a version: ``record`` queues and returns; saves that arrive while a version is
being written are covered by the next one (coalescing). ``wait``/``close`` wait for the pending version.

Storage is :mod:`storage.pagestore` (ciphertext pages shared between versions, one pack per version).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from storage import paths
from storage.errors import KartotekaError, RegisterDamaged, UserError, WrongPassword
from storage.pagestore import (
    Manifest,
    PageStore,
    Ref,
    Retention,
    Version,
    copy_file_durably,
    fsync_dir,
    iter_file_pages,
    key_id,
    now_iso,
    page_identity,
)
from storage.register import (
    PAGE_SIZE,
    SaveInfo,
    _FileLock,
    check_integrity,
    connect_raw,
    derive_key,
    raw_key_hex,
)

if TYPE_CHECKING:
    from storage.register import Register

CHECKPOINT_PATIENCE_S = 120.0


def store_for(register_path: Path) -> PageStore:
    return PageStore(paths.versions_dir(Path(register_path)))


def attach(reg: Register) -> VersionWriter:
    """Called by ``Register.enable_versions``: start the background writer for ``reg``."""
    return VersionWriter(reg)


class VersionWriter:
    """The background writer of one open register, and the operations that replace its file."""

    def __init__(self, reg: Register) -> None:
        self.reg = reg
        self.store = store_for(reg.path)
        self.last_error: str | None = None
        self.mirror_error: str | None = None
        self._mutex = threading.RLock()  # order: _mutex, then reg.write_lock
        self._cond = threading.Condition()
        self._pending: list[SaveInfo] = []
        self._busy = False
        self._stopping = False
        self._conn: sqlcipher3.Connection | None = None
        self._index: dict[bytes, tuple[Ref, bytes]] | None = None  # page identity -> (pack, slot), sha256
        self._mirror_store: PageStore | None = None
        for label in ("restore", "rekey"):  # our own temp names beside the register, left by a crash
            remove_image(reg.path.with_name(f".{reg.path.name}.{label}.tmp"))
        try:
            if self.store.exists():
                manifest = self.store.load()
                self._finish_rekey(manifest)
                self.store.clean_stale(manifest)
        except (OSError, KartotekaError) as exc:  # the register must open even when its versions cannot
            self.last_error = f"The versions cannot be used ({_describe(exc)}); your register is not affected."
        self._thread = threading.Thread(target=self._run, name="kartoteka-versions", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ the queue
    def record(self, info: SaveInfo) -> None:
        """Ask for a version covering everything committed so far. Never blocks on the writer."""
        with self._cond:
            if self._stopping:
                return
            self._pending.append(info)
            self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every requested version is written; False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._pending or self._busy:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)
        return True

    def close(self) -> None:
        """Write the pending version, stop the thread, close the writer's connection."""
        self.wait()
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join()
        with self._mutex:
            self._close_conn()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._stopping:
                    self._cond.wait()
                if not self._pending:
                    return
                infos, self._pending = self._pending, []
                self._busy = True
            try:
                self.write_version(infos)
                self.last_error = None
            except Exception as exc:  # a failed version must never take a save down with it
                self.last_error = (f"The last version could not be written ({_describe(exc)}). "
                                   "Your data is saved; the next save tries again.")
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    # ------------------------------------------------------------------ reading
    def manifest(self) -> Manifest:
        with self._mutex:
            return self.store.load()

    def list(self) -> list[Version]:
        return list(self.manifest().versions)

    # ------------------------------------------------------------------ taking a version
    def _connection(self) -> sqlcipher3.Connection:
        if self._conn is None:
            conn = connect_raw(self.reg.path, self.reg.key_hex)
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            conn.execute("PRAGMA busy_timeout = 50")  # the write lock is held while it waits
            self._conn = conn
        return self._conn

    def _close_conn(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _snapshot(self) -> tuple[int, int, dict[str, Any]]:
        """Checkpoint under the write lock; returns (pages, clients, settings) of that exact state."""
        conn = self._connection()
        deadline = time.monotonic() + CHECKPOINT_PATIENCE_S
        while True:
            with self.reg.write_lock:
                if _checkpointed(conn):
                    conn.execute("BEGIN")
                    pages = conn.execute("PRAGMA page_count").fetchone()[0]
                    break
            if time.monotonic() > deadline:
                raise KartotekaError("the register stayed busy (a long read kept the checkpoint waiting)")
            time.sleep(0.05)  # saves may run meanwhile; they only append to the WAL
        try:
            clients = conn.execute("SELECT count(*) FROM clients").fetchone()[0]
            settings = {key: json.loads(value) for key, value in conn.execute(
                "SELECT key, value FROM settings WHERE key LIKE 'retention.%' OR key = 'versions.mirror'")}
        finally:
            conn.execute("COMMIT")
        return pages, clients, settings

    def _page_index(self, manifest: Manifest) -> dict[bytes, tuple[Ref, bytes]]:
        """Page identity -> ((pack, slot), SHA-256) of every stored page, read once from the packs."""
        if self._index is None:
            index: dict[bytes, tuple[Ref, bytes]] = {}
            for name in sorted(self.store.referenced(manifest)):
                tails = self.store.pack_tails(name)
                for slot, (digest, tail) in enumerate(zip(self.store.pack_hashes(name), tails, strict=True)):
                    index.setdefault(tail, ((name, slot), digest))
            self._index = index
        return self._index

    def write_version(self, infos: list[SaveInfo]) -> Version:
        """Take one version now (on the calling thread) covering ``infos``; prune and mirror after."""
        with self._mutex:
            pages, clients, settings = self._snapshot()
            manifest = self.store.load()
            version = self._store_image(manifest, infos, pages, clients)
            self._prune(manifest, settings)
            self._mirror(manifest, str(settings.get("versions.mirror") or ""))
            return version

    def _store_image(self, manifest: Manifest, infos: list[SaveInfo], pages: int, clients: int) -> Version:
        index = self._page_index(manifest)
        version_id = manifest.next_id
        name = self.store.new_pack_name(version_id)
        writer = self.store.pack_writer(name)
        refs: list[Ref] = []
        fresh: dict[bytes, tuple[Ref, bytes]] = {}
        total = hashlib.sha256()
        try:
            for page in iter_file_pages(self.reg.path, pages * PAGE_SIZE):
                identity = page_identity(page)
                hit = index.get(identity) or fresh.get(identity)
                if hit is None:  # a page written since: hash it in full and store it
                    digest = hashlib.sha256(page).digest()
                    hit = fresh[identity] = (writer.add(page, digest), digest)
                refs.append(hit[0])
                total.update(hit[1])
            packs = _packs_of(name, refs)
            pack_sha = writer.finish(refs, packs)
        except BaseException:
            writer.abort()
            raise
        version = Version(
            id=version_id, time=now_iso(), kind=infos[-1].kind if infos else "save", clients=clients,
            size=pages * PAGE_SIZE, pages=pages, pages_sha256=total.hexdigest(), pack=name,
            pack_sha256=pack_sha, key_id=key_id(self.reg.key_hex), saves=len(infos),
        )
        manifest.versions.append(version)
        manifest.next_id = version_id + 1
        manifest.salt = self.reg.key_hex[64:]
        manifest.register_key_id = version.key_id
        self.store.save(manifest)
        index.update(fresh)
        return version

    # ------------------------------------------------------------------ retention and mirror
    def _prune(self, manifest: Manifest, settings: dict[str, Any]) -> None:
        keep = Retention.from_settings(settings).keep(manifest.versions, dt.datetime.now(dt.UTC))
        if len(keep) == len(manifest.versions) or manifest.rekey is not None:
            return
        before = self.store.referenced(manifest)
        manifest.versions = [v for v in manifest.versions if v.id in keep]
        unused = sorted(before - self.store.referenced(manifest))
        self._drop_packs(manifest, unused)

    def _drop_packs(self, manifest: Manifest, unused: list[str]) -> None:
        """List the packs as trash in the manifest first, so a crash midway still knows them."""
        manifest.trash = sorted(set(manifest.trash) | set(unused))
        self.store.save(manifest)
        self.store.remove_packs(manifest.trash)
        manifest.trash = []
        self.store.save(manifest)
        if self._index is not None:
            gone = set(unused)
            self._index = {k: hit for k, hit in self._index.items() if hit[0][0] not in gone}

    def _mirror(self, manifest: Manifest, target: str) -> None:
        """Copy new packs and the manifest to the second location; drop there what was dropped here."""
        if not target:
            self.mirror_error = None
            return
        root = Path(target).expanduser() / self.store.root.name
        if self._mirror_store is None or self._mirror_store.root != root:
            self._mirror_store = PageStore(root)  # kept: it caches what each mirrored pack needs
        mirror = self._mirror_store
        try:
            mirror.ensure_dirs()
            old = mirror.load()
            needed = self.store.referenced(manifest)
            for name in sorted(needed):
                src, dst = self.store.pack_path(name), mirror.pack_path(name)
                if not dst.exists() or dst.stat().st_size != src.stat().st_size:
                    copy_file_durably(src, dst)
            fsync_dir(mirror.packs_dir)
            mirror.save(manifest)
            mirror.remove_packs((mirror.referenced(old) | set(old.trash)) - needed)
            self.mirror_error = None
        except OSError as exc:
            self.mirror_error = (f"The second location {mirror.root} cannot be written ({exc.strerror or exc}); "
                                 "versions are kept here and copied there when it is back.")

    # ------------------------------------------------------------------ exclusive operations
    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """No version being written and no save running: for restore and password change."""
        self.wait()
        with self._mutex, self.reg.write_lock:
            yield

    def _swap_register(self, new_file: Path) -> None:
        """Put a verified register file in place of the open one (caller holds ``exclusive``)."""
        conn = self._connection()
        if not _checkpointed(conn):
            raise KartotekaError("The register is busy (a search is still reading); try again in a moment.")
        self._close_conn()
        self.reg.engine.dispose()
        swap_in(new_file, self.reg.path)
        self.reg._settings_cache = None

    def restore_register(self, version_id: int) -> Version:
        """Replace the register by ``version_id`` (the caller records the current state first)."""
        with self.exclusive():
            manifest = self.store.load()
            version = manifest.get(version_id)
            if version.key_id != key_id(self.reg.key_hex):
                raise KartotekaError(f"Version {version_id} was written under another password; it cannot be "
                                     "restored into this register.")
            tmp = rebuild_checked(self.store, version, self.reg.key_hex,
                                  self.reg.path.with_name(f".{self.reg.path.name}.restore.tmp"))
            self._swap_register(tmp)
            return version

    def export(self, version_id: int, dest: Path) -> Version:
        """Rebuild a version as a complete register file at ``dest`` (never overwritten), verified."""
        with self._mutex:
            version = self.store.load().get(version_id)
            if version.key_id != key_id(self.reg.key_hex):
                raise KartotekaError(f"Version {version_id} was written under another password.")
            rebuild_checked(self.store, version, self.reg.key_hex, Path(dest), overwrite=False)
            return version

    # ------------------------------------------------------------------ password change
    def change_password(self, new_password: str) -> None:
        """Re-key every version, then the register, so no file stays readable with the old password.

        Versions are re-keyed one by one (each a manifest update, resumable); the register goes last,
        with one atomic rename, so after a crash each file opens with exactly one of the two passwords
        and ``check`` says which. Pages are re-encrypted by SQLCipher (``PRAGMA rekey`` on a rebuilt
        image); a page shared by several versions is re-encrypted once and stays shared.
        """
        salt = bytes.fromhex(self.reg.key_hex[64:])
        new_key = raw_key_hex(derive_key(new_password, salt), salt)
        old_id, new_id = key_id(self.reg.key_hex), key_id(new_key)
        if old_id == new_id:
            raise UserError("The new password is the same as the current one; nothing was changed.")
        with self.exclusive():
            manifest = self.store.load()
            if manifest.rekey is not None and manifest.rekey.get("to") != new_id:
                raise UserError("An earlier password change was interrupted. Finish it first: run `kartoteka "
                                "passwd` again with the same new password (`kartoteka check` shows which "
                                "version opens with which password).")
            self.write_version([SaveInfo("password", "", dt.datetime.now(dt.UTC))])
            manifest = self.store.load()
            before = self.store.referenced(manifest)
            manifest.rekey = {"from": old_id, "to": new_id, "started": now_iso(), "pending": None,
                              "old_packs": sorted(before | set((manifest.rekey or {}).get("old_packs", [])))}
            self.store.save(manifest)
            rekeyer = _Rekeyer(self.store, manifest, self.reg.key_hex, new_key)
            for version in reversed(manifest.versions):
                if version.key_id == old_id:
                    rekeyer.rekey(version)
                elif version.key_id != new_id:
                    raise KartotekaError(f"Version {version.id} opens with neither password; run "
                                         "`kartoteka check`.")
            tmp = rebuild_checked(self.store, manifest.versions[-1], new_key,
                                  self.reg.path.with_name(f".{self.reg.path.name}.rekey.tmp"))
            self._swap_register(tmp)
            self.reg.key_hex = new_key
            self._index = None
            self._finish_rekey(manifest)
            self._mirror(manifest, str(self.reg.get_setting("versions.mirror", "") or ""))

    def _finish_rekey(self, manifest: Manifest) -> None:
        """Drop the old-key packs once the register and every version use the new key."""
        rekey = manifest.rekey
        if rekey is None:
            return
        pending = rekey.get("pending")
        if pending and pending not in self.store.referenced(manifest):
            self.store.remove_packs([pending])
            rekey["pending"] = None
            self.store.save(manifest)
        done = key_id(self.reg.key_hex) == rekey["to"] and all(v.key_id == rekey["to"] for v in manifest.versions)
        if not done:
            return
        manifest.register_key_id = rekey["to"]
        unused = sorted(set(rekey.get("old_packs", [])) - self.store.referenced(manifest))
        manifest.rekey = None
        self._drop_packs(manifest, unused)


class _Rekeyer:
    """Re-encrypts versions under a new key, sharing pages: an old page hash maps to one new page."""

    def __init__(self, store: PageStore, manifest: Manifest, old_key: str, new_key: str) -> None:
        self.store = store
        self.manifest = manifest
        self.old_key = old_key
        self.new_key = new_key
        self.subst: dict[bytes, bytes] = {}  # old page hash -> new page hash (never for page 1)
        self.index: dict[bytes, Ref] = {}  # new page hash -> (pack, slot)

    def rekey(self, version: Version) -> None:
        store, manifest = self.store, self.manifest
        image = store.temp_file("rekey")
        try:
            store.rebuild(version, image, overwrite=True)
            old_hashes = [hashlib.sha256(page).digest() for page in iter_file_pages(image)]
            conn = connect_raw(image, self.old_key)
            try:
                conn.execute(f"PRAGMA rekey = \"x'{self.new_key}'\"")
            finally:
                conn.close()
            name = store.new_pack_name(version.id)
            assert manifest.rekey is not None
            manifest.rekey["pending"] = name
            store.save(manifest)
            updated = self._write(version, image, old_hashes, name)
        finally:
            remove_image(image)
        problems = check_version(store, updated, self.new_key)
        if problems:
            raise KartotekaError(f"Version {version.id} could not be re-keyed: {problems[0]}")
        version.pack, version.pack_sha256 = updated.pack, updated.pack_sha256
        version.pages_sha256, version.key_id = updated.pages_sha256, updated.key_id
        manifest.rekey["pending"] = None
        store.save(manifest)

    def _write(self, version: Version, image: Path, old_hashes: list[bytes], name: str) -> Version:
        writer = self.store.pack_writer(name)
        refs: list[Ref] = []
        fresh: dict[bytes, Ref] = {}
        total = hashlib.sha256()
        try:
            for number, page in enumerate(iter_file_pages(image)):
                old = old_hashes[number]
                digest = self.subst.get(old) if number else None
                if digest is None:
                    digest = hashlib.sha256(page).digest()
                    if number:
                        self.subst[old] = digest
                ref = self.index.get(digest) or fresh.get(digest)
                if ref is None:
                    ref = fresh[digest] = writer.add(page, digest)
                refs.append(ref)
                total.update(digest)
            packs = _packs_of(name, refs)
            pack_sha = writer.finish(refs, packs)
        except BaseException:
            writer.abort()
            raise
        self.index.update(fresh)
        return dataclasses.replace(version, pack=name, pack_sha256=pack_sha,
                                   pages_sha256=total.hexdigest(), key_id=key_id(self.new_key))


# ---------------------------------------------------------------------------- file-level helpers
def _checkpointed(conn: sqlcipher3.Connection) -> bool:
    """Move every committed page into the main file; True when it holds the whole last commit.

    TRUNCATE also empties the WAL, but needs no reader on it at all; FULL is enough for a complete
    main file and lets a long read of the latest state (an export, a scan) go on meanwhile.
    """
    if not conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
        return True
    busy, log, done = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
    return not busy and log == done


def _packs_of(own: str, refs: list[Ref]) -> list[str]:
    """The packs a version reads from: its own first (it holds the page map), then the others."""
    return [own, *sorted({name for name, _ in refs} - {own})]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KartotekaError):
        return exc.message
    if isinstance(exc, OSError):
        return f"{type(exc).__name__}: {exc.strerror}"
    return type(exc).__name__


def remove_image(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def check_version(store: PageStore, version: Version, key_hex: str) -> list[str]:
    """Checksums of every page, then SQLCipher's HMACs and SQLite's structure on a rebuilt copy."""
    problems = store.verify(version)
    if problems:
        return problems
    image = store.temp_file("check")
    try:
        store.rebuild(version, image, overwrite=True)
        return check_integrity(image, key_hex)
    finally:
        remove_image(image)


def rebuild_checked(store: PageStore, version: Version, key_hex: str, dest: Path, *, overwrite: bool = True
                    ) -> Path:
    """Rebuild ``version`` to ``dest`` and prove it opens with ``key_hex`` and is sound.

    ``overwrite`` is for our own temporary names only; a user's file is never replaced.
    """
    store.rebuild(version, dest, overwrite=overwrite)
    problems = check_integrity(dest, key_hex)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{dest}{suffix}")
    if problems:
        remove_image(dest)
        raise KartotekaError(f"Version {version.id} is damaged ({problems[0]}); choose another version.")
    return dest


def swap_in(new_file: Path, register: Path) -> None:
    """Rename a verified file over the register; a WAL left by the old file must not meet the new one."""
    wal = Path(f"{register}-wal")
    if wal.exists() and wal.stat().st_size:
        raise KartotekaError("The register still has unsaved pages in its log; close other windows and retry.")
    os.replace(new_file, register)
    fsync_dir(register.parent)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{register}{suffix}")


def key_for_store(register_path: Path, password: str, store: PageStore | None = None) -> str:
    """The raw key for the versions, from the password and the salt the manifest keeps.

    Works when the register itself is damaged or gone. Raises WrongPassword when no version has it.
    ``store`` reads another copy of the versions (the second location) instead of the local one.
    """
    manifest = (store or store_for(register_path)).load()
    if not manifest.salt:
        raise KartotekaError(f"There are no versions of {register_path}.")
    salt = bytes.fromhex(manifest.salt)
    key = raw_key_hex(derive_key(password, salt), salt)
    if not any(v.key_id == key_id(key) for v in manifest.versions):
        raise WrongPassword(f"Wrong password for the versions of {register_path}. Nothing was changed.")
    return key


def newest_good_version(register_path: Path, key_hex: str | None = None) -> Version | None:
    """The newest version whose pages all match their checksums (and that opens with ``key_hex``)."""
    store = store_for(register_path)
    if not store.exists():
        return None
    wanted = key_id(key_hex) if key_hex else None
    for version in reversed(store.load().versions):
        if wanted is not None and version.key_id != wanted:
            continue
        if not store.verify(version):
            return version
    return None


def damaged_message(register_path: Path, key_hex: str | None, detail: str) -> RegisterDamaged:
    """The exit-4 error: what is wrong and the exact command that puts the newest good version back."""
    try:
        good = newest_good_version(register_path, key_hex)
    except (OSError, KartotekaError):
        good = None
    if good is None:
        return RegisterDamaged(f"The register {register_path} is damaged ({detail}), and no good version of it "
                               "was found. Keep the file; do not overwrite it.")
    return RegisterDamaged(
        f"The register {register_path} is damaged ({detail}). The newest good version is {good.id} "
        f"({good.time}, {good.kind}, {good.clients} clients). Restore it with: "
        f"kartoteka versions restore {good.id}",
        newest_good_version=str(good.id),
    )


def restore_damaged(register_path: Path, version_id: int, key_hex: str) -> Path:
    """Restore a register that cannot be opened: the damaged file is kept aside, never deleted.

    Returns where the damaged file now is (``<name>.damaged-<time>``).
    """
    register_path = Path(register_path)
    store = store_for(register_path)
    version = store.load().get(version_id)
    if version.key_id != key_id(key_hex):
        raise WrongPassword(f"Version {version_id} does not open with this password.")
    lock = _FileLock(register_path)
    lock.acquire(register_path)
    try:
        tmp = rebuild_checked(store, version, key_hex,
                              register_path.with_name(f".{register_path.name}.restore.tmp"))
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = register_path.with_name(f"{register_path.name}.damaged-{stamp}")
        if register_path.exists():
            _keep_aside(register_path, aside)
        for suffix in ("-wal", "-shm"):
            extra = Path(f"{register_path}{suffix}")
            if extra.exists():
                os.replace(extra, Path(f"{aside}{suffix}"))
        os.replace(tmp, register_path)
        fsync_dir(register_path.parent)
    finally:
        lock.release()
    return aside


def _keep_aside(path: Path, aside: Path) -> None:
    """A second name for the damaged file (hard link, or a copy where links are not supported)."""
    try:
        os.link(path, aside)
    except OSError:
        copy_file_durably(path, aside)


@dataclasses.dataclass
class VersionCheck:
    id: int
    time: str
    kind: str
    status: str  # ok | damaged | other-password
    detail: str = ""


def check_versions(register_path: Path, key_hex: str, *, full: bool = False) -> list[VersionCheck]:
    """Check every version: ``ok``, ``damaged`` (with the first problem) or ``other-password``.

    Every stored page is read once and compared with its SHA-256, and every version's page map and
    checksum are checked against them, so each page of each version is verified without reading a
    shared page two hundred times. The newest version that opens with the key (every one with
    ``full``) is also rebuilt and opened: SQLCipher's page HMACs and SQLite's structure check.
    """
    store = store_for(register_path)
    if not store.exists():
        return []
    manifest = store.load()
    mine = key_id(key_hex)
    rekey = manifest.rekey or {}
    bad_pages = _bad_pages(store, store.referenced(manifest))
    results = []
    newest_mine = max((v.id for v in manifest.versions if v.key_id == mine), default=None)
    for version in manifest.versions:
        if version.key_id != mine:
            which = ("the password from before the interrupted change" if version.key_id == rekey.get("from")
                     else "the new password of the interrupted change" if version.key_id == rekey.get("to")
                     else "another password")
            results.append(VersionCheck(version.id, version.time, version.kind, "other-password",
                                        f"opens with {which}"))
            continue
        problems = _check_map(store, version, bad_pages)
        if not problems and (full or version.id == newest_mine):
            problems = check_version(store, version, key_hex)
        status = "damaged" if problems else "ok"
        results.append(VersionCheck(version.id, version.time, version.kind, status,
                                    problems[0] if problems else ""))
    return results


def _bad_pages(store: PageStore, names: set[str]) -> dict[str, set[int] | str]:
    """Per pack, the slots whose bytes no longer match their hash (or why the pack cannot be read)."""
    bad: dict[str, set[int] | str] = {}
    for name in sorted(names):
        try:
            hashes = store.pack_hashes(name)
            slots = {slot for slot, page in enumerate(store.iter_pack_pages(name))
                     if hashlib.sha256(page).digest() != hashes[slot]}
        except (OSError, KartotekaError) as exc:
            bad[name] = f"pack {name} cannot be read ({_describe(exc)})"
            continue
        if slots:
            bad[name] = slots
    return bad


def _check_map(store: PageStore, version: Version, bad: dict[str, set[int] | str]) -> list[str]:
    """The version's page map resolves, matches its checksum, and touches no damaged page."""
    try:
        refs = store.page_map(version)
        hashes = {name: store.pack_hashes(name) for name in {name for name, _ in refs}}
    except (OSError, ValueError, KartotekaError) as exc:
        return [f"it cannot be read ({_describe(exc)})"]
    total = hashlib.sha256()
    for number, (name, slot) in enumerate(refs, start=1):
        problem = bad.get(name)
        if isinstance(problem, str):
            return [problem]
        if problem and slot in problem:
            return [f"page {number} does not match its checksum"]
        if slot >= len(hashes[name]):
            return [f"page {number} points past the end of pack {name}"]
        total.update(hashes[name][slot])
    if len(refs) != version.pages or total.hexdigest() != version.pages_sha256:
        return ["its checksum does not match the manifest"]
    return []

