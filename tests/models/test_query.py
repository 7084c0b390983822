"""The query language without a database: parsing, field names, errors, and what the compiler asks
of the text backend."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import literal
from sqlalchemy.dialects import sqlite

from models.query import (
    ALIASES,
    FIELDS,
    And,
    Everything,
    Not,
    Or,
    QueryError,
    Term,
    compile_query,
    compile_text,
    field_names,
    parse,
    resolve_field,
)

TODAY = dt.date(2026, 11, 22)


class Recorder:
    """A TextSearch that records the calls and returns a marker clause."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def _mark(self, *call):
        self.calls.append(call)
        return literal(len(self.calls)) == len(self.calls)

    def contains(self, field, text):
        return self._mark("contains", field, text)

    def equals(self, field, text):
        return self._mark("equals", field, text)

    def prefix(self, field, text):
        return self._mark("prefix", field, text)

    def anywhere(self, text, phone_digits):
        return self._mark("anywhere", text, phone_digits)


def calls(text: str) -> list[tuple]:
    recorder = Recorder()
    compile_text(text, recorder, today=TODAY)
    return recorder.calls


def sql(text: str) -> str:
    clause = compile_text(text, Recorder(), today=TODAY)
    return str(clause.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


# ------------------------------------------------------------------------------------------- parsing


def test_parse_structure():
    assert parse("") == Everything()
    assert parse("   ") == Everything()
    assert parse("иван") == Term(None, "", "иван", False, 0, 4)
    tree = parse("tag:vip OR segment:regular")
    assert isinstance(tree, Or) and [c.field for c in tree.children] == ["tag", "segment"]
    tree = parse('city:="Nowy Sącz" -tag:blocked')
    assert isinstance(tree, And)
    assert tree.children[0] == Term("city", "=", "Nowy Sącz", True, 0, 17)
    assert isinstance(tree.children[1], Not) and tree.children[1].child.field == "tag"
    assert parse("spent:>=500").op == ">=" and parse("spent:>=500").value == "500"
    assert parse("last_purchase:<90d").op == "<"


def test_and_binds_tighter_than_or_and_parentheses_group():
    tree = parse("a OR b c")
    assert isinstance(tree, Or) and isinstance(tree.children[1], And)
    tree = parse("(a OR b) c")
    assert isinstance(tree, And) and isinstance(tree.children[0], Or)
    tree = parse("a and b AnD c")
    assert isinstance(tree, And) and len(tree.children) == 3
    assert isinstance(parse("NOT a"), Not) and isinstance(parse("not (a or b)").child, Or)


def test_quotes_and_escapes():
    assert parse('"Nowy Sącz"') == Term(None, "", "Nowy Sącz", True, 0, 11)
    assert parse(r'notes:"say \"hi\""').value == 'say "hi"'
    assert parse("(city:Kraków)").value == "Kraków"


def test_adjacent_number_pieces_are_one_phone_number():
    assert parse("+48 601 234 567") == Term(None, "", "+48 601 234 567", False, 0, 15)
    assert parse("8 (916) 123-45-67").value == "8 916 123-45-67"
    tree = parse("Jan 601 234 OR 567 tag:vip 12")
    assert isinstance(tree, Or)
    assert tree.children[0] == And((Term(None, "", "Jan", False, 0, 3), Term(None, "", "601 234", False, 4, 11)))
    assert [c.value for c in tree.children[1].children] == ["567", "vip", "12"]
    assert calls("+48 601 234 567") == [("anywhere", "+48 601 234 567", "48601234567")]


def test_lone_dash_is_punctuation_not_not():
    tree = parse("Kowalska - Nowak")
    assert isinstance(tree, And) and all(isinstance(c, Term) for c in tree.children)


# ---------------------------------------------------------------------------------------------- fields


def test_fields_have_descriptions_and_cover_the_design_names():
    design = ["kind", "first_name", "last_name", "middle_name", "company", "job_title", "phone", "email", "street", "city", "district", "region", "postcode", "country", "birth_date", "gender", "contact_time", "channel", "source", "tags", "segment", "notes", "consent_email", "consent_sms", "consent_phone", "consent_post", "total_spent", "orders", "avg_check", "last_purchase", "created", "updated", "id"]
    for name in design:
        assert name in FIELDS and FIELDS[name].description
    assert field_names()[: len(FIELDS)] == list(FIELDS)
    assert set(ALIASES) <= set(field_names(aliases=True))
    assert {"tag", "spent"} <= set(ALIASES)
    for alias, canonical in ALIASES.items():
        assert resolve_field(alias) == canonical
    assert resolve_field("custom.Loyalty") == "custom.Loyalty"
    assert resolve_field("City") == "city"


# ---------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "message", "bad"),
    [
        ("cty:Łódź", "unknown field 'cty'; did you mean 'city'?", "cty:Łódź"),
        ("gender:female spnt:>500", "did you mean 'spent'?", "spnt:>500"),
        ("zzzzqq:1", "unknown field 'zzzzqq'; put text with a colon in quotes", "zzzzqq:1"),
        ('city:"Nowy Sącz', "unclosed quote", '"Nowy Sącz'),
        ('"abc', "unclosed quote", '"abc'),
        ("(tag:vip OR segment:regular", "unclosed parenthesis", "(tag:vip OR segment:regular"),
        ("tag:vip)", "unmatched ')'", ")"),
        ("()", "empty parentheses", "()"),
        ("OR tag:vip", "OR needs a term before it", "OR"),
        ("tag:vip OR", "OR needs a term after it", "OR"),
        ("tag:vip AND", "AND needs a term after it", "AND"),
        ("tag:vip OR OR x", "OR needs a term after it", "OR"),
        ("NOT", "NOT needs a term after it", "NOT"),
        ("spent:>abc", "'abc' is not a number", "spent:>abc"),
        ("orders:1.5", "'1.5' is not a number", "orders:1.5"),
        ("spent:10..x", "'x' is not a number", "spent:10..x"),
        ("created:2024-13-45", "'2024-13-45' is not a date", "created:2024-13-45"),
        ("created:31.02.2024..2024-06-30", "'31.02.2024' is not a date", "created:31.02.2024..2024-06-30"),
        ("last_purchase:<90x", "'90x' is not a date", "last_purchase:<90x"),
        ("created:>2024..2025", "a range takes no operator", "created:>2024..2025"),
        ("city:", "city: needs a value (use no:city", "city:"),
        ('city:""', "needs a value", 'city:""'),
        ("city:>Kraków", "city: cannot be compared with >", "city:>Kraków"),
        ("city:a*b", "'*' works only at the end", "city:a*b"),
        ("city:(a OR b)", "cannot take a group", "city:("),
        ("gender:woman", "gender:woman is not a known value; use one of female, male, other, unknown",
         "gender:woman"),
        ("consent_email:yes", "use one of granted, withdrawn, unknown", "consent_email:yes"),
        ("segment:gold", "is not a known value", "segment:gold"),
        ("kind:firm", "use one of person, company", "kind:firm"),
        ("has:shoe_size", "unknown field 'shoe_size'", "has:shoe_size"),
        ("has:within", "within is not a field of the client", "has:within"),
        ("invalid:name", "use invalid:phone or invalid:email", "invalid:name"),
        ("phone:abc", "a phone search needs digits", "phone:abc"),
        ("birthday:soon", "write birthday:7d", "birthday:soon"),
        ("birthday:>7d", "write birthday:7d", "birthday:>7d"),
        ("within:30d within:60d", "only one within: per query", "within:60d"),
        ("within:>30d", "within takes a period", "within:>30d"),
        ("custom.:x", "custom. needs the name of a custom field", "custom.:x"),
        ("*", "has nothing to search for", "*"),
        ("spent:1..2..3", "is not a range", "spent:1..2..3"),
        ("-", "'-' must touch the term it excludes", "-"),
        ("- tag:blocked", "'-' must touch the term it excludes", "-"),
        ("tag:vip OR - x", "'-' must touch the term it excludes", "-"),
        ("Kowalska -", "'-' must touch the term it excludes", "-"),
        ("(", "unclosed parenthesis", "("),
        ("kowal (", "unclosed parenthesis", "("),
    ],
)
def test_errors_name_the_bad_part(text, message, bad):
    with pytest.raises(QueryError) as info:
        compile_text(text, Recorder(), today=TODAY)
    error = info.value
    assert message in error.message
    assert text[error.start:error.end] == bad


