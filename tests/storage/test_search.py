"""storage.search: the folded FTS5 index, its maintenance, and the text predicates it supplies."""

from __future__ import annotations

import random
import string

import pytest
from search_data import add_client, make_engine
from sqlalchemy import delete, func, insert, select, update

from models.tables import Client, Phone
from models.text import fold
from storage import search
from storage.search import FtsTextSearch, create_search_schema, index_clients, rebuild_index, remove_clients


@pytest.fixture
def engine():
    engine = make_engine()
    yield engine
    engine.dispose()


def ids_where(conn, clause) -> list[int]:
    return list(conn.execute(select(Client.id).where(clause).order_by(Client.id)).scalars())


def test_schema_is_idempotent_and_contentless(engine):
    with engine.begin() as conn:
        create_search_schema(conn)
        add_client(conn, first_name="Łukasz", city="Łódź")
        # the FTS table keeps no copy of the text: only the index
        assert conn.exec_driver_sql("SELECT name, city FROM client_fts").all() == [(None, None)]
        assert conn.exec_driver_sql("SELECT first_name, city FROM client_search").all() == [("lukasz", "lodz")]


def test_sql_functions_fold_like_python(engine):
    with engine.connect() as conn:
        assert conn.execute(select(func.kfold("ŁÓDŹ Семён"), func.kdigits("8 (916) 123-45-67"))).one() == (
            "lodz семен", "89161234567")
        assert conn.execute(select(func.kfold(None), func.kdigits(None))).one() == ("", "")


def test_fast_fold_path_agrees_with_models_fold():
    rnd = random.Random(7)
    samples = ["", "  A  b\tC ", "Ab`c", "x\x1cy"] + [
        "".join(rnd.choice(string.printable) for _ in range(20)) for _ in range(300)
    ]
    for sample in samples:
        assert search._fold(sample) == fold(sample), repr(sample)


def test_reindex_replaces_old_text_and_remove_drops_it(engine):
    text_search = FtsTextSearch()
    with engine.begin() as conn:
        client = add_client(conn, first_name="Семён", last_name="Иванов", city="Wrocław",
                            phones=[("+79161234567", "8 (916) 123-45-67")])
        assert ids_where(conn, text_search.anywhere("wroclaw", "")) == [client]
        assert ids_where(conn, text_search.contains("phone", "9161234567")) == [client]
        conn.execute(update(Client).where(Client.id == client).values(city="Kraków"))
        conn.execute(delete(Phone).where(Phone.client_id == client))
        index_clients(conn, [client])
        assert ids_where(conn, text_search.anywhere("wroclaw", "")) == []
        assert ids_where(conn, text_search.contains("city", "krakow")) == [client]
        assert ids_where(conn, text_search.contains("phone", "9161234567")) == []
        remove_clients(conn, [client])
        assert ids_where(conn, text_search.anywhere("иван", "")) == []
        index_clients(conn, [client])
        assert ids_where(conn, text_search.anywhere("иван", "")) == [client]
        # a deleted client's id only removes its rows
        conn.execute(delete(Client).where(Client.id == client))
        index_clients(conn, [client, 12345])
        assert conn.exec_driver_sql("SELECT count(*) FROM client_search").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM client_fts").scalar() == 0


def test_index_and_rebuild_work_in_batches(engine):
    count = search.BATCH * 2 + 17
    with engine.begin() as conn:
        conn.execute(insert(Client), [
            {"first_name": f"Imię{i}", "last_name": "Wiśniewska" if i % 3 == 0 else "Nowak", "city": "Łódź"}
            for i in range(count)
        ])
        all_ids = list(conn.execute(select(Client.id)).scalars())
        index_clients(conn, all_ids)
        wisniewska = FtsTextSearch().contains("name", "wisniewska")
        expected = len([i for i in range(count) if i % 3 == 0])
        assert len(ids_where(conn, wisniewska)) == expected
        conn.exec_driver_sql("DELETE FROM client_search")
        conn.exec_driver_sql("INSERT INTO client_fts(client_fts) VALUES ('delete-all')")
        assert ids_where(conn, wisniewska) == []
        assert rebuild_index(conn) == count
        assert len(ids_where(conn, wisniewska)) == expected
        assert len(ids_where(conn, FtsTextSearch().contains("city", "lo"))) == count


