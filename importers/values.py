"""Cells to field values: names split, phones and e-mails normalised and split, dates from serials or text.

Every doubt becomes a ``Problem`` naming the sheet, the row and column as the spreadsheet shows them, the
value and the reason. Warnings keep the value (as written, flagged: a phone whose digits a float lost is
stored as written and marked invalid, never guessed); errors put the row among the rows with problems,
which by default are not imported but written to the rejected-rows file to be fixed. Nothing is dropped:
a value that fits no field (an unreadable date, an unknown gender) is kept in the notes.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from importers.mapping import ColumnMap
from importers.readers import ERROR_VALUES, SheetData, Value, column_letter
from models.countries import country_code
from models.dates import DateError, month_name_date, parse_date
from models.emails import Email, parse_email, split_emails
from models.names import fix_case, split_full_name
from models.phones import TRUNK_8_GUESS, Phone, PhoneReader, format_phone, split_phones
from models.tables import SEGMENTS
from models.text import clean_spaces, fold

_EPOCH_1900 = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's phantom 1900-02-29
_EPOCH_1904 = dt.date(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 9999-12-31
_GENDER = {
    "female": ("f", "female", "woman", "w", "k", "kobieta", "pani", "ж", "жен", "женский", "женщина", "жінка",
               "жіноча", "mrs", "ms", "miss"),
    "male": ("m", "male", "man", "mężczyzna", "mezczyzna", "pan", "м", "муж", "мужской", "мужчина", "ч", "чол",
             "чоловік", "чоловіча", "mr"),
    "other": ("other", "inna", "inne", "другое", "другой", "інша", "інше"),
    "unknown": ("unknown", "unspecified", "?", "n/a", "nieznana", "nie podano", "не указан", "не указано", "не вказано"),  # "unknown" as our exports write it
}
_GENDER_VALUE = {word: gender for gender, words in _GENDER.items() for word in words}
_YES = {"yes", "y", "tak", "t", "да", "д", "так", "1", "true", "x", "+", "✓", "✔", "granted", "opt-in", "zgoda"}
_NO = {"no", "n", "nie", "нет", "н", "ні", "0", "false", "-", "withdrawn", "opt-out", "brak zgody"}
_UNKNOWN = {"unknown", "?", "n/a"}
_TAG_SPLIT = re.compile(r"\s*(?:[,;|]|:::)\s*")
# An address in a contact column's cell, beside a phone or a label ("anna@wp.pl, 601 234 567", "e-mail: ...").
_EMAIL_IN_CELL = re.compile(r"[^\s,;:<>()\[\]]+@[^\s,;:<>()\[\]]+")
_EMAIL_WORD = re.compile(r"(?i)\b(?:e-?mail|mail|poczta|почта|пошта)\b\s*:?")
_NAME_TARGETS = ("first_name", "last_name", "middle_name")
_TITLE_CASE_TARGETS = ("city", "district", "region")
_YEARLESS = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}|--\d{2}-?\d{2})$")  # "MM/DD", "17.05", Google's "--05-17"
# "No date" as Outlook and some exports write it: as good as empty.
_ZERO_DATE = re.compile(r"^0{1,4}[./-]0{1,2}[./-]0{1,4}$")
# A cell of a totals row at the bottom of a list: the word alone ("Итого", "TOTAL") or followed by a count
# or an amount ("Razem klientek: 5", "Suma 1 250 zł"). "Total Fitness" or a Mr Sum, with no digit after the
# word, are clients.
_TOTALS = re.compile(
    r"^(?:razem|suma|ogolem|lacznie|podsumowanie|total|totals|grand total|subtotal|sum|summary|итого|итог|всего|"
    r"разом|усього|всього|підсумок)(?:[\W_]*$|[\s:.,=(-].*\d)"
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One doubt about one cell (or a whole row when ``column`` is empty)."""

    sheet: str
    row: int  # as the spreadsheet shows it (1-based, counting title and header rows)
    column: str  # letter, "" for the row as a whole
    value: str
    reason: str
    severity: str = "warning"  # warning: imported and flagged; error: the row needs the user's decision

    def __reduce__(self) -> tuple:  # positional: pickles (to app.offload) in a third less time
        return Problem, (self.sheet, self.row, self.column, self.value, self.reason, self.severity)

    def as_dict(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "value": self.value,
                "reason": self.reason, "severity": self.severity}


