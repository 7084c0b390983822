"""The query language of the search box, saved filters and the command line (DESIGN section 5).

``parse(text)`` turns a query into a small tree (terms, AND, OR, NOT); ``compile_query(tree, search)``
turns the tree into one SQLAlchemy Core boolean clause over ``clients``. Text predicates go through a
``TextSearch`` object so that this module stays free of SQLite specifics: the register plugs in its FTS5
index (``storage.search``), a server edition could plug in something else.

The language, in short::

    query   := or_expr ;  or_expr := and_expr (OR and_expr)* ;  and_expr := unary (AND? unary)*
    unary   := (NOT | -) unary | '(' or_expr ')' | term
    term    := free text | "quoted text" | field ':' [= > >= < <=] value | field ':' from..to
    value   := word | "quoted words" | prefix* | 30d 8w 6m 1y (ages) | YYYY[-MM[-DD]] | DD.MM.YYYY

Text values are folded (``lodz`` = ``Łódź``) and matched as substrings, ``:=`` as whole values;
money is typed in main units and compared in minor units; ``within:`` restricts spent/orders/avg_check
to the purchases of a period. Errors never fall back to "match everything": a malformed query raises
``QueryError`` naming the bad part and its position, so the search box can underline it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Protocol

from sqlalchemy import (
    Float,
    and_,
    cast,
    exists,
    func,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.sql.elements import ColumnElement

from models.tables import (
    CONSENT_FIELDS,
    CONSENT_STATES,
    GENDERS,
    KINDS,
    SEGMENTS,
    Client,
    CustomValue,
    Email,
    Phone,
    Purchase,
    Tag,
)
from models.text import digits, fold


class QueryError(ValueError):
    """A malformed query. ``start``/``end`` are character offsets of the bad part in the query text."""

    def __init__(self, message: str, start: int = 0, end: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.start = start
        self.end = max(end, start)


# --------------------------------------------------------------------------------------------- fields


@dataclass(frozen=True, slots=True)
class FieldInfo:
    """One field of the language: its kind decides which values and operators it takes."""

    name: str
    # text | phone | email | tags | enum | money | count | within | date | datetime | birthday | presence | invalid
    kind: str
    description: str
    values: tuple[str, ...] = ()


def _fields() -> dict[str, FieldInfo]:
    text = {
        "name": "first, middle, last or display name contains",
        "first_name": "first name contains",
        "last_name": "last name contains",
        "middle_name": "middle name (patronymic) contains",
        "company": "company contains",
        "job_title": "job title contains",
        "street": "street contains",
        "city": "city contains; city:=Kraków for equality",
        "district": "district contains",
        "region": "region contains",
        "postcode": "postal code; postcode:02-* for a prefix",
        "country": "country contains",
        "notes": "notes contain",
        "contact_time": "preferred contact time contains",
        "channel": "preferred contact channel contains",
        "source": "where the client came from contains",
    }
    out = {name: FieldInfo(name, "text", desc) for name, desc in text.items()}
    out["phone"] = FieldInfo("phone", "phone", "a phone contains these digits, however it was written")
    out["email"] = FieldInfo("email", "email", "an email address contains")
    out["tags"] = FieldInfo("tags", "tags", "has this tag (tag:vip); tag:vi* for a prefix")
    out["kind"] = FieldInfo("kind", "enum", "person or company", KINDS)
    out["gender"] = FieldInfo("gender", "enum", "female, male, other or unknown", GENDERS)
    out["segment"] = FieldInfo("segment", "enum", "customer segment: " + ", ".join(SEGMENTS), SEGMENTS)
    for consent in CONSENT_FIELDS:
        channel = consent.removeprefix("consent_")
        out[consent] = FieldInfo(consent, "enum", f"{channel} consent: granted, withdrawn or unknown",
                                 CONSENT_STATES)
    out["total_spent"] = FieldInfo("total_spent", "money", "total paid (spent:>500); with within: only "
                                   "purchases of that period")
    out["orders"] = FieldInfo("orders", "count", "number of paid purchases (orders:>=2); with within: only "
                              "that period")
    out["avg_check"] = FieldInfo("avg_check", "money", "average paid purchase")
    out["within"] = FieldInfo("within", "within", "period for spent/orders (within:30d); alone: bought in "
                              "that period")
    out["last_purchase"] = FieldInfo("last_purchase", "date", "date of the last purchase "
                                     "(last_purchase:<90d = less than 90 days ago)")
    out["first_purchase"] = FieldInfo("first_purchase", "date", "date of the first purchase")
    out["last_contact"] = FieldInfo("last_contact", "date", "date of the last contact")
    out["birth_date"] = FieldInfo("birth_date", "date", "birth date (birth_date:1980..1989)")
    out["birthday"] = FieldInfo("birthday", "birthday", "birthday within the next days (birthday:7d, "
                                "birthday:today)")
    out["created"] = FieldInfo("created", "datetime", "added to the register (created:2024-01-01..2024-06-30)")
    out["updated"] = FieldInfo("updated", "datetime", "last changed (updated:<7d)")
    out["id"] = FieldInfo("id", "count", "client number (id:123, id:100..200)")
    out["has"] = FieldInfo("has", "presence", "the field is filled in (has:email)")
    out["no"] = FieldInfo("no", "presence", "the field is empty (no:phone)")
    out["invalid"] = FieldInfo("invalid", "invalid", "a phone or email could not be read (invalid:phone)",
                               ("phone", "email"))
    return out


FIELDS: dict[str, FieldInfo] = _fields()
ALIASES: dict[str, str] = {
    "tag": "tags",
    "spent": "total_spent",
    "phones": "phone",
    "emails": "email",
    "zip": "postcode",
    "postal_code": "postcode",
    "birthdate": "birth_date",
    "purchases": "orders",
    "bought": "last_purchase",
}
CUSTOM_PREFIX = "custom."


def field_names(*, aliases: bool = False) -> list[str]:
    """Field names for completion in the search box (canonical first, then aliases when asked)."""
    names = list(FIELDS)
    return names + sorted(ALIASES) if aliases else names


def resolve_field(name: str, start: int = 0, end: int = 0) -> str:
    """The canonical name of ``name`` (an alias, a field, or ``custom.NAME``); QueryError otherwise."""
    lowered = name.lower()
    if lowered.startswith(CUSTOM_PREFIX):
        if len(name) == len(CUSTOM_PREFIX):
            raise QueryError("custom. needs the name of a custom field, e.g. custom.loyalty:gold", start, end)
        return CUSTOM_PREFIX + name[len(CUSTOM_PREFIX):]
    if lowered in FIELDS:
        return lowered
    if lowered in ALIASES:
        return ALIASES[lowered]
    close = difflib.get_close_matches(lowered, [*FIELDS, *ALIASES], n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else "; put text with a colon in quotes to search for it"
    raise QueryError(f"unknown field {name!r}{hint}", start, end)


# ------------------------------------------------------------------------------------------------ tree


@dataclass(frozen=True, slots=True)
class Term:
    """``field:OPvalue`` or, with ``field`` None, free text. ``op`` is '' (contains), '=', '>', ..."""

    field: str | None
    op: str
    value: str
    quoted: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Not:
    child: Node
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Everything:
    """The empty query: no filter at all."""


Node = Term | Not | And | Or | Everything


# ----------------------------------------------------------------------------------------------- lexer


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # ( ) OR AND NOT TERM
    start: int
    end: int
    term: Term | None = None


_FIELD = re.compile(r"([A-Za-z_][A-Za-z0-9_]*(?:\.[\w-]*)?):")
_OPERATOR = re.compile(r">=|<=|>|<|=")
_KEYWORDS = {"or": "OR", "and": "AND", "not": "NOT"}
_BARE_STOP = frozenset(" \t\r\n()\"")


def _read_quoted(text: str, pos: int) -> tuple[str, int]:
    """Read a quoted string starting at the quote at ``pos``; ``\\"`` is a literal quote."""
    out: list[str] = []
    i = pos + 1
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in "\"\\":
            out.append(text[i + 1])
            i += 2
            continue
        if ch == '"':
            return "".join(out), i + 1
        out.append(ch)
        i += 1
    raise QueryError("unclosed quote: add the closing \"", pos, len(text))


