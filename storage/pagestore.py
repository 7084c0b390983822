"""The version store: encrypted register pages, shared between versions, one pack file per version.

Layout of ``<register>.versions/``::

    manifest.json           the list of versions (the only place that makes a version visible)
    packs/NNNNNNNN-XXXXXXXX.pack
                            one per version: the pages no earlier version had, their SHA-256s,
                            their identities (IV and HMAC, see page_identity), and the version's
                            page map (the packs it reads, and which pack and slot holds each page)
    tmp/                    files being written; anything here after a crash is stale

Why packs and not one file per page: at 100,000 clients a register has ~18,000 pages of 4 KiB, and
a one-client edit changes a few dozen. One file per page would mean 18,000 tiny files for the first
version and a directory walk for every rebuild; one pack per version writes one file, fsyncs once, and
makes a version cost exactly the pages it changed plus a page map that compresses to a few hundred
bytes (unchanged pages keep their pack and slot, so the delta-encoded map is mostly runs).

Pages are stored as SQLCipher wrote them (ciphertext with its per-page HMAC); the store never holds a
decrypted byte. SQLCipher rewrites only the pages a transaction touches, and an untouched page keeps its
exact bytes, including the random IV and the HMAC at its end: that 80-byte tail is the page's identity
for sharing, and every page is stored with its full SHA-256, checked whenever it is read back.

Why the manifest is plain JSON: it holds nothing about clients (version ids, times, kinds of save,
client counts, sizes, page counts, checksums, pack names, the key's salt, which is stored in clear in
the register itself anyway, and a one-way key fingerprint). Keeping it readable lets ``versions list``
and the "newest good version" message work when the register is damaged and cannot be opened, and lets a
user inspect a backup folder without the password. The save summaries, which can name a client, are
deliberately not stored.

Crash safety: a pack is written under ``tmp/``, flushed, re-read and checked against its hashes, then
renamed into ``packs/``; only then is the manifest replaced (write, flush, rename, flush the folder).
A crash before the manifest rename leaves a pack whose version id the manifest has not handed out yet
(``id >= next_id``); those, the files in ``tmp/`` and the packs the manifest lists under ``trash`` are
the only things cleaning removes. Nothing else in the folder is ever touched.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
import struct
import zlib
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from storage.errors import KartotekaError, NotFound

PAGE_SIZE = 4096
FORMAT = 1
PACK_MAGIC = b"KTKPACK1"
_HEADER = struct.Struct("<8sII")  # magic, number of pages, length of the compressed page map
_HASH = 32
TAIL = 80  # SQLCipher's per-page reserve: a fresh random IV (16) and the HMAC-SHA512 (64)
_PACK_NAME = re.compile(r"^(\d{8})-[0-9a-f]{8}\.pack$")
MANIFEST = "manifest.json"

Ref = tuple[str, int]  # (pack name, slot)


def key_id(key_hex: str) -> str:
    """A one-way fingerprint of a raw key: tells which password a version needs, reveals nothing."""
    return hashlib.sha256(b"kartoteka key id\0" + bytes.fromhex(key_hex[:64])).hexdigest()[:16]


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def create_private(path: Path) -> BinaryIO:
    """A new file only the user can read (ciphertext still deserves it), truncated if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    return os.fdopen(fd, "wb")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary name beside ``path``, flush it, and rename it over ``path``."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    with create_private(tmp) as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


@dataclasses.dataclass
class Version:
    """One entry of the manifest (no client data: see the module docstring)."""

    id: int
    time: str
    kind: str
    clients: int
    size: int
    pages: int
    pages_sha256: str  # SHA-256 over the page hashes in page order: the image's checksum
    pack: str  # the pack holding this version's new pages and its page map
    pack_sha256: str
    key_id: str
    saves: int = 1

    def public(self) -> dict[str, Any]:
        """The stable JSON form of ``versions list --format json``."""
        return {"id": self.id, "time": self.time, "kind": self.kind, "clients": self.clients,
                "size": self.size, "saves": self.saves}


