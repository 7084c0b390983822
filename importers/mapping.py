"""Which field each column holds: from its header in English, Polish, Russian or Ukrainian, and from its
values (all non-empty values, not the first rows: a phone column that starts with ten blanks is still a
phone column; long columns are judged from a sample spread over their whole length, and from every value
when the sample is close to a threshold). The user can change any column, send it to a custom field or to notes, ignore it, and
save the mapping for the next file with the same headers.

Targets are the field names of DESIGN section 4 plus ``full_name`` (split into first/middle/last),
``contact`` (one column of phones and e-mails: a value that looks like an e-mail is read as one, any other
as a phone), ``notes``, ``custom.NAME`` and ``ignore``. A column nobody recognises goes to a custom field named after
its header, so nothing in the sheet is lost by default.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from models.names import looks_like_patronymic, looks_like_surname
from models.tables import CONSENT_FIELDS
from models.text import fold
from storage.errors import UserError

FIELDS = (
    "kind", "first_name", "last_name", "middle_name", "company", "job_title", "phone", "email",
    "street", "city", "district", "region", "postcode", "country", "birth_date", "gender",
    "contact_time", "channel", "source", "tags", "segment", "notes",
    "consent_email", "consent_sms", "consent_phone", "consent_post",
)
# When a consent was given or withdrawn: our own exports carry them, so a re-import keeps them.
CONSENT_DATES = tuple(f"{consent}_{part}" for consent in CONSENT_FIELDS for part in ("date", "optout"))
SPECIAL_TARGETS = ("full_name", "contact", "ignore")
# Fields that may come from several columns (each adds to the list).
LIST_FIELDS = ("phone", "email", "tags", "notes")

# Header words, folded (lower case, no diacritics: models.text.fold), per field.
_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": (
        "name", "full name", "fullname", "client", "client name", "customer", "customer name", "contact",
        "contact name", "display name", "person", "imie i nazwisko", "imie nazwisko", "nazwisko i imie",
        "nazwisko imie", "klient", "klientka", "kontrahent", "osoba", "osoba kontaktowa", "dane klienta",
        "фио", "ф.и.о.", "ф. и. о.", "ф.и.о", "имя фамилия", "фамилия имя", "фамилия имя отчество",
        "клиент", "покупатель", "контакт", "контактное лицо", "заказчик", "піб", "п.і.б.", "п.і.б",
        "прізвище ім'я по батькові", "прізвище та ім'я", "клієнт", "покупець", "замовник",
    ),
    "kind": ("kind", "client type", "customer type", "typ klienta", "тип клиента", "тип клієнта"),
    "first_name": (
        "first name", "firstname", "first", "given name", "forename", "imie", "imiona", "имя", "им'я",
        "ім'я", "імя", "iм'я",
    ),
    "last_name": (
        "last name", "lastname", "last", "surname", "family name", "nazwisko", "фамилия", "прізвище",
    ),
    "middle_name": (
        "middle name", "middlename", "middle", "patronymic", "additional name", "drugie imie", "отчество", "по батькові",
        "по-батькові",
    ),
    "company": (
        "company", "company name", "organization", "organisation", "organization name", "business",
        "business name", "employer", "firma", "nazwa firmy", "przedsiebiorstwo", "zaklad pracy",
        "компания", "организация", "фирма", "предприятие", "компанія", "організація", "підприємство",
    ),
    "job_title": (
        "job title", "jobtitle", "contact title", "organization title", "position", "role", "occupation", "stanowisko", "funkcja", "zawod",
        "должность", "профессия", "посада", "професія",
    ),
    "phone": (
        "phone", "phones", "telephone", "tel", "tel.", "phone number", "mobile", "mobile phone", "mobile number",
        "cell", "cellphone", "cell phone", "work phone", "home phone", "business phone", "primary phone",
        "fax", "fax number", "telefon", "telefony", "nr telefonu", "numer telefonu", "nr tel", "nr tel.",
        "tel. kom.", "tel kom", "komorka", "telefon komorkowy", "telefon stacjonarny", "telefon domowy",
        "telefon sluzbowy", "faks", "телефон", "телефоны", "тел", "тел.", "номер телефона", "моб",
        "моб.", "мобильный", "мобильный телефон", "сотовый", "рабочий телефон", "домашний телефон",
        "факс", "телефони", "номер телефону", "мобільний", "мобільний телефон",
    ),
    "email": (
        "email", "e-mail", "e mail", "mail", "email address", "e-mail address", "emails", "primary email",
        "secondary email", "work email", "home email", "adres e-mail", "adres email", "poczta",
        "poczta e-mail", "почта", "эл. почта", "эл.почта", "электронная почта", "емейл", "емайл",
        "имейл", "е-мейл", "електронна пошта", "ел. пошта", "пошта", "e-mail адрес",
    ),
    "street": (
        "street", "address", "street address", "address line 1", "address 1", "home address", "work address",
        "adres", "ulica", "ul.", "ulica i numer", "adres zamieszkania", "адрес", "улица", "адрес доставки",
        "адреса", "вулиця",
    ),
    "city": (
        "city", "town", "locality", "home city", "work city", "miasto", "miejscowosc", "город", "населенный пункт",
        "нас. пункт", "місто", "населений пункт",
    ),
    "district": ("district", "borough", "area", "dzielnica", "gmina", "powiat", "район", "округ"),
    "region": (
        "region", "state", "province", "county", "home state", "work state", "wojewodztwo", "woj.", "область",
        "регион", "край", "обл.",
    ),
    "postcode": (
        "postcode", "post code", "postal code", "zip", "zip code", "zipcode", "home zipcode", "work zipcode",
        "postal", "kod pocztowy", "kod", "kod poczt.", "индекс", "почтовый индекс", "поштовий індекс", "індекс",
    ),
    "country": ("country", "home country", "work country", "nation", "kraj", "panstwo", "страна", "країна"),
    "birth_date": (
        "birth date", "birthdate", "date of birth", "birthday", "dob", "born", "data urodzenia", "urodziny",
        "data ur.", "дата рождения", "день рождения", "д.р.", "др", "дата народження", "день народження",
    ),
    "gender": ("gender", "sex", "plec", "пол", "стать"),
    "contact_time": (
        "contact time", "preferred time", "best time to call", "godziny kontaktu", "kiedy dzwonic",
        "pora kontaktu", "время звонка", "удобное время", "время для связи", "зручний час",
    ),
    "channel": (
        "channel", "preferred channel", "contact channel", "preferred contact", "kanal", "kanal kontaktu",
        "preferowany kontakt", "канал", "канал связи", "способ связи", "канал зв'язку",
    ),
    "source": (
        "source", "lead source", "referral", "how did you hear", "zrodlo", "skad", "skad wie",
        "источник", "откуда", "откуда узнал", "джерело", "звідки",
    ),
    "tags": (
        "tags", "tag", "labels", "label", "categories", "category", "groups", "group", "tagi", "etykiety",
        "kategoria", "kategorie", "grupa", "теги", "тег", "метки", "категория", "группа", "мітки",
        "категорія", "група",
    ),
    "segment": ("segment", "сегмент"),
    "notes": (
        "notes", "note", "comment", "comments", "remarks", "remark", "description", "memo", "uwagi", "uwaga",
        "notatki", "notatka", "komentarz", "opis", "примечание", "примечания", "комментарий", "заметки",
        "заметка", "нотатки", "примітки", "примітка", "коментар", "опис",
    ),
    "consent_email": (
        "email consent", "consent email", "consent e-mail", "newsletter", "email opt-in", "zgoda email",
        "zgoda e-mail", "zgoda na e-mail", "zgoda na newsletter", "согласие на рассылку", "согласие email",
        "подписка", "рассылка", "згода на розсилку", "zgoda marketingowa", "zgoda na marketing",
        "zgoda na marketing bezposredni", "zgoda na informacje handlowe", "zgoda handlowa", "marketing consent",
        "marketing opt-in", "opt-in", "согласие на получение рассылки", "подписка на рассылку",
        "согласие на рекламу", "згода на маркетинг", "згода на рекламу", "підписка на розсилку",
    ),
    "consent_sms": ("sms consent", "consent sms", "sms opt-in", "zgoda sms", "zgoda na sms", "согласие смс",
                    "согласие на смс", "згода смс"),
    "consent_phone": ("phone consent", "consent phone", "zgoda na telefon", "zgoda telefon", "согласие на звонки"),
    "consent_post": ("post consent", "consent post", "mail consent", "zgoda na korespondencje", "согласие почта"),
    **{f: (f.replace("_", " "),) for f in CONSENT_DATES},
    "ignore": ("lp", "lp.", "l.p.", "no", "no.", "nr", "nr.", "#", "№", "№ п/п", "n", "id", "п/п", "no п/п",
               "nr kol.", "n п/п", "№п/п", "no.п/п", "п/н", "№ з/п", "з/п"),
}
# Identifiers and accounts that look like phones (ten digits) but are not: each goes to a custom field
# named after its header, whatever its values look like.
_REFERENCES = frozenset({
    "nip", "regon", "pesel", "krs", "nr nip", "numer nip", "nip firmy", "iban", "nr konta", "numer konta",
    "konto", "rachunek", "nr rachunku", "numer rachunku", "nr karty", "numer karty", "karta", "nr dowodu",
    "vat", "vat id", "vat number", "vat no", "tax id", "tax number", "nip/vat", "account", "account number",
    "bank account", "card", "card number", "loyalty card", "инн", "кпп", "огрн", "огрнип", "бик", "снилс",
    "р/с", "расчетный счет", "счет", "номер карты", "карта", "паспорт", "єдрпоу", "код єдрпоу", "іпн",
    "рнокпп", "код", "пдв", "номер картки", "картка",
})
# Words that name a group of columns rather than the column itself (``Klient`` over ``Imię``, ``Address 1 -
# City``, ``Business Street``): a more specific keyword in the same header wins over them.
_GENERIC = frozenset({
    "client", "customer", "contact", "person", "business", "address", "home address", "work address",
    "klient", "klientka", "osoba", "adres", "dane klienta", "клиент", "покупатель", "контакт",
    "заказчик", "адрес", "адреса", "клієнт", "покупець", "замовник",
})
# Header words that say a column describes another value rather than holding it (Google's ``Phone 1 -
# Type``, ``Address 1 - Formatted``): such a column goes to a custom field, not into the phones.
_DESCRIBES = re.compile(r"(?<!\w)(?:type|label|formatted|display name|typ|rodzaj|тип|вид)$")
_NUMBERED = re.compile(r"\s\d+\s*-\s*|\s-\s")  # Google's "Phone 1 - Value", "Address 1 - City"


def _fold_word(word: str) -> str:
    """A keyword as header_key folds a header (``й`` -> ``и``), so that headers can match it."""
    return re.sub(r"\s+", " ", fold(word).replace("_", " ").strip(" :*"))


_EXACT = {_fold_word(word): field for field, words in _HEADERS.items() for word in words}
# Columns our own full-table export writes that are the exporting register's bookkeeping (ids, times,
# purchase totals computed from purchases the table does not carry): a re-import ignores them whatever
# their values look like (``created`` is full of dates but is not a birth date). The user can still map
# them to notes or a custom field.
_BOOKKEEPING = frozenset({"created", "updated", "total spent", "orders", "avg check", "last purchase"})
# One alternation, longer keywords first, so "telefon komorkowy" wins over "telefon" at the same place.
_KEYWORDS = sorted((w for w, f in _EXACT.items() if len(w) >= 4 and f != "ignore"), key=len, reverse=True)
_KEYWORD_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in _KEYWORDS) + r")(?!\w)")
_LABELS = {
    "mobile": ("mobile", "cell", "komork", "kom.", "моб", "сотов", "мобіл"),
    "work": ("work", "business", "office", "sluzb", "praca", "рабоч", "служеб", "робоч"),
    "home": ("home", "private", "domow", "prywat", "домаш", "личн", "домашн"),
    "fax": ("fax", "faks", "факс"),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# A phone with its label in front ("tel. 601 234 567", "моб. +7 916 ..."), as owners write in a contact column.
_PHONE_WORD = re.compile(r"^(?:tel|telefon|phone|mob|kom|cell|тел|моб)\.?:?\s*(?=[+(\d])", re.I)
_EMAILS_IN = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+")
_PHONE_TEXT = re.compile(r"^[+(]?[\d\s().\-/]{7,}$")
_POSTCODE = re.compile(r"^(?:\d{2}-\d{3}|\d{3} ?\d{2}|\d{5}(?:-\d{4})?|\d{6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$", re.I)
_GENDER_WORDS = {"m", "f", "k", "male", "female", "man", "woman", "mężczyzna", "mezczyzna", "kobieta", "м", "ж", "муж", "жен",
                 "мужской", "женский", "мужчина", "женщина", "ч", "чол", "чоловік", "жінка", "mr", "mrs", "ms", "pan", "pani"}
VALUE_SHARE = 0.8  # a column is "emails" when at least this share of its non-empty values are emails
REJECTED_COLUMNS = ("Row", "Reason")
_OVERRIDE_SHARE = 0.95  # values this sure override a header that names another field


@dataclass
class ColumnMap:
    """One column's mapping as shown in the wizard and accepted by ``--map``."""

    index: int
    letter: str
    header: str
    target: str
    label: str = ""  # phone/email label from the header: mobile, work, home, fax
    guessed_by: str = "header"  # header | values | default | user | saved
    confidence: float = 1.0

    def as_dict(self) -> dict:
        return asdict(self)


