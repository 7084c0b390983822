"""Phone numbers: parse whatever the owner wrote into E.164, keeping the original.

``8 (916) 123-45-67`` (Russian trunk prefix), ``+48 601 234 567``, ``601234567`` with a default region,
or a spreadsheet float such as ``79161234567.0`` / ``7.9161234567E+10``. A value that does not parse is
kept as written and flagged invalid, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from models.text import clean_spaces, digits

DEFAULT_REGION = "PL"
_SPLIT = re.compile(r"\s*(?:[;,/\n|]|\s{2,}|\b(?:or|lub|или|або)\b)\s*", re.IGNORECASE)
_FLOAT_EXP = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE]\+?\d+$")
_FLOAT_DOT0 = re.compile(r"^\+?\d{5,}\.0+$")
# Regions whose national numbers may be written with an "8" trunk prefix (ex-USSR habit).
_TRUNK_8 = {"RU", "KZ", "BY", "UA"}
# After that "8", the first digit of a Russian or Kazakh area or mobile code: 3xx-4xx (Russian regions),
# 7xx (Kazakhstan), 8xx (Russian regions, 800), 9xx (mobiles).
_RU_KZ_AREA = frozenset("34789")
# Phone.problem of a VALID phone whose reading is a guess: "8 495 123 45 67" read as +7 495 ... although
# the same digits are also a valid number with another country code (+84 951 ...) or in the home plan.
TRUNK_8_GUESS = "trunk-8"


@dataclass(frozen=True, slots=True)
class Phone:
    value: str  # E.164 when valid, otherwise the cleaned original
    original: str
    valid: bool
    label: str = ""
    problem: str = ""  # machine-readable reason when invalid: "empty", "unparseable", "precision", ...;
    # on a valid phone, why its reading is a guess (TRUNK_8_GUESS)

    def __reduce__(self) -> tuple:  # positional: pickles (to app.offload) in a third less time
        return Phone, (self.value, self.original, self.valid, self.label, self.problem)

    def as_dict(self) -> dict:
        return {"value": self.value, "original": self.original, "label": self.label, "valid": self.valid}


def _from_float_text(raw: str) -> tuple[str, str]:
    """Turn a spreadsheet float rendering into digits. Returns (digits, problem)."""
    mantissa, _, exponent = raw.lower().replace(",", ".").partition("e")
    int_part, _, frac = mantissa.lstrip("+-").partition(".")
    exp = int(exponent)
    sig = int_part + frac
    total = len(int_part) + exp
    if len(sig) > total:
        return "", "precision"
    number = sig + "0" * (total - len(sig))
    # 15 significant digits is all a double keeps; trailing zeros filled in by the exponent are
    # guesses when the written mantissa was cut short.
    problem = "precision" if len(sig.rstrip("0")) < total and total - len(sig) > 0 else ""
    return number, problem


def parse_phone(raw: object, region: str = DEFAULT_REGION, label: str = "") -> Phone:
    """Normalise one phone number. ``raw`` may be text, an int or a float from a spreadsheet."""
    problem = ""
    if raw is None:
        return Phone("", "", False, label, "empty")
    if isinstance(raw, bool):
        raw = str(raw)
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            return Phone(str(raw), str(raw), False, label, "unparseable")
        original = repr(raw) if abs(raw) >= 1e16 else f"{raw:.0f}"
        if abs(raw) >= 1e15 or raw != int(raw):
            return Phone(original, original, False, label, "precision")
        text = str(int(raw))
    elif isinstance(raw, int):
        original = text = str(raw)
    else:
        original = clean_spaces(str(raw))
        text = original
        if _FLOAT_EXP.match(text):
            text, problem = _from_float_text(text)
            if problem:
                return Phone(original, original, False, label, problem)
        elif _FLOAT_DOT0.match(text):
            text = text.split(".")[0]
    if not digits(text):
        return Phone(original, original, False, label, "empty" if not original else "unparseable")
    region = (region or DEFAULT_REGION).upper()
    candidates = [text]
    stripped = text.strip()
    d = digits(stripped)
    if stripped.startswith("00"):
        candidates.insert(0, "+" + stripped[2:])
    # A bare number that already carries a country code (Excel dropped the "+").
    if not stripped.startswith("+") and len(d) >= 11:
        candidates.append("+" + d)
    # Russian/Kazakh "8 916 ..." written while the default region is elsewhere. With a Russian or Kazakh
    # code after the 8 ("8 495 123 45 67") that reading comes first: the same eleven digits taken as a
    # country code are +84 (Vietnam) or +89x, far less likely in an owner's list than the ex-USSR habit;
    # when the other reading is valid too, the phone says its reading is a guess. Not for a register in
    # a plan whose own country code starts these digits (+84 Vietnam, +86 China, ...).
    trunk_first = False
    if not stripped.startswith("+") and len(d) == 11 and d.startswith("8") and region not in _TRUNK_8:
        home_cc = str(phonenumbers.country_code_for_region(region) or "")
        trunk_first = d[1] in _RU_KZ_AREA and not (home_cc and d.startswith(home_cc))
        candidates.insert(0, "+7" + d[1:]) if trunk_first else candidates.append("+7" + d[1:])
    for i, cand in enumerate(candidates):
        e164 = _valid_e164(cand, region)
        if e164:
            if trunk_first and i == 0 and any(_valid_e164(c, region) not in (None, e164) for c in candidates[1:]):
                return Phone(e164, original, True, label, TRUNK_8_GUESS)
            return Phone(e164, original, True, label)
    return Phone(original, original, False, label, problem or "invalid")


def _valid_e164(text: str, region: str) -> str | None:
    """``text`` in E.164 when phonenumbers reads it (in ``region``'s plan) as a valid number, else None."""
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def split_phones(raw: object) -> list[str | object]:
    """One cell with several numbers (``+48 601 234 567; 22 123 45 67``) -> a list of raw values."""
    if raw is None:
        return []
    if not isinstance(raw, str):
        return [raw]
    if not _SPLIT.search(raw):  # one number: the usual case, kept off the split (the importer's hot path)
        return [raw] if raw.strip() else []
    parts = [p for p in _SPLIT.split(raw) if p and digits(p)]
    return parts or ([raw] if raw.strip() else [])


def format_phone(e164: str) -> str:
    """Human form of an E.164 number for display (``+48 601 234 567``)."""
    try:
        num = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_PLAIN_PHONE = re.compile(r"^\+?[\d\s().\-]{7,}$")
_NON_DIGIT = re.compile(r"\D")


class PhoneReader:
    """:func:`parse_phone` with a fast path for the common shapes, for imports of 100k rows.

    parse_phone costs ~100 us (phonenumbers' parse and validation); a sheet of 100k numbers spends
    10 s there. Validity in the numbering plans depends on the country code, the length and the leading
    digits, so once parse_phone has accepted ``+48 601 234 567`` the fast path accepts other numbers with
    the same country code, length and first five national digits (six in North America, where the
    exchange decides) without asking again. Anything else (trunk prefixes, exponent floats, letters,
    unknown prefixes) goes through parse_phone itself. The importer reads every phone through one
    reader per region; tests compare it with parse_phone on thousands of numbers in several plans.
    """

    PREFIX = 5
    # North American numbers: validity depends on the area code and the exchange (3 + 3 digits).
    PREFIXES = {"1": 6}

    def __init__(self, region: str) -> None:
        self.region = region
        self._home_cc = str(phonenumbers.country_code_for_region(region.upper()) or "")
        self._cc_regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE
        self._valid_shapes: set[tuple[str, int, str]] = set()

    def _candidate(self, raw: object) -> tuple[str, str, str] | None:
        """(country code, national number, original) as parse_phone would read them, or None."""
        if isinstance(raw, bool):
            return None
        if isinstance(raw, float):
            if not raw.is_integer() or not 0 < raw < 1e15:
                return None
            text = original = f"{raw:.0f}"
        elif isinstance(raw, int):
            text = original = str(raw)
        else:
            original = clean_spaces(str(raw))
            if not _PLAIN_PHONE.match(original):
                return None
            text = original
        intl = text.startswith("+")
        digits_only = _NON_DIGIT.sub("", text)
        if intl or (len(digits_only) >= 11 and not digits_only.startswith(("0", "8"))):
            for size in (1, 2, 3):
                cc = digits_only[:size]
                if int(cc or 0) in self._cc_regions:
                    return cc, digits_only[size:], original
            return None
        if digits_only.startswith("0") or not self._home_cc:
            return None  # trunk prefixes and international prefixes: parse_phone knows the rules
        if len(digits_only) == 11 and digits_only.startswith("8") and self.region.upper() not in _TRUNK_8:
            return None  # "8 495 ..." abroad: parse_phone weighs the +7 reading against the home plan
        return self._home_cc, digits_only, original

    def parse(self, raw: object, label: str = "") -> Phone:
        candidate = self._candidate(raw)
        if candidate is not None:
            cc, national, original = candidate
            shape = (cc, len(national), national[: self.PREFIXES.get(cc, self.PREFIX)])
            if shape in self._valid_shapes:
                return Phone(f"+{cc}{national}", original, True, label)
        phone = parse_phone(raw, self.region, label)
        if candidate is not None and phone.valid and phone.value == f"+{candidate[0]}{candidate[1]}":
            self._valid_shapes.add(shape)
        return phone
