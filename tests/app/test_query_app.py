"""app.query against a real FTS5 index: every example of DESIGN section 5, aliases, sorting and paging.

(Named test_query_app.py because tests/models/test_query.py exists and the test folders are not
packages: two modules called test_query would clash.)
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "storage"))
from search_data import TODAY, make_engine, populate

from app import query
from models.query import QueryError


@pytest.fixture(scope="module")
def db():
    engine = make_engine()
    with engine.begin() as conn:
        ids = populate(conn)
    with Session(engine) as session:
        yield session, ids
    engine.dispose()


def found(db, text: str, today: dt.date = TODAY) -> set[str]:
    session, ids = db
    names = {v: k for k, v in ids.items()}
    result = query.search_ids(session, text, today=today, limit=None)
    assert query.count(session, text, today=today) == len(result)
    return {names[i] for i in result}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # free text: name, company, email, phone, city, notes; folded
        ("иван", {"semen"}),
        ("ИВАН", {"semen"}),
        ("lodz", {"anna"}),
        ("ŁÓDŹ", {"anna"}),
        ("семен", {"semen"}),
        ("wroclaw", {"kasia"}),
        ("kowalska.pl", {"anna"}),
        ("piekarnia", {"piotr"}),
        ("вечером", {"semen"}),
        ('"pani zosia"', {"zofia"}),
        ("Łęcka", {"zofia"}),
        ("киев", set()),  # Київ folds to киів, not киев: no transliteration, and no false match
        ("київ", {"oksana"}),
        # digits find phones however they were written
        ("1234567", {"semen", "anna"}),
        ("123-45-67", {"semen", "anna"}),
        ("8 (916) 123-45-67", {"semen"}),
        ("(916)", {"semen"}),
        ("+48 601 234 999", {"zofia"}),
        ('"601 234 999"', {"zofia"}),
        ("0671234500", {"oksana"}),
        ("067 123 45 00", {"oksana"}),
        ("601 234", {"anna", "zofia"}),
        ("Kowalska 601 234", {"anna"}),
        # field contains, AND
        ("city:Kraków district:Mokotów", {"jan"}),
        ("city:krakow", {"jan", "zofia"}),
        ("city:Krak", {"jan", "zofia"}),
        # field equals, quotes
        ("city:=Kraków", {"jan", "zofia"}),
        ("city:=krak", set()),
        ('city:="Nowy Sącz"', {"piotr"}),
        ('city:="nowy sacz"', {"piotr"}),
        ('city:"Nowy"', {"piotr"}),
        # purchases
        ("gender:female spent:>500 within:30d", {"anna"}),
        ("gender:female spent:>500", {"anna", "kasia"}),
        ("spent:>=1200", {"kasia"}),
        ("spent:<100 within:30d", {"semen", "piotr", "oksana", "jan", "zofia"}),
        ("spent:100..600 within:30d", {"anna", "kasia"}),
        ("orders:2 within:30d", {"anna"}),
        ("orders:>=2 last_purchase:<90d", {"anna", "kasia"}),
        ("orders:0", {"semen", "piotr", "oksana", "zofia"}),
        ("within:30d", {"anna", "kasia"}),
        ("within:2026-01", {"kasia"}),
        ("last_purchase:>1y", {"jan"}),
        ("last_purchase:<=2025-12-31", {"jan"}),
        ("last_purchase:2026-11", {"anna", "kasia"}),
        ("avg_check:>500", {"kasia"}),
        ("-last_purchase:<90d", {"semen", "piotr", "oksana", "jan", "zofia"}),
        # OR, parentheses, NOT
        ("tag:vip OR segment:regular", {"semen", "oksana", "kasia"}),
        ("tag:vip or segment:regular", {"semen", "oksana", "kasia"}),
        ("(tag:vip OR segment:regular) gender:female", {"oksana", "kasia"}),
        ("tag:vip OR segment:regular AND gender:female", {"semen", "oksana", "kasia"}),
        ("-tag:blocked", {"semen", "anna", "piotr", "oksana", "jan", "zofia"}),
        ("NOT tag:blocked gender:female", {"anna", "oksana"}),
        ("not (city:krakow OR city:lodz) has:phone", {"semen", "oksana"}),
        ("-иван", {"anna", "kasia", "piotr", "oksana", "jan", "zofia"}),
        # presence and absence
        ("has:email no:phone", {"piotr"}),
        ("no:email", {"kasia", "oksana", "jan"}),
        ("has:tags", {"semen", "kasia", "oksana"}),
        ("has:birthday", {"anna", "piotr", "oksana"}),
        ("has:district", {"anna", "jan", "zofia"}),
        ("has:custom.loyalty", {"piotr"}),
        ("no:last_purchase", {"semen", "piotr", "oksana", "zofia"}),
        ("has:consent_email", {"anna", "kasia"}),
        # birthdays, prefixes, ranges
        ("birthday:7d", {"anna"}),
        ("birthday:2d", set()),
        ("birthday:today", set()),
        ("postcode:02-*", {"piotr"}),
        ("postcode:0*", {"piotr"}),
        ("postcode:=90-001", {"anna"}),
        ("created:2024-01-01..2024-06-30", {"piotr", "oksana"}),
        ("created:01.01.2024..30.06.2024", {"piotr", "oksana"}),
        ("created:2024", {"piotr", "oksana", "jan"}),
        ("created:<2024-07-01", {"piotr", "oksana"}),
        ("created:>2024-06-30", {"semen", "anna", "kasia", "jan", "zofia"}),
        ("created:2024-07-01", {"jan"}),
        ("created:..2024-03-15", {"piotr"}),
        ("birth_date:1985..1990", {"anna", "piotr"}),
        # enumerations, flags, custom fields, ids
        ("consent_email:granted", {"anna"}),
        ("consent_email:withdrawn,granted", {"anna", "kasia"}),
        ("consent_sms:granted", {"semen"}),
        ("consent_post:unknown gender:male", {"semen", "piotr", "jan"}),
        ("segment:vip", {"semen"}),
        ("segment:one-time", set()),
        ("kind:company", {"piotr"}),
        ("kind:person city:krakow", {"jan", "zofia"}),
        ("custom.loyalty:gold", {"piotr"}),
        ("custom.loyalty:=gold", {"piotr"}),
        ("custom.loyalty:go*", {"piotr"}),
        ("custom.loyalty:=gol", set()),
        ("custom.card:>100", {"piotr"}),
        ("invalid:phone", {"jan"}),
        ("invalid:email", {"oksana"}),
        ("source:targi", {"semen"}),
        ("channel:phone", {"semen"}),
        ("contact_time:wieczor", {"oksana"}),
        ("region:malopolskie country:polska", {"piotr"}),
        ("job_title:ksiegowa", {"anna"}),
        ("street:swidnicka", {"kasia"}),
        ("notes:zosia", {"zofia"}),
        # names
        ("name:kowal", {"anna"}),
        ("name:=anna", {"anna"}),
        ("name:ann*", {"anna"}),
        ("first_name:anna", {"anna"}),
        ("last_name:anna", set()),
        ("last_name:ИВАНОВ", {"semen"}),
        ("middle_name:x", set()),
        ("company:zielinski", {"piotr"}),
        # phones and emails as fields
        ("phone:601", {"anna", "zofia"}),
        ('phone:="+48 601 234 567"', {"anna"}),
        ("phone:=+48601234567", {"anna"}),
        ("phone:=601234567", set()),
        ("phone:+380*", {"oksana"}),
        ("phone:8916*", {"semen"}),
        ("email:gmail", {"zofia"}),
        ("email:=anna@kowalska.pl", {"anna"}),
        ("email:anna@*", {"anna"}),
        # short terms (fewer than 3 characters) scan, still folded
        ("ło", {"anna"}),
        ("łę", {"zofia"}),
        ("ew", {"kasia"}),
        ("ИВ", {"semen"}),
        ("12", {"semen", "anna", "zofia", "oksana", "jan"}),
        ("city:ły", set()),
        ("city:łó", {"anna"}),
        ("district:ba", {"anna"}),
        ("email:pl", {"anna", "piotr"}),
        ("phone:12", {"semen", "anna", "zofia", "oksana", "jan"}),
        ("name:an", {"anna", "jan"}),
        ("id:1", {"semen"}),
        ("", {"semen", "anna", "kasia", "piotr", "oksana", "jan", "zofia"}),
    ],
)
def test_design_examples_and_more(db, text, expected):
    assert found(db, text) == expected


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("tag:vip", "tags:vip"),
        ("spent:>500", "total_spent:>500"),
        ("phones:601", "phone:601"),
        ("emails:gmail", "email:gmail"),
        ("zip:02-*", "postcode:02-*"),
        ("postal_code:90-001", "postcode:90-001"),
        ("birthdate:1990", "birth_date:1990"),
        ("purchases:>=2", "orders:>=2"),
        ("bought:<90d", "last_purchase:<90d"),
        ("has:tag", "has:tags"),
        ("invalid:phones", "invalid:phone"),
        ("CITY:lodz", "city:lodz"),
    ],
)
def test_aliases_mean_the_same(db, alias, canonical):
    assert found(db, alias) == found(db, canonical)
    assert found(db, alias)


def test_birthday_wraps_over_the_new_year(db):
    assert found(db, "birthday:7d", dt.date(2026, 12, 28)) == {"piotr", "oksana"}
    assert found(db, "birthday:1w", dt.date(2026, 12, 28)) == {"piotr", "oksana"}
    assert found(db, "birthday:today", dt.date(2027, 1, 2)) == {"oksana"}
    assert found(db, "birthday:1y", dt.date(2027, 1, 2)) == {"anna", "piotr", "oksana"}


def test_relative_dates_follow_today(db):
    assert found(db, "last_purchase:<90d", dt.date(2027, 6, 1)) == set()
    assert found(db, "spent:>500 within:30d", dt.date(2026, 12, 10)) == {"anna"}
    assert found(db, "spent:>500 within:30d", dt.date(2026, 12, 11)) == set()


def test_sorting_and_paging(db):
    session, ids = db
    by_name = query.search_ids(session, "", sort="last_name", limit=None)
    rows = query.page_rows(session, "", ["id", "last_name"], "last_name", False, None, 0)
    assert [r[0] for r in rows] == by_name
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)
    spent = query.page_rows(session, "has:email OR has:phone", ["id", "total_spent"], "spent", True, 2, 0)
    assert spent == [(ids["anna"], 65000), (ids["jan"], 5000)]
    second = query.page_rows(session, "has:email OR has:phone", ["id"], "spent", True, 2, 2)
    assert len(second) == 2 and ids["anna"] not in {r[0] for r in second}
    assert query.search_ids(session, "kraków", sort="first_name", descending=True) == [ids["zofia"], ids["jan"]]
    assert query.search_ids(session, "kraków", sort="created") == [ids["jan"], ids["zofia"]]
    last = query.page_rows(session, "kraków", ["name", "phone", "email", "tags", "last_purchase"], "name", False, 1, 0)
    assert last == [("Jan Nowak", "12", "", "", dt.date(2024, 5, 1))]


def test_unknown_sort_or_column_is_a_query_error(db):
    session, _ = db
    with pytest.raises(QueryError, match="cannot sort or show by 'shoe_size'"):
        query.search_ids(session, "", sort="shoe_size")
    with pytest.raises(QueryError, match="'shoe_size'"):
        query.page_rows(session, "", ["id", "shoe_size"], "name", False, 10, 0)
    assert "total_spent" in query.sort_fields() and "display_name" in query.sort_fields()


def test_malformed_query_raises_instead_of_matching_everything(db):
    session, _ = db
    with pytest.raises(QueryError, match="did you mean 'city'"):
        query.count(session, "cty:Łódź")
    with pytest.raises(QueryError):
        query.client_filter('city:"Łódź')


def test_filter_clause_is_usable_in_any_select(db):
    from sqlalchemy import func, select

    from models.tables import Client

    session, ids = db
    clause = query.client_filter("city:krakow", today=TODAY)
    assert session.execute(select(func.count()).select_from(Client).where(clause)).scalar_one() == 2


def test_register_schema_has_the_index(register):
    """The lead's register creates the search schema and installs the SQL functions on connect."""
    from sqlalchemy import insert

    from models.tables import Client
    from storage.search import index_clients

    with register.unit_of_work("add", record_version=False) as session:
        conn = session.connection()
        conn.execute(insert(Client).values(id=7, first_name="Łukasz", last_name="Żółć", city="Łódź"))
        index_clients(conn, [7])
    with register.session() as session:
        assert query.search_ids(session, "zolc") == [7]
        assert query.search_ids(session, "lu") == [7]
        assert query.count(session, "custom.x:ab") == 0
