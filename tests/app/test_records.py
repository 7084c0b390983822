"""Client use cases: normalisation on write, the change log, aggregates, segments, bulk = card."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import records
from models.tables import ChangeLog, Client
from storage.errors import NotFound, UserError

ANNA = {
    "first_name": "ANNA", "last_name": "kowalska", "phone": ["601 234 567", "8 (916) 123-45-67", "12"],
    "email": ["Anna.K@WP.PL", "anna@"], "city": "łódź", "district": "Bałuty", "postcode": "90-001",
    "birth_date": "31.12.1980", "gender": "k", "tags": "VIP, stała", "consent_email": "tak",
    "consent_sms": "nie", "custom.card": "0042",
    "purchases": [{"date": "2026-10-01", "amount": "100,50"}, {"date": "2026-11-01", "amount": 99.5}],
}


def _create(register, data, today=dt.date(2026, 11, 20)):
    with register.unit_of_work("add") as session:
        session.info["today"] = today
        return records.create_client(session, data).id


def test_normalises_and_keeps_originals(register):
    cid = _create(register, ANNA)
    with register.session() as session:
        d = records.client_to_dict(session, cid)
    assert (d["first_name"], d["last_name"], d["city"]) == ("Anna", "Kowalska", "Łódź")
    assert [p["value"] for p in d["phones"]] == ["+48601234567", "+79161234567", "12"]
    assert [p["valid"] for p in d["phones"]] == [True, True, False]
    assert d["phones"][1]["original"] == "8 (916) 123-45-67"
    assert d["emails"][0]["value"] == "Anna.K@wp.pl" and d["emails"][1]["valid"] is False
    assert d["birth_date"] == "1980-12-31" and d["gender"] == "female"
    assert d["tags"] == ["stała", "vip"]
    assert d["consent"]["email"] == {"state": "granted", "date": "2026-11-20", "source": "", "optout": None}
    assert d["consent"]["sms"]["optout"] == "2026-11-20"
    assert (d["total_spent"], d["orders"], d["avg_check"], d["last_purchase"]) == (200.0, 2, 100.0, "2026-11-01")
    assert d["segment"] == "active"
    assert d["custom"] == {"card": "0042"}


def test_every_change_is_logged_and_can_be_put_back(register):
    cid = _create(register, ANNA)
    with register.unit_of_work("edit") as session:
        changes = records.update_client(session, cid, {"city": "Kraków", "phone": ["+48 22 123 45 67"]})
    assert [c[0] for c in changes] == ["city", "phones"]
    with register.session() as session:
        entry = next(h for h in records.history(session, cid) if h.field == "city")
        assert (entry.old, entry.new, entry.source) == ("Łódź", "Kraków", "edit")
        phones_entry = next(h for h in records.history(session, cid) if h.field == "phones")
    with register.unit_of_work("restore") as session:
        records.revert_change(session, entry.id)
        records.revert_change(session, phones_entry.id)
    with register.session() as session:
        d = records.client_to_dict(session, cid)
    assert d["city"] == "Łódź"
    assert [p["original"] for p in d["phones"]] == ["601 234 567", "8 (916) 123-45-67", "12"]


def test_nothing_changes_when_nothing_differs(register):
    cid = _create(register, ANNA)
    with register.unit_of_work("edit") as session:
        assert records.update_client(session, cid, {"city": "Łódź", "tags": ["vip", "stała"]}) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"first_name": "A", "birth_date": "31.02.1990"}, "birth_date"),
        ({"first_name": "A", "consent_email": "maybe"}, "consent_email"),
        ({"first_name": "A", "segment": "gold"}, "segment"),
        ({"first_name": "A", "kind": "robot"}, "kind"),
        ({"notes": "no way to reach them"}, "needs at least"),
    ],
)
def test_bad_values_name_the_field_and_write_nothing(register, data, message):
    with pytest.raises(UserError, match=message), register.unit_of_work("add") as session:
        records.create_client(session, data)
    with register.session() as session:
        assert session.query(ChangeLog).count() == 0


def test_purchases_drive_segments_and_manual_segment_sticks(register):
    cid = _create(register, {"first_name": "Jan"})
    with register.unit_of_work("edit") as session:
        session.info["today"] = dt.date(2026, 11, 20)
        assert records.client_to_dict(session, cid)["segment"] == "potential"
        records.add_purchase(session, cid, "10000", "2026-11-01")
        assert records.client_to_dict(session, cid)["segment"] == "vip"
        records.update_client(session, cid, {"segment": "lost"})
        records.add_purchase(session, cid, "5", "2026-11-02")
        assert records.client_to_dict(session, cid)["segment"] == "lost"


def test_delete_keeps_a_snapshot_in_the_log(register):
    cid = _create(register, ANNA)
    with register.unit_of_work("delete") as session:
        records.delete_client(session, cid)
    with register.session() as session:
        with pytest.raises(NotFound):
            records.client_to_dict(session, cid)
        entry = session.query(ChangeLog).filter_by(client_id=cid, field="deleted").one()
        assert "Kowalska" in entry.old


def test_bulk_create_equals_one_by_one(register):
    other = dict(ANNA, first_name="Ewa")
    one = _create(register, other)
    with register.unit_of_work("import") as session:
        session.info["today"] = dt.date(2026, 11, 20)
        (bulk,) = records.bulk_create_clients(session, [other], source="import:1", batch_id=1)
    with register.session() as session:
        a = records.client_to_dict(session, one, history=False)
        b = records.client_to_dict(session, bulk, history=False)
        log = session.query(ChangeLog).filter_by(client_id=bulk).one()
    ignore = {"id", "created", "updated", "purchases"}
    assert {k: v for k, v in a.items() if k not in ignore} == {k: v for k, v in b.items() if k not in ignore}
    assert [(p["date"], p["amount"]) for p in a["purchases"]] == [(p["date"], p["amount"]) for p in b["purchases"]]
    assert (log.source, log.batch_id, log.field) == ("import:1", 1, "created")


def test_phones_are_read_in_the_clients_country(register):
    """The register defaults to Poland, but a London client's national number is a London number."""
    cid = _create(register, {"first_name": "Richard", "country": "UK", "phone": "020 8319 0484"})
    other = _create(register, {"first_name": "Anna", "phone": "601 234 567"})
    with register.session() as session:
        assert records.client_to_dict(session, cid)["phones"][0]["value"] == "+442083190484"
        assert records.client_to_dict(session, other)["phones"][0]["value"] == "+48601234567"
    with register.unit_of_work("edit") as session:
        records.update_client(session, cid, {"phone": "07911 123456"})
    with register.session() as session:
        assert records.client_to_dict(session, cid)["phones"][0] == {
            "value": "+447911123456", "original": "07911 123456", "label": "", "valid": True}


