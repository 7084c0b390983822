"""Scoring one candidate pair: weighted evidence, each piece with a reason a person can check.

The weights follow the Fellegi-Sunter idea: agreement on a field that rarely agrees by chance (phone,
email, birth date) adds a lot, agreement on a common value (city) a little, and a clear disagreement
subtracts. A missing value says nothing. Names are compared as skeletons (``normalize.skeleton``) with
nickname tables, Jaro-Winkler for typos (rapidfuzz), and both orders, for rows where first and last name
were swapped. The sum is the pair's weight; ``THRESHOLD`` is where a pair becomes a proposal, and the
weight maps to a 0..1 score for display.
"""

from __future__ import annotations

import math
from functools import lru_cache

from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from app.dedupe.nicknames import nickname_groups
from app.dedupe.record import Prepared, shown_names

THRESHOLD = 7.0
# A clearly different given name is nearly decisive: spouses and children share the surname, the phone and
# the address, so agreement on those household facts must not outweigh it (a veto). Only an equal birth date
# (personal, unlike the household's phone and address) makes a wrong given name look like an error in the data.
GIVEN_CONFLICT = 20.0
GIVEN_CONFLICT_SAME_BIRTH = 3.0
# Sentinel similarity for a male/female pair of one surname (Kowalski/Kowalska, Иванов/Иванова):
# usually husband and wife, not a typo.
GENDER_VARIANT = -1.0
_FEMALE_ENDINGS = ("skaia", "ckaia", "ska", "cka", "zka", "ova", "eva", "ina")
_MALE_ENDINGS = ("ski", "cki", "zki", "ov", "ev", "in")
_ROLE_MAILBOX_WORDS = (
    "info kontakt contact contacts hello hi office biuro sales sprzedaz sklep shop store orders zamowienia "
    "order admin administracja mail post poczta reception recepcja support help pomoc team service serwis "
    "enquiries enquiry inquiries booking rezerwacje bookings hr accounts accounting ksiegowosc billing "
    "invoices faktury marketing press noreply no-reply office1 general secretariat sekretariat"
)
_ROLE_MAILBOXES = frozenset(_ROLE_MAILBOX_WORDS.split())
# Name weights of the pairs scored so far (names repeat); cleared after each scan.
_NAME_CACHE: dict[tuple, float] = {}
# Upper bound of what birth date and address can still add; lets a hopeless pair stop early.
_ADDRESS_MAX = 2.0 + 1.5 + 2.5 + 0.5
_REST_MAX = 4.0 + _ADDRESS_MAX
_jw = JaroWinkler.similarity
_lev = Levenshtein.distance
_osa = OSA.distance


def score_of(weight: float) -> float:
    """Map a pair weight to 0..1: a pair at the threshold scores about 0.88, strong pairs near 1."""
    return round(1.0 / (1.0 + math.exp(-(weight - THRESHOLD + 2.0))), 3)


def _given_sim(a_first: str, b_first: str, a_nick: frozenset[int]) -> tuple[float, str]:
    """Similarity of two given names and how they matched ("same", "nickname", "initial", "similar")."""
    if a_first == b_first:
        return 1.0, "same"
    if a_nick and not a_nick.isdisjoint(nickname_groups(b_first)):
        return 0.95, "nickname"
    if len(a_first) == 1 or len(b_first) == 1:
        return (0.8, "initial") if a_first[0] == b_first[0] else (0.0, "")
    sim = _jw(a_first, b_first)
    if sim < 0.85 and min(len(a_first), len(b_first)) >= 3 and _osa(a_first, b_first) <= 1:
        return 0.85, "similar"  # a typo in a short name: Ben/Bne, Ania/Anja
    if sim < 0.9 and min(len(a_first), len(b_first)) >= 3 and (
        a_first.startswith(b_first) or b_first.startswith(a_first)
    ):
        return 0.9, "short form"
    return sim, "similar"


def _surname_sim(a_last: str, b_last: str, a_words: tuple[str, ...], b_words: tuple[str, ...]) -> float:
    if a_last == b_last:
        return 1.0
    stem_a, sex_a = _gender_stem(a_last)
    if stem_a:
        stem_b, sex_b = _gender_stem(b_last)
        if stem_a == stem_b and sex_a != sex_b:
            return GENDER_VARIANT
    sim = _jw(a_last, b_last)
    if sim < 0.95 and (len(a_words) > 1 or len(b_words) > 1):
        # Double-barrelled surname against one of its parts: Nowak-Kowalska ~ Kowalska.
        sim = max(sim, 0.92 if set(a_words) & set(b_words) else 0.0)
    return sim


@lru_cache(maxsize=100_000)
def _role_address(email: str) -> bool:
    """A role mailbox (info@, biuro@, sales@...) rather than a person's own address."""
    local = email.split("@", 1)[0]
    return local.strip("0123456789.-_") in _ROLE_MAILBOXES


