"""vCard files (.vcf, versions 2.1, 3.0 and 4.0) read as one sheet, so that they go through the same
mapping, preview, plan, duplicates, undo and rejected-rows file as a spreadsheet.

Phones (Android, iPhone, Google Contacts, Outlook, Thunderbird) export contacts as vCard. Each card
becomes one row under a header row whose column names the mapping already knows (``Full name``, ``First
name``, ``Mobile phone 2``, ``Work e-mail``, ``Postal code``, ``Tags``...); only columns some card fills
are made. Spreadsheet row ``n + 1`` is card ``n``.

What a card's properties become:

* ``N`` -> Last / First / Middle name (``Honorific prefix``/``suffix`` kept as their own columns);
  ``FN`` -> Full name (split by the mapping only when ``N`` gives no name; left empty when it only
  repeats the company, so a company card stays a company).
* ``ORG`` -> Company (first component) and Department (the units); ``TITLE`` (else ``ROLE``) -> Job title.
* Every ``TEL`` is kept, in a column per kind so the pipeline labels it: ``Mobile phone``, ``Work phone``,
  ``Home phone``, ``Fax``, ``Phone`` (numbered ``2``, ``3``... when a card has several of a kind). The kind
  comes from ``TYPE`` (``CELL``, ``WORK``, ``HOME``, ``FAX``; 2.1's bare ``;CELL``) or Apple's
  ``itemN.X-ABLabel``. Every ``EMAIL`` likewise: ``E-mail``, ``Work e-mail``, ``Home e-mail``.
* ``ADR`` -> Street, City, Region, Postal code, Country from the preferred (else first) address; any
  other address goes whole to ``Other addresses`` (a custom field), never lost.
* ``BDAY`` ``19800131``, ``1980-01-31``, ``1980-01-31T...`` -> a date; ``--0131``/``--01-31`` (and
  Apple's year 1604) -> ``--01-31``, which the pipeline reports as a birthday without a year (kept in
  notes); any other text stays text and the pipeline says why it is not a date.
* ``NOTE`` -> Notes; ``CATEGORIES`` -> Tags (without Android's ``My Contacts``); ``GENDER``/``X-GENDER``
  -> Gender; ``KIND:org`` -> Kind company; ``NICKNAME``, ``URL`` -> Nickname, Website (custom fields).
* ``PHOTO``, ``LOGO``, ``SOUND``, ``KEY`` and any base64 value are skipped while reading (their folded
  lines are never joined, so a 5 MB photo costs nothing); ``X-`` properties and the rest are ignored.

Encodings: the file's bytes are split into lines first; each value is decoded on its own, by its
``CHARSET`` (2.1: Android writes Cyrillic as ``CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE``, older phones
``CHARSET=windows-1251``), else by the file's encoding (UTF-8, UTF-16 with or without a BOM, or the legacy
code page ``decode_text`` finds). Folded lines (CRLF + space) and quoted-printable soft line breaks
(``=`` at the end of a line) are joined; blank lines between cards are skipped.

A damaged card never refuses the file: a card without ``END:VCARD``, lines outside any card, or a line
that is not ``NAME:value`` make that card's row carry the reason (``SheetData.row_errors``), so the
pipeline shows it among the rows with problems, does not import it by default and writes it to the
rejected-rows file. A file with no card at all is refused (``empty``, ``not-a-spreadsheet`` or
``damaged``) with its name, as other formats are.
"""

from __future__ import annotations

import binascii
import codecs
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from importers.errors import ImportRefused
from importers.readers import Limits, SheetData, SheetInfo, Value, Workbook, decode_text

# Properties whose value is binary (or a link to it): never decoded, never put in a cell.
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_SYSTEM_GROUPS = frozenset({"my contacts", "mycontacts", "starred in android"})
_NAME = re.compile(r"^[A-Za-z0-9-]+$")
_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.I)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.I)
_UNESCAPE = re.compile(r"\\(.)", re.S)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")
MAX_CELL = 32_000  # a cell must fit an xlsx cell of the rejected-rows file (32,767 characters)

# Column kinds in the order they appear in the sheet; numbered kinds get " 2", " 3"... when repeated.
_PHONE_KINDS = (("mobile", "Mobile phone"), ("work", "Work phone"), ("home", "Home phone"), ("", "Phone"),
                ("fax", "Fax"))