@dataclass(slots=True)
class ParsedRow:
    """One sheet row as client data (the ``data`` dict that app.records and the bulk writer accept)."""

    row: int
    cells: list[Value]
    fields: dict[str, object] = field(default_factory=dict)
    phones: list[Phone] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def __reduce__(self) -> tuple:  # positional: pickles (to app.offload) in a third less time
        return ParsedRow, (self.row, self.cells, self.fields, self.phones, self.emails, self.tags, self.custom,
                           self.notes, self.problems)

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def data(self) -> dict[str, object]:
        """The client data in DESIGN field names, as app.records.create_client/update_client take it."""
        out: dict[str, object] = {k: v for k, v in self.fields.items() if v not in ("", None)}
        if self.phones:
            out["phones"] = [p.as_dict() for p in self.phones]
        if self.emails:
            out["emails"] = [e.as_dict() for e in self.emails]
        if self.tags:
            out["tags"] = list(self.tags)
        if self.custom:
            out["custom"] = dict(self.custom)
        if self.notes:
            out["notes"] = "\n".join(self.notes)
        return out


def cell_text(value: Value) -> str:
    """A cell as the text a person would type: ``12.0`` -> ``12``, dates ISO, text trimmed."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def serial_to_date(serial: float, date1904: bool = False) -> dt.date:
    """An Excel serial day number to a date, in the workbook's 1900 or 1904 date system."""
    if not 0 < serial <= _MAX_SERIAL:
        raise DateError(f"{serial:g} is not a date serial number")
    days = int(serial)
    if date1904:
        return _EPOCH_1904 + dt.timedelta(days=days)
    if days == 60:
        raise DateError("60 is 1900-02-29, a day that does not exist (an old Excel bug)")
    if days < 60:
        return dt.date(1899, 12, 31) + dt.timedelta(days=days)
    return _EPOCH_1900 + dt.timedelta(days=days)




def _multi(value: Value) -> list[Value]:
    """A cell split at Google Contacts' ``:::`` separator (other cells as they are)."""
    if isinstance(value, str) and ":::" in value:
        return [part.strip() for part in value.split(":::") if part.strip()]
    return [value]


_split_name = functools.lru_cache(maxsize=65_536)(split_full_name)  # common names repeat across rows


# Distinct values remembered per text column: cities and first names repeat and fit; streets and
# surnames are mostly unique and would only hold memory (11 MB at 100k rows, no hits).
_TEXT_MEMO = 16_384