class Manifest:
    """The manifest: versions (oldest first), the next id, the salt, and any unfinished re-key."""

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        data = data or {}
        self.next_id: int = int(data.get("next_id", 1))
        self.salt: str = data.get("salt", "")
        self.register_key_id: str = data.get("register_key_id", "")
        known = {f.name for f in dataclasses.fields(Version)}
        self.versions: list[Version] = [Version(**{k: v[k] for k in known if k in v})
                                        for v in data.get("versions", [])]
        self.rekey: dict[str, Any] | None = data.get("rekey")
        self.trash: list[str] = list(data.get("trash", []))

    def to_json(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT, "page_size": PAGE_SIZE, "next_id": self.next_id, "salt": self.salt,
            "register_key_id": self.register_key_id, "trash": self.trash,
            "versions": [dataclasses.asdict(v) for v in self.versions],
        }
        if self.rekey is not None:
            data["rekey"] = self.rekey
        return json.dumps(data, indent=1).encode("utf-8")

    def get(self, version_id: int) -> Version:
        for version in self.versions:
            if version.id == version_id:
                return version
        raise NotFound(f"There is no version {version_id}. See `kartoteka versions list`.")



class PageStore:
    """File-level access to a version folder. Thread safety is the caller's (the writer's mutex)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.packs_dir = self.root / "packs"
        self.tmp_dir = self.root / "tmp"
        self._packs_of: dict[str, list[str]] = {}  # pack -> the packs its version reads (packs never change)

    # ------------------------------------------------------------------ manifest
    def exists(self) -> bool:
        return (self.root / MANIFEST).is_file()

    def load(self) -> Manifest:
        path = self.root / MANIFEST
        if not path.is_file():
            return Manifest()
        try:
            return Manifest(json.loads(path.read_bytes()))
        except (ValueError, TypeError) as exc:
            raise KartotekaError(f"The version list {path} is damaged ({type(exc).__name__}).") from None

    def save(self, manifest: Manifest) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        write_atomic(self.root / MANIFEST, manifest.to_json())

    def ensure_dirs(self) -> None:
        for folder in (self.root, self.packs_dir, self.tmp_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def pack_path(self, name: str) -> Path:
        return self.packs_dir / name

    # ------------------------------------------------------------------ reading packs
    def pack_hashes(self, name: str) -> list[bytes]:
        with open(self.pack_path(name), "rb") as fh:
            npages, _ = _read_header(fh, name)
            fh.seek(_HEADER.size + npages * PAGE_SIZE)
            blob = fh.read(npages * _HASH)
        return [blob[i:i + _HASH] for i in range(0, len(blob), _HASH)]

    def pack_tails(self, name: str) -> list[bytes]:
        """The IV and HMAC of every page in a pack (the page's identity, see :func:`page_identity`)."""
        with open(self.pack_path(name), "rb") as fh:
            npages, _ = _read_header(fh, name)
            fh.seek(_HEADER.size + npages * (PAGE_SIZE + _HASH))
            blob = fh.read(npages * TAIL)
        return [blob[i:i + TAIL] for i in range(0, len(blob), TAIL)]

    def iter_pack_pages(self, name: str) -> Iterator[bytes]:
        """Every page stored in one pack, in slot order."""
        with open(self.pack_path(name), "rb") as fh:
            npages, _ = _read_header(fh, name)
            for _ in range(npages):
                page = fh.read(PAGE_SIZE)
                if len(page) != PAGE_SIZE:
                    raise KartotekaError(f"The version pack {name} is cut short.")
                yield page

    def _read_map(self, name: str) -> tuple[list[Ref], list[str]]:
        with open(self.pack_path(name), "rb") as fh:
            npages, map_len = _read_header(fh, name)
            fh.seek(_HEADER.size + npages * (PAGE_SIZE + _HASH + TAIL))
            blob = fh.read(map_len)
        refs, packs = decode_map(blob)
        self._packs_of[name] = packs
        return refs, packs

    def page_map(self, version: Version) -> list[Ref]:
        """Which pack and slot holds each page of ``version``, in page order."""
        return self._read_map(version.pack)[0]

    def packs_of(self, version: Version) -> list[str]:
        """Every pack ``version`` reads from, its own first. Kept in its pack, not in the manifest: a
        list per version in the manifest would grow with the square of the number of versions."""
        packs = self._packs_of.get(version.pack)
        if packs is None:
            try:
                packs = self._read_map(version.pack)[1]
            except (OSError, ValueError, zlib.error, KartotekaError):
                return [version.pack]  # unreadable: that version is lost anyway; keep its own pack
        return packs

    def referenced(self, manifest: Manifest) -> set[str]:
        """Every pack some version of ``manifest`` needs."""
        return {name for version in manifest.versions for name in self.packs_of(version)}

    def iter_pages(self, version: Version) -> Iterator[bytes]:
        """The pages of a version in order (one open file per pack while iterating)."""
        handles: dict[str, BinaryIO] = {}
        try:
            for name, slot in self.page_map(version):
                fh = handles.get(name)
                if fh is None:
                    fh = handles[name] = open(self.pack_path(name), "rb")  # noqa: SIM115 - closed below
                fh.seek(_HEADER.size + slot * PAGE_SIZE)
                page = fh.read(PAGE_SIZE)
                if len(page) != PAGE_SIZE:
                    raise KartotekaError(f"Version {version.id} is damaged: pack {name} is cut short.")
                yield page
        finally:
            for fh in handles.values():
                fh.close()

    def verify(self, version: Version) -> list[str]:
        """Problems found re-reading every page of a version against its hashes (empty when sound)."""
        problems: list[str] = []
        try:
            hashes: dict[str, list[bytes]] = {}
            total = hashlib.sha256()
            count = 0
            refs = self.page_map(version)
            pages = self.iter_pages(version)
            for (name, slot), page in zip(refs, pages, strict=True):
                if name not in hashes:
                    hashes[name] = self.pack_hashes(name)
                digest = hashlib.sha256(page).digest()
                if digest != hashes[name][slot]:
                    problems.append(f"page {count + 1} does not match its checksum")
                total.update(digest)
                count += 1
            if count != version.pages or count * PAGE_SIZE != version.size:
                problems.append(f"it has {count} pages, the manifest says {version.pages}")
            elif total.hexdigest() != version.pages_sha256:
                problems.append("its checksum does not match the manifest")
        except (OSError, zlib.error, ValueError, KartotekaError) as exc:
            problems.append(f"it cannot be read ({type(exc).__name__}: {_safe(exc)})")
        return problems

    def rebuild(self, version: Version, dest: Path, *, overwrite: bool = False) -> Path:
        """Write a complete register file of ``version`` to ``dest`` (temp name, flush, rename)."""
        dest = Path(dest)
        if dest.exists() and not overwrite:
            raise KartotekaError(f"{dest} already exists; choose another file name (nothing is overwritten).")
        tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.tmp")
        try:
            with create_private(tmp) as fh:
                for page in self.iter_pages(version):
                    fh.write(page)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, dest)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        fsync_dir(dest.parent)
        return dest

    def temp_file(self, label: str) -> Path:
        """A fresh name under ``tmp/`` (for rebuilt images that are opened and thrown away)."""
        self.ensure_dirs()
        return self.tmp_dir / f"{label}-{secrets.token_hex(6)}.tmp"

    # ------------------------------------------------------------------ writing
    def new_pack_name(self, version_id: int) -> str:
        return f"{version_id:08d}-{secrets.token_hex(4)}.pack"

    def pack_writer(self, name: str) -> PackWriter:
        self.ensure_dirs()
        return PackWriter(self, name)

    def remove_packs(self, names: Iterable[str]) -> None:
        for name in names:
            if _PACK_NAME.match(name):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.pack_path(name))

    def clean_stale(self, manifest: Manifest) -> list[str]:
        """Remove what a crash left: files in ``tmp/``, packs whose version id was never handed out,
        and packs the manifest put in the trash. Returns the names removed."""
        removed: list[str] = []
        if self.tmp_dir.is_dir():
            for item in self.tmp_dir.iterdir():
                if item.name.endswith(".tmp") and item.is_file():
                    item.unlink()
                    removed.append(item.name)
        for item in (self.root.iterdir() if self.root.is_dir() else ()):
            if item.name.startswith(f".{MANIFEST}.") and item.name.endswith(".tmp"):
                item.unlink()
                removed.append(item.name)
        referenced = self.referenced(manifest)
        if self.packs_dir.is_dir():
            for item in self.packs_dir.iterdir():
                match = _PACK_NAME.match(item.name)
                if match and int(match.group(1)) >= manifest.next_id and item.name not in referenced:
                    item.unlink()
                    removed.append(item.name)
        if manifest.trash:
            self.remove_packs(name for name in manifest.trash if name not in referenced)
            removed.extend(manifest.trash)
            manifest.trash = []
            self.save(manifest)
        return removed

    def disk_usage(self) -> int:
        return sum(p.stat().st_size for p in self.packs_dir.glob("*.pack")) if self.packs_dir.is_dir() else 0