_CAMEL = re.compile(r"(?<=[a-zà-ÿа-яё])(?=[A-ZÀ-ÞА-ЯЁ])")


def header_key(text: str) -> str:
    """A header as words: folded, ``_`` and camelCase split (``birth_date``, ``PostalCode``), spaces single."""
    key = fold(_CAMEL.sub(" ", text)).replace("_", " ").strip(" :*")
    return re.sub(r"\s+", " ", key)


@functools.lru_cache(maxsize=4096)
def header_field(text: str) -> str | None:
    """The field a header names, or None. Exact folded match first, then a known keyword inside it.

    Our own export's headers are the field names (``first_name``, ``phone_2``, ``custom.NAME``); a
    ``custom.NAME`` header maps to that custom field as written."""
    custom = _custom_target(text)
    if custom:
        return custom
    key = header_key(text)
    if not key:
        return None
    if key in _REFERENCES or re.sub(r"[\s\d.:]+$", "", key) in _REFERENCES:
        return f"custom.{custom_name(text)}"
    if key in _EXACT:
        return _EXACT[key]
    bare = re.sub(r"[\s\d]+$", "", key)  # "Telefon 2", "E-mail2", "phone_2"
    if bare in _EXACT:
        return _EXACT[bare]
    unnumbered = re.sub(r"\s+", " ", _NUMBERED.sub(" ", f"{key} ")).strip()
    if unnumbered != key and unnumbered in _EXACT:  # "Organization 1 - Title", "Address 1 - Postal Code"
        return _EXACT[unnumbered]
    if _DESCRIBES.search(unnumbered):
        return None
    field = _keyword_field(unnumbered)
    if field in ("full_name", "first_name", "last_name", "company") and key.endswith((" id", " nr", " no")):
        return None  # "CustomerID", "Klient nr": a reference number, not the customer's name ("Phone No" is a phone)
    return field