def _read_bare(text: str, pos: int, stop: frozenset[str]) -> int:
    i = pos
    while i < len(text) and text[i] not in stop and not text[i].isspace():
        i += 1
    return i


_PHONE_FIELDS = frozenset(("phone", "phones"))


def _phone_value_end(text: str, pos: int) -> int:
    """A phone value may hold parentheses, ``phone:(916)123-45-67``; a ')' without its '(' still
    closes a group, as in ``(phone:123)``."""
    end = _read_bare(text, pos, frozenset(" \t\r\n\""))
    depth = 0
    for index in range(pos, end):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            if depth == 0:
                return index
            depth -= 1
    return end


def _lex_field_term(text: str, pos: int, match: re.Match[str]) -> _Token:
    name = match[1]
    i = match.end()
    op_match = _OPERATOR.match(text, i)
    op = op_match[0] if op_match else ""
    i = op_match.end() if op_match else i
    if i < len(text) and text[i] == '"':
        value, end = _read_quoted(text, i)
        quoted = True
    elif name.lower() in _PHONE_FIELDS:
        end = _phone_value_end(text, i)
        value, quoted = text[i:end], False
    elif i < len(text) and text[i] == "(":
        raise QueryError(f"{name}: cannot take a group; write (city:a OR city:b) instead", pos, i + 1)
    else:
        end = _read_bare(text, i, frozenset(" \t\r\n)\""))
        value, quoted = text[i:end], False
    if not value.strip():
        raise QueryError(f"{name}:{op} needs a value (use no:{name} to find empty ones)", pos, end)
    return _Token("TERM", pos, end, Term(name, op, value, quoted, pos, end))


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token(ch, i, i + 1))
            i += 1
        elif ch == "-" and (i + 1 >= len(text) or text[i + 1].isspace()):
            # Between two terms a lone dash is punctuation ("Kowalska - Nowak"); elsewhere it is a NOT
            # whose term got separated from it, and ignoring it would invert what the user meant.
            if not tokens or tokens[-1].kind in ("(", "OR", "AND", "NOT") or not text[i + 1:].strip():
                raise QueryError("'-' must touch the term it excludes, as in -tag:blocked", i, i + 1)
            i += 1
        elif ch == "-":
            tokens.append(_Token("NOT", i, i + 1))
            i += 1
        elif ch == '"':
            value, end = _read_quoted(text, i)
            tokens.append(_Token("TERM", i, end, Term(None, "", value, True, i, end)))
            i = end
        elif match := _FIELD.match(text, i):
            token = _lex_field_term(text, i, match)
            tokens.append(token)
            i = token.end
        else:
            end = _read_bare(text, i, _BARE_STOP)
            word = text[i:end]
            keyword = _KEYWORDS.get(word.lower())
            if keyword:
                tokens.append(_Token(keyword, i, end))
            else:
                tokens.append(_Token("TERM", i, end, Term(None, "", word, False, i, end)))
            i = end
    return tokens


