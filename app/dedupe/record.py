"""The light record the duplicate finder works on, and its once-per-record prepared form.

The finder is pure: it gets these records from the register (streamed), from import rows, or from a test
file, and never touches storage. ``prepare`` computes everything a comparison needs once per record
(name skeletons, nickname groups, phone and email keys, birth date digits, street number and name), so
that comparing a candidate pair is a handful of C-level string comparisons.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from app.dedupe.nicknames import canonical_forms, nickname_groups
from app.dedupe.normalize import skeleton, to_latin, words
from models.names import split_full_name
from models.text import digits, fold

# Words that name the kind of street rather than the street (EN, PL, RU, UA); dropped before comparing.
_STREET_TYPE_WORDS = (
    "street st str road rd avenue ave av lane ln drive dr court ct place pl close crescent cres circuit "
    "cct way parade pde terrace tce boulevard blvd highway hwy square sq grove gr "
    "ul ulica al aleja os osiedle pl plac "
    "улица ул проспект пр пр-т переулок пер бульвар б-р шоссе ш площадь пл набережная наб "
    "вулиця вул проспект провулок пров "
    "apt flat unit m lok mieszk кв квартира д дом буд корп к"  # flat and building words
)
_STREET_TYPES = frozenset(_STREET_TYPE_WORDS.split())
# Legal forms dropped from company names before comparing, written as people write them. Each entry goes
# through the very function that reads a company name (``_company_words``), so an entry cannot be spelled
# differently from the name it must match ("ограниченной" comes out as "ograniczennoi", not "ogranichennoi").
_LEGAL_FORM_TEXT = (
    # Polish
    "sp. z o.o.|sp. z oo|spółka z o.o.|spółka z ograniczoną odpowiedzialnością|sp. j.|spółka jawna|"
    "sp. k.|spółka komandytowa|sp. p.|spółka partnerska|s.a.|spółka akcyjna|s.c.|spółka cywilna|sp.|spółka|"
    # English, German
    "ltd|limited|llc|l.l.c.|inc|incorporated|plc|gmbh|mbh|ag|kg|co|company|corp|corporation|"
    # Russian: abbreviations and full forms
    "ооо|оао|зао|пао|ао|ип|чп|"
    "общество с ограниченной ответственностью|акционерное общество|публичное акционерное общество|"
    "открытое акционерное общество|закрытое акционерное общество|индивидуальный предприниматель|"
    "частное предприятие|"
    # Ukrainian: abbreviations and full forms
    "тов|пп|фоп|пат|прат|"
    "товариство з обмеженою відповідальністю|акціонерне товариство|публічне акціонерне товариство|"
    "приватне акціонерне товариство|фізична особа-підприємець|"
    "індивідуальний підприємець|приватне підприємство"
)
# Written before the name as well as after it (ООО «Ромашка», Общество с ограниченной ответственностью
# «Ромашка»): the Russian and Ukrainian forms. The others only after it ("Co-op" stays).
_LEADING_FORM_TEXT = _LEGAL_FORM_TEXT[_LEGAL_FORM_TEXT.index("ооо"):]
_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+[a-zа-я]?")
_NON_DIGITS = re.compile(r"[^0-9]+")
_EMPTY: frozenset[str] = frozenset()
_BLANK = frozenset(("",))


@dataclass(slots=True)
class MatchRecord:
    """What the finder knows about one client or incoming row. ``id`` is any hashable key."""

    id: object
    first_name: str = ""
    last_name: str = ""
    middle_name: str = ""
    company: str = ""
    phones: tuple[str, ...] = ()  # E.164 when valid, else as written
    emails: tuple[str, ...] = ()
    city: str = ""
    postcode: str = ""
    street: str = ""
    district: str = ""
    birth_date: dt.date | str | None = None


@dataclass(slots=True)
class Prepared:
    """Comparison-ready features of one record (internal to the finder)."""

    rec: MatchRecord
    first: str  # skeleton of the whole given name
    last: str
    middle: str
    first_words: tuple[str, ...]
    last_words: tuple[str, ...]
    nick: frozenset[int]
    phones: frozenset[str]
    emails: frozenset[str]
    birth: str  # YYYYMMDD or ""
    postcode: str
    city: str
    district: str
    street_no: str
    street_name: str
    company: str
    canonical: tuple[str, ...] = ()  # full forms of the given name (nickname tables), for blocking
    city_weight: float = 1.5  # what agreeing on this city is worth; lowered for common cities


def phone_key(value: str) -> str:
    """The last nine digits of a phone: ``+7 916 1234567`` and ``8 (916) 123-45-67`` agree even when
    one of them could not be parsed to E.164. Shorter numbers are too ambiguous to match on."""
    if value[:1] == "+" and value[1:].isdigit():
        return value[-9:] if len(value) >= 8 else ""  # E.164, as the register keeps valid phones
    d = _NON_DIGITS.sub("", value)
    return d[-9:] if len(d) >= 7 else ""


def email_key(value: str) -> str:
    value = value.strip().lower()
    return value if "@" in value else ""


def birth_key(value: dt.date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return f"{value.year:04d}{value.month:02d}{value.day:02d}"
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return value[:4] + value[5:7] + value[8:]  # ISO, as the register stores it
    d = digits(str(value))
    return d if len(d) == 8 else ""


_STREET_TOKEN = re.compile(r"[^\W\d_]+|\d+[^\W\d_]?")


@lru_cache(maxsize=100_000)
def _street_word(word: str) -> str:
    """Skeleton of one word of a street, or "" for a street-type word (ul., street, улица...)."""
    folded = fold(word)
    return "" if folded in _STREET_TYPES else skeleton(folded)


def _street_parts(street: str) -> tuple[str, str]:
    """(house number, skeleton of the street name): ``ul. Długa 5/12`` -> ``("5", "dluga")``."""
    number = ""
    name = []
    for token in _STREET_TOKEN.findall(street):
        if token[0].isdigit():
            number = number or token.lower()
        else:
            name.append(_street_word(token))
    return number, "".join(name)


@lru_cache(maxsize=100_000)
def _name_fields(
    first_name: str, last_name: str
) -> tuple[str, str, tuple[str, ...], tuple[str, ...], frozenset[int], tuple[str, ...]]:
    """Everything derived from a name pair; cached because names repeat across a register."""
    first, last = skeleton(first_name), skeleton(last_name)
    canonical = canonical_forms(first) if first else ()
    return first, last, words(first_name), words(last_name), nickname_groups(first), canonical


def _strip_legal_forms(tokens: list[str]) -> list[str]:
    """Drop legal forms at either end of a company's words (repeatedly: "Sp. z o.o. Sp. k."), never all."""
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for form in _LEGAL_FORMS:
            size = len(form)
            if len(tokens) > size and tuple(tokens[-size:]) == form:
                tokens, changed = tokens[:-size], True
            elif form in _LEADING_FORMS and len(tokens) > size and tuple(tokens[:size]) == form:
                tokens, changed = tokens[size:], True
    return tokens