# -------------------------------------------------------------------------------------------- compiling


def test_free_text_is_folded_and_phone_like_terms_also_search_digits():
    assert calls("ŁÓDŹ") == [("anywhere", "lodz", "")]
    assert calls("Семён") == [("anywhere", "семен", "")]
    assert calls("123-45-67") == [("anywhere", "123-45-67", "1234567")]
    assert calls('"+48 601 234 567"') == [("anywhere", "+48 601 234 567", "48601234567")]
    assert calls("kow*") == [("anywhere", "kow", "")]
    assert calls("abc123") == [("anywhere", "abc123", "")]


def test_text_fields_use_the_backend_with_the_right_mode():
    assert calls("city:Kraków") == [("contains", "city", "krakow")]
    assert calls("city:=Kraków") == [("equals", "city", "krakow")]
    assert calls('city:="Nowy Sącz"') == [("equals", "city", "nowy sacz")]
    assert calls("postcode:02-*") == [("prefix", "postcode", "02-")]
    assert calls('notes:"a*"') == [("contains", "notes", "a*")]
    assert calls("phone:+48*") == [("prefix", "phone", "48")]
    assert calls("phone:+48 601") == [("contains", "phone", "48"), ("anywhere", "601", "601")]
    assert calls("phone:(916)123-45-67") == [("contains", "phone", "9161234567")]
    assert calls("(phone:123) OR x") == [("contains", "phone", "123"), ("anywhere", "x", "")]
    assert calls("email:=Anna@Kowalska.PL") == [("equals", "email", "anna@kowalska.pl")]
    assert calls("custom.loyalty:Gold") == [("contains", "custom.loyalty", "gold")]
    assert calls("name:Łęcka") == [("contains", "name", "lecka")]


