"""app.offload: a producer run in a forked child yields exactly what it yields in-process, its errors
come back safely, and no child outlives the iteration."""

from __future__ import annotations

import contextlib
import os
import time

import pytest

from app import offload
from storage.errors import KartotekaError, UserError

pytestmark = pytest.mark.skipif(not offload.available(), reason="forking is not available here")


def _squares(n: int):
    for i in range(n):
        yield {"i": i, "square": i * i, "pid": os.getpid(), "text": "Łódź " * (i % 3)}


def _gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True  # reaped already
    return not os.path.exists(f"/proc/{pid}")


def test_a_child_yields_what_the_producer_yields_in_order() -> None:
    here = list(offload.iterate(lambda: _squares(300), enabled=False))
    there = list(offload.iterate(lambda: _squares(300)))
    assert [{k: v for k, v in item.items() if k != "pid"} for item in there] == \
        [{k: v for k, v in item.items() if k != "pid"} for item in here]
    assert {item["pid"] for item in here} == {os.getpid()}
    assert {item["pid"] for item in there} != {os.getpid()}  # it really ran elsewhere
    assert len({item["pid"] for item in there}) == 1


def test_the_child_sees_data_built_before_the_fork_without_it_being_sent() -> None:
    rows = [("Anna", i) for i in range(50_000)]
    total = sum(item for item in offload.iterate(lambda: (sum(n for _, n in rows[k:k + 10_000])
                                                           for k in range(0, len(rows), 10_000))))
    assert total == sum(range(50_000))


def test_our_errors_come_back_with_their_message() -> None:
    def produce():
        yield 1
        raise UserError("Row 7 of sheet 'Clients' cannot become a client.")

    got = []
    with pytest.raises(UserError, match="Row 7 of sheet 'Clients'"):
        for item in offload.iterate(produce):
            got.append(item)
    assert got == [1]


def test_other_errors_come_back_by_type_only_so_client_data_in_a_message_stays_in_the_child() -> None:
    def produce():
        yield 1
        raise ValueError("Kowalska Anna +48601234567")

    with pytest.raises(KartotekaError) as caught:
        list(offload.iterate(produce))
    assert "ValueError" in str(caught.value)
    assert "Kowalska" not in str(caught.value) and "601234567" not in str(caught.value)


def test_a_child_that_dies_is_reported_not_waited_for() -> None:
    def produce():
        yield 1
        os._exit(3)

    with pytest.raises(KartotekaError, match="stopped unexpectedly"):
        list(offload.iterate(produce))


def test_stopping_early_stops_and_reaps_the_child() -> None:
    def produce():
        yield os.getpid()
        while True:  # would run for ever
            yield os.getpid()

    chunks = offload.iterate(produce)
    child = next(chunks)
    assert child != os.getpid()
    with contextlib.closing(chunks):
        pass
    deadline = time.monotonic() + 5
    while not _gone(child) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _gone(child)


def test_disabled_or_unavailable_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    assert {item["pid"] for item in offload.iterate(lambda: _squares(3), enabled=False)} == {os.getpid()}
    monkeypatch.setenv("KARTOTEKA_NO_FORK", "1")
    assert not offload.available()
    assert {item["pid"] for item in offload.iterate(lambda: _squares(3))} == {os.getpid()}


def test_no_fork_when_the_machine_lacks_the_memory_a_child_could_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offload, "_resident_memory", lambda: 1 << 30)
    monkeypatch.setattr(offload, "_available_memory", lambda: 2 << 30)  # 2 GB free, 1 GB process
    assert not offload.available()
    monkeypatch.setattr(offload, "_available_memory", lambda: 8 << 30)
    assert offload.available()
