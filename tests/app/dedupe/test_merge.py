"""Merging duplicates in the register and undoing the merge exactly."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.dedupe import MatchRecord, find_matches, register_records
from app.dedupe.merge import merge, merge_preview, undo_merge
from app.dedupe.scan import find_duplicates, mark_not_duplicate
from app.records import (
    add_interaction,
    add_purchase,
    client_to_dict,
    create_client,
    delete_client,
    update_client,
)
from models.tables import ChangeLog, Client
from storage.errors import NotFound, UserError


def _add(reg, **data) -> int:
    with reg.unit_of_work("add") as session:
        return create_client(session, data).id


def _state(reg, *ids):
    with reg.session() as session:
        return [client_to_dict(session, i, history=False) for i in ids]


@pytest.fixture
def pair(register):
    """Rob and Robert Smith: one person written twice, with different contacts and purchases."""
    a = _add(register, first_name="Rob", last_name="Smith", phone="+48 601 234 567", email="rob@example.com",
             city="Kraków", tags="vip", notes="Prefers mornings", consent_email="granted",
             custom={"card": "0042"})
    b = _add(register, first_name="Robert", last_name="Smith", phone=["601-234-567", "+48 22 555 12 34"],
             email="robert.smith@example.com", city="", birth_date="1980-05-01", tags="newsletter",
             notes="Wants invoices", consent_email="withdrawn", custom={"card": "0099", "shoe": "44"})
    c = _add(register, first_name="Anna", last_name="Kowalska", company_id=None)
    with register.unit_of_work("edit") as session:
        add_purchase(session, a, "100", "2025-01-10", item="Cut")
        add_purchase(session, b, "250,50", "2025-03-02", item="Colour")
        add_interaction(session, b, "Called about an appointment", "2025-03-01", channel="phone")
        session.get(Client, c).company_id = b
    return register, a, b, c


def test_merge_combines_lists_and_chooses_fields(pair):
    reg, a, b, c = pair
    merge_id = merge(reg, a, [b], choices={"first_name": b})
    [kept] = _state(reg, a)
    assert kept["first_name"] == "Robert"
    assert kept["birth_date"] == "1980-05-01"  # filled from the other client
    assert kept["city"] == "Kraków"  # the kept client's address stays whole
    assert [p["value"] for p in kept["phones"]] == ["+48601234567", "+48225551234"]
    assert kept["phones"][1]["original"] == "+48 22 555 12 34"
    assert [e["value"] for e in kept["emails"]] == ["rob@example.com", "robert.smith@example.com"]
    assert kept["tags"] == ["newsletter", "vip"]
    assert kept["custom"] == {"card": "0042", "shoe": "44"}
    assert kept["notes"] == "Prefers mornings\n\nWants invoices"
    assert kept["consent_email"] == "withdrawn"  # a withdrawal is never overridden by default
    assert (kept["orders"], kept["total_spent"]) == (2, 350.5)
    assert [i["summary"] for i in kept["interactions"]] == ["Called about an appointment"]
    assert kept["contacts"] == [{"id": c, "name": "Anna Kowalska"}]
    with reg.session() as session:
        assert session.get(Client, b) is None
        sources = set(session.scalars(select(ChangeLog.source).where(ChangeLog.client_id.in_([a, b]))))
    assert f"merge:{merge_id}" in sources


def test_merge_then_undo_gives_back_both_exactly(pair):
    reg, a, b, c = pair
    before = _state(reg, a, b, c)
    merge_id = merge(reg, a, [b])
    assert undo_merge(reg, merge_id) == [a, b]
    assert _state(reg, a, b, c) == before
    with pytest.raises(UserError, match="already been undone"):
        undo_merge(reg, merge_id)


def test_undo_keeps_purchases_added_after_the_merge(pair):
    reg, a, b, _ = pair
    merge_id = merge(reg, a, [b])
    with reg.unit_of_work("edit") as session:
        add_purchase(session, a, "10", "2025-06-01")
    undo_merge(reg, merge_id)
    kept, other = _state(reg, a, b)
    assert [p["amount"] for p in kept["purchases"]] == [100.0, 10.0]
    assert [p["amount"] for p in other["purchases"]] == [250.5]
    assert kept["orders"] == 2


def test_undo_keeps_what_was_edited_after_the_merge(pair):
    """Nothing typed after a merge is lost by undoing it: edited fields keep their new values, the rest
    of the kept client goes back to its before-image, and the merged client comes back whole."""
    reg, a, b, _ = pair
    before_a, before_b = _state(reg, a, b)
    merge_id = merge(reg, a, [b])
    with reg.unit_of_work("edit") as session:
        update_client(session, a, {"city": "Gdańsk", "phone": ["+48 601 234 567", "+48 500 600 700"],
                                   "custom.card": "7777"})
    undo_merge(reg, merge_id)
    kept, other = _state(reg, a, b)
    assert kept["city"] == "Gdańsk" and kept["custom"]["card"] == "7777"
    assert [p["value"] for p in kept["phones"]] == ["+48601234567", "+48500600700"]
    unchanged = {"first_name", "last_name", "emails", "tags", "notes", "birth_date", "consent_email"}
    assert {k: kept[k] for k in unchanged} == {k: before_a[k] for k in unchanged}
    ignore = {"updated", "history"}
    assert {k: v for k, v in other.items() if k not in ignore} == {k: v for k, v in before_b.items()
                                                                    if k not in ignore}
    with reg.session() as session:
        sources = set(session.scalars(select(ChangeLog.source).where(ChangeLog.client_id == a,
                                                                     ChangeLog.field == "city")))
    assert f"undo-merge:{merge_id}" in sources  # the history says the undo put the later edit back


def test_merge_refuses_bad_input_without_changing_anything(pair):
    reg, a, b, _ = pair
    before = _state(reg, a, b)
    with pytest.raises(NotFound):
        merge(reg, a, [b, 999])
    with pytest.raises(UserError, match="combined"):
        merge(reg, a, [b], choices={"phones": b})
    with pytest.raises(UserError, match="not one of the merged"):
        merge(reg, a, [b], choices={"city": 12345})
    with pytest.raises(UserError):
        merge(reg, a, [a])
    with pytest.raises(NotFound):
        undo_merge(reg, 424242)
    assert _state(reg, a, b) == before
    with reg.session() as session:
        assert session.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.field == "merge")) == 0


def test_three_way_merge_and_preview(register):
    ids = [_add(register, first_name=f, last_name="Петров", phone="+7 916 123-45-67")
           for f in ("Саша", "Александр", "Alexander")]
    with register.unit_of_work("edit") as session:
        session.get(Client, ids[1]).city = "Москва"
    preview = merge_preview(register, ids)
    assert preview["keep"] == ids[1]  # the most complete one
    first = next(f for f in preview["fields"] if f["field"] == "first_name")
    assert first["differs"] and first["default"] == ids[1]
    merge_id = merge(register, ids[1], [ids[0], ids[2]])
    with register.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 1
    undo_merge(register, merge_id)
    with register.session() as session:
        assert sorted(session.scalars(select(Client.id))) == sorted(ids)


def test_scan_proposes_and_remembers_not_a_duplicate(register):
    a = _add(register, first_name="Jan", last_name="Kowalski", birth_date="1980-05-01")
    b = _add(register, first_name="Ян", last_name="Ковальский", birth_date="01.05.1980")
    _add(register, first_name="Maria", last_name="Kowalska", birth_date="1982-01-01")
    [group] = find_duplicates(register)
    assert group.ids == (a, b) and group.score > 0.9
    assert "same birth date" in group.reasons
    assert mark_not_duplicate(register, a, b) == 1
    assert find_duplicates(register) == []
    with pytest.raises(UserError):
        mark_not_duplicate(register, a)


def test_undo_is_refused_when_the_kept_client_is_gone(pair):
    reg, a, b, _ = pair
    merge_id = merge(reg, a, [b])
    with reg.unit_of_work("delete") as session:
        delete_client(session, a)
    with pytest.raises(UserError, match="deleted after merge"):
        undo_merge(reg, merge_id)


def test_register_records_feed_the_import_matcher(pair):
    reg, a, b, _ = pair
    with reg.session() as session:
        existing = list(register_records(session))
    assert {r.id for r in existing} >= {a, b}
    rows = [MatchRecord("row 2", "Robert", "Smith", phones=("601 234 567",))]
    matches = find_matches(rows, existing)
    assert {m.id for m in matches["row 2"]} == {a, b}
