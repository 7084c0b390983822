"""The light record the duplicate finder works on, and its once-per-record prepared form.

The finder is pure: it gets these records from the register (streamed), from import rows, or from a test
file, and never touches storage. ``prepare`` computes everything a comparison needs once per record
(name skeletons, nickname groups, phone and email keys, birth date digits, street number and name), so
that comparing a candidate pair is a handful of C-level string comparisons.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from app.dedupe.nicknames import group_initial, nickname_groups
from app.dedupe.normalize import skeleton, words
from models.text import digits, fold

# Words that name the kind of street rather than the street (EN, PL, RU, UA); dropped before comparing.
_STREET_TYPE_WORDS = (
    "street st str road rd avenue ave av lane ln drive dr court ct place pl close crescent cres circuit "
    "cct way parade pde terrace tce boulevard blvd highway hwy square sq grove gr "
    "ul ulica al aleja os osiedle pl plac "
    "улица ул проспект пр пр-т переулок пер бульвар б-р шоссе ш площадь пл набережная наб "
    "вулиця вул проспект провулок пров"
)
_STREET_TYPES = frozenset(_STREET_TYPE_WORDS.split())
_NUMBER = re.compile(r"\d+[a-zа-я]?")


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
    initials: frozenset[str] = field(default_factory=frozenset)


def phone_key(value: str) -> str:
    """The last nine digits of a phone: ``+7 916 1234567`` and ``8 (916) 123-45-67`` agree even when
    one of them could not be parsed to E.164. Shorter numbers are too ambiguous to match on."""
    d = digits(value)
    return d[-9:] if len(d) >= 7 else ""


def email_key(value: str) -> str:
    value = value.strip().lower()
    return value if "@" in value else ""


def birth_key(value: dt.date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%Y%m%d")
    d = digits(str(value))
    return d if len(d) == 8 else ""


def _street_parts(street: str) -> tuple[str, str]:
    text = fold(street)
    number_match = _NUMBER.search(text)
    number = number_match.group(0) if number_match else ""
    name_words = [w for w in re.split(r"[\s,./\-]+", _NUMBER.sub(" ", text)) if w and w not in _STREET_TYPES]
    return number, skeleton(" ".join(name_words))


def prepare(rec: MatchRecord) -> Prepared:
    first = skeleton(rec.first_name)
    last = skeleton(rec.last_name)
    number, street_name = _street_parts(rec.street)
    nick = nickname_groups(first)
    initials = {first[:1]} | {group_initial(g) for g in nick}
    return Prepared(
        rec=rec,
        first=first,
        last=last,
        middle=skeleton(rec.middle_name),
        first_words=words(rec.first_name),
        last_words=words(rec.last_name),
        nick=nick,
        phones=frozenset(k for k in map(phone_key, rec.phones) if k),
        emails=frozenset(k for k in map(email_key, rec.emails) if k),
        birth=birth_key(rec.birth_date),
        postcode=fold(rec.postcode).replace(" ", "").replace("-", ""),
        city=skeleton(rec.city),
        district=skeleton(rec.district),
        street_no=number,
        street_name=street_name,
        company=skeleton(rec.company),
        initials=frozenset(i for i in initials if i),
    )