# ---------------------------------------------------------------------------- pack format helpers
def _read_header(fh: BinaryIO, name: str) -> tuple[int, int]:
    head = fh.read(_HEADER.size)
    if len(head) != _HEADER.size:
        raise KartotekaError(f"The version pack {name} is cut short.")
    magic, npages, map_len = _HEADER.unpack(head)
    if magic != PACK_MAGIC:
        raise KartotekaError(f"{name} is not a Kartoteka version pack.")
    return npages, map_len


class PackWriter:
    """Streams one pack to ``tmp/``: pages as they come (memory stays flat at any register size), then
    their hashes and the page map; flushed, re-read against the hashes, and only then renamed."""

    def __init__(self, store: PageStore, name: str) -> None:
        self.store = store
        self.name = name
        self.tmp = store.tmp_dir / f"{name}.tmp"
        self._fh: BinaryIO = create_private(self.tmp)
        self._fh.write(_HEADER.pack(PACK_MAGIC, 0, 0))
        self.hashes: list[bytes] = []
        self.tails: list[bytes] = []

    def add(self, page: bytes | memoryview, digest: bytes) -> Ref:
        self._fh.write(page)
        self.hashes.append(digest)
        self.tails.append(bytes(page[-TAIL:]))
        return self.name, len(self.hashes) - 1

    def finish(self, refs: list[Ref], packs: list[str]) -> str:
        """Complete, flush, verify and publish the pack; returns the SHA-256 of the file."""
        try:
            blob = encode_map(refs, packs)
            self._fh.write(b"".join(self.hashes))
            self._fh.write(b"".join(self.tails))
            self._fh.write(blob)
            self._fh.seek(0)
            self._fh.write(_HEADER.pack(PACK_MAGIC, len(self.hashes), len(blob)))
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            digest = self._reread()
            os.replace(self.tmp, self.store.pack_path(self.name))
        except BaseException:
            self.abort()
            raise
        fsync_dir(self.store.packs_dir)
        return digest

    def _reread(self) -> str:
        """Read the pack back: every page must hash to what was written."""
        whole = hashlib.sha256()
        with open(self.tmp, "rb") as fh:
            head = fh.read(_HEADER.size)
            whole.update(head)
            for expected in self.hashes:
                page = fh.read(PAGE_SIZE)
                whole.update(page)
                if hashlib.sha256(page).digest() != expected:
                    raise KartotekaError("A version could not be written intact (the disk returned other bytes).")
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                whole.update(chunk)
        return whole.hexdigest()

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._fh.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.tmp)


