"""SIGKILL at random moments during a loop of saves and versions (DESIGN section 9).

After every kill: the register opens, every acknowledged save is present, and every version the
manifest lists is whole (no version is half-visible). Twenty kills in the normal tier, three hundred in
the nightly tier (``-m slow``).

The children are forked from a small "zygote" process that has already imported everything, so a kill
costs milliseconds rather than an interpreter start; the zygote itself never opens a register, so
forking it is safe.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import tables as t
from storage import versions as V
from storage.register import Register
from tests.conftest import REPO

ZYGOTE = r"""
import os, signal, sys
from sqlalchemy import insert, update
from models import tables as t
from storage.register import Register
from storage import schema, search, versions  # noqa: F401 - imported once here, not in every child
schema.head_revision()  # reads the migration scripts once

def child(path, key, ack_path, start, seed):
    reg = Register.open_with_key(path, key)
    n = start
    with open(ack_path, "a") as ack:
        while True:
            n += 1
            with reg.unit_of_work("add" if n % 3 else "edit") as session:
                session.execute(insert(t.Client).values(first_name=f"c{n}", display_name=f"c{n}"))
                if n % 3 == 0:
                    session.execute(update(t.Client).where(t.Client.id == 1 + (n * 7) % 50)
                                    .values(city=f"city{n}"))
            ack.write(f"{n}\n")
            ack.flush()

for line in sys.stdin:
    cmd, *args = line.split()
    if cmd == "run":
        pid = os.fork()
        if pid == 0:
            try:
                child(args[0], args[1], args[2], int(args[3]), int(args[4]))
            finally:
                os._exit(1)
        print(pid, flush=True)
    elif cmd == "kill":
        pid = int(args[0])
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        print("dead", flush=True)
"""


@pytest.fixture
def zygote():
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, cwd=REPO, env=env)
    yield proc
    proc.stdin.close()
    proc.wait(timeout=30)
    proc.stdout.close()


def _ask(proc: subprocess.Popen, line: str) -> str:
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    return proc.stdout.readline().strip()


def _acked(path: Path) -> list[int]:
    if not path.exists():
        return []
    return [int(x) for x in path.read_text().split("\n") if x.strip()]


def _wait_for_acks(path: Path, count: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while len(_acked(path)) < count:
        if time.monotonic() > deadline:
            raise AssertionError("the child never acknowledged a save")
        time.sleep(0.005)


def _seed(path: Path, key: str) -> None:
    from sqlalchemy import insert

    with Register.open_with_key(path, key) as reg, reg.unit_of_work("import") as session:
        session.execute(insert(t.Client), [{"first_name": f"seed{i}", "display_name": f"seed{i}",
                                            "city": "Kraków"} for i in range(200)])


def _verify_after_kill(path: Path, key: str, acked: list[int], full: bool) -> None:
    with Register.open_with_key(path, key) as reg:  # opening cleans what the kill left half-written
        store = reg.versions.store
        assert not list(store.tmp_dir.glob("*.tmp")), "stale temporary files were not cleaned"
        with reg.session() as session:
            names = set(session.scalars(select(t.Client.first_name).where(t.Client.first_name.like("c%"))))
            total = session.scalar(select(func.count()).select_from(t.Client))
        missing = [n for n in acked if f"c{n}" not in names]
        assert not missing, f"acknowledged saves lost: {missing[:5]}"
        assert total >= 200 + len(acked)
        manifest = store.load()
        assert manifest.versions, "no version at all"
        on_disk = {p.name for p in store.packs_dir.glob("*.pack")}
        assert store.referenced(manifest) <= on_disk, "a listed version points at a missing pack"
        for version in manifest.versions[-3:]:
            assert store.verify(version) == [], f"version {version.id} is half-visible"
        if full:
            assert V.check_version(store, manifest.versions[-1], key) == []
        reg.versions.wait()


def _kill_loop(zygote, register_path: Path, key: str, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    _seed(register_path, key)
    ack_path = register_path.with_name("acks.txt")
    for round_no in range(kills):
        start = max(_acked(ack_path), default=0)
        pid = int(_ask(zygote, f"run {register_path} {key} {ack_path} {start} {rng.randrange(1 << 30)}"))
        _wait_for_acks(ack_path, len(_acked(ack_path)) + 1)
        time.sleep(rng.uniform(0, 0.25))
        assert _ask(zygote, f"kill {pid}") == "dead"
        _verify_after_kill(register_path, key, _acked(ack_path), full=round_no % 5 == 4 or round_no == kills - 1)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_sigkill_during_saves_and_versions(zygote, register_path, template_register):
    _kill_loop(zygote, register_path, template_register[1], kills=20, seed=20261122)


@pytest.fixture
def nightly(request):
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("nightly tier: run with -m slow")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_sigkill_nightly(nightly, zygote, register_path, template_register):
    _kill_loop(zygote, register_path, template_register[1], kills=300, seed=int(time.time()))