@lru_cache(maxsize=100_000)
def _gender_stem(surname: str) -> tuple[str, str]:
    """(stem, "f"|"m") of a surname skeleton with a gendered Slavic ending, else ("", "")."""
    for sex, endings in (("f", _FEMALE_ENDINGS), ("m", _MALE_ENDINGS)):
        for ending in endings:
            if surname.endswith(ending) and len(surname) > len(ending) + 1:
                return surname[: -len(ending)], sex
    return "", ""


def _name_weight(given: float, given_how: str, surname: float, conflict: float) -> float:
    weight = 0.0
    if given_how in ("same", "nickname"):
        weight += 3.0 if given_how == "same" else 2.5
    elif given_how == "initial":
        weight += 0.5 if given else -conflict
    elif given >= 0.92:
        weight += 2.0
    elif given >= 0.85:
        weight += 1.0
    elif given < 0.75:
        weight -= conflict
    if surname == GENDER_VARIANT:
        weight -= 1.0
    elif surname == 1.0:
        weight += 3.5
    elif surname >= 0.92:
        weight += 2.5
    elif surname >= 0.85:
        weight += 1.0
    elif surname < 0.75:
        weight -= 3.0
    return weight


def _names(a: Prepared, b: Prepared, reasons: list[str] | None) -> float:
    """Best of the straight and the swapped reading of first/last names."""
    if not (a.first or a.last) or not (b.first or b.last):
        return 0.0
    if reasons is None and a.first and a.first == b.first and a.last and a.last == b.last:
        return 6.5  # the common case of an exact name, without the swapped reading
    conflict = GIVEN_CONFLICT_SAME_BIRTH if a.birth and a.birth == b.birth else GIVEN_CONFLICT
    if reasons is None:
        # Names repeat across candidate pairs (a block brings the same few names together): reuse.
        key = (a.first, a.last, a.last_words, b.first, b.last, b.last_words, b.first_words, conflict)
        cached = _NAME_CACHE.get(key)
        if cached is None:
            if len(_NAME_CACHE) > 200_000:
                _NAME_CACHE.clear()
            cached = _NAME_CACHE[key] = _names_uncached(a, b, None, conflict)
        return cached
    return _names_uncached(a, b, reasons, conflict)


def clear_name_cache() -> None:
    _NAME_CACHE.clear()


def _names_uncached(a: Prepared, b: Prepared, reasons: list[str] | None, conflict: float) -> float:
    best, best_detail = -99.0, None
    for swapped, (bf, bl, blw) in enumerate(
        ((b.first, b.last, b.last_words), (b.last, b.first, b.first_words))
    ):
        if swapped and (best >= 6.0 or (a.first[:1] != bf[:1] and a.last[:1] != bl[:1])):
            break  # a swapped reading scores at most 6.0, and needs at least one initial to agree
        weight = 0.0
        g, how, s = 0.0, "", 0.0
        if a.first and bf:
            g, how = _given_sim(a.first, bf, a.nick)
        if a.last and bl:
            s = _surname_sim(a.last, bl, a.last_words, blw)
        if a.first and bf and a.last and bl:
            weight = _name_weight(g, how, s, conflict)
        elif a.first and bf:
            weight = _name_weight(g, how, 0.8, conflict)
        elif a.last and bl:
            weight = _name_weight(0.8, "", s, conflict)
        else:
            weight = -1.0 if swapped else 0.0
        if swapped:
            weight -= 0.5  # a swap is an extra assumption
        if weight > best:
            best, best_detail = weight, (swapped, how, g, s)
    if reasons is not None and best_detail is not None:
        _name_reasons(a, b, best_detail, reasons)
    return best


def _name_reasons(a: Prepared, b: Prepared, detail: tuple, reasons: list[str]) -> None:
    """Reasons about names, with the names as a person reads them (``prepare`` split a full name written
    in one field, and fixed the case of one typed in capitals) and nothing that is not on screen."""
    swapped, how, given, surname = detail
    a_first, a_last = shown_names(a.rec)
    b_first, b_last = shown_names(b.rec)
    if swapped:
        b_first, b_last = b_last, b_first
    b_last_words = b.first_words if swapped else b.last_words
    if swapped:
        reasons.append("first and last name swapped")
    if how == "same" and surname == 1.0:
        reasons.append("same name")
        return
    if how == "nickname":
        reasons.append(f"names: {a_first} ~ {b_first}")
    elif how == "same":
        reasons.append("same first name")
    elif how in ("initial", "short form") or given >= 0.85:
        reasons.append(f"first names: {a_first} ~ {b_first}")
    if not (a_last and b_last):
        return
    if surname == GENDER_VARIANT:
        reasons.append(f"male and female form of a surname: {a_last} / {b_last}")
    elif surname == 1.0:
        reasons.append("same last name")
    elif (len(a.last_words) > 1 or len(b_last_words) > 1) and set(a.last_words) & set(b_last_words):
        reasons.append(f"last names differ, one shares a part of the other (a married name?): {a_last} / {b_last}")
    elif surname >= 0.85:
        reasons.append(f"last names: {a_last} ~ {b_last}")
    else:
        reasons.append(f"last names differ: {a_last} / {b_last}")