def encode_map(refs: list[Ref], packs: list[str]) -> bytes:
    """Page map: the pack names, then per page the index of its pack and the slot delta (runs compress
    well: an unchanged stretch of pages is one pack and consecutive slots)."""
    names = json.dumps(packs).encode("ascii")
    index = {name: i for i, name in enumerate(packs)}
    pack_idx = array("i", (index[name] for name, _ in refs))
    deltas = array("i")
    previous = -1
    for _, slot in refs:
        deltas.append(slot - previous)
        previous = slot
    head = struct.pack("<II", len(refs), len(names))
    return zlib.compress(head + names + pack_idx.tobytes() + deltas.tobytes(), 6)


def decode_map(blob: bytes) -> tuple[list[Ref], list[str]]:
    raw = zlib.decompress(blob)
    count, names_len = struct.unpack_from("<II", raw)
    packs = json.loads(raw[8:8 + names_len])
    start = 8 + names_len
    pack_idx = array("i")
    pack_idx.frombytes(raw[start:start + 4 * count])
    deltas = array("i")
    deltas.frombytes(raw[start + 4 * count:start + 8 * count])
    refs: list[Ref] = []
    slot = -1
    for idx, delta in zip(pack_idx, deltas, strict=True):
        slot += delta
        refs.append((packs[idx], slot))
    return refs, packs


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def iter_file_pages(path: Path, size: int | None = None) -> Iterator[memoryview]:
    """The pages of a register file, read in large chunks.

    Each page is a view into the current chunk (no copy: hashing 50,000 pages must not also copy
    them); use it before asking for the next one, or copy it with ``bytes()``.
    """
    with open(path, "rb") as fh:
        remaining = size if size is not None else os.fstat(fh.fileno()).st_size
        while remaining > 0:
            chunk = fh.read(min(remaining, 256 * PAGE_SIZE))
            if not chunk:
                raise KartotekaError(f"{path} became shorter while a version was taken.")
            remaining -= len(chunk)
            view = memoryview(chunk)
            for off in range(0, len(chunk), PAGE_SIZE):
                yield view[off:off + PAGE_SIZE]