def _company_words(text: str) -> list[str]:
    """The words of a company name (or of a legal form) as compared: folded, punctuation gone, each word in
    Latin letters (word by word, so a Ukrainian legal form does not change how the name beside it reads)."""
    return [to_latin(word) for word in _WORD.findall(fold(text))]


def _forms(text: str) -> tuple[tuple[str, ...], ...]:
    """The forms as word tuples, longest first (``публичное акционерное общество`` before ``акционерное общество``)."""
    forms = dict.fromkeys(tuple(_company_words(form)) for form in text.split("|"))
    return tuple(sorted(forms, key=len, reverse=True))


_LEGAL_FORMS = _forms(_LEGAL_FORM_TEXT)
_LEADING_FORMS = frozenset(_forms(_LEADING_FORM_TEXT))


@lru_cache(maxsize=100_000)
def _company_key(company: str) -> str:
    """Skeleton of a company name without its legal form (``Kwiaty Sp. z o.o.`` -> ``kviati``)."""
    return skeleton(" ".join(_strip_legal_forms(_company_words(company)))) or skeleton(company)


@lru_cache(maxsize=100_000)
def _place(postcode: str, city: str, district: str) -> tuple[str, str, str]:
    """(postcode key, city skeleton, district skeleton); places repeat, so this is cached as a whole."""
    return fold(postcode).replace(" ", "").replace("-", ""), skeleton(city), skeleton(district)


