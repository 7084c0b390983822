"""Versions as use cases, shared by the window and the command line.

List versions, restore the whole register (first recording the current state, so the restore can be
undone) or one client as it was in a version, export a version as a complete register file, check the
register and every version, and change the password of all of them. Restores are written to the change
log with the source ``restore``. When the register is damaged and cannot be opened, listing and
restoring work from the version folder alone (the key comes from the password and the salt that the
version manifest keeps).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy.orm import Session

from app import records
from models import tables as t
from models.tables import utcnow
from storage import versions as store_versions
from storage.errors import KartotekaError, NotFound, RegisterDamaged, UserError, WrongPassword
from storage.pagestore import PageStore
from storage.register import (
    Register,
    SaveInfo,
    _classify_open_failure,
    check_integrity,
    connect_raw,
    derive_key,
    raw_key_hex,
    read_salt,
    sniff_file,
)

# The tables that hold one client, with the column that names the client.
CLIENT_TABLES = (
    ("clients", "id"), ("phones", "client_id"), ("emails", "client_id"), ("client_tags", "client_id"),
    ("purchases", "client_id"), ("interactions", "client_id"), ("client_dates", "client_id"),
    ("client_custom", "client_id"),
)
# Fields of the JSON form that are not the client's own data (derived, or other clients').
_NOT_COMPARED = {"id", "created", "updated", "contacts", "history", "phone", "email", "display_name",
                 "consent", "total_spent", "orders", "avg_check", "last_purchase"}


def _writer(reg: Register) -> store_versions.VersionWriter:
    if reg.versions is None:
        raise UserError("Versions are off for this register; open it with versions on.")
    return reg.versions


# ---------------------------------------------------------------------------- listing
def list_versions(reg: Register) -> list[dict[str, Any]]:
    """Newest first: id, time (UTC, ISO 8601), kind, clients, size (bytes), saves covered."""
    writer = _writer(reg)
    writer.wait()
    return [v.public() for v in reversed(writer.list())]


def mirror_store(folder: Path) -> PageStore:
    """The versions kept in a second location: ``folder`` is the version folder or the folder holding it."""
    folder = Path(folder).expanduser()
    if (folder / "manifest.json").is_file():
        return PageStore(folder)
    found = sorted(folder.glob("*.versions/manifest.json"))
    if len(found) != 1:
        raise UserError(f"{folder} holds no Kartoteka versions (or several: name the .versions folder itself).")
    return PageStore(found[0].parent)


def list_versions_at(path: Path, password: str, source: Path | None = None) -> list[dict[str, Any]]:
    """The same list without opening the register (damaged, or gone with its disk: ``source`` names
    the second location); checks the password."""
    store = mirror_store(source) if source else store_versions.store_for(path)
    store_versions.key_for_store(path, password, store)
    return [v.public() for v in reversed(store.load().versions)]


# ---------------------------------------------------------------------------- whole register
def restore_register(reg: Register, version_id: int) -> dict[str, int]:
    """Put the whole register back as it was in ``version_id``; the state before is kept as a version.

    Returns ``{"restored": version_id, "before": id of the version of the state before, "version": id
    of the version recording the restore}``.
    """
    writer = _writer(reg)
    writer.manifest().get(version_id)  # NotFound before anything is done
    writer.record(SaveInfo("before-restore", "", utcnow()))
    writer.wait()
    if writer.last_error:
        raise KartotekaError(f"Nothing was restored: the current state could not be kept first. {writer.last_error}")
    before = writer.list()[-1].id
    writer.restore_register(version_id)
    with reg.unit_of_work("restore", f"version {version_id}") as session:
        records.log_event(session, "restored", f"version {version_id}", "restore")
    writer.wait()
    return {"restored": version_id, "before": before, "version": writer.list()[-1].id}


def restore_damaged(path: Path, password: str, version_id: int) -> dict[str, Any]:
    """Restore a register that does not open (damaged); the damaged file is kept aside.

    Returns ``{"restored": id, "damaged_file": path kept aside, "version": id recording the restore}``.
    """
    key = store_versions.key_for_store(path, password)
    aside = store_versions.restore_damaged(Path(path), version_id, key)
    reg = Register.open_with_key(path, key)
    try:
        with reg.unit_of_work("restore", f"version {version_id}") as session:
            records.log_event(session, "restored", f"version {version_id} (damaged file kept)", "restore")
        writer = _writer(reg)
        writer.wait()
        latest = writer.list()[-1].id
    finally:
        reg.close()
    return {"restored": version_id, "damaged_file": str(aside), "version": latest}


def export_version(reg: Register, version_id: int, dest: Path) -> Path:
    """Write ``version_id`` as a complete register file that opens with the same password."""
    writer = _writer(reg)
    writer.wait()
    writer.export(version_id, Path(dest))
    return Path(dest)


def export_version_at(path: Path, password: str, version_id: int, dest: Path, source: Path | None = None
                      ) -> Path:
    """Export without opening the register (damaged, or lost: then from the second location ``source``),
    after checking the password. The file is verified before it is reported written."""
    store = mirror_store(source) if source else store_versions.store_for(path)
    key = store_versions.key_for_store(path, password, store)
    version = store.load().get(version_id)
    if version.key_id != store_versions.key_id(key):
        raise WrongPassword(f"Version {version_id} does not open with this password.")
    return store_versions.rebuild_checked(store, version, key, Path(dest), overwrite=False)


# ---------------------------------------------------------------------------- one client
def restore_client(reg: Register, version_id: int, client_id: int) -> list[tuple[str, Any, Any]]:
    """Put one client back as it was in a version: fields, phones, e-mails, tags, purchases,
    interactions, dates, custom fields and consent. Every other client stays as it is.

    A client deleted since comes back with its id. Each field that changes is logged (``restore``).
    """
    writer = _writer(reg)
    writer.wait()
    version = writer.manifest().get(version_id)
    rows = _read_client(writer.store, version, reg.key_hex, client_id)
    if not rows["clients"]:
        raise NotFound(f"Client {client_id} is not in version {version_id}.")
    with reg.unit_of_work("restore", f"client {client_id} from version {version_id}") as session:
        return _put_back(session, client_id, rows, version_id)


def _read_client(store: Any, version: Any, key_hex: str, client_id: int) -> dict[str, list[dict[str, Any]]]:
    """Rebuild the version to an encrypted temp file and read that client's rows from it."""
    if version.key_id != store_versions.key_id(key_hex):
        raise KartotekaError(f"Version {version.id} was written under another password.")
    image = store.temp_file("client")
    try:
        store.rebuild(version, image, overwrite=True)
        conn = connect_raw(image, key_hex)
        try:
            return {table: _select(conn, table, column, client_id) for table, column in CLIENT_TABLES}
        finally:
            conn.close()
    except sqlcipher3.DatabaseError as exc:
        raise KartotekaError(f"Version {version.id} cannot be read ({type(exc).__name__}).") from None
    finally:
        store_versions.remove_image(image)