def page_identity(page: bytes | memoryview) -> bytes:
    """What tells one stored page from another without hashing all 4 KiB of it.

    SQLCipher gives every page a fresh random IV each time it writes it, and an HMAC-SHA512 over the
    ciphertext, the IV and the page number. A page that was not rewritten keeps both; a page that was
    gets a new IV. So the 80-byte tail identifies a page write (a collision would need equal random
    IVs and an HMAC collision); the full SHA-256 is still computed for every new page and checked on
    every read. This makes a version of an unchanged 200 MB register cost a read, not a hash.
    """
    return bytes(page[-TAIL:])


def copy_file_durably(src: Path, dest: Path) -> None:
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(src, "rb") as fin, create_private(tmp) as fout:
            shutil.copyfileobj(fin, fout, 1 << 20)
            fout.flush()
            os.fsync(fout.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _safe(exc: BaseException) -> str:
    """Our own errors carry no client data; anything else is reported by type only."""
    return exc.message if isinstance(exc, KartotekaError) else type(exc).__name__


# ---------------------------------------------------------------------------- retention
@dataclasses.dataclass(frozen=True)
class Retention:
    """Time-machine thinning (DESIGN section 3); the numbers are register settings."""

    recent_hours: float = 24
    recent_max: int = 200
    hourly_days: float = 7
    daily_days: float = 90

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Retention:
        def num(key: str, default: float) -> float:
            try:
                return float(settings.get(key, default))
            except (TypeError, ValueError):
                return default

        return cls(num("retention.recent_hours", 24), int(num("retention.recent_max", 200)),
                   num("retention.hourly_days", 7), num("retention.daily_days", 90))

    def keep(self, versions: list[Version], now: dt.datetime) -> set[int]:
        """Ids to keep: all recent ones (up to a maximum), then the newest per hour, day, month."""
        keep: set[int] = set()
        seen: set[tuple[str, str]] = set()
        recent = 0
        for version in sorted(versions, key=lambda v: v.id, reverse=True):
            when = parse_iso(version.time)
            age = now - when
            if age <= dt.timedelta(hours=self.recent_hours) and recent < self.recent_max:
                keep.add(version.id)
                recent += 1
                continue
            if age <= dt.timedelta(days=self.hourly_days):
                bucket = ("h", when.strftime("%Y%m%d%H"))
            elif age <= dt.timedelta(days=self.daily_days):
                bucket = ("d", when.strftime("%Y%m%d"))
            else:
                bucket = ("m", when.strftime("%Y%m"))
            if bucket not in seen:
                seen.add(bucket)
                keep.add(version.id)
        if versions:
            keep.add(max(v.id for v in versions))  # never the newest
        return keep