def weigh_cities(prepared: list[Prepared], floor: int = 10_000) -> None:
    """Lower the weight of agreeing on a common city (Fellegi-Sunter frequency adjustment).

    Two clients in a town of 1 client in 500 share something; two in a city that holds 5% of the
    register share little: namesakes there are common. The share is counted over at least ``floor``
    records, so that a handful of rows does not make every city look common.
    """
    counts: dict[str, int] = {}
    for p in prepared:
        if p.city:
            counts[p.city] = counts.get(p.city, 0) + 1
    total = max(len(prepared), floor)
    weights = {city: _city_weight(n / total) for city, n in counts.items()}
    for p in prepared:
        if p.city:
            p.city_weight = weights[p.city]


def _city_weight(share: float) -> float:
    rare, common = math.log(0.002), math.log(0.05)
    position = (math.log(share) - rare) / (common - rare)
    return round(1.5 * min(1.0, max(0.0, 1.0 - position)), 2)


@lru_cache(maxsize=10_000)
def _split_single(full_name: str) -> tuple[str, str, str]:
    parts = split_full_name(full_name)
    return parts.first_name, parts.last_name, parts.middle_name


_LETTERS = re.compile(r"[^\W\d_]+")
_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_])\.")
_TWO_INITIALS = re.compile(r"([^\W\d_]\.)\s*([^\W\d_]\.)")


def readable(text: str) -> str:
    """A name as a person reads it: spaces tidied, a value typed all in one case (``ИВАНОВ``, ``nowak``)
    capitalised word by word, initials upper case (``И.и.`` -> ``И.И.``). Mixed case is kept as written."""
    text = " ".join(text.split())
    if text == text.upper() or text == text.lower():
        text = _LETTERS.sub(lambda m: m.group()[0].upper() + m.group()[1:].lower(), text)
    return _INITIAL.sub(lambda m: m.group(1).upper() + ".", text)


def _names_of(rec: MatchRecord) -> tuple[str, str, str]:
    """(given name, surname, middle name) as compared."""
    first_name, last_name, middle_name = rec.first_name, rec.last_name, rec.middle_name
    if bool(first_name) != bool(last_name) and " " in (first_name or last_name).strip():
        # The whole name in one field ("Jan Kowalski" as the first name): read it as a full name.
        first_name, last_name, middle = _split_single(first_name or last_name)
        initials = _TWO_INITIALS.fullmatch(first_name)
        if initials and not middle:  # "ИВАНОВ И.И.": the given name's and the patronymic's initials
            first_name, middle = initials.groups()
        middle_name = middle_name or middle
    return first_name, last_name, middle_name


def shown_names(rec: MatchRecord) -> tuple[str, str]:
    """(given name, surname) as compared, as a person reads them: for the reasons, computed only for them."""
    first, last, _ = _names_of(rec)
    return readable(first) if first else "", readable(last) if last else ""


def prepare(rec: MatchRecord) -> Prepared:
    first_name, last_name, middle_name = _names_of(rec)
    first, last, first_words, last_words, nick, canonical = _name_fields(first_name, last_name)
    number, street_name = _street_parts(rec.street) if rec.street else ("", "")
    return Prepared(
        rec, first, last, skeleton(middle_name) if middle_name else "", first_words, last_words, nick,
        frozenset(map(phone_key, rec.phones)) - _BLANK if rec.phones else _EMPTY,
        frozenset(map(email_key, rec.emails)) - _BLANK if rec.emails else _EMPTY,
        birth_key(rec.birth_date), *_place(rec.postcode, rec.city, rec.district), number, street_name,
        _company_key(rec.company) if rec.company else "", canonical,
    )


def clear_caches() -> None:
    for cached in (_name_fields, _street_word, _place, _company_key, _split_single):
        cached.cache_clear()