_EMAIL_KINDS = (("", "E-mail"), ("work", "Work e-mail"), ("home", "Home e-mail"))
_FIXED_BEFORE = ("Full name", "Honorific prefix", "First name", "Middle name", "Last name", "Honorific suffix",
                 "Nickname", "Kind", "Company", "Department", "Job title")
_FIXED_AFTER = ("Street", "City", "Region", "Postal code", "Country", "Other addresses", "Birth date", "Gender",
                "Website", "Tags", "Notes")
_PHONE_TYPES = {"cell": "mobile", "mobile": "mobile", "iphone": "mobile", "fax": "fax", "work": "work",
                "home": "home"}
_APPLE_TYPES = {"mobile": "mobile", "iphone": "mobile", "cell": "mobile", "work": "work", "home": "home",
                "homefax": "fax", "workfax": "fax", "otherfax": "fax", "fax": "fax"}
_GENDERS = {"m": "male", "f": "female", "o": "other", "male": "male", "female": "female", "other": "other"}


@dataclass
class Property:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str

    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}


@dataclass
class Card:
    """One card as read: its position in the file and its properties; ``error`` when it is damaged."""

    number: int  # 1-based, in file order
    line: int  # line of the file where it starts (1-based)
    properties: list[Property] = field(default_factory=list)
    error: str = ""