def _birth(a: str, b: str, reasons: list[str] | None) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        if reasons is not None:
            reasons.append("same birth date")
        return 4.0
    swapped_dm = a[:4] == b[:4] and a[4:6] == b[6:8] and a[6:8] == b[4:6]
    if swapped_dm or _osa(a, b) <= 1:  # one digit wrong or two neighbours swapped
        if reasons is not None:
            reasons.append("birth dates differ by a typo")
        return 1.5
    if reasons is not None:
        reasons.append("but different birth dates")
    return -3.0


def _address(a: Prepared, b: Prepared, reasons: list[str] | None) -> float:
    weight = 0.0
    if a.postcode and b.postcode:
        if a.postcode == b.postcode:
            weight += 2.0
            if reasons is not None:
                reasons.append("same postcode")
        elif _lev(a.postcode, b.postcode) <= 1:
            weight += 0.5
        else:
            weight -= 1.0
    if a.city and b.city:
        if a.city == b.city:
            weight += a.city_weight
            if reasons is not None:
                reasons.append("same city")
        elif _jw(a.city, b.city) >= 0.9:
            weight += min(1.0, a.city_weight, b.city_weight)
            if reasons is not None:
                reasons.append("similar city")
        else:
            weight -= 1.0
    if a.street_name and b.street_name:
        street_sim = 1.0 if a.street_name == b.street_name else _jw(a.street_name, b.street_name)
        same_no = bool(a.street_no) and a.street_no == b.street_no
        if street_sim >= 0.88 and same_no:
            weight += 2.5
            if reasons is not None:
                reasons.append("same street address")
        elif street_sim >= 0.88:
            weight += 0.5 if (not a.street_no or not b.street_no) else 0.0
            if reasons is not None:
                reasons.append("same street")
        elif not same_no:
            weight -= 1.0
    if a.district and b.district and a.district == b.district:
        weight += 0.5
    return weight


def _contacts(a: Prepared, b: Prepared, reasons: list[str] | None) -> float:
    weight = 0.0
    if a.phones and b.phones:
        if a.phones.isdisjoint(b.phones):
            weight -= 1.0
        else:
            weight += 7.0
            if reasons is not None:
                reasons.append("same phone")
    if a.emails and b.emails:
        shared = a.emails & b.emails
        if not shared:
            weight -= 0.5
        elif all(map(_role_address, shared)):
            weight += 3.0  # info@, kontakt@, office@: shared by branches and colleagues
            if reasons is not None:
                reasons.append("same shared e-mail (" + min(shared).split("@")[0] + "@)")
        else:
            weight += 7.0
            if reasons is not None:
                reasons.append("same email")
    if a.company and b.company:
        # For two companies (no person names) the company name is the name; for people, a hint.
        companies = not (a.first or a.last or b.first or b.last)
        if a.company == b.company:
            weight += 5.0 if companies else 1.0
            if reasons is not None:
                reasons.append("same company")
        elif companies and _jw(a.company, b.company) >= 0.92:
            weight += 3.5
            if reasons is not None:
                # as typed (spaces tidied): re-casing "IBM POLSKA" or "ООО" would misspell a firm's name
                reasons.append(f"company names: {' '.join(a.rec.company.split())} ~ {' '.join(b.rec.company.split())}")
        elif _jw(a.company, b.company) < 0.85:
            weight -= 10.0 if companies else 0.5  # two firms at one address and reception phone
    return weight


def pair_weight(a: Prepared, b: Prepared, reasons: list[str] | None = None, *, exact: bool = False) -> float:
    """The evidence that ``a`` and ``b`` are one client; pass a list to collect the reasons.

    A pair that cannot reach the threshold any more stops early with a lower bound, unless ``exact``."""
    if reasons is not None or exact:
        return _full_weight(a, b, reasons)
    # The scan's hot path: the same sum, skipping calls that cannot add anything.
    weight = 0.0
    if (a.phones and b.phones) or (a.emails and b.emails) or (a.company and b.company):
        weight = _contacts(a, b, None)
    weight += _names(a, b, None)
    if a.middle and b.middle and a.middle[0] != b.middle[0]:
        weight -= 2.0
    if weight + _REST_MAX < THRESHOLD:
        return weight
    if a.birth and b.birth:
        weight += _birth(a.birth, b.birth, None)
        if weight + _ADDRESS_MAX < THRESHOLD:
            return weight
    return weight + _address(a, b, None)


def _full_weight(a: Prepared, b: Prepared, reasons: list[str] | None) -> float:
    weight = _contacts(a, b, reasons)
    weight += _names(a, b, reasons)
    if a.middle and b.middle and a.middle[0] != b.middle[0]:
        weight -= 2.0  # a different patronymic or middle name is a different person
    weight += _birth(a.birth, b.birth, reasons)
    return weight + _address(a, b, reasons)


def explain(a: Prepared, b: Prepared) -> tuple[float, list[str]]:
    """Weight and reasons of one pair (reasons only of the evidence for it)."""
    reasons: list[str] = []
    weight = pair_weight(a, b, reasons)
    return weight, reasons