class RowParser:
    """Turns sheet rows into ``ParsedRow`` with one handler per mapped column, built once per import."""

    def __init__(self, sheet: SheetData, mapping: Sequence[ColumnMap], *, region: str = "PL",
                 fallback: str | None = None) -> None:
        self.sheet = sheet
        self.region = region
        # The country most of the sheet's phones belong to (``sheet_region``), when it is another one: a
        # number that is not valid in ``region`` and has no country of its own is tried there.
        self._fallback = PhoneReader(fallback) if fallback and fallback != region else None
        self.columns = [m for m in mapping if m.target != "ignore"]
        # Columns whose text never makes a totals row: notes, addresses, custom fields ("Razem z mężem,
        # 2 dzieci" is a note about a client). Names, company and columns not imported can.
        self._not_totals = {m.index for m in self.columns
                            if m.target not in (*_NAME_TARGETS, "full_name", "company")}
        self._has_split_names = any(m.target in _NAME_TARGETS for m in self.columns)
        self._notes_columns = sum(1 for m in self.columns if m.target == "notes")
        # The country first (phones are read in its numbering plan); full names last: separate first/last
        # columns, when present, win over splitting.
        ordered = sorted(self.columns, key=lambda m: (m.target != "country", m.target == "full_name"))
        self._handlers: list[tuple[int, ColumnMap, Callable[[ParsedRow, ColumnMap, Value], None]]] = [
            (m.index, m, self._handler(m.target)) for m in ordered
        ]
        self._phones: dict[str, PhoneReader] = {region: PhoneReader(region)}
        self._regions: dict[str, str] = {}  # country as written -> region code (one lookup per country)
        self._today = dt.date.today()
        # Per column, each distinct value's result once: cities, genders, sources and tags repeat down
        # a sheet of 100k rows (a problem is still reported on every row that has it).
        self._texts: dict[int, dict[Value, str]] = {}
        self._tag_lists: dict[str, list[str]] = {}

    def _handler(self, target: str) -> Callable[[ParsedRow, ColumnMap, Value], None]:
        if target == "full_name":
            return self._full_name
        if target == "phone":
            return self._phone
        if target == "email":
            return self._email
        if target == "contact":
            return self._contact
        if target == "birth_date":
            return self._date
        if target.startswith("consent_") and target.endswith(("_date", "_optout")):
            return self._consent_date
        if target == "gender":
            return self._gender
        if target.startswith("consent_"):
            return self._consent
        if target == "tags":
            return self._tags
        if target == "notes":
            return self._notes
        if target.startswith("custom."):
            return self._custom
        if target == "kind":
            return self._kind
        if target == "segment":
            return self._segment
        return self._text

    # ------------------------------------------------------------------ one row
    def parse(self, index: int, cells: list[Value]) -> ParsedRow | None:
        """Parse sheet row ``index`` (0-based); None for a row with nothing in the mapped columns."""
        row = ParsedRow(index + 1, cells)
        errors = self.sheet.errors
        width = len(cells)
        empty = True
        for c, col, handler in self._handlers:
            value = cells[c] if c < width else None
            if value is None or value == "":
                if errors and (index, c) in errors:
                    self._spreadsheet_error(row, col, errors[(index, c)])
                continue
            if isinstance(value, str):
                value = value.strip()
                if not value:
                    continue
                if value in ERROR_VALUES:
                    self._spreadsheet_error(row, col, value)
                    continue
            empty = False
            handler(row, col, value)
        damaged = self.sheet.row_errors.get(index) if self.sheet.row_errors else None
        if damaged:
            self._problem(row, None, "", damaged, "error")
        elif empty:
            return None
        self._finish(row)
        return row

    def _problem(self, row: ParsedRow, col: ColumnMap | None, value: object, reason: str,
                 severity: str = "warning") -> None:
        row.problems.append(Problem(self.sheet.name, row.row, col.letter if col else "",
                                    cell_text(value) if not isinstance(value, str) else value, reason, severity))

    def _spreadsheet_error(self, row: ParsedRow, col: ColumnMap, error: str) -> None:
        self._problem(row, col, error, f"spreadsheet error {error} in {col.header!r}; treated as empty")

    def _keep_in_notes(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        row.notes.append(f"{col.header}: {cell_text(value)}")

    def _finish(self, row: ParsedRow) -> None:
        f = row.fields
        if not row.emails and not any(p.valid for p in row.phones) and self._totals_row(row):
            return
        if not any((f.get("first_name"), f.get("last_name"), f.get("company"), row.phones, row.emails)):
            self._problem(row, None, "", "no name, company, phone or e-mail: nothing identifies a client", "error")
        if f.get("company") and not any((f.get("first_name"), f.get("last_name"))) and "kind" not in f:
            f["kind"] = "company"

    def _totals_row(self, row: ParsedRow) -> bool:
        """A totals or summary line under the list ("Razem: 5", "Итого") is not a client: flag it as an
        error so it is not imported but listed (and written to the rejected rows), never dropped."""
        for c, value in enumerate(row.cells):
            if c in self._not_totals:
                continue
            if isinstance(value, str) and value.strip() and _TOTALS.match(fold(value.strip())):
                self._problem(row, None, value.strip(),
                              f"looks like a totals row ({column_letter(c)}{row.row} says {value.strip()[:40]!r}), "
                              "not a client; not imported. If it is a client, give it a phone or an e-mail "
                              "and import it again", "error")
                return True
        return False

    # ------------------------------------------------------------------ handlers
    def _text(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        target = col.target
        texts = self._texts.get(col.index)
        if texts is None:
            texts = self._texts[col.index] = {}
        text = texts.get(value)
        if text is None:
            text = clean_spaces(cell_text(value))
            if (target in _NAME_TARGETS or target in _TITLE_CASE_TARGETS) and (text.isupper() or text.islower()):
                text = fix_case(text)  # only a value written all in one case is re-cased
            if not isinstance(value, bool) and len(texts) < _TEXT_MEMO:  # True == 1 as a dict key
                texts[value] = text
        if target == "postcode" and isinstance(value, int | float) and not isinstance(value, bool):
            self._problem(row, col, value, "postcode stored as a number; leading zeros may be missing")
        old = row.fields.get(target)
        row.fields[target] = f"{old} {text}" if old else text  # "ulica" + "nr domu" in two columns

    def _full_name(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        parts = _split_name(cell_text(value))
        f = row.fields
        if self._has_split_names and (f.get("first_name") or f.get("last_name")):
            return
        for name in _NAME_TARGETS:
            part = getattr(parts, name)
            if part and not f.get(name):
                f[name] = part

    def _phone_parser(self, row: ParsedRow) -> PhoneReader:
        """Phones are read in the numbering plan of the row's country (as app.records does), else the
        register's region."""
        country = row.fields.get("country")
        if not country:
            return self._phones[self.region]
        region = self._regions.get(str(country))
        if region is None:
            region = self._regions[str(country)] = country_code(str(country)) or self.region
        parser = self._phones.get(region)
        if parser is None:
            parser = self._phones[region] = PhoneReader(region)
        return parser

    def _phone(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        parser = self._phone_parser(row)
        fallback = self._fallback if not row.fields.get("country") else None
        for piece in (p for part in _multi(value) for p in split_phones(part)):
            phone = parser.parse(piece, col.label)
            if fallback is not None and not phone.valid and phone.problem != "precision":
                other = fallback.parse(piece, col.label)  # "067-123-45-68" in a Ukrainian list, Polish register
                phone = other if other.valid else phone
            if phone.problem:
                self._phone_problem(row, col, piece, phone)
            if all(p.value != phone.value for p in row.phones):
                row.phones.append(phone)

    def _phone_problem(self, row: ParsedRow, col: ColumnMap, piece: object, phone: Phone) -> None:
        if phone.valid:
            if phone.problem == TRUNK_8_GUESS:
                self._problem(row, col, piece, f"read as the Russian/Kazakh number {format_phone(phone.value)} "
                              "(the leading 8 taken as the trunk prefix used in Russia and Kazakhstan), although "
                              "the same digits are also a valid number elsewhere. If it is not a Russian or "
                              "Kazakh number, write it with + and its country code")
            return
        reason = {
            "precision": "the spreadsheet stored this phone as a number and lost digits; kept as written, check it",
            "empty": "empty phone",
        }.get(phone.problem, "not a valid phone number; kept as written")
        if col.target == "contact" and phone.problem not in ("precision", "empty"):
            reason = "neither an e-mail address nor a valid phone number; kept as written among the phones"
        self._problem(row, col, piece, reason)

    def _contact(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        """A column of phones and e-mails ("Kontakt"): a value with an ``@`` is read as e-mail address(es),
        what is left beside them (a number, "tel. ...") as a phone; any other value as a phone."""
        if not isinstance(value, str) or "@" not in value:
            self._phone(row, col, value)
            return
        found = _EMAIL_IN_CELL.findall(value)
        if not found:
            self._email(row, col, value)  # "anna @ wp" : reported as a bad e-mail, kept as written
            return
        self._email(row, col, " ".join(found))
        rest = _EMAIL_WORD.sub(" ", _EMAIL_IN_CELL.sub(" ", value)).strip(" ,;/|-:\t\n")
        if sum(ch.isdigit() for ch in rest) >= 3:
            self._phone(row, col, rest)
        elif rest:
            self._problem(row, col, value, "the e-mail address was read; the rest of the cell is neither an e-mail "
                          "nor a phone and was kept in notes")
            self._keep_in_notes(row, col, rest)

    def _email(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        pieces = [p for part in _multi(cell_text(value)) for p in (split_emails(part) or [part])]
        for piece in pieces:
            email = parse_email(piece, col.label)
            if not email.valid:
                self._problem(row, col, piece, "not a valid e-mail address; kept as written")
            if all(e.value.lower() != email.value.lower() for e in row.emails):
                row.emails.append(email)

    def _typed_date(self, value: Value) -> dt.date | None:
        """A date or datetime cell, or a spreadsheet serial, as a date; None for text."""
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return serial_to_date(float(value), self.sheet.date1904)
        return None

    def _date(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        try:
            parsed = self._typed_date(value)
            if parsed is None:  # text: the typed cells (most of a sheet's dates) skip all of this
                text = cell_text(value)
                if _ZERO_DATE.match(text):
                    return  # "0/0/00": how Outlook writes "no birthday"
                named = month_name_date(text) if any(ch.isalpha() for ch in text) else None
                if _YEARLESS.match(text) or named == "yearless":
                    self._problem(row, col, value, f"birthday without a year in {col.header!r}; kept in notes, "
                                  "add the year to set the birth date")
                    self._keep_in_notes(row, col, value)
                    return
                if isinstance(named, dt.date):
                    parsed = named
                else:
                    result = parse_date(text)
                    parsed = result.value
                    if result.ambiguous:
                        self._problem(row, col, value, f"ambiguous date, read as day/month: {parsed.isoformat()} "
                                      f"({parsed:%d %B %Y}); check it if the file writes month/day")
        except DateError as exc:
            self._problem(row, col, value, f"not a date ({exc}); kept in notes", "error")
            self._keep_in_notes(row, col, value)
            return
        if parsed > self._today or parsed.year < 1900:
            self._problem(row, col, value, f"unlikely birth date {parsed.isoformat()}")
        row.fields[col.target] = parsed

    def _consent_date(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        """When a consent was given or withdrawn (our own exports carry it)."""
        try:
            parsed = self._typed_date(value)
            if parsed is None:
                parsed = parse_date(cell_text(value)).value
        except DateError as exc:
            self._problem(row, col, value, f"not a date ({exc}); kept in notes")
            self._keep_in_notes(row, col, value)
            return
        row.fields[col.target] = parsed

    def _gender(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        key = clean_spaces(cell_text(value)).casefold().strip(".")
        gender = _GENDER_VALUE.get(key)
        if gender is None:
            self._problem(row, col, value, "unknown gender; kept in notes")
            self._keep_in_notes(row, col, value)
            return
        if gender != "unknown":  # as good as empty: never overwrites a known gender on update
            row.fields["gender"] = gender

    def _consent(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        key = clean_spaces(cell_text(value)).casefold()
        if isinstance(value, bool):
            key = "true" if value else "false"
        if key in _UNKNOWN:
            return  # our exports write "unknown": as good as empty, never resets a consent on update
        if key in _YES:
            row.fields[col.target] = "granted"
        elif key in _NO:
            row.fields[col.target] = "withdrawn"
        else:
            self._problem(row, col, value, "consent is not yes/no; kept in notes")
            self._keep_in_notes(row, col, value)

    def _kind(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        key = cell_text(value).casefold()
        if key in ("company", "firma", "компания", "компанія", "organization", "b2b"):
            row.fields["kind"] = "company"
        elif key in ("person", "osoba", "osoba prywatna", "частное лицо", "фізична особа", "b2c"):
            row.fields["kind"] = "person"
        else:
            self._problem(row, col, value, "kind is not person/company; kept in notes")
            self._keep_in_notes(row, col, value)

    def _segment(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        key = cell_text(value).casefold()
        if key in SEGMENTS:
            row.fields["segment"] = key
        else:
            self._problem(row, col, value, f"segment is not one of {', '.join(SEGMENTS)}; kept in notes")
            self._keep_in_notes(row, col, value)

    def _tags(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        text = cell_text(value)
        tags = self._tag_lists.get(text)
        if tags is None:
            tags = self._tag_lists[text] = [t for t in (clean_spaces(t).lstrip("* ").lower()
                                                        for t in _TAG_SPLIT.split(text)) if t]
        for tag in tags:
            if tag not in row.tags:
                row.tags.append(tag)

    def _notes(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        text = cell_text(value)
        row.notes.append(f"{col.header}: {text}" if self._notes_columns > 1 else text)

    def _custom(self, row: ParsedRow, col: ColumnMap, value: Value) -> None:
        row.custom[col.target[7:]] = clean_spaces(cell_text(value))


REGION_SAMPLE = 2000  # phones read to find the sheet's country


def sheet_region(sheet: SheetData, mapping: Sequence[ColumnMap], data_start: int, region: str) -> str:
    """The country whose plan reads the sheet's phones that the register's ``region`` cannot: a Ukrainian
    list in a Polish register writes ``067 123 45 67``. The candidates are the countries of the sheet's
    valid phones and the ex-USSR plans whose habits (no country code, trunk ``0`` or ``8``) owners' lists
    follow; the one that reads the most of the unreadable numbers wins, if it reads at least half of them.
    ``region`` when none does, when nothing is unreadable, or when a country column decides per row. The
    first ``REGION_SAMPLE`` numbers decide."""
    import phonenumbers

    columns = [m.index for m in mapping if m.target in ("phone", "contact")]
    if not columns or any(m.target == "country" for m in mapping):
        return region
    reader = PhoneReader(region)
    seen_in: dict[str, int] = dict.fromkeys(("UA", "RU", "BY", "KZ"), 0)  # candidate -> its valid phones here
    unread: list[object] = []  # not valid in the register's plan: what the sheet's country is for
    seen = 0
    for row in sheet.rows[data_start:]:
        for c in columns:
            value = row[c] if c < len(row) else None
            if value is None or value == "" or isinstance(value, bool):
                continue
            for piece in (p for part in _multi(value) for p in split_phones(part)):
                if isinstance(piece, str) and "@" in piece:
                    continue  # an e-mail in a contact column
                phone = reader.parse(piece)
                if phone.valid:
                    code = phonenumbers.region_code_for_number(phonenumbers.parse(phone.value)) or region
                    seen_in[code] = seen_in.get(code, 0) + 1
                elif phone.problem != "precision":
                    unread.append(piece)
                seen += 1
        if seen >= REGION_SAMPLE:
            break
    seen_in.pop(region.upper(), None)
    if not unread or not seen_in:
        return region
    read = {code: sum(1 for piece in unread if PhoneReader(code).parse(piece).valid) for code in seen_in}
    # Most numbers read; on a tie (Russia and Kazakhstan share +7) the country the sheet's own phones show.
    best = max(sorted(read), key=lambda code: (read[code], seen_in[code]))
    return best if read[best] * 2 >= len(unread) and read[best] > 0 else region


def parse_rows(sheet: SheetData, mapping: Sequence[ColumnMap], data_start: int, *, region: str = "PL",
               fallback: str | None = None, limit: int | None = None) -> list[ParsedRow]:
    """Parse the data rows (from ``data_start``, 0-based); empty rows are skipped."""
    parser = RowParser(sheet, mapping, region=region, fallback=fallback)
    out = []
    end = len(sheet.rows) if limit is None else min(len(sheet.rows), data_start + limit)
    for index in range(data_start, end):
        parsed = parser.parse(index, sheet.rows[index])
        if parsed is not None:
            out.append(parsed)
    return out