# ---------------------------------------------------------------------------------------------- decoding
def _file_text(data: bytes) -> tuple[str, str]:
    """The file as latin-1 text (one character per byte, so each value's bytes can be decoded on their
    own) and the encoding of values that do not name their CHARSET."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").encode("utf-8").decode("latin-1"), "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = decode_text(data)
        if encoding.startswith("utf-16"):  # UTF-16 without a BOM: work on its UTF-8 form
            return text.encode("utf-8").decode("latin-1"), "utf-8"
    return data.decode("latin-1"), encoding


def _charset(name: str, default: str) -> str:
    try:
        return codecs.lookup(name.strip().strip('"')).name
    except LookupError:
        return default


def _decode_value(raw: str, params: dict[str, list[str]], default: str) -> str:
    data = raw.encode("latin-1")
    encoding = {e.lower() for e in params.get("ENCODING", [])}
    if "quoted-printable" in encoding:
        data = binascii.a2b_qp(data)
    elif encoding & {"b", "base64"}:
        try:
            data = binascii.a2b_base64(data)
        except binascii.Error:
            pass  # kept as written; the row shows it
    charset = _charset(params["CHARSET"][0], default) if params.get("CHARSET") else default
    return data.decode(charset, errors="replace")


def _split_params(text: str) -> list[str]:
    """``;``-separated parameters, keeping ``;`` inside double quotes."""
    if '"' not in text:
        return text.split(";")
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


def _parse_params(parts: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for part in parts:
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:  # vCard 2.1: ";CELL", ";QUOTED-PRINTABLE"
            bare = key.strip().upper()
            params.setdefault("ENCODING" if bare in _BARE_ENCODINGS else "TYPE", []).append(bare)
            continue
        values = [v.strip().strip('"') for v in re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', value)]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return params


def _split_line(line: str) -> tuple[str, str, list[str], str] | None:
    """``group.NAME;params:value`` -> (group, NAME, params, raw value); None when it is no property."""
    colon = line.find(":")
    if colon < 0:
        return None
    if '"' in line[:colon]:  # a quoted parameter value may hold ":"
        quoted = False
        for i, ch in enumerate(line):
            if ch == '"':
                quoted = not quoted
            elif ch == ":" and not quoted:
                colon = i
                break
        else:
            return None
    head, value = line[:colon], line[colon + 1:]
    parts = _split_params(head)
    name = parts[0].strip()
    group, _, name = name.rpartition(".")
    if not _NAME.match(name):
        return None
    return group.lower(), name.upper(), parts[1:], value


def _is_qp_head(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


# Binary properties: their data is skipped unread. Base64 on a text property (``N;ENCODING=b:...``, which
# some phones write for non-ASCII names) is decoded like quoted-printable.
_BINARY_HEAD = re.compile(r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)\s*[;:]", re.I)


def _is_binary_head(line: str) -> bool:
    return bool(_BINARY_HEAD.match(line))


def _physical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Lines end with LF, CRLF or CRCRLF (iPhone); a lone CR inside a line is a newline of a value
    (Thunderbird writes one unescaped), unless the file has no LF at all (old Mac line ends)."""
    end = "\n" if "\n" in text else "\r"
    for number, match in enumerate(re.finditer(f"([^{end}]*)(?:{end}|$)", text), start=1):
        if match.end() == match.start():  # the empty match at the very end
            break
        yield number, match.group(1).rstrip("\r")


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, unfolded line): folded lines (CRLF + space or tab) and quoted-printable soft
    line breaks joined; the continuation lines of a binary value (a photo) are dropped, not joined."""
    current: list[str] = []
    start = 0
    binary = qp = False
    for number, line in _physical_lines(text):
        if current and qp and current[-1].endswith("=") and not (_BEGIN.match(line) or _END.match(line)):
            current[-1] = current[-1][:-1]  # a soft line break, before folding: "Kowal=" + " ski" is "Kowalski"
            current.append(line[1:] if line[:1] in (" ", "\t") else line)
            continue
        if current and line[:1] in (" ", "\t"):
            if not binary:
                current.append(line[1:])
            continue
        if current:
            yield start, "".join(current)
        if not line.strip():
            current = []
            binary = qp = False
            continue
        start, current = number, [line]
        binary, qp = _is_binary_head(line), _is_qp_head(line)
        if binary:
            current = [line.split(":", 1)[0] + ":"]  # the name only: the data is never kept
    if current:
        yield start, "".join(current)


def read_cards(text: str) -> Iterator[Card]:
    """The cards of a file given as latin-1 text (see ``_file_text``); damaged ones carry ``error``."""
    card: Card | None = None
    stray: Card | None = None  # lines outside any card
    number = 0
    nested = 0  # an AGENT's embedded card (vCard 2.1): its lines belong to the AGENT property
    previous = ""
    for line_no, line in _logical_lines(text):
        if nested:
            if _BEGIN.match(line):
                nested += 1
            elif _END.match(line):
                nested -= 1
            continue
        if _BEGIN.match(line):
            if card is not None and previous.upper().startswith("AGENT") and previous.rstrip().endswith(":"):
                nested = 1
                continue
            if stray is not None:
                yield stray
                stray = None
            if card is not None:
                card.error = (f"card {card.number} (line {card.line}) has no END:VCARD: another card starts at "
                              f"line {line_no}")
                yield card
            number += 1
            card = Card(number, line_no)
            previous = line
            continue
        if _END.match(line):
            if card is None:
                if stray is None:
                    number += 1
                    stray = Card(number, line_no)
                stray.error = stray.error or f"line {line_no}: END:VCARD without BEGIN:VCARD"
                yield stray
                stray = None
            else:
                yield card
                card = None
            continue
        target = card
        if target is None:
            if stray is None:
                number += 1
                stray = Card(number, line_no, error=f"line {line_no} is outside any card (BEGIN:VCARD is missing)")
            target = stray
        previous = line
        parsed = _split_line(line)
        if target is card and target.properties and _continues(parsed, target.properties[-1]):
            # A line break the phone did not escape (Android's notes): the text goes on in the value,
            # never into a property nobody reads ("Uwagi: klient VIP") nor into a damaged card.
            last = target.properties[-1]
            target.properties[-1] = Property(last.group, last.name, last.params, last.value + "\n" + line)
            continue
        if parsed is None:
            if not target.error:
                target.error = (f"card {target.number}: line {line_no} is not a vCard property (NAME:value); the "
                                "file may be damaged there")
            continue
        group, name, params, raw = parsed
        target.properties.append(Property(group, name, _parse_params(params), raw))
    if stray is not None:
        yield stray
    if card is not None:
        card.error = f"card {card.number} (line {card.line}) has no END:VCARD: the file ends inside it"
        yield card


# Property names of vCard 2.1-4.0 (RFC 2426, RFC 6350 and the 2.1 specification): a line whose "name" is
# none of these (and no X- extension) is the rest of the value above it.
_KNOWN = frozenset({
    "BEGIN", "END", "VERSION", "SOURCE", "KIND", "XML", "FN", "N", "NICKNAME", "PHOTO", "BDAY", "ANNIVERSARY",
    "GENDER", "ADR", "LABEL", "TEL", "EMAIL", "MAILER", "IMPP", "LANG", "TZ", "GEO", "TITLE", "ROLE", "LOGO",
    "AGENT", "ORG", "MEMBER", "RELATED", "CATEGORIES", "NOTE", "PRODID", "REV", "SORT-STRING", "SOUND", "UID",
    "CLIENTPIDMAP", "URL", "KEY", "FBURL", "CALADRURI", "CALURI", "NAME", "PROFILE", "CLASS",
})


def _continues(parsed: tuple[str, str, list[str], str] | None, last: Property) -> bool:
    """Whether a line inside a card is the rest of the text value above it (only after a text property)."""
    if last.name not in ("NOTE", "ADR", "LABEL", "ORG", "TITLE", "ROLE"):
        return False
    if parsed is None:
        return True
    group, name, _, _ = parsed
    return not group and name not in _KNOWN and not name.startswith("X-")


# ---------------------------------------------------------------------------------------------- values
def _unescape(text: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _components(text: str) -> list[str]:
    """A structured value (N, ADR, ORG) split at unescaped ``;``, each part unescaped."""
    parts = re.split(r"(?<!\\);", text)  # an escaped backslash before ; is too rare to matter here
    return [_clean(_unescape(p)) for p in parts]


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text[:MAX_CELL]


def _list_value(text: str) -> list[str]:
    """A comma-separated list value (CATEGORIES, NICKNAME, N's parts), each item unescaped."""
    return [_clean(_unescape(p)) for p in re.split(r"(?<!\\),", text) if _clean(_unescape(p))]


def birthday(text: str, params: dict[str, list[str]]) -> Value:
    """``BDAY`` as a date, ``--MM-DD`` for a birthday without a year, or the text as written."""
    value = text.strip()
    omit = params.get("X-APPLE-OMIT-YEAR", [])
    m = _DATE.match(value)
    if m:
        year, month, day = (int(g) for g in m.groups())
        if (omit and omit[0] == m.group(1)) or year == 1604:  # Apple's "no year"
            return f"--{month:02d}-{day:02d}"
        try:
            return dt.date(year, month, day)
        except ValueError:
            return value
    m = _YEARLESS.match(value)
    if m:
        return f"--{m.group(1)}-{m.group(2)}"
    return value


def _phone_text(value: str) -> str:
    text = value.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
        number, _, extension = text.partition(";ext=")
        text = f"{number} ext. {extension}" if extension else number.split(";", 1)[0]
    return text


def _apple_labels(card: Card) -> dict[str, str]:
    labels = {}
    for prop in card.properties:
        if prop.name == "X-ABLABEL" and prop.group:
            text = _unescape(prop.value).strip()
            m = _APPLE_LABEL.match(text)
            labels[prop.group] = (m.group(1) if m else text).lower().replace(" ", "")
    return labels


def _is_pref(prop: Property) -> bool:
    return "pref" in prop.types() or bool(prop.params.get("PREF"))


def _address_text(parts: list[str]) -> str:
    return ", ".join(p.replace("\n", ", ") for p in parts if p)


@dataclass
class _Row:
    cells: dict[str, Value] = field(default_factory=dict)
    phones: dict[str, list[str]] = field(default_factory=dict)
    emails: dict[str, list[str]] = field(default_factory=dict)


def card_row(card: Card, default: str) -> _Row:
    """One card as named cells (column kind -> value)."""
    row = _Row()
    cells = row.cells
    apple = _apple_labels(card)
    addresses: list[tuple[bool, list[str]]] = []
    notes, tags, urls, nicknames = [], [], [], []
    title = role = full_name = ""
    for prop in card.properties:
        name = prop.name
        if name in _BINARY or name.startswith("X-") and name != "X-GENDER":
            continue
        text = _decode_value(prop.value, prop.params, default)
        if name == "FN":
            full_name = full_name or _clean(_unescape(text))
        elif name == "N":
            # Each part may list several values at unescaped commas ("Jan,Maria" middle names); an escaped
            # comma ("Kowalski\\, Jr.") is part of the name. So split the raw part first, then unescape.
            raw_parts = (re.split(r"(?<!\\);", text) + [""] * 5)[:5]
            for column, raw in zip(("Last name", "First name", "Middle name", "Honorific prefix",
                                    "Honorific suffix"), raw_parts, strict=True):
                part = " ".join(_list_value(raw))
                if part and column not in cells:
                    cells[column] = part
        elif name == "ORG":
            parts = [p for p in _components(text) if p]
            if parts and "Company" not in cells:
                cells["Company"] = parts[0]
                if parts[1:]:
                    cells["Department"] = ", ".join(parts[1:])
        elif name == "TITLE":
            title = title or _clean(_unescape(text))
        elif name == "ROLE":
            role = role or _clean(_unescape(text))
        elif name == "TEL":
            number = _phone_text(_unescape(text))
            if number:
                row.phones.setdefault(_phone_kind(prop, apple), []).append(number)
        elif name == "EMAIL":
            address = _clean(_unescape(text))
            if address:
                row.emails.setdefault(_email_kind(prop, apple), []).append(address)
        elif name == "ADR":
            parts = (_components(text) + [""] * 7)[:7]
            if any(parts):
                addresses.append((_is_pref(prop), parts))
        elif name == "BDAY" and "Birth date" not in cells:
            if prop.params.get("VALUE", [""])[0].lower() == "text":
                cells["Birth date"] = _clean(_unescape(text))
            else:
                cells["Birth date"] = birthday(_unescape(text), prop.params)
        elif name in ("GENDER", "X-GENDER") and "Gender" not in cells:
            sex = _unescape(text).split(";", 1)[0].strip().lower()
            if sex in _GENDERS:
                cells["Gender"] = _GENDERS[sex]
        elif name == "KIND" and text.strip().lower() == "org":
            cells["Kind"] = "company"
        elif name == "NOTE":
            note = _clean(_unescape(text))
            if note:
                notes.append(note)
        elif name == "CATEGORIES":
            tags += [t for t in _list_value(text) if t.casefold() not in _SYSTEM_GROUPS and t not in tags]
        elif name == "URL":
            url = _clean(_unescape(text))
            if url and url not in urls:
                urls.append(url)
        elif name == "NICKNAME":
            nicknames += [n for n in _list_value(text) if n not in nicknames]
    has_name = any(cells.get(c) for c in ("First name", "Last name"))
    if full_name and (has_name or full_name != cells.get("Company")):
        cells["Full name"] = full_name
    if title and role and role != title:
        cells["Job title"] = f"{title}, {role}"
    elif title or role:
        cells["Job title"] = title or role
    if addresses:
        chosen = next((i for i, (pref, _) in enumerate(addresses) if pref), 0)
        pobox, extended, street, city, region, postcode, country = addresses[chosen][1]
        street_text = ", ".join(p for p in (street.replace("\n", ", "), extended) if p) or pobox
        for column, value in (("Street", street_text), ("City", city), ("Region", region),
                              ("Postal code", postcode), ("Country", country)):
            if value:
                cells[column] = value
        others = [_address_text(parts) for i, (_, parts) in enumerate(addresses) if i != chosen]
        if others:
            cells["Other addresses"] = "; ".join(o for o in others if o)
    if notes:
        cells["Notes"] = "\n".join(notes)[:MAX_CELL]
    if tags:
        cells["Tags"] = ", ".join(tags)
    if urls:
        cells["Website"] = " ".join(urls)[:MAX_CELL]
    if nicknames:
        cells["Nickname"] = ", ".join(nicknames)
    return row


def _phone_kind(prop: Property, apple: dict[str, str]) -> str:
    types = prop.types()
    if prop.group in apple:
        label = apple[prop.group]
        return _APPLE_TYPES.get(label, "fax" if "fax" in label else "")
    for kind in ("fax", "cell", "mobile", "iphone", "work", "home"):
        if kind in types:
            return _PHONE_TYPES[kind]
    return ""


def _email_kind(prop: Property, apple: dict[str, str]) -> str:
    if prop.group in apple:
        label = apple[prop.group]
        return label if label in ("work", "home") else ""
    types = prop.types()
    return "work" if "work" in types else "home" if "home" in types else ""


# ---------------------------------------------------------------------------------------------- sheet
def _numbered(base: str, count: int) -> list[str]:
    return [base if i == 0 else f"{base} {i + 1}" for i in range(count)]


def build_sheet(name: str, cards: list[Card], default: str) -> tuple[SheetData, int]:
    """The sheet (header row, one row per card) and how many cards are damaged."""
    rows = [card_row(card, default) for card in cards]
    phone_counts = {kind: max((len(r.phones.get(kind, [])) for r in rows), default=0) for kind, _ in _PHONE_KINDS}
    email_counts = {kind: max((len(r.emails.get(kind, [])) for r in rows), default=0) for kind, _ in _EMAIL_KINDS}
    used = {column for r in rows for column, value in r.cells.items() if value not in ("", None)}
    header = [c for c in _FIXED_BEFORE if c in used]
    slots: list[tuple[str, str, int]] = []  # (phones|emails, kind, position)
    for kind, base in _PHONE_KINDS:
        for i, title in enumerate(_numbered(base, phone_counts[kind])):
            header.append(title)
            slots.append(("phones", kind, i))
    for kind, base in _EMAIL_KINDS:
        for i, title in enumerate(_numbered(base, email_counts[kind])):
            header.append(title)
            slots.append(("emails", kind, i))
    header += [c for c in _FIXED_AFTER if c in used]
    first_slot = len([c for c in _FIXED_BEFORE if c in used])
    fixed_positions = {c: i for i, c in enumerate(header)}
    grid: list[list[Value]] = [list(header)]
    errors: dict[int, str] = {}
    for index, (card, r) in enumerate(zip(cards, rows, strict=True), start=1):
        cells: list[Value] = [""] * len(header)
        for column, value in r.cells.items():
            if column in fixed_positions:
                cells[fixed_positions[column]] = value
        for s, (which, kind, i) in enumerate(slots):
            values = getattr(r, which).get(kind, [])
            if i < len(values):
                cells[first_slot + s] = values[i]
        while cells and cells[-1] == "":
            cells.pop()
        grid.append(cells)
        if card.error:
            errors[index] = f"damaged vCard: {card.error}"
    return SheetData(name, grid, row_errors=errors), len(errors)


class VcardWorkbook(Workbook):
    """A .vcf file as one sheet named after the file; read whole at open (the columns depend on every card)."""

    format = "vcard"

    def __init__(self, path: Path, limits: Limits, data: bytes) -> None:
        super().__init__(path, limits)
        text, self.encoding = _file_text(data)
        del data
        if not text.strip():
            raise ImportRefused(path, "empty", "the file holds no contacts (only blank lines)")
        if not re.search(r"^\s*BEGIN\s*:\s*VCARD\s*$", text, re.I | re.M):
            raise ImportRefused(
                path, "not-a-spreadsheet",
                "it holds no vCard (no BEGIN:VCARD line); export the contacts again as vCard (.vcf) or as CSV",
            )
        cards = list(read_cards(text))
        del text
        good = sum(1 for c in cards if not c.error and c.properties)
        if not good:
            first = next((c.error for c in cards if c.error), "the cards are empty")
            raise ImportRefused(path, "damaged", f"none of its {len(cards)} cards can be read ({first})")
        header_width = 40  # generous: the exact width is known only after building the rows
        if len(cards) * header_width > limits.max_cells * 4:
            raise ImportRefused(path, "too-large", f"it holds {len(cards):,} cards, more than an import handles; "
                                "split the file and import the parts")
        self._sheet, damaged = build_sheet(path.stem, cards, self.encoding)
        cells = sum(len(r) for r in self._sheet.rows)
        if cells > limits.max_cells:
            raise ImportRefused(path, "too-large", f"the cards hold more than {limits.max_cells:,} values; split "
                                "the file and import the parts")
        if damaged:
            self.warnings.append(
                f"{damaged} of the {len(cards)} cards in {path.name} are damaged; they are listed among the rows "
                "with problems (row = card number + 1) and are not imported unless you choose to.")
        self.sheets = [SheetInfo(0, path.stem)]

    def read_sheet(self, sheet: str | int | None = None, *, max_rows: int | None = None) -> SheetData:
        info = self.sheet_info(sheet)
        data = self._sheet
        if max_rows is None or len(data.rows) <= max_rows:
            return data
        return SheetData(info.name, data.rows[:max_rows], complete=False,
                         row_errors={k: v for k, v in data.row_errors.items() if k < max_rows})


def looks_like_vcard(head: bytes) -> bool:
    """The first bytes start a vCard (any BOM, UTF-16 or not, blank lines before it)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom):].decode(encoding, errors="ignore").encode("utf-8")
            break
    else:
        if b"\x00" in head[:64]:
            head = head.replace(b"\x00", b"")
    return head.lstrip()[:11].upper() == b"BEGIN:VCARD"
