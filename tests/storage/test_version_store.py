"""The version store and writer: shared pages, coalescing, retention, mirror, damage, re-key."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading

import pytest
from sqlalchemy import func, insert, select, text

from app import records
from models import tables as t
from models.tables import utcnow
from storage import pagestore
from storage import versions as V
from storage.errors import RegisterDamaged, WrongPassword
from storage.pagestore import PageStore, Retention, Version
from storage.register import PAGE_SIZE, Register, SaveInfo, check_integrity, derive_key, raw_key_hex


def _fill(reg: Register, n: int = 200) -> None:
    """Clients by bulk insert (fast), a few through the use case so phones and e-mails exist too."""
    rows = [{"first_name": f"Anna{i}", "last_name": f"Nowak{i % 37}", "display_name": f"Anna{i} Nowak",
             "city": "Kraków", "primary_email": f"anna{i}@example.com", "primary_phone": f"+48601{i:06d}"}
            for i in range(n - 3)]
    with reg.unit_of_work("import", "seed") as session:
        session.execute(insert(t.Client), rows)
        for i in range(3):
            records.create_client(session, {"first_name": f"Ewa{i}", "phone": f"+48602{i:06d}",
                                            "email": f"ewa{i}@example.com"})


@pytest.fixture
def vreg(register_path, template_register):
    """An open register with the version writer on, seeded with 200 clients."""
    reg = Register.open_with_key(register_path, template_register[1])
    _fill(reg)
    reg.versions.wait()
    yield reg
    if not reg.closed:
        reg.close()


def _edit(reg: Register, client_id: int, city: str, kind: str = "edit") -> None:
    with reg.unit_of_work(kind) as session:
        records.update_client(session, client_id, {"city": city})


def test_every_save_adds_a_version_that_rebuilds_and_opens(vreg, tmp_path):
    before = len(vreg.versions.list())
    _edit(vreg, 3, "Gdańsk")
    vreg.versions.wait()
    _edit(vreg, 4, "Poznań")
    vreg.versions.wait()
    listed = vreg.versions.list()
    assert len(listed) == before + 2
    assert [v.kind for v in listed[-2:]] == ["edit", "edit"]
    assert listed[-1].clients == 200
    for version in listed:
        assert V.check_version(vreg.versions.store, version, vreg.key_hex) == []
    out = vreg.versions.export(listed[-2].id, tmp_path / "v.kartoteka")
    assert out.id == listed[-2].id
    with Register.open_with_key(tmp_path / "v.kartoteka", vreg.key_hex, versions=False) as copy, \
            copy.session() as session:
        assert session.get(t.Client, 3).city == "Gdańsk"
        assert session.get(t.Client, 4).city == "Kraków"


def test_exported_version_opens_with_the_password(vreg, tmp_path):
    from tests.conftest import PASSWORD

    version = vreg.versions.list()[-1]
    vreg.versions.export(version.id, tmp_path / "copy.kartoteka")
    with Register.open(tmp_path / "copy.kartoteka", PASSWORD, versions=False) as copy, copy.session() as s:
        assert s.scalar(select(func.count()).select_from(t.Client)) == 200


def test_unchanged_pages_are_shared(vreg):
    store = vreg.versions.store
    usage = store.disk_usage()
    _edit(vreg, 7, "Toruń")
    vreg.versions.wait()
    version = vreg.versions.list()[-1]
    added = store.disk_usage() - usage
    assert added < version.size / 4, "a one-client edit must not copy the register"
    assert len(store.pack_hashes(version.pack)) < version.pages / 4
    names = {p.name for p in store.packs_dir.iterdir()}
    assert all(pagestore._PACK_NAME.match(n) for n in names), "file names carry no personal data"


def test_store_holds_only_ciphertext(vreg):
    raw = b"".join(p.read_bytes() for p in vreg.versions.store.packs_dir.iterdir())
    raw += (vreg.versions.store.root / "manifest.json").read_bytes()
    for needle in ("Anna1", "Nowak", "Kraków", "example.com", "601000"):
        assert needle.encode() not in raw


def test_saves_arriving_during_a_version_are_coalesced(vreg):
    gate = threading.Event()
    original = vreg.versions._store_image

    def slow_store(*args, **kwargs):
        gate.wait(5)
        return original(*args, **kwargs)

    vreg.versions._store_image = slow_store
    before = len(vreg.versions.list())
    for i in range(6):
        _edit(vreg, 10 + i, f"City{i}")
    gate.set()
    vreg.versions.wait()
    listed = vreg.versions.list()
    assert 1 <= len(listed) - before <= 2
    assert sum(v.saves for v in listed[before:]) == 6
    image = vreg.versions.store.temp_file("t")
    vreg.versions.store.rebuild(listed[-1], image, overwrite=True)
    with Register.open_with_key(image, vreg.key_hex, versions=False) as copy, copy.session() as s:
        assert s.get(t.Client, 15).city == "City5"


def test_save_does_not_wait_for_the_version(vreg):
    gate = threading.Event()
    original = vreg.versions._store_image
    vreg.versions._store_image = lambda *a, **k: (gate.wait(5), original(*a, **k))[1]
    _edit(vreg, 1, "A")  # the writer now blocks in the gate
    started = dt.datetime.now()
    _edit(vreg, 2, "B")
    assert (dt.datetime.now() - started).total_seconds() < 1.0
    gate.set()
    vreg.versions.wait()


def _version(vid: int, when: dt.datetime) -> Version:
    return Version(id=vid, time=when.strftime("%Y-%m-%dT%H:%M:%SZ"), kind="edit", clients=1, size=PAGE_SIZE,
                   pages=1, pages_sha256="", pack="", pack_sha256="", key_id="")


def test_retention_thins_like_a_time_machine():
    now = dt.datetime(2026, 6, 30, 12, tzinfo=dt.UTC)
    versions = [_version(vid, now - dt.timedelta(minutes=minutes))  # every half hour for 150 days
                for vid, minutes in enumerate(range(60 * 24 * 150, -1, -30), start=1)]
    keep = Retention().keep(versions, now)
    kept = [v for v in versions if v.id in keep]
    ages = [now - pagestore.parse_iso(v.time) for v in kept]
    recent = [a for a in ages if a <= dt.timedelta(hours=24)]
    assert len(recent) == 24 * 2 + 1
    hourly = [a for a in ages if dt.timedelta(hours=24) < a <= dt.timedelta(days=7)]
    assert 6 * 24 - 2 <= len(hourly) <= 6 * 24 + 1
    daily = [a for a in ages if dt.timedelta(days=7) < a <= dt.timedelta(days=90)]
    assert 82 <= len(daily) <= 84
    monthly = [a for a in ages if a > dt.timedelta(days=90)]
    assert 3 <= len(monthly) <= 4
    assert versions[-1].id in keep
    assert len(Retention(recent_max=10).keep(versions, now) & {v.id for v in versions[-49:]}) < 40


def test_pruning_removes_unneeded_packs_and_nothing_else(vreg):
    with vreg.unit_of_work("edit") as session:
        session.execute(text("UPDATE settings SET value = '3' WHERE key = 'retention.recent_max'"))
    store = vreg.versions.store
    foreign = store.root / "notes.txt"
    foreign.write_text("mine")
    foreign_pack = store.packs_dir / "00000001-deadbeef.pack.bak"
    foreign_pack.write_bytes(b"x")
    for i in range(6):
        _edit(vreg, 20 + i, f"Town{i}")
        vreg.versions.wait()
    manifest = store.load()
    assert len(manifest.versions) <= 3 + 1
    on_disk = {p.name for p in store.packs_dir.glob("*.pack")}
    assert on_disk == store.referenced(manifest)
    assert foreign.read_text() == "mine" and foreign_pack.exists()
    for version in manifest.versions:
        assert V.check_version(store, version, vreg.key_hex) == []


def test_stale_files_from_a_crash_are_cleaned(vreg, template_register):
    store = vreg.versions.store
    manifest = store.load()
    vreg.close()
    orphan = store.packs_dir / f"{manifest.next_id:08d}-0badc0de.pack"
    orphan.write_bytes(b"half a pack")
    (store.tmp_dir / "00000099-aaaaaaaa.pack.tmp").write_bytes(b"partial")
    (store.root / ".manifest.json.1234abcd.tmp").write_bytes(b"{")
    listed = store.packs_dir / manifest.versions[0].pack
    reg = Register.open_with_key(vreg.path, template_register[1])
    try:
        assert not orphan.exists()
        assert not list(store.tmp_dir.iterdir())
        assert not (store.root / ".manifest.json.1234abcd.tmp").exists()
        assert listed.exists()
        assert [v.id for v in store.load().versions] == [v.id for v in manifest.versions]
    finally:
        reg.close()


def test_versions_are_mirrored_to_a_second_location(vreg, tmp_path):
    mirror = tmp_path / "usb"
    mirror.mkdir()
    with vreg.unit_of_work("edit") as session:
        session.execute(text("UPDATE settings SET value = :v WHERE key = 'versions.mirror'"),
                        {"v": json.dumps(str(mirror))})
    _edit(vreg, 30, "Sopot")
    vreg.versions.wait()
    assert vreg.versions.mirror_error is None
    remote = PageStore(mirror / vreg.versions.store.root.name)
    newest = remote.load().versions[-1]
    assert newest.id == vreg.versions.list()[-1].id
    assert V.check_version(remote, newest, vreg.key_hex) == []


def test_unreachable_mirror_never_fails_a_save(vreg, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    with vreg.unit_of_work("edit") as session:
        session.execute(text("UPDATE settings SET value = :v WHERE key = 'versions.mirror'"),
                        {"v": json.dumps(str(blocker / "sub"))})
    vreg.versions.wait()
    assert vreg.versions.mirror_error and "second location" in vreg.versions.mirror_error
    assert vreg.versions.last_error is None


def _flip_byte(path, page: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(page * PAGE_SIZE + 100)
        byte = fh.read(1)
        fh.seek(page * PAGE_SIZE + 100)
        fh.write(bytes([byte[0] ^ 0x55]))


def test_flipped_byte_names_the_newest_good_version_and_restore_works(vreg, template_register):
    _edit(vreg, 5, "Opole")
    vreg.versions.wait()
    newest = vreg.versions.list()[-1]
    path, key = vreg.path, vreg.key_hex
    vreg.close()
    pages = path.stat().st_size // PAGE_SIZE
    _flip_byte(path, pages // 2)
    with pytest.raises(RegisterDamaged) as info:
        Register.open_with_key(path, key)
    assert info.value.exit_code == 4
    assert info.value.newest_good_version == str(newest.id)
    assert f"kartoteka versions restore {newest.id}" in info.value.message
    aside = V.restore_damaged(path, newest.id, key)
    assert aside.exists() and aside.name.startswith(path.name + ".damaged-")
    with Register.open_with_key(path, key) as reg, reg.session() as session:
        assert session.get(t.Client, 5).city == "Opole"


def test_damaged_version_is_reported_and_skipped(vreg):
    _edit(vreg, 6, "Kielce")
    vreg.versions.wait()
    store = vreg.versions.store
    newest = store.load().versions[-1]
    pack = store.pack_path(newest.pack)
    data = bytearray(pack.read_bytes())
    data[pagestore._HEADER.size + 10] ^= 1
    pack.write_bytes(bytes(data))
    results = {r.id: r for r in V.check_versions(vreg.path, vreg.key_hex)}
    assert results[newest.id].status == "damaged"
    good = V.newest_good_version(vreg.path, vreg.key_hex)
    assert good is not None and good.id < newest.id


def test_password_change_rekeys_register_and_every_version(vreg):
    old_key = vreg.key_hex
    _edit(vreg, 8, "Lublin")
    vreg.versions.wait()
    ids = [v.id for v in vreg.versions.list()]
    usage = vreg.versions.store.disk_usage()
    vreg.versions.change_password("new secret")
    salt = bytes.fromhex(old_key[64:])
    new_key = raw_key_hex(derive_key("new secret", salt), salt)
    assert vreg.key_hex == new_key
    with vreg.session() as session:  # the open register goes on working under the new key
        assert session.get(t.Client, 8).city == "Lublin"
    store = vreg.versions.store
    manifest = store.load()
    assert manifest.rekey is None
    assert [v.id for v in manifest.versions][: len(ids)] == ids
    assert store.disk_usage() < usage * 1.5, "re-keyed versions still share pages"
    for version in manifest.versions:
        assert V.check_version(store, version, new_key) == []
        image = store.temp_file("old")
        store.rebuild(version, image, overwrite=True)
        assert check_integrity(image, old_key), "no version may open with the old password"
        V.remove_image(image)
    path = vreg.path
    vreg.close()
    with pytest.raises(WrongPassword):
        Register.open_with_key(path, old_key)
    with Register.open_with_key(path, new_key) as reg, reg.session() as session:
        assert session.get(t.Client, 8).city == "Lublin"


def test_interrupted_password_change_leaves_each_file_with_one_password(vreg, monkeypatch):
    old_key = vreg.key_hex
    for i in range(3):
        _edit(vreg, 40 + i, f"X{i}")
        vreg.versions.wait()
    calls = {"n": 0}
    original = V._Rekeyer.rekey

    def crash_after_two(self, version):
        if calls["n"] == 2:
            raise KeyboardInterrupt  # stands for the process dying
        calls["n"] += 1
        return original(self, version)

    monkeypatch.setattr(V._Rekeyer, "rekey", crash_after_two)
    with pytest.raises(KeyboardInterrupt):
        vreg.versions.change_password("new secret")
    monkeypatch.setattr(V._Rekeyer, "rekey", original)
    salt = bytes.fromhex(old_key[64:])
    new_key = raw_key_hex(derive_key("new secret", salt), salt)
    assert vreg.key_hex == old_key
    statuses = {r.id: r.status for r in V.check_versions(vreg.path, old_key)}
    assert list(statuses.values()).count("other-password") == 2
    for version in vreg.versions.store.load().versions:
        key = new_key if statuses[version.id] == "other-password" else old_key
        assert V.check_version(vreg.versions.store, version, key) == []
    detail = next(r.detail for r in V.check_versions(vreg.path, old_key) if r.status == "other-password")
    assert "new password" in detail
    vreg.versions.change_password("new secret")  # resuming with the same new password finishes the job
    assert all(r.status == "ok" for r in V.check_versions(vreg.path, new_key))
    assert vreg.versions.store.load().rekey is None


def test_close_waits_for_the_pending_version(vreg):
    before = len(vreg.versions.list())
    vreg.versions.record(SaveInfo("edit", "", utcnow()))
    store, path = vreg.versions.store, vreg.path
    vreg.close()
    assert len(store.load().versions) == before + 1
    assert not os.path.exists(f"{path}-wal") or os.path.getsize(f"{path}-wal") == 0


def test_damaged_manifest_never_stops_the_register(vreg, template_register):
    store = vreg.versions.store
    path = vreg.path
    vreg.close()
    (store.root / "manifest.json").write_text("{not json")
    with Register.open_with_key(path, template_register[1]) as reg:
        assert reg.versions.last_error and "cannot be used" in reg.versions.last_error
        _edit(reg, 2, "Bytom")
        reg.versions.wait()
        assert reg.versions.last_error
        with reg.session() as session:
            assert session.get(t.Client, 2).city == "Bytom"
    assert (store.root / "manifest.json").read_text() == "{not json", "the damaged list is kept as it is"


def test_a_long_read_of_the_latest_state_does_not_hold_up_the_version(vreg):
    before = len(vreg.versions.list())
    with vreg.unit_of_work("edit", record_version=False) as session:  # frames wait in the WAL
        records.update_client(session, 9, {"city": "Elbląg"})
    with vreg.session() as session:
        session.execute(select(t.Client.id)).first()  # a read transaction stays open on the WAL
        vreg.versions.record(SaveInfo("edit", "", utcnow()))
        assert vreg.versions.wait(timeout=10)
        assert vreg.versions.last_error is None
    assert len(vreg.versions.list()) == before + 1
    image = vreg.versions.store.temp_file("t")
    vreg.versions.store.rebuild(vreg.versions.list()[-1], image, overwrite=True)
    with Register.open_with_key(image, vreg.key_hex, versions=False) as copy, copy.session() as s:
        assert s.get(t.Client, 9).city == "Elbląg"