def _select(conn: sqlcipher3.Connection, table: str, column: str, client_id: int) -> list[dict[str, Any]]:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", (client_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _put_back(session: Session, client_id: int, rows: dict[str, list[dict[str, Any]]], version_id: int
              ) -> list[tuple[str, Any, Any]]:
    conn = session.connection()
    exists = session.get(t.Client, client_id) is not None
    before = records.client_to_dict(session, client_id, history=False) if exists else {}
    session.expunge_all()
    client = _current_columns("clients", rows["clients"][0])
    company = client.get("company_id")
    if company is not None and conn.exec_driver_sql(
            "SELECT 1 FROM clients WHERE id = ?", (company,)).first() is None:
        client["company_id"] = None  # that company is gone now; do not bring back a dangling link
    if exists:
        sets = ", ".join(f"{name} = ?" for name in client if name != "id")
        conn.exec_driver_sql(f"UPDATE clients SET {sets} WHERE id = ?",
                             (*[v for k, v in client.items() if k != "id"], client_id))
    else:
        _insert(conn, "clients", client)
    for table, column in CLIENT_TABLES[1:]:
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {column} = ?", (client_id,))
        for row in rows[table]:
            values = _current_columns(table, row)
            if "id" in values and table not in ("client_tags", "client_custom"):
                del values["id"]  # ids may have been reused since; the rows keep their content
            _insert(conn, table, values)
    session.expire_all()
    records.refresh_aggregates(session, [client_id])
    _reindex(session, client_id)
    after = records.client_to_dict(session, client_id, history=False)
    changes = [(field, before.get(field), after[field]) for field in after
               if field not in _NOT_COMPARED and before.get(field) != after[field]]
    for field, old, new in changes:
        records.log_event(session, field, new, "restore", client_id, old=old)
    records.log_event(session, "restored", f"version {version_id}", "restore", client_id)
    return changes