def _keyword_field(key: str) -> str | None:
    """The field of the first specific keyword in ``key``; a group word (``Klient``, ``Adres``,
    ``Business``) only when nothing more specific follows it, not even a known last word (``Adres Kod``)."""
    words = [m.group(1) for m in _KEYWORD_RE.finditer(key)]
    for word in words:
        if word not in _GENERIC:
            return _EXACT[word]
    parts = key.split(" ")
    for i in range(1, len(parts)):
        tail = " ".join(parts[i:])
        if tail in _EXACT and _EXACT[tail] != "ignore" and tail not in _GENERIC:
            return _EXACT[tail]
    return _EXACT[words[0]] if words else None


def _custom_target(text: str) -> str | None:
    """``custom.NAME`` as written (``""`` when the name is missing), or None for any other text."""
    text = text.strip()
    if not text.lower().startswith("custom."):
        return None
    name = text[7:].strip()
    return f"custom.{name}" if name else ""


def header_label(text: str) -> str:
    key = fold(text)
    for label, stems in _LABELS.items():
        if any(stem in key for stem in stems):
            return label
    return ""


def _value_kind(value: object) -> str:
    """What one non-empty cell looks like: email, phone, date, postcode, gender, number or text.

    Runs on every value of every column, so the cheap tests come first."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, dt.date | dt.datetime):
        return "date"
    if isinstance(value, int | float):
        digits = len(str(int(abs(value)))) if value == value and abs(value) < 1e18 else 0
        return "phone" if 9 <= digits <= 15 else "number"
    text = str(value).strip()
    if "@" in text:
        return "email" if _EMAIL.match(text) or len(_EMAILS_IN.findall(text)) >= 2 else "text"
    if text[:1].isdigit() or text[:1] in "+(":
        return _numeric_kind(text)
    if len(text) <= 12 and text.casefold().strip(".") in _GENDER_WORDS:
        return "gender"
    labelled = _PHONE_WORD.match(text)
    if labelled and _numeric_kind(text[labelled.end():]) == "phone":
        return "phone"
    if _POSTCODE.match(text):
        return "postcode"
    return "text"


def _numeric_kind(text: str) -> str:
    if re.fullmatch(r"\d{2}-\d{3}", text):
        return "postcode"
    if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}(?:[T ][\d:.]+)?", text):
        return "date"
    if _PHONE_TEXT.match(text):
        n = sum(ch.isdigit() for ch in text)
        separated = not text.isdigit()
        if 9 <= n <= 15 or (7 <= n <= 8 and separated):
            return "phone"
    if _POSTCODE.match(text) and not text.isdigit():
        return "postcode"
    return "number" if _number_like(text) else "text"


def _number_like(text: str) -> bool:
    return bool(re.fullmatch(r"[+-]?\d[\d\s]*(?:[.,]\d+)?", text))


_KIND_TARGET = {"email": "email", "phone": "phone", "date": "birth_date", "postcode": "postcode", "gender": "gender"}
# A column is a mixed contact column when phones and e-mails together reach VALUE_SHARE and each is at
# least this share of the values (one stray e-mail in a long phone column stays a phone column).
MIXED_MIN_SHARE = 0.05


SAMPLE = 5000  # non-empty cells classified per column before the shares are estimated
_DECISIVE_MARGIN = 0.05  # an estimate this close to a threshold is settled by classifying every value


def _shares(values: Iterable[object]) -> tuple[str | None, float]:
    """The commonest kind of value and its share; ``contact`` when phones and e-mails mix."""
    counts: dict[str, int] = {}
    total = 0
    for value, n in Counter(values).items():  # each distinct value classified once
        kind = _value_kind(value)
        counts[kind] = counts.get(kind, 0) + n
        total += n
    if not total:
        return None, 0.0
    phones, emails = counts.get("phone", 0), counts.get("email", 0)
    if min(phones, emails) >= MIXED_MIN_SHARE * total and phones + emails >= VALUE_SHARE * total:
        return "contact", (phones + emails) / total
    kind, count = max(counts.items(), key=lambda kv: kv[1])
    return kind, count / total


def guess_from_values(values: Sequence[object]) -> tuple[str | None, float]:
    """The field most values of a column look like (share >= VALUE_SHARE), with that share.

    Every non-empty value counts. A long column is first judged from an even stride of its cells taken
    over the whole column (so blanks or odd values at the top do not mislead it): 5,000 cells estimate a
    share within about 0.6 points; only when the estimate falls near a threshold is every value
    classified. Each distinct value is classified once (cities, tags, genders repeat)."""
    if len(values) > SAMPLE:
        step = len(values) / SAMPLE
        kind, share = _shares(values[int(i * step)] for i in range(SAMPLE))
        if any(abs(share - limit) < _DECISIVE_MARGIN for limit in (VALUE_SHARE, _OVERRIDE_SHARE)):
            kind, share = _shares(values)
    else:
        kind, share = _shares(values)
    if kind == "contact":
        return "contact", share
    if kind in _KIND_TARGET and share >= VALUE_SHARE:
        return _KIND_TARGET[kind], share
    return None, share


def custom_name(header: str) -> str:
    """A custom field name from a header: folded words joined by underscores (``Nr karty`` -> ``nr_karty``)."""
    words = re.findall(r"\w+", header_key(header))
    return "_".join(words)[:40] or "column"


def guess_mapping(names: Sequence[str], columns: Sequence[Sequence[object]], *, has_header: bool = True) -> list[ColumnMap]:
    """Guess every column: header first; values decide when the header is unknown or contradicted."""
    from importers.readers import column_letter

    result = []
    # The rejected-rows file adds "Row" and "Reason" after the sheet's own columns: not client data.
    rejected = has_header and len(names) >= 2 and list(names[-2:]) == list(REJECTED_COLUMNS)
    for index, name in enumerate(names):
        letter = column_letter(index)
        if rejected and index >= len(names) - 2:
            result.append(ColumnMap(index, letter, name, "ignore", "", "header", 1.0))
            continue
        values = [v for v in columns[index] if v is not None and not (isinstance(v, str) and not v.strip())] \
            if index < len(columns) else []
        by_header = header_field(name) if has_header else None
        if has_header and header_key(name) in _BOOKKEEPING:
            result.append(ColumnMap(index, letter, name, "ignore", "", "header", 1.0))
            continue
        by_values, share = guess_from_values(values)
        label = header_label(name) if has_header else ""
        if by_header and by_header != "ignore":
            target, how, confidence = by_header, "header", 1.0
            if by_values in ("email", "phone") and by_header not in ("email", "phone", "notes", "full_name") \
                    and not by_header.startswith("custom.") and share >= _OVERRIDE_SHARE:
                target, how, confidence = by_values, "values", share  # "Miasto" full of e-mails
            elif by_values == "contact" and by_header in ("email", "phone", "full_name"):
                target, how, confidence = "contact", "values", share  # "Contact", "Telefon / e-mail": both
            elif by_values in ("email", "phone") and by_header == "full_name" and share >= _OVERRIDE_SHARE \
                    and _EXACT.get(header_key(name)) == "full_name" and header_key(name) in _GENERIC:
                target, how, confidence = by_values, "values", share  # "Contact" holding only phones
        elif by_header == "ignore" and not by_values:
            target, how, confidence = "ignore", "header", 1.0
        elif by_values == "birth_date" and has_header and (_OTHER_DATE.search(header_key(name))
                                                           or not _birth_dates(values)):
            # "Ostatnia wizyta", "Дата заказа": dates, but not birthdays; kept under their own name.
            target, how, confidence = f"custom.{custom_name(name)}", "default", 0.5
        elif by_values:
            target, how, confidence = by_values, "values", share
        elif not values:
            target, how, confidence = "ignore", "default", 1.0
        else:
            target = f"custom.{custom_name(name) if has_header else letter.lower()}"
            how, confidence = "default", 0.5
        result.append(ColumnMap(index, letter, name, target, label, how, round(confidence, 3)))
    if not has_header and not any(m.target in ("full_name", "first_name", "last_name") for m in result):
        _guess_name_column(result, columns)
    return result


# Common first names (folded: models.text.fold), Polish, Russian, Ukrainian and English: evidence, beside
# surname endings and patronymics, that a headerless column of two or three words holds people's names.
_FIRST_NAMES_TEXT = (
    "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Zofia Joanna Magdalena Monika "
    "Aleksandra Natalia Karolina Julia Marta Beata Dorota Kasia Basia Ola Ania Gosia Asia Iwona Renata Paulina "
    "Jan Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Marek Jakub Adam Łukasz Grzegorz Mateusz Wojciech "
    "Mariusz Dariusz Kamil Maciej Rafał Robert Stanisław Józef Kacper Szymon Bartosz Artur Sebastian "
    "Иван Александр Сергей Андрей Дмитрий Алексей Михаил Николай Владимир Евгений Игорь Юрий Олег Павел Петр "
    "Виктор Максим Артем Денис Роман Антон Илья Никита Семен Виталий Василий Богдан Тарас Олександр Сергій "
    "Андрій Дмитро Михайло Микола Володимир Юрій Петро Віктор Василь "
    "Анна Мария Елена Ольга Наталья Татьяна Ирина Светлана Екатерина Юлия Марина Людмила Галина Оксана Алла "
    "Наталія Олена Тетяна Ірина Юлія Катерина Людмила Світлана Марія Ганна Дарья Дарина Валентина Надежда "
    "John James Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew Mark Paul Peter "
    "Mary Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Emma Olivia Sophie Laura Kate Alex"
)
_FIRST_NAMES = frozenset(fold(n) for n in _FIRST_NAMES_TEXT.split())
# Two or three words of letters (a hyphen or apostrophe inside a word): "Jan Kowalski", "Иванов Иван Иванович".
_NAME_SHAPE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?: [^\W\d_]+(?:[-'’][^\W\d_]+)*){1,2}")
NAME_SHARE = 0.8  # of a column's values shaped like names
_NAME_EVIDENCE = 0.5  # of those, with a known first name, a surname ending or a patronymic
_NAME_SAMPLE = 2000


def _name_score(values: Sequence[object]) -> float:
    """The share of a column's values that read as people's names (0 when it does not look like names).

    A value counts when it is two or three words of letters, capitalised (or all in one case), and the
    column as a whole has evidence: at least half of those values hold a common first name, a surname
    ending (-ski, -ak, -енко, -ов...) or a patronymic. Values repeat little in a names column; cities,
    services and sources repeat, so a column with few distinct values is not names."""
    sample = [v for v in values[:_NAME_SAMPLE] if v is not None]
    if not sample:
        return 0.0
    shaped = evidence = 0
    for value in sample:
        text = " ".join(value.split()) if isinstance(value, str) else ""
        if not text or len(text) > 60 or not _NAME_SHAPE.fullmatch(text):
            continue
        words = text.split(" ")
        if not (text.isupper() or text.islower() or all(w[0].isupper() for w in words)):
            continue
        shaped += 1
        if any(fold(w) in _FIRST_NAMES or looks_like_surname(w) or looks_like_patronymic(w) for w in words):
            evidence += 1
    share = shaped / len(sample)
    if share < NAME_SHARE or evidence < _NAME_EVIDENCE * shaped:
        return 0.0
    if len(sample) >= 20 and len(set(sample)) < 0.5 * len(sample):
        return 0.0
    return share


def _guess_name_column(mapping: list[ColumnMap], columns: Sequence[Sequence[object]]) -> None:
    """In a sheet without a header, the column whose values read best as people's names becomes
    ``full_name`` (split into first/middle/last as for a named column)."""
    best, best_score = None, 0.0
    for col in mapping:
        if col.guessed_by != "default" or not col.target.startswith("custom.") or col.index >= len(columns):
            continue
        score = _name_score([v for v in columns[col.index] if v is not None and v != ""])
        if score > best_score:
            best, best_score = col, score
    if best is not None:
        best.target, best.guessed_by, best.confidence = "full_name", "values", round(best_score, 3)


_OTHER_DATE = re.compile(
    r"wizyt|visit|order|zamow|zakup|purchase|created|added|dodan|modified|updated|zmian|ostatn|pierwsz|last|first"
    r"|wazn|expir|termin|due|платеж|визит|заказ|покуп|созда|добав|измен|послед|перв|оплат|срок|замовл|оновл|остан"
)


def _birth_dates(values: Sequence[object]) -> bool:
    """Do a column's dates look like birth dates (under a header that does not say so)? Most of them at
    least ten years ago; recent dates are visits, orders or the day a client was added."""
    today = dt.date.today()
    years = []
    for value in values[:SAMPLE]:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            years.append((today - value).days / 365.25)
        elif isinstance(value, str):
            found = re.search(r"(?:19|20)\d\d", value)
            if found:
                years.append(today.year - int(found.group()))
    return bool(years) and sum(1 for y in years if 10 <= y <= 110) >= 0.8 * len(years)


def validate_target(target: str) -> str:
    """Normalise a user's target (``Phone`` -> ``phone``, ``custom.Card`` kept) or raise UserError."""
    custom = _custom_target(target)
    if custom == "":
        raise UserError("A custom field needs a name: custom.NAME")
    if custom:
        return custom
    low = target.strip().lower().replace("-", "_").replace(" ", "_")
    if low in FIELDS or low in SPECIAL_TARGETS or low in CONSENT_DATES:
        return low
    if low in ("name", "fullname"):
        return "full_name"
    raise UserError(
        f"{target!r} is not a field. Use one of: {', '.join(FIELDS + SPECIAL_TARGETS + CONSENT_DATES)}, or custom.NAME"
    )