def test_removing_most_of_a_large_index_keeps_the_rest_findable(engine, monkeypatch):
    """Removing most of the index (undoing a big import) empties it and indexes the rest again."""
    monkeypatch.setattr(search, "REBUILD_AT", 10)
    with engine.begin() as conn:
        conn.execute(insert(Client), [{"first_name": f"Imię{i}", "last_name": "Nowak", "city": "Łódź"}
                                      for i in range(30)])
        conn.execute(insert(Client).values(first_name="Zofia", last_name="Wiśniewska", city="Gdańsk"))
        ids = list(conn.execute(select(Client.id).order_by(Client.id)).scalars())
        index_clients(conn, ids)
        gone = ids[:25]
        conn.execute(delete(Client).where(Client.id.in_(gone)))
        remove_clients(conn, gone)
        assert ids_where(conn, FtsTextSearch().contains("name", "nowak")) == ids[25:30]
        assert ids_where(conn, FtsTextSearch().anywhere("gdansk", "")) == [ids[-1]]
        assert conn.exec_driver_sql("SELECT count(*) FROM client_search").scalar() == 6


@pytest.mark.parametrize(
    "value",
    ['say "hi"', "sp. z o.o.", "a AND b", "x OR y", "NOT z", "col:umn", "(a)", "*star*", "a-b", "{x}", "^caret",
     "'single'", "100%", "under_score"],
)
def test_fts_syntax_in_values_is_taken_literally(engine, value):
    with engine.begin() as conn:
        client = add_client(conn, first_name="Ann", notes=f"before {value} after", company=value)
        other = add_client(conn, first_name="Bob", notes="nothing here")
        text_search = FtsTextSearch()
        folded = fold(value)
        assert ids_where(conn, text_search.contains("notes", folded)) == [client]
        assert ids_where(conn, text_search.anywhere(folded, "")) == [client]
        assert ids_where(conn, text_search.equals("company", folded)) == [client]
        assert ids_where(conn, text_search.prefix("company", folded[:2])) == [client]
        assert other not in ids_where(conn, text_search.anywhere(folded, ""))


def test_equality_and_prefix_check_whole_values(engine):
    text_search = FtsTextSearch()
    with engine.begin() as conn:
        a = add_client(conn, first_name="Anna", last_name="Kowalska", city="Nowy Sącz",
                       emails=["anna@kowalska.pl", "biuro@firma.pl"], phones=[("+48601234567", "601 234 567")])
        b = add_client(conn, first_name="Joanna", last_name="Sączewska", city="Nowy Sącz Zdrój",
                       emails=["joanna.anna@kowalska.pl"])
        assert ids_where(conn, text_search.equals("city", "nowy sacz")) == [a]
        assert ids_where(conn, text_search.prefix("city", "nowy sacz")) == [a, b]
        assert ids_where(conn, text_search.equals("first_name", "anna")) == [a]
        assert ids_where(conn, text_search.contains("first_name", "anna")) == [a, b]
        assert ids_where(conn, text_search.equals("email", "biuro@firma.pl")) == [a]
        assert ids_where(conn, text_search.equals("email", "anna@kowalska.pl")) == [a]
        assert ids_where(conn, text_search.prefix("email", "anna")) == [a]
        assert ids_where(conn, text_search.contains("email", "anna@kowalska")) == [a, b]
        assert ids_where(conn, text_search.equals("phone", "601234567")) == [a]
        assert ids_where(conn, text_search.equals("phone", "48601234567")) == [a]
        assert ids_where(conn, text_search.equals("phone", "4860123456")) == []
        assert ids_where(conn, text_search.prefix("phone", "601")) == [a]
        assert ids_where(conn, text_search.equals("name", "saczewska")) == [b]


def test_short_terms_scan_the_folded_key(engine):
    text_search = FtsTextSearch()
    with engine.begin() as conn:
        a = add_client(conn, first_name="Ła", city="Łódź", phones=[("+48601", "601")])
        b = add_client(conn, first_name="Ян", notes="ёж")
        assert ids_where(conn, text_search.anywhere("la", "")) == [a]
        assert ids_where(conn, text_search.anywhere("ян", "")) == [b]
        assert ids_where(conn, text_search.anywhere("еж", "")) == [b]
        assert ids_where(conn, text_search.anywhere("zz", "01")) == [a]
        assert ids_where(conn, text_search.equals("first_name", "la")) == [a]
        assert ids_where(conn, text_search.prefix("city", "lo")) == [a]
        assert ids_where(conn, text_search.contains("custom.x", "zz")) == []