# ---------------------------------------------------------------------------------------------- parser


class _Parser:
    """Recursive descent: or := and (OR and)* ; and := unary (AND? unary)* ; unary := NOT unary | primary."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.pos = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node:
        if not self.tokens:
            return Everything()
        node = self.or_expr()
        token = self.peek()
        if token is not None:  # only a stray ")" can stop the top level early
            raise QueryError("unmatched ')': there is no '(' before it", token.start, token.end)
        return node

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.pos += 1
            children.append(self.and_expr(after=token))
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self, after: _Token | None = None) -> Node:
        children = [self.unary(after)]
        while (token := self.peek()) is not None and token.kind not in ("OR", ")"):
            if token.kind == "AND":
                self.pos += 1
                children.append(self.unary(token))
            else:
                children.append(self.unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self, after: _Token | None = None) -> Node:
        token = self.peek()
        if token is None or token.kind in ("OR", "AND", ")"):
            self._missing_operand(after, token)
        assert token is not None
        if token.kind == "NOT":
            self.pos += 1
            child = self.unary(token)
            return Not(child, token.start, token.end)
        if token.kind == "(":
            self.pos += 1
            closing = self.peek()
            if closing is None:
                raise QueryError("unclosed parenthesis: add a term and the closing ')'", token.start,
                                 len(self.text))
            if closing.kind == ")":
                raise QueryError("empty parentheses", token.start, closing.end)
            node = self.or_expr()
            closing = self.peek()
            if closing is None:
                raise QueryError("unclosed parenthesis: add the closing ')'", token.start, len(self.text))
            self.pos += 1
            return node
        self.pos += 1
        assert token.term is not None
        return token.term

    def _missing_operand(self, after: _Token | None, token: _Token | None) -> None:
        if after is not None:
            word = self.text[after.start:after.end]
            raise QueryError(f"{word} needs a term after it", after.start, after.end)
        if token is None:
            raise QueryError("the query ends where a term was expected", len(self.text), len(self.text))
        if token.kind == ")":
            raise QueryError("unmatched ')': there is no '(' before it", token.start, token.end)
        word = self.text[token.start:token.end]
        raise QueryError(f"{word} needs a term before it", token.start, token.end)


def parse(text: str) -> Node:
    """Parse a query; field names are checked here (unknown ones raise with a suggestion)."""
    node = _join_phone_runs(_Parser(text).parse())
    _check_fields(node)
    return node


def _is_number_piece(node: Node) -> bool:
    return (isinstance(node, Term) and node.field is None and not node.quoted
            and bool(_NUMBER_PIECE.match(node.value)))


def _join_phone_runs(node: Node) -> Node:
    """``+48 601 234 567`` typed in the search box is one phone number, not four terms: adjacent bare
    pieces of digits and phone punctuation become one free-text term (its digits are searched as one)."""
    if isinstance(node, Not):
        return Not(_join_phone_runs(node.child), node.start, node.end)
    if isinstance(node, Or):
        return Or(tuple(_join_phone_runs(child) for child in node.children))
    if not isinstance(node, And):
        return node
    children: list[Node] = []
    for child in (_join_phone_runs(c) for c in node.children):
        previous = children[-1] if children else None
        if _is_number_piece(child) and previous is not None and _is_number_piece(previous):
            assert isinstance(previous, Term) and isinstance(child, Term)
            children[-1] = Term(None, "", f"{previous.value} {child.value}", False, previous.start, child.end)
        else:
            children.append(child)
    return children[0] if len(children) == 1 else And(tuple(children))


def _check_fields(node: Node) -> None:
    if isinstance(node, Term) and node.field is not None:
        resolve_field(node.field, node.start, node.end)
    elif isinstance(node, Not):
        _check_fields(node.child)
    elif isinstance(node, And | Or):
        for child in node.children:
            _check_fields(child)


# ----------------------------------------------------------------------------------- the text backend


class TextSearch(Protocol):
    """Text predicates over ``clients``, supplied by storage (FTS5 in the register).

    ``field`` is a text field of ``FIELDS`` (kinds text, phone, email) or ``custom.NAME``; ``text`` is
    already folded with ``models.text.fold`` (for ``phone`` it is digits only) and never empty.
    """

    def contains(self, field: str, text: str) -> ColumnElement[bool]: ...

    def equals(self, field: str, text: str) -> ColumnElement[bool]: ...

    def prefix(self, field: str, text: str) -> ColumnElement[bool]: ...

    def anywhere(self, text: str, phone_digits: str) -> ColumnElement[bool]:
        """Free text: name, company, email, city or notes contain ``text``, or (when ``phone_digits``
        is not empty) a phone contains those digits."""
        ...


# -------------------------------------------------------------------------------------------- values


_RELATIVE = re.compile(r"^(\d{1,5})([dwmy])$", re.I)
_YEAR = re.compile(r"^(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[./](\d{4})$")
_PHONE_LIKE = re.compile(r"^[\d\s()+\-./]+$")
_NUMBER_PIECE = re.compile(r"^[()+\-./ ]*\d[\d()+\-./ ]*$")
_DATE_HELP = "write YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, YYYY, or a period like 30d, 8w, 6m, 1y"


@dataclass(frozen=True, slots=True)
class _Span:
    """A half-open run of days [start, end); ``relative`` when written as an age (30d = 30 days ago)."""

    start: dt.date
    end: dt.date
    relative: bool = False


def _shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved back by ``amount`` units (d, w, m, y); month ends are clamped (31.03 - 1m = 28/29.02)."""
    unit = unit.lower()
    if unit == "d":
        return day - dt.timedelta(days=amount)
    if unit == "w":
        return day - dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "y" else 1)
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    if year < dt.MINYEAR:
        raise ValueError("too far back")
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _month_span(year: int, month: int) -> _Span:
    start = dt.date(year, month, 1)
    end = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return _Span(start, end)