def test_purchases_and_interactions_can_be_edited_and_removed(register):
    cid = _create(register, {"first_name": "Ola"})
    with register.unit_of_work("edit") as session:
        purchase = records.add_purchase(session, cid, "100", "2026-10-01", "Koloryzacja")
        talk = records.add_interaction(session, cid, "Called about a booking", "2026-10-02", "phone")
        pid, iid = purchase.id, talk.id
    with register.unit_of_work("edit") as session:
        records.update_purchase(session, pid, amount="150,00", status="open")
        records.update_interaction(session, iid, summary="Booked for Friday")
    with register.session() as session:
        d = records.client_to_dict(session, cid)
    assert d["purchases"][0]["amount"] == 150.0 and d["purchases"][0]["status"] == "open"
    assert (d["orders"], d["total_spent"]) == (0, 0.0)  # an open purchase is not spent money yet
    assert d["interactions"][0]["summary"] == "Booked for Friday"
    with register.unit_of_work("edit") as session:
        records.remove_interaction(session, iid)
        with pytest.raises(UserError):
            records.update_purchase(session, pid, colour="red")
    with register.session() as session:
        assert records.client_to_dict(session, cid)["interactions"] == []


def test_deleted_clients_are_listed_until_restored(register):
    keep = _create(register, {"first_name": "Keep"})
    gone = _create(register, {"first_name": "Gone", "last_name": "Away"})
    with register.unit_of_work("delete") as session:
        records.delete_client(session, gone)
    with register.session() as session:
        listed = records.deleted_clients(session)
    assert [(d["id"], d["name"]) for d in listed] == [(gone, "Gone Away")]
    assert keep not in [d["id"] for d in listed]