def _current_columns(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Only the columns the current schema has (a version may predate a migration)."""
    columns = t.Base.metadata.tables[table].columns.keys()
    return {name: row[name] for name in columns if name in row}


def _insert(conn: Any, table: str, values: dict[str, Any]) -> None:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))


def _reindex(session: Session, client_id: int) -> None:
    try:
        from storage.search import index_clients
    except ImportError:
        return
    index_clients(session.connection(), [client_id])


# ---------------------------------------------------------------------------- password
def change_password(reg: Register, new_password: str) -> None:
    """Re-key the register and every version; afterwards the old password opens nothing."""
    if not new_password:
        raise UserError("The new password is empty; nothing was changed.")
    writer = _writer(reg)
    writer.change_password(new_password)
    with reg.unit_of_work("password") as session:
        records.log_event(session, "password", "changed", "password")


# ---------------------------------------------------------------------------- check
@dataclasses.dataclass
class CheckReport:
    register: str  # ok | damaged | wrong-password
    register_detail: str
    versions: list[store_versions.VersionCheck]
    rekey_interrupted: bool
    damage: RegisterDamaged | None = None

    @property
    def exit_code(self) -> int:
        if self.register == "damaged":
            return 4
        if self.register == "wrong-password" and not any(v.status == "ok" for v in self.versions):
            return 3
        if self.register != "ok" or any(v.status != "ok" for v in self.versions):
            return 1
        return 0

    def as_json(self) -> dict[str, Any]:
        return {
            "register": {"status": self.register, "detail": self.register_detail},
            "versions": [dataclasses.asdict(v) for v in self.versions],
            "password_change_interrupted": self.rekey_interrupted,
            "ok": self.exit_code == 0,
        }


def check_all(path: Path, password: str, *, full: bool = False) -> CheckReport:
    """Verify the register (page HMACs and structure) and every version; say which password opens what.

    Every page of every version is compared with its checksum; the newest version (every version with
    ``full``) is also opened by SQLCipher (see ``storage.versions.check_versions``).
    """
    path = Path(path)
    sniff_file(path)
    manifest = store_versions.store_for(path).load()
    salt = bytes.fromhex(manifest.salt) if manifest.salt else read_salt(path)
    key = raw_key_hex(derive_key(password, salt), salt)
    problems = check_integrity(path, key)
    damage = None
    if not problems:
        status, detail = "ok", ""
    else:
        failure = _classify_open_failure(path, key)
        if isinstance(failure, WrongPassword):
            status, detail = "wrong-password", "does not open with this password"
        else:
            status, detail = "damaged", failure.message
            damage = failure if isinstance(failure, RegisterDamaged) else None
    if status == "wrong-password" and manifest.rekey:
        mine = store_versions.key_id(key)
        if mine == manifest.rekey.get("from"):
            detail = "opens with the new password of the interrupted change"
        elif mine == manifest.rekey.get("to"):
            detail = "opens with the password from before the interrupted change"
    return CheckReport(status, detail, store_versions.check_versions(path, key, full=full), manifest.rekey is not None,
                       damage)