def _day_span(text: str, today: dt.date) -> _Span:
    """One date or period as written; raises ValueError with no message on a bad value."""
    lowered = text.strip().lower()
    one = dt.timedelta(days=1)
    if lowered == "today":
        return _Span(today, today + one)
    if lowered == "yesterday":
        return _Span(today - one, today)
    if m := _RELATIVE.match(lowered):
        day = _shift(today, int(m[1]), m[2])
        return _Span(day, day + one, relative=True)
    if m := _YEAR.match(lowered):
        return _Span(dt.date(int(m[1]), 1, 1), dt.date(int(m[1]) + 1, 1, 1))
    if m := _YEAR_MONTH.match(lowered):
        return _month_span(int(m[1]), int(m[2]))
    if m := _MONTH_YEAR.match(lowered):
        return _month_span(int(m[2]), int(m[1]))
    if m := _ISO_DAY.match(lowered):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return _Span(day, day + one)
    if m := _DMY.match(lowered):
        day = dt.date(int(m[3]), int(m[2]), int(m[1]))
        return _Span(day, day + one)
    raise ValueError(text)


def _parse_number(text: str, *, money: bool) -> int:
    """A number as typed (``500``, ``499.99``, ``499,99``); money in minor units (500 -> 50000)."""
    try:
        number = Decimal(text.strip().replace(",", ".").replace("_", ""))
    except InvalidOperation:
        raise ValueError(text) from None
    if not number.is_finite() or number < 0:
        raise ValueError(text)
    if money:
        return int((number * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if number != number.to_integral_value():
        raise ValueError(text)
    return int(number)


def _term_span(term: Term, text: str, today: dt.date) -> _Span:
    try:
        return _day_span(text, today)
    except (ValueError, OverflowError):
        raise QueryError(f"{term.field}:{term.op}{term.value}: {text!r} is not a date; {_DATE_HELP}",
                         term.start, term.end) from None


def _split_range(term: Term) -> tuple[str, str] | None:
    """``a..b`` -> (a, b) (either side may be empty); None when the value is not a range."""
    if ".." not in term.value:
        return None
    if term.op:
        raise QueryError(f"{term.field}:{term.op}{term.value}: a range takes no operator", term.start, term.end)
    low, _, high = term.value.partition("..")
    if ".." in high or not (low.strip() or high.strip()):
        raise QueryError(f"{term.value!r} is not a range; write FROM..TO", term.start, term.end)
    return low.strip(), high.strip()


# -------------------------------------------------------------------------------------------- compiler

_FLIP = {">": "<", ">=": "<=", "<": ">", "<=": ">=", "": ">=", "=": "="}


def _numeric_compare(op: str, value: int, column: ColumnElement) -> ColumnElement[bool]:
    if op in ("", "="):
        return column == value
    return {">": column > value, ">=": column >= value, "<": column < value, "<=": column <= value}[op]


class _Compiler:
    def __init__(self, search: TextSearch, today: dt.date, window: _Span | None) -> None:
        self.search = search
        self.today = today
        self.window = window
        self.aggregate_terms = 0

    # -- structure

    def node(self, node: Node) -> ColumnElement[bool]:
        if isinstance(node, Everything):
            return true()
        if isinstance(node, Not):
            return not_(self.node(node.child))
        if isinstance(node, And):
            return and_(*(self.node(child) for child in node.children))
        if isinstance(node, Or):
            return or_(*(self.node(child) for child in node.children))
        return self.term(node)

    def term(self, term: Term) -> ColumnElement[bool]:
        if term.field is None:
            return self.free_text(term)
        field = resolve_field(term.field, term.start, term.end)
        if field.startswith(CUSTOM_PREFIX):
            return self.custom(field, term)
        info = FIELDS[field]
        handler = getattr(self, f"kind_{info.kind}")
        return handler(info, term)

    # -- text

    def _text_value(self, term: Term) -> tuple[str, bool]:
        """The value without a trailing ``*`` and whether it had one; ``*`` elsewhere is an error."""
        value = term.value.strip()
        is_prefix = value.endswith("*") and not term.quoted
        if is_prefix:
            value = value[:-1]
        if "*" in value and not term.quoted:
            raise QueryError(f"{term.value!r}: '*' works only at the end of a value (postcode:02-*)",
                             term.start, term.end)
        return value, is_prefix

    @staticmethod
    def _no_compare(term: Term) -> None:
        if term.op not in ("", "="):
            raise QueryError(f"{term.field}: cannot be compared with {term.op}; use {term.field}:value "
                             f"or {term.field}:=value", term.start, term.end)

    def free_text(self, term: Term) -> ColumnElement[bool]:
        value, _ = self._text_value(term)
        folded = fold(value)
        if not folded:
            raise QueryError(f"{term.value!r} has nothing to search for", term.start, term.end)
        phone = digits(value) if _PHONE_LIKE.match(value) else ""
        return self.search.anywhere(folded, phone)

    def _text_predicate(self, field: str, term: Term, folded: str, is_prefix: bool) -> ColumnElement[bool]:
        if is_prefix:
            return self.search.prefix(field, folded)
        if term.op == "=":
            return self.search.equals(field, folded)
        return self.search.contains(field, folded)

    def kind_text(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        self._no_compare(term)
        value, is_prefix = self._text_value(term)
        folded = fold(value)
        if not folded:
            raise QueryError(f"{term.field}: needs text to search for", term.start, term.end)
        return self._text_predicate(info.name, term, folded, is_prefix)

    kind_email = kind_text

    def kind_phone(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        self._no_compare(term)
        value, is_prefix = self._text_value(term)
        number = digits(value)
        if not number:
            raise QueryError(f"{term.field}:{term.value}: a phone search needs digits", term.start, term.end)
        return self._text_predicate("phone", term, number, is_prefix)

    def custom(self, field: str, term: Term) -> ColumnElement[bool]:
        name = field[len(CUSTOM_PREFIX):]
        if term.op in ("", "=") and _split_range(term) is None:
            value, is_prefix = self._text_value(term)
            folded = fold(value)
            if not folded:
                raise QueryError(f"{term.field}: needs a value", term.start, term.end)
            return self._text_predicate(field, term, folded, is_prefix)
        number = cast(CustomValue.value, Float)
        return self._exists_custom(name, self._numbers(term, number, money=False))

    @staticmethod
    def _exists_custom(name: str, condition: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists().where(
            CustomValue.client_id == Client.id, CustomValue.name == name, CustomValue.value != "", condition
        )

    # -- enumerations and flags

    def kind_enum(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        self._no_compare(term)
        wanted = []
        for raw in term.value.split(","):
            key = re.sub(r"[\W_]", "", fold(raw))
            match = [v for v in info.values if re.sub(r"[\W_]", "", v) == key]
            if not match:
                raise QueryError(f"{term.field}:{raw.strip()} is not a known value; use one of "
                                 + ", ".join(info.values), term.start, term.end)
            wanted.append(match[0])
        column = getattr(Client, info.name)
        return column == wanted[0] if len(wanted) == 1 else column.in_(wanted)

    def kind_tags(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        self._no_compare(term)
        value, is_prefix = self._text_value(term)
        if not value:
            raise QueryError(f"{term.field}: needs a tag", term.start, term.end)
        if is_prefix:
            low = fold(value)
            tagged = select(Tag.client_id).where(Tag.tag >= low, Tag.tag < low + "\U0010ffff")
        else:
            forms = sorted({fold(value), value.lower(), value})
            tagged = select(Tag.client_id).where(Tag.tag.in_(forms))
        return Client.id.in_(tagged)

    def kind_invalid(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        self._no_compare(term)
        value = term.value.strip().lower()
        resolved = ALIASES.get(value, value)
        if resolved == "phone":
            return Client.invalid_phone.is_(True)
        if resolved == "email":
            return Client.invalid_email.is_(True)
        raise QueryError(f"invalid:{term.value} is not supported; use invalid:phone or invalid:email",
                         term.start, term.end)

    def kind_presence(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        self._no_compare(term)
        target = resolve_field(term.value.strip(), term.start, term.end)
        clause = self._present(target, term)
        return clause if info.name == "has" else not_(clause)

    def _present(self, field: str, term: Term) -> ColumnElement[bool]:
        if field.startswith(CUSTOM_PREFIX):
            return self._exists_custom(field[len(CUSTOM_PREFIX):], true())
        special: dict[str, ColumnElement[bool]] = {
            "phone": exists().where(Phone.client_id == Client.id),
            "email": exists().where(Email.client_id == Client.id),
            "tags": exists().where(Tag.client_id == Client.id),
            "name": or_(Client.first_name != "", Client.last_name != "", Client.display_name != ""),
            "birthday": Client.birth_mmdd.is_not(None),
            "total_spent": Client.total_spent > 0,
            "avg_check": Client.orders > 0,
            "orders": Client.orders > 0,
            "id": true(),
        }
        if field in special:
            return special[field]
        kind = FIELDS[field].kind
        column = getattr(Client, field, None)
        if kind in ("date", "datetime") and column is not None:
            return column.is_not(None)
        if kind == "enum" and column is not None:
            return and_(column.is_not(None), column != "unknown", column != "")
        if kind == "text" and column is not None:
            return and_(column.is_not(None), column != "")
        raise QueryError(f"{term.field}:{term.value}: {field} is not a field of the client; "
                         "use e.g. has:email", term.start, term.end)

    # -- numbers and money

    def _numbers(
        self, term: Term, column: ColumnElement, *, money: bool, guard_null: bool = True
    ) -> ColumnElement[bool]:
        """Compare with a number or range. ``guard_null`` keeps NOT two-valued for nullable columns
        (``-spent:>5`` must take a client whose value is unknown); a subquery skips it, as repeating
        it would run the subquery twice."""

        def number(text: str) -> int:
            try:
                return _parse_number(text, money=money)
            except ValueError:
                raise QueryError(f"{term.field}:{term.op}{term.value}: {text!r} is not a number",
                                 term.start, term.end) from None

        bounds = _split_range(term)
        if bounds is not None:
            parts = []
            if bounds[0]:
                parts.append(column >= number(bounds[0]))
            if bounds[1]:
                parts.append(column <= number(bounds[1]))
            return and_(column.is_not(None), *parts) if guard_null else and_(*parts)
        comparison = _numeric_compare(term.op, number(term.value), column)
        return and_(column.is_not(None), comparison) if guard_null else comparison

    def kind_count(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        if info.name == "orders" and self.window is not None:
            return self._window_aggregate(term, func.count(Purchase.id), money=False, zero=0)
        return self._numbers(term, getattr(Client, info.name), money=False)

    def kind_money(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        if self.window is not None:
            if info.name == "total_spent":
                return self._window_aggregate(term, func.sum(Purchase.amount), money=True, zero=0)
            return self._window_aggregate(term, func.avg(Purchase.amount), money=True, zero=None)
        if info.name == "avg_check":
            average = Client.total_spent * 1.0 / func.nullif(Client.orders, 0)
            return self._numbers(term, average, money=True)
        return self._numbers(term, Client.total_spent, money=True)

    def _bought_in_window(self) -> ColumnElement[bool]:
        """Cheap, indexed necessary condition for a paid purchase in the window: the kept aggregates
        first/last_purchase overlap it. It keeps the per-client purchase lookups to a few clients."""
        assert self.window is not None
        return and_(Client.last_purchase >= self.window.start, Client.first_purchase < self.window.end)

    def _window_aggregate(
        self, term: Term, aggregate: ColumnElement, *, money: bool, zero: int | None
    ) -> ColumnElement[bool]:
        """A condition on an aggregate of the paid purchases of the ``within:`` period.

        ``zero`` is the aggregate of a client without purchases in the period (0 for a sum or count,
        None for an average): ``spent:<100 within:30d`` also takes the clients who bought nothing."""
        assert self.window is not None
        value = (
            select(func.coalesce(aggregate, zero) if zero is not None else aggregate)
            .where(Purchase.client_id == Client.id, Purchase.status == "paid",
                   Purchase.date >= self.window.start, Purchase.date < self.window.end)
            .scalar_subquery()
        )
        condition = self._numbers(term, value, money=money, guard_null=False)
        if zero is not None and self._true_for_zero(term, money=money):
            return or_(not_(and_(Client.last_purchase.is_not(None), Client.first_purchase.is_not(None),
                                 self._bought_in_window())), condition)
        return and_(self._bought_in_window(), condition)

    @staticmethod
    def _true_for_zero(term: Term, *, money: bool) -> bool:
        bounds = _split_range(term)
        if bounds is not None:
            return not bounds[0] or _parse_number(bounds[0], money=money) == 0
        value = _parse_number(term.value, money=money)
        return {"": value == 0, "=": value == 0, ">": False, ">=": value == 0, "<": value > 0,
                "<=": True}[term.op]

    def kind_within(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        if self.aggregate_terms:
            return true()  # a modifier of spent/orders, applied by them
        assert self.window is not None
        return and_(
            self._bought_in_window(),
            exists().where(Purchase.client_id == Client.id, Purchase.status == "paid",
                           Purchase.date >= self.window.start, Purchase.date < self.window.end),
        )

    # -- dates

    def span(self, term: Term, text: str) -> _Span:
        return _term_span(term, text, self.today)

    def _date_condition(self, term: Term, column: ColumnElement, convert: Callable[[dt.date], object]):
        bounds = _split_range(term)
        if bounds is not None:
            spans = [self.span(term, b) for b in bounds if b]
            low = min(s.start for s in spans) if bounds[0] and bounds[1] else None
            high = max(s.end for s in spans) if bounds[0] and bounds[1] else None
            if not (bounds[0] and bounds[1]):
                only = spans[0]
                # "2024..": from then on; "..2024": up to then. For ages (30d..) the same reading of time.
                low, high = (only.start, None) if bounds[0] else (None, only.end)
            parts = [column.is_not(None)]
            if low is not None:
                parts.append(column >= convert(low))
            if high is not None:
                parts.append(column < convert(high))
            return and_(*parts)
        span = self.span(term, term.value)
        op = _FLIP[term.op] if span.relative else term.op
        start, end = convert(span.start), convert(span.end)
        comparisons = {
            "": and_(column >= start, column < end),
            "=": and_(column >= start, column < end),
            ">": column >= end,
            ">=": column >= start,
            "<": column < start,
            "<=": column < end,
        }
        return and_(column.is_not(None), comparisons[op])

    def kind_date(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        return self._date_condition(term, getattr(Client, info.name), lambda day: day)

    def kind_datetime(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        return self._date_condition(
            term, getattr(Client, info.name), lambda day: dt.datetime(day.year, day.month, day.day)
        )

    def kind_birthday(self, info: FieldInfo, term: Term) -> ColumnElement[bool]:
        value = term.value.strip().lower()
        if term.op or not (value == "today" or _RELATIVE.match(value)):
            raise QueryError(f"{term.field}:{term.op}{term.value}: write birthday:7d (next 7 days), "
                             "birthday:2w or birthday:today", term.start, term.end)
        if value == "today":
            last = self.today
        else:
            m = _RELATIVE.match(value)
            assert m is not None
            back = _shift(self.today, int(m[1]), m[2])
            last = self.today + (self.today - back)
        if (last - self.today).days >= 365:
            return Client.birth_mmdd.is_not(None)
        first_key = self.today.month * 100 + self.today.day
        last_key = last.month * 100 + last.day
        column = Client.birth_mmdd
        if last.year == self.today.year:
            return and_(column >= first_key, column <= last_key)
        return or_(column >= first_key, column <= last_key)  # wraps over the new year


def _find_window(node: Node, today: dt.date) -> tuple[_Span | None, int]:
    """The ``within:`` period of the query (at most one) and the number of spent/orders terms."""
    windows: list[tuple[Term, _Span]] = []
    aggregates = 0

    def visit(item: Node) -> None:
        nonlocal aggregates
        if isinstance(item, Term) and item.field is not None:
            field = resolve_field(item.field, item.start, item.end)
            if field == "within":
                windows.append((item, _within_span(item, today)))
            elif field in ("total_spent", "orders", "avg_check"):
                aggregates += 1
        elif isinstance(item, Not):
            visit(item.child)
        elif isinstance(item, And | Or):
            for child in item.children:
                visit(child)

    visit(node)
    if len(windows) > 1:
        second = windows[1][0]
        raise QueryError("only one within: per query", second.start, second.end)
    return (windows[0][1] if windows else None), aggregates


def _within_span(term: Term, today: dt.date) -> _Span:
    """``within:30d`` = from 30 days ago up to today; ``within:2024-01..2024-03`` = that period."""
    if term.op:
        raise QueryError(f"within:{term.op}{term.value}: within takes a period (within:30d), not an "
                         "operator", term.start, term.end)
    bounds = _split_range(term)
    far_past, far_future = dt.date(1, 1, 1), dt.date(9999, 12, 31)
    if bounds is not None:
        spans = [_term_span(term, b, today) if b else None for b in bounds]
        start = spans[0].start if spans[0] else far_past
        end = spans[1].end if spans[1] else far_future
        if spans[0] and spans[1]:
            start, end = min(spans[0].start, spans[1].start), max(spans[0].end, spans[1].end)
        return _Span(start, end)
    span = _term_span(term, term.value, today)
    if span.relative:
        return _Span(span.start, today + dt.timedelta(days=1))
    return span


def compile_query(node: Node, search: TextSearch, *, today: dt.date | None = None) -> ColumnElement[bool]:
    """The SQLAlchemy clause over ``Client`` for a parsed query; QueryError on a bad value."""
    today = today or dt.date.today()
    window, aggregates = _find_window(node, today)
    compiler = _Compiler(search, today, window)
    compiler.aggregate_terms = aggregates
    return compiler.node(node)


def compile_text(text: str, search: TextSearch, *, today: dt.date | None = None) -> ColumnElement[bool]:
    """Parse and compile in one step (the usual entry point)."""
    return compile_query(parse(text), search, today=today)