def test_check_password(register):
    from app.session import check_password
    from tests.conftest import PASSWORD

    assert check_password(register, PASSWORD)
    assert not check_password(register, "guess")


def test_names_sort_as_people_read_them(register):
    from app import query

    for first, last in [("Zofia", "Zieliński"), ("Anna", "Łęcka"), ("Ёлка", "Ёжикова"), ("Ewa", "Lis")]:
        _create(register, {"first_name": first, "last_name": last})
    with register.session() as session:
        names = [row[1] for row in query.page_rows(session, "", ["id", "display_name"])]
        filtered = [row[1] for row in query.page_rows(session, "-tag:none", ["id", "display_name"])]
    assert names == ["Anna Łęcka", "Ewa Lis", "Zofia Zieliński", "Ёлка Ёжикова"]
    assert filtered == names


def test_short_terms_page_in_name_order_like_any_other_query(register):
    """One or two letters walk the name index; the page must equal the filter-then-sort result."""
    from app import query
    from models.text import fold

    people = [("Konrad", "Nowak"), ("Anna", "Kowalska"), ("Łukasz", "Kołodziej"), ("Ewa", "Lis"),
              ("Костя", "Ko"), ("Zofia", "Mikołajczyk"), ("Olga", "Kot")]
    with register.unit_of_work("add") as session:
        for first, last in people:
            records.create_client(session, {"first_name": first, "last_name": last})
    with register.session() as session:
        for term in ("ko", "k", "o"):
            page = [row[1] for row in query.page_rows(session, term, ["id", "display_name"], limit=3)]
            everyone = [row[1] for row in query.page_rows(session, "", ["id", "display_name"], limit=None)]
            expected = [name for name in everyone if term in fold(name)][:3]
            assert page == expected, term


def test_bulk_insert_indexes_exactly_what_a_rebuild_reads_back(register, monkeypatch):
    """The bulk path indexes from the values in hand; a rebuild reads the same clients back from the
    tables. Both must produce the same search key rows and FTS documents."""
    from storage import search

    written: list[tuple[list[tuple], list[tuple]]] = []
    real_write = search._write
    monkeypatch.setattr(search, "_write", lambda conn, keys, docs: (written.append((keys, docs)),
                                                                   real_write(conn, keys, docs)))
    people = [
        dict(ANNA, first_name="Ewa", tags=["vip", "Opt"], email=["Ewa@Example.PL", "ewa.k@example.pl"]),
        {"first_name": "Семён", "last_name": "Иванов", "middle_name": "Петрович", "city": "Москва",
         "phone": ["8 (916) 123-45-67", "+7 916 123-45-67", "916 1234567"], "notes": "звонить `вечером`"},
        {"kind": "company", "company": "Łódź Sp. z o.o.", "street": "ul. Piotrkowska 1", "postcode": "90-001"},
        {"first_name": "Jan", "email": "not an address", "phone": "12"},
    ]
    with register.unit_of_work("import") as session:
        ids = records.bulk_create_clients(session, people, source="import:1", batch_id=1)
    with register.session() as session:
        keys, docs = search._rows(session.connection(), lambda column: column.in_(ids))
    assert written and [k for ks, _ in written for k in ks] == keys
    assert [d for _, ds in written for d in ds] == docs
    with register.session() as session:  # and the index answers for the new clients
        found = session.execute(select(Client.id).where(search.FtsTextSearch().anywhere("семен", ""))).scalars()
        assert list(found) == [ids[1]]