def find_column(mapping: Sequence[ColumnMap], column: str) -> ColumnMap:
    """A column by its letter (``C``), its 1-based number (``3``) or its header text (case-insensitive)."""
    key = column.strip()
    by_header = [m for m in mapping if fold(m.header) == fold(key)]
    if by_header:
        return by_header[0]
    if re.fullmatch(r"[A-Za-z]{1,3}", key):
        for m in mapping:
            if m.letter == key.upper():
                return m
    if key.isdigit():
        for m in mapping:
            if m.index == int(key) - 1:
                return m
    headers = ", ".join(repr(m.header) for m in mapping)
    raise UserError(f"No column {column!r} in this sheet; its columns are {headers}")


def apply_overrides(mapping: list[ColumnMap], overrides: Iterable[str] | dict[str, str]) -> list[ColumnMap]:
    """Apply ``COLUMN=FIELD`` overrides (command line ``--map``, or the wizard's choices)."""
    pairs = overrides.items() if isinstance(overrides, dict) else (_split_override(o) for o in overrides)
    for column, target in pairs:
        col = find_column(mapping, column)
        col.target = validate_target(target)
        col.guessed_by = "user"
        col.confidence = 1.0
        if col.target in ("phone", "email") and not col.label:
            col.label = header_label(col.header)
    return mapping


def _split_override(text: str) -> tuple[str, str]:
    column, sep, target = text.rpartition("=")
    if not sep or not column.strip():
        raise UserError(f"--map needs COLUMN=FIELD, got {text!r}")
    return column, target


def signature(names: Sequence[str]) -> str:
    """A key for saved mappings: the folded headers in order (same headers -> same mapping next time)."""
    return hashlib.sha256("\x1f".join(fold(n) for n in names).encode()).hexdigest()[:32]


def mapping_to_json(mapping: Sequence[ColumnMap]) -> str:
    return json.dumps({m.header: {"target": m.target, "label": m.label} for m in mapping}, ensure_ascii=False)


def apply_saved(mapping: list[ColumnMap], saved_json: str) -> list[ColumnMap]:
    """Apply a mapping saved for the same header signature."""
    saved = json.loads(saved_json)
    for col in mapping:
        entry = saved.get(col.header)
        if entry:
            col.target, col.label, col.guessed_by, col.confidence = entry["target"], entry.get("label", ""), "saved", 1.0
    return mapping
