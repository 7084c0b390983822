"""app.lists: sidebar counts, smart lists, bulk actions in one save each, settings."""

from __future__ import annotations

import threading

import pytest

from app import lists, records
from app.query import QueryError, count
from models.tables import ChangeLog
from storage.errors import Cancelled, UserError


@pytest.fixture
def filled(register):
    with register.unit_of_work("add") as session:
        ids = [records.create_client(session, {"first_name": f"Ola{n}", "last_name": "Kos", "city": "Łódź",
                                               "tags": "stały klient" if n % 2 else ""}).id for n in range(6)]
        records.add_purchase(session, ids[0], 100)
    register.test_ids = ids
    return register


def test_quote_and_combine():
    assert lists.quote_value("vip") == "vip"
    assert lists.quote_value("stały klient") == '"stały klient"'
    assert lists.quote_value("OR") == '"OR"'
    assert lists.tag_query("stały klient") == 'tag:"stały klient"'
    assert lists.combine("", "a") == "a"
    assert lists.combine("tag:x OR tag:y", "lodz") == "(tag:x OR tag:y) (lodz)"


def test_sidebar_counts(filled):
    counts = lists.sidebar_counts(filled)
    assert counts.total == 6
    assert counts.segments["potential"] == 5 and counts.segments["one-time"] == 1
    assert sum(counts.segments.values()) == 6
    assert counts.tags == [("stały klient", 3)]
    with filled.session() as session:
        assert count(session, lists.tag_query("stały klient")) == 3


def test_smart_lists_crud(filled):
    list_id = lists.save_smart_list(filled, "  Łódź  people ", "city:Łódź")
    assert lists.sidebar_counts(filled).smart_lists == [lists.SmartList(list_id, "Łódź people", "city:Łódź", 6)]
    with pytest.raises(UserError):
        lists.save_smart_list(filled, "Łódź people", "city:Kraków")
    with pytest.raises(QueryError):
        lists.save_smart_list(filled, "bad", "cty:x")
    lists.rename_smart_list(filled, list_id, "Lodz")
    assert lists.sidebar_counts(filled).smart_lists[0].name == "Lodz"
    lists.delete_smart_list(filled, list_id)
    assert lists.sidebar_counts(filled).smart_lists == []


def test_bulk_tag_is_one_save_and_logged(filled):
    saves = []
    filled.add_save_listener(saves.append)
    ids = filled.test_ids
    assert lists.bulk_tag(filled, ids[:3], "Newsletter") == 3
    assert lists.bulk_tag(filled, ids[:3], "newsletter") == 0  # already there
    assert len(saves) == 2
    assert dict(lists.sidebar_counts(filled).tags)["newsletter"] == 3
    assert lists.bulk_tag(filled, ids[:1], "newsletter", remove=True) == 1
    assert dict(lists.sidebar_counts(filled).tags)["newsletter"] == 2
    with filled.session() as session:
        assert session.query(ChangeLog).filter(ChangeLog.field == "tags").count() == 4
    with pytest.raises(UserError):
        lists.bulk_tag(filled, ids, "a,b")


def test_bulk_segment_and_delete(filled):
    ids = filled.test_ids
    assert lists.bulk_segment(filled, ids[:2], "vip") == 2
    assert lists.sidebar_counts(filled).segments["vip"] == 2
    assert lists.bulk_segment(filled, ids[:2], "auto") == 2
    assert lists.sidebar_counts(filled).segments["vip"] == 0
    with pytest.raises(UserError):
        lists.bulk_segment(filled, ids, "gold")
    assert lists.bulk_delete(filled, ids[:4]) == 4
    assert lists.sidebar_counts(filled).total == 2


def test_cancel_rolls_back_the_whole_bulk_action(filled):
    cancel = threading.Event()
    seen = []

    def progress(done, total, message):
        seen.append(done)
        cancel.set()

    with pytest.raises(Cancelled):
        lists.bulk_delete(filled, filled.test_ids * 20, progress=progress, cancel=cancel)
    assert lists.sidebar_counts(filled).total == 6


def test_save_settings(filled):
    assert lists.save_settings(filled, {"idle_lock_minutes": 5, "region": "PL"}) == ["idle_lock_minutes"]
    assert filled.get_setting("idle_lock_minutes") == 5
    with pytest.raises(UserError):
        lists.save_settings(filled, {"password": "x"})


def test_new_segment_thresholds_resort_clients_in_the_same_save(filled):
    saves = []
    filled.add_save_listener(saves.append)
    assert lists.sidebar_counts(filled).segments["one-time"] == 1
    lists.save_settings(filled, {"segment.vip_spent": 1})  # 100.00 spent is now VIP
    assert lists.sidebar_counts(filled).segments["vip"] == 1
    assert len(saves) == 1


def test_fill_demo_reports_progress_in_one_save(register):
    seen = []
    assert lists.fill_demo(register, 40, seed=3, progress=lambda done, total, text: seen.append((done, total))) == 40
    assert lists.sidebar_counts(register).total == 40
    assert seen and seen[-1] == (40, 40) and all(total == 40 for _, total in seen)


def test_fill_demo_cancel_rolls_everything_back(register):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        lists.fill_demo(register, 40, progress=lambda *args: None, cancel=cancel)
    assert lists.sidebar_counts(register).total == 0


def test_fill_demo_passes_seed_progress_and_cancel(register, monkeypatch):
    from app import demo

    calls = []
    monkeypatch.setattr(demo, "fill_register", lambda reg, n, **kw: calls.append((reg, n, kw)) or n)
    cancel, report = threading.Event(), (lambda *args: None)
    assert lists.fill_demo(register, 7, seed=9, progress=report, cancel=cancel) == 7
    assert calls == [(register, 7, {"seed": 9, "progress": report, "cancel": cancel})]