def test_update_clients_in_a_batch_equals_one_by_one(register):
    """The import's batched update gives the same clients and the same change log as update_client."""
    people = [ANNA, {"first_name": "Семён", "last_name": "Иванов", "phone": "8 (916) 123-45-67", "tags": "опт"},
              {"kind": "company", "company": "Kwiaciarnia Róża", "email": "biuro@roza.pl", "custom": {"nip": "1"}},
              {"first_name": "Jan", "last_name": "Nowak", "custom": {"card": "7", "shoe": "44"}, "tags": "vip"},
              {"first_name": "Olga", "phone": "020 8319 0484", "consent_sms": "granted"}]
    changes = [{"city": "Gdańsk", "phone": ["+48 601 234 567", "+48 500 600 700"], "tags": "vip, nowy"},
               {"last_name": "Петров", "birth_date": "31.12.1980", "consent_email": "granted"},
               {"email": ["biuro@roza.pl", "kwiaty@roza.pl"], "custom.nip": "5260250995", "notes": "Hurt"},
               {"custom.shoe": "", "tags": "", "segment": "vip", "gender": "male", "kind": "company",
                "company": "Nowak i Syn"},
               {"country": "UK", "phone": "020 8319 0484", "consent_sms": "withdrawn", "email": "not an address"},
               {"city": "Sopot", "notes": "second row for the same client"}]
    targets = [0, 1, 2, 3, 4, 0]  # the last row updates the first client again, in another chunk
    with register.unit_of_work("add") as session:
        one = [records.create_client(session, p).id for p in people]
        batch = [records.create_client(session, p).id for p in people]
    with register.unit_of_work("edit") as session:
        session.info["today"] = dt.date(2026, 11, 20)
        singles: dict[int, list] = {}
        for i, data in zip(targets, changes, strict=True):
            singles.setdefault(i, []).extend(
                records.update_client(session, one[i], data, source="import:7", batch_id=7))
        batched = records.update_clients(session, [(batch[i], data) for i, data in zip(targets, changes, strict=True)],
                                         source="import:7", batch_id=7, chunk=2)
    assert {i: batched[batch[i]] for i in singles} == singles
    ignore = {"id", "created", "updated", "history"}
    with register.session() as session:
        for a, b in zip(one, batch, strict=True):
            left, right = (records.client_to_dict(session, i, history=False) for i in (a, b))
            for record in (left, right):
                for purchase in record["purchases"]:
                    del purchase["id"]
            assert {k: v for k, v in left.items() if k not in ignore} == {k: v for k, v in right.items()
                                                                          if k not in ignore}
            logs = [[(e.field, e.old, e.new, e.source, e.batch_id) for e in session.query(ChangeLog).filter(
                ChangeLog.client_id == i, ChangeLog.source == "import:7").order_by(ChangeLog.id)] for i in (a, b)]
            assert logs[0] == logs[1] and logs[0]
    with register.session() as session:  # and the search index knows the new values
        found = session.execute(select(Client.id).where(search_text("петров"))).scalars().all()
    assert sorted(found) == sorted([one[1], batch[1]])


def search_text(text):
    from storage.search import FtsTextSearch

    return FtsTextSearch().anywhere(text, "")