def test_money_is_compared_in_minor_units_and_dates_relative_to_today():
    assert "clients.total_spent > 50000" in sql("spent:>500")
    assert "clients.total_spent >= 49999" in sql("spent:>=499,99")
    assert "clients.total_spent >= 10000 AND clients.total_spent <= 50000" in sql("spent:100..500")
    assert "clients.orders >= 2" in sql("orders:>=2")
    # less than 90 days ago: after the day 90 days back
    assert "clients.last_purchase >= '2026-08-25'" in sql("last_purchase:<90d")
    assert "clients.last_purchase < '2025-11-22'" in sql("last_purchase:>1y")
    assert "clients.last_purchase >= '2026-08-24'" in sql("last_purchase:90d")
    assert "clients.created >= '2024-01-01 00:00:00.000000' AND clients.created < '2024-07-01 00:00:00.000000'" in sql(
        "created:2024-01-01..2024-06-30")
    assert "clients.created >= '2024-03-01 00:00:00.000000'" in sql("created:>=2024-03")
    assert "clients.birth_date < '1990-01-01'" in sql("birth_date:<1990")
    assert "clients.last_purchase >= '2026-05-22'" in sql("last_purchase:<=6m")


def test_within_restricts_spent_and_orders_to_the_period():
    text = sql("gender:female spent:>500 within:30d")
    assert "clients.gender = 'female'" in text
    assert "purchases.date >= '2026-10-23'" in text and "purchases.date < '2026-11-23'" in text
    assert "sum(purchases.amount)" in text and "> 50000" in text
    assert "purchases.status = 'paid'" in text
    assert "count(purchases.id)" in sql("orders:>=2 within:2w")
    assert "purchases" in sql("within:7d") and "sum(" not in sql("within:7d")
    assert "purchases" not in sql("spent:>500")


def test_birthday_ranges_wrap_over_the_year_end():
    assert "clients.birth_mmdd >= 1122 AND clients.birth_mmdd <= 1129" in sql("birthday:7d")
    text = str(compile_query(parse("birthday:7d"), Recorder(), today=dt.date(2026, 12, 28)).compile(
        dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    assert "clients.birth_mmdd >= 1228 OR clients.birth_mmdd <= 104" in text
    assert "clients.birth_mmdd >= 1122 AND clients.birth_mmdd <= 1122" in sql("birthday:today")


def test_enumerations_accept_case_and_lists():
    assert "clients.gender = 'female'" in sql("gender:Female")
    assert "clients.segment = 'one-time'" in sql("segment:one_time")
    assert "clients.consent_email IN ('granted', 'unknown')" in sql("consent_email:granted,unknown")
    assert "clients.invalid_phone IS 1" in sql("invalid:phone")


def test_tags_match_whole_tags_and_prefixes():
    assert "client_tags.tag IN ('VIP', 'vip')" in sql("tag:VIP")
    assert "client_tags.tag IN ('vip')" in sql("tag:vip")
    assert "client_tags.tag >= 'vi'" in sql("tag:vi*")


def test_default_today_is_the_real_date():
    clause = compile_query(parse("created:<1d"), Recorder())
    assert dt.date.today().isoformat() in str(clause.compile(compile_kwargs={"literal_binds": True}))