def _everything(reg) -> dict[str, list[tuple]]:
    """Every row of every table but the time stamps the two runs take at different moments."""
    from sqlalchemy import text

    moments = {"created", "updated", "time"}
    out = {}
    with reg.session() as session:
        conn = session.connection()
        names = [row[0] for row in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'client_fts%' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"))]
        for name in names:
            columns = [row[1] for row in conn.execute(text(f'PRAGMA table_info("{name}")'))]
            keep = [c for c in columns if c not in moments]
            out[name] = conn.execute(text(f'SELECT {", ".join(keep)} FROM "{name}" ORDER BY 1, 2')).all()
    return out


def test_bulk_insert_in_a_forked_child_writes_exactly_what_it_writes_in_process(register, tmp_path, template_register,
                                                                                monkeypatch):
    """The rows of a big bulk insert are built in a forked child (app.offload) while this process writes;
    the register must come out identical, chunk boundaries, links, purchases and search index included."""
    import shutil

    from app import offload
    from storage.register import Register
    from storage.search import FtsTextSearch

    if not offload.available():
        pytest.skip("forking is not available here")
    people = []
    for i in range(23):
        person = dict(ANNA, first_name=f"Anna{i}", email=[f"a{i}@wp.pl"], phone=[f"601 234 {i:03d}"])
        if i % 4 == 1:
            person = {"kind": "company", "company": f"Łódź Sp. z o.o. {i}", "demo_key": f"c{i}",
                      "tags": "hurt", "custom.nip": str(5260250995 + i)}
        elif i % 4 == 2:
            person = {"first_name": "Семён", "last_name": f"Иванов{i}", "company_demo_key": f"c{i - 1}",
                      "interactions": [{"date": "2026-10-01", "channel": "phone", "summary": "звонок"}],
                      "dates": [{"label": "годовщина", "date": "01.02.2003"}]}
        people.append(person)
    other_path = tmp_path / "other.kartoteka"
    shutil.copyfile(template_register[0], other_path)
    other = Register.open_with_key(other_path, template_register[1], versions=False)
    children: list[bool] = []
    real_iterate = offload.iterate
    monkeypatch.setattr(offload, "iterate", lambda produce, enabled=True: (children.append(enabled),
                                                                          real_iterate(produce, enabled=enabled))[1])
    try:
        for reg, parallel_at in ((register, 10**9), (other, 0)):
            monkeypatch.setattr(records, "PARALLEL_AT", parallel_at)
            with reg.unit_of_work("import") as session:
                session.info["today"] = dt.date(2026, 11, 20)
                records.bulk_create_clients(session, people, source="import:1", batch_id=1, chunk=5)
        assert children == [False, True]
        here, there = _everything(register), _everything(other)
        assert here["clients"] and len(here["clients"]) == 23
        assert here["client_search"] and here["purchases"] and here["interactions"] and here["client_dates"]
        assert there == here
        with other.session() as session:  # the forked run's FTS index answers like the other one
            found = session.execute(select(Client.id).where(FtsTextSearch().anywhere("семен", ""))).scalars()
            assert len(list(found)) == sum(1 for p in people if p.get("first_name") == "Семён")
    finally:
        other.close()


def test_an_error_in_the_forked_builder_reaches_the_caller_and_writes_nothing(register, monkeypatch):
    from app import offload

    if not offload.available():
        pytest.skip("forking is not available here")
    monkeypatch.setattr(records, "PARALLEL_AT", 0)
    items = [{"first_name": f"Jan{i}", "last_name": "Nowak"} for i in range(12)] + [{"city": "Kraków"}]
    with pytest.raises(UserError, match="Record 13: a client needs at least a name"), \
            register.unit_of_work("import") as session:
        records.bulk_insert_normalised(session, items, chunk=5, total=len(items))
    with register.session() as session:
        assert session.execute(select(Client.id)).first() is None


def test_cancelling_a_forked_bulk_insert_writes_nothing_and_leaves_no_child(register, monkeypatch):
    import os
    import threading

    from app import offload
    from storage.errors import Cancelled

    if not offload.available():
        pytest.skip("forking is not available here")
    monkeypatch.setattr(records, "PARALLEL_AT", 0)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done, total, phase):
        seen.append(done)
        cancel.set()  # the user presses Cancel once the first chunk is written

    reaped: list[tuple[int, bool]] = []
    real_reap = offload._reap
    monkeypatch.setattr(offload, "_reap", lambda pid, kill: (reaped.append((pid, kill)), real_reap(pid, kill=kill)))
    items = [{"first_name": f"Jan{i}", "last_name": "Nowak"} for i in range(40)]
    with pytest.raises(Cancelled), register.unit_of_work("import") as session:
        records.bulk_insert_normalised(session, items, chunk=5, total=len(items), progress=progress, cancel=cancel)
    assert seen == [5]
    with register.session() as session:
        assert session.execute(select(Client.id)).first() is None
    [(child, killed)] = reaped  # the helper was stopped and waited for: no child is left
    assert killed and child != os.getpid() and not os.path.exists(f"/proc/{child}")


def test_editing_an_activity_row_with_an_unknown_field_names_the_field_and_changes_nothing(register):
    cid = _create(register, {"first_name": "Jan"})
    with register.unit_of_work("add") as session:
        iid = records.add_interaction(session, cid, "called").id
    with pytest.raises(UserError, match=r"^Unknown interaction field: mood\.$"), \
            register.unit_of_work("edit") as session:
        records.update_interaction(session, iid, summary="visited", mood="good")
    with register.session() as session:
        assert session.get(records.t.Interaction, iid).summary == "called"
