"""Seeded demo and benchmark data: believable clients from a fixed seed.

Why: the ``demo`` command, screenshots, manual testing and every benchmark need the same register, and
it has to look like a real small-business client base so that search, the duplicate finder, segments,
consent-aware exports and the importer's cleaning rules all have something to do. So the clients are
Polish, Russian, Ukrainian and English (names with diacritics, gendered surname forms, patronymics),
live at real-looking addresses, have phones written the way owners type them, three years of purchases
covering all six segments, consent states with opt-out dates, companies with contact persons, and a
planted share of duplicates and dirty values.

Everything comes from one ``random.Random(seed)`` and a fixed ``today``, so the same ``(n, seed, today)``
always yields exactly the same rows. Rows are generated one at a time (a generator), so a million
clients never sit in memory.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from app.records import bulk_create_clients
from models.text import fold

DEFAULT_TODAY = dt.date(2026, 11, 1)
HISTORY_DAYS = 3 * 365

# Per-iteration probabilities. A company iteration yields the company and 1-3 contact persons (about 3
# rows), so these give roughly 5% companies, 2% planted duplicates and 2% dirty rows among all rows.
_P_COMPANY = 0.0556
_P_DUPLICATE = 0.0222
_P_DIRTY = 0.024

# Row kinds reported by generate_tagged (tests and benchmarks use them to check the planted shares).
KINDS = ("person", "company", "contact", "duplicate", "dirty")


# ============================================================================ name tables
def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


_PL_MALE = _words("""
Adam Adrian Aleksander Andrzej Antoni Arkadiusz Artur Bartłomiej Bartosz Błażej Bogdan Bogusław Cezary
Damian Daniel Dariusz Dawid Dominik Edward Emil Filip Franciszek Grzegorz Henryk Hubert Igor Ireneusz
Jacek Jakub Jan Janusz Jarosław Jerzy Józef Julian Kacper Kamil Karol Kazimierz Konrad Krystian
Krzysztof Leszek Łukasz Maciej Marcin Marek Mariusz Mateusz Michał Mikołaj Mirosław Norbert Oskar
Patryk Paweł Piotr Przemysław Radosław Rafał Robert Roman Ryszard Sebastian Sławomir Stanisław Stefan
Szymon Tadeusz Tomasz Wiktor Witold Władysław Wojciech Zbigniew Zdzisław
""")
_PL_FEMALE = _words("""
Agata Agnieszka Aleksandra Alicja Amelia Aneta Aniela Anna Antonina Barbara Beata Bożena Danuta
Dominika Dorota Edyta Elżbieta Emilia Ewa Ewelina Gabriela Grażyna Halina Hanna Helena Irena Iwona
Izabela Jadwiga Janina Joanna Jolanta Julia Justyna Kamila Karolina Katarzyna Kinga Klaudia Krystyna
Laura Lena Lucyna Magdalena Maja Małgorzata Maria Marianna Marta Marzena Milena Monika Natalia Nikola
Oliwia Patrycja Paulina Renata Róża Sabina Sandra Sylwia Teresa Urszula Wanda Weronika Wiktoria Zofia
Zuzanna Żaneta
""")
_PL_SURNAMES = _words("""
Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając
Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski
Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak
Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Sadowski Bąk
Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski Szczepański
Kucharski Wilk Kalinowski Lis Mazurek Wysocki Adamski Kaźmierczak Wasilewski Sobczak Czerwiński
Andrzejewski Cieślak Głowacki Zakrzewski Kołodziej Sikorski Krajewski Gajewski Szymczak Szulc
Baranowski Laskowski Brzeziński Makowski Ziółkowski Przybylski Domański Nowacki Borowski Błaszczyk
Chojnacki Ciesielski Mróz Szczepaniak Wesołowski Górecki Krupa Kaczmarczyk Leszczyński Lipiński
Kowalewski Urbaniak Kozak Kania Mikołajczyk Czajkowski Mucha Tomczak Markowski Kowalik Nawrocki
Brzozowski Janik Musiał Wawrzyniak Markiewicz Orłowski Tomczyk Jarosz Kołodziejczyk Kurek Kopeć Żak
Wolski Łuczak Dziedzic Kot Stasiak Stankiewicz Piątek Jóźwiak Urban Dobrowolski Pawlik Kruk Domagała
Piasecki Wierzbicki Karpiński Jastrzębski Polak Zięba Janicki Wójtowicz Stefański Sosnowski Bednarek
Majchrzak Bielecki Małecki Sowa Milczarek Gałązka Michalik Dziadkowiec Grzelak Śliwiński Żurawski
""")

_RU_MALE = _words("""
Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артур Богдан Борис Вадим Валентин
Валерий Василий Виктор Виталий Владимир Владислав Всеволод Вячеслав Геннадий Георгий Глеб Григорий
Даниил Денис Дмитрий Евгений Егор Ефим Захар Иван Игорь Илья Кирилл Константин Лев Леонид Макар
Максим Марк Матвей Михаил Никита Николай Олег Павел Пётр Роман Руслан Савелий Семён Сергей Станислав
Степан Тимофей Тимур Фёдор Филипп Эдуард Юрий Яков Ярослав
""")
_RU_FEMALE = _words("""
Александра Алёна Алина Алла Анастасия Ангелина Анна Антонина Арина Валентина Валерия Варвара
Василиса Вера Вероника Виктория Галина Дарья Диана Ева Евгения Екатерина Елена Елизавета Жанна
Зинаида Злата Зоя Инна Ирина Карина Кира Кристина Ксения Лариса Лидия Любовь Людмила Майя Маргарита
Марина Мария Милана Надежда Наталья Нелли Нина Оксана Олеся Ольга Полина Раиса Светлана София
Таисия Тамара Татьяна Ульяна Эльвира Юлия Яна Ярослава
""")
_RU_SURNAMES = _words("""
Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков
Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин
Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров
Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев
Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров
Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков
Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров
Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв
Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков
Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев
Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Галкин Лукьянов Скворцов
Юдин Белоусов Нестеров Симонов Князев Цветков Левин Воронцов Блинов Рыбаков Шестаков Вишневский
Покровский Преображенский Успенский Троицкий Рождественский Толстой Черных Седых Долгих
""")

_UA_MALE = _words("""
Олександр Андрій Анатолій Антон Артем Богдан Вадим Валерій Василь Віктор Віталій Владислав Володимир
Григорій Данило Денис Дмитро Євген Захар Іван Ігор Кирило Костянтин Леонід Любомир Максим Матвій
Микола Мирослав Михайло Назар Олег Олексій Орест Остап Павло Петро Роман Руслан Святослав Сергій
Станіслав Степан Тарас Тимофій Юрій Яків Ярослав
""")
_UA_FEMALE = _words("""
Олена Ольга Оксана Наталія Тетяна Ірина Юлія Анна Марія Катерина Світлана Людмила Галина Вікторія
Надія Леся Соломія Христина Мар'яна Ганна Алла Лариса Інна Валентина Софія Дарина Аліна Анастасія
Яна Зоряна Уляна Богдана Віра Любов Роксолана Ярина Лілія Марта Віталіна Євгенія Іванна
""")
_UA_SURNAMES = _words("""
Коваленко Бондаренко Ткаченко Шевченко Кравченко Олійник Шевчук Коваль Поліщук Бойко Мельник Ткачук
Савченко Руденко Марченко Петренко Лисенко Мороз Клименко Павленко Кравчук Левченко Гончаренко
Карпенко Литвиненко Кузьменко Романенко Панченко Мельничук Сидоренко Гнатюк Юрченко Остапенко
Василенко Симоненко Білоус Козак Гуменюк Стасюк Дячук Приходько Пономаренко Харченко Головко
Мартинюк Вакуленко Демченко Яковенко Гаврилюк Захарченко Іваненко Дорошенко Тимошенко Кириленко
Ковальчук Костенко Гордієнко Мазур Зінченко Федорченко Ковальський Савицький Яворський Заболотський
Грушевський Петрів Іванів Кравець Семенюк Гребенюк Заїка Троїцький Мусієнко Ґудзь
""")

_EN_MALE = _words("""
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Steven Paul Andrew Joshua Kevin Brian George Edward Ryan Jacob Nicholas Jonathan Benjamin
Samuel Oliver Harry Jack Alexander Liam Noah Ethan Henry Patrick Peter Simon Graham Stuart Owen
""")
_EN_FEMALE = _words("""
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily Emma Olivia Amelia
Sophie Charlotte Hannah Lucy Rebecca Laura Rachel Katherine Margaret Victoria Samantha Amanda Helen
Claire Megan Chloe Grace Abigail Ella Isabella Natalie Alice Fiona Joanne Zoe Kate
""")
_EN_SURNAMES = _words("""
Smith Johnson Williams Brown Jones Taylor Davies Evans Wilson Thomas Roberts Walker Wright Robinson
Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Turner Hill Scott
Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen Mitchell Anderson
Phillips Lee Bell Parker Davis Miller Garcia Rodriguez Martinez Lopez Murphy O'Brien O'Connor
McDonald MacLeod Kelly Campbell Stewart Reid Murray Collins Bennett Cook Carter Shaw Lloyd Price
Richardson Fisher Graham Russell Kennedy Sullivan Brooks Foster Nguyen Kim Chen Singh Khan Ahmed
""")

# Everyday forms a duplicate row may carry instead of the passport name (full -> short forms).
_NICKNAMES: dict[str, tuple[str, ...]] = {
    "Katarzyna": ("Kasia",), "Barbara": ("Basia",), "Małgorzata": ("Gosia", "Małgosia"),
    "Aleksandra": ("Ola",), "Joanna": ("Asia",), "Anna": ("Ania",), "Magdalena": ("Magda",),
    "Agnieszka": ("Aga",), "Zofia": ("Zosia",), "Elżbieta": ("Ela",), "Dorota": ("Dorotka",),
    "Tomasz": ("Tomek",), "Jakub": ("Kuba",), "Bartłomiej": ("Bartek",), "Wojciech": ("Wojtek",),
    "Piotr": ("Piotrek",), "Krzysztof": ("Krzysiek",), "Stanisław": ("Staszek",), "Grzegorz": ("Grzesiek",),
    "Jerzy": ("Jurek",), "Aleksander": ("Olek",), "Mateusz": ("Mati",), "Józef": ("Józek",),
    "Александр": ("Саша", "Шура"), "Александра": ("Саша",), "Дмитрий": ("Дима",), "Сергей": ("Серёжа",),
    "Алексей": ("Лёша",), "Евгений": ("Женя",), "Евгения": ("Женя",), "Михаил": ("Миша",),
    "Николай": ("Коля",), "Иван": ("Ваня",), "Владимир": ("Вова", "Володя"), "Наталья": ("Наташа",),
    "Татьяна": ("Таня",), "Елена": ("Лена",), "Ольга": ("Оля",), "Екатерина": ("Катя",),
    "Мария": ("Маша",), "Анастасия": ("Настя",), "Юлия": ("Юля",), "Светлана": ("Света",),
    "Ирина": ("Ира",), "Олександр": ("Сашко",), "Тетяна": ("Таня",), "Євген": ("Женя",),
    "Андрій": ("Андрійко",), "Наталія": ("Наталка",), "Іван": ("Івась",),
    "Robert": ("Rob", "Bob"), "William": ("Will", "Bill"), "Michael": ("Mike",), "James": ("Jim",),
    "Thomas": ("Tom",), "David": ("Dave",), "Christopher": ("Chris",), "Katherine": ("Kate",),
    "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen",), "Samantha": ("Sam",), "Alexander": ("Alex",),
    "Daniel": ("Dan",), "Matthew": ("Matt",), "Nicholas": ("Nick",), "Benjamin": ("Ben",),
    "Richard": ("Rick",), "Rebecca": ("Becky",), "Victoria": ("Vicky",), "Margaret": ("Maggie",),
}


def _female_surname(nat: str, name: str) -> str:
    """The feminine form of a surname: Kowalski/Kowalska, Иванов/Иванова, Коваленко stays."""
    if nat == "pl":
        return name[:-1] + "a" if name.endswith(("ski", "cki", "dzki")) else name
    if nat == "ru":
        if name.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return name + "а"
        if name.endswith(("ский", "цкий", "ой")):
            return name[:-2] + "ая"
        return name
    if nat == "ua":
        if name.endswith(("ський", "цький")):
            return name[:-2] + "а"
        return name + "а" if name.endswith(("ов", "ев", "ін")) else name
    return name


_RU_PATRONYMIC_EXCEPTIONS = {
    "Лев": ("Львович", "Львовна"), "Павел": ("Павлович", "Павловна"), "Пётр": ("Петрович", "Петровна"),
    "Михаил": ("Михайлович", "Михайловна"), "Илья": ("Ильич", "Ильинична"),
    "Никита": ("Никитич", "Никитична"), "Яков": ("Яковлевич", "Яковлевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"), "Георгий": ("Георгиевич", "Георгиевна"),
}
_UA_PATRONYMIC_EXCEPTIONS = {
    "Микола": ("Миколайович", "Миколаївна"), "Яків": ("Якович", "Яківна"),
    "Григорій": ("Григорович", "Григорівна"),
}


def _patronymics(nat: str, father: str) -> tuple[str, str]:
    """(son's, daughter's) patronymic from a father's name: Сергей -> Сергеевич/Сергеевна."""
    if nat == "ru":
        if father in _RU_PATRONYMIC_EXCEPTIONS:
            return _RU_PATRONYMIC_EXCEPTIONS[father]
        if father.endswith("ий"):
            stem = father[:-2] + "ь"
            return stem + "евич", stem + "евна"
        if father.endswith(("й", "ь")):
            return father[:-1] + "евич", father[:-1] + "евна"
        return father + "ович", father + "овна"
    if father in _UA_PATRONYMIC_EXCEPTIONS:
        return _UA_PATRONYMIC_EXCEPTIONS[father]
    if father.endswith("ій"):
        return father + "ович", father[:-1] + "ївна"
    if father.endswith("о"):
        return father[:-1] + "ович", father[:-1] + "івна"
    if father.endswith("ь"):
        return father + "ович", father[:-1] + "івна"
    return father + "ович", father + "івна"


@dataclass(frozen=True, slots=True)
class _Nation:
    code: str  # pl, ru, ua, en
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[tuple[str, str], ...]  # (masculine, feminine)
    patronymics: dict[str, tuple[str, str]] = field(default_factory=dict)


def _nation(code: str, male: Sequence[str], female: Sequence[str], surnames: Sequence[str]) -> _Nation:
    pairs = tuple((s, _female_surname(code, s)) for s in surnames)
    patr = {m: _patronymics(code, m) for m in male} if code in ("ru", "ua") else {}
    return _Nation(code, tuple(male), tuple(female), pairs, patr)


_NATIONS = {
    "pl": _nation("pl", _PL_MALE, _PL_FEMALE, _PL_SURNAMES),
    "ru": _nation("ru", _RU_MALE, _RU_FEMALE, _RU_SURNAMES),
    "ua": _nation("ua", _UA_MALE, _UA_FEMALE, _UA_SURNAMES),
    "en": _nation("en", _EN_MALE, _EN_FEMALE, _EN_SURNAMES),
}

# ============================================================================ places
_LETTERS_GB = "ABDEFGHJLNPQRSTUWXYZ"


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    region: str
    weight: float
    postcodes: tuple[str, ...]  # prefixes (PL "02", RU "119", UA "01", GB outward "SW11", US "100")
    districts: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()  # landline area codes, national, without the trunk prefix
    streets: tuple[str, ...] = ()  # local streets, in addition to the country's common ones


def _c(name: str, region: str, weight: float, postcodes: str, districts: str = "", areas: str = "",
       streets: str = "") -> _City:
    return _City(name, region, weight, tuple(postcodes.split()), tuple(_split_bar(districts)),
                 tuple(areas.split()), tuple(_split_bar(streets)))


def _split_bar(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_PL_CITIES = (
    _c("Warszawa", "mazowieckie", 30, "00 01 02 03 04",
       "Mokotów|Wola|Ursynów|Śródmieście|Praga-Południe|Praga-Północ|Bielany|Bemowo|Targówek|Żoliborz|"
       "Ochota|Wilanów|Białołęka|Ursus|Wawer", "22",
       "ul. Puławska|ul. Marszałkowska|ul. Grójecka|al. Jerozolimskie|ul. Nowy Świat|ul. Chmielna|"
       "ul. Targowa|ul. Grochowska|ul. Wołoska|al. Komisji Edukacji Narodowej|ul. Górczewska|ul. Żelazna|"
       "ul. Świętokrzyska|al. Solidarności|ul. Rakowiecka|ul. Odyńca|ul. Belgradzka|"
       "ul. Bora-Komorowskiego|ul. Modlińska|al. Niepodległości"),
    _c("Kraków", "małopolskie", 12, "30 31",
       "Stare Miasto|Krowodrza|Podgórze|Nowa Huta|Bronowice|Dębniki|Grzegórzki|Prądnik Biały|Czyżyny", "12",
       "ul. Floriańska|ul. Karmelicka|ul. Dietla|al. Mickiewicza|ul. Grzegórzecka|ul. Wielicka|"
       "ul. Kalwaryjska|os. Złotego Wieku|ul. Bronowicka|ul. Zakopiańska"),
    _c("Łódź", "łódzkie", 8, "90 91 92 93 94", "Bałuty|Widzew|Polesie|Górna|Śródmieście", "42",
       "ul. Piotrkowska|al. Kościuszki|ul. Zgierska|ul. Rzgowska|al. Piłsudskiego|ul. Pomorska"),
    _c("Wrocław", "dolnośląskie", 9, "50 51 52 53 54", "Krzyki|Fabryczna|Psie Pole|Śródmieście|Stare Miasto",
       "71", "ul. Legnicka|ul. Świdnicka|ul. Powstańców Śląskich|ul. Grabiszyńska|pl. Grunwaldzki|"
       "ul. Oławska|ul. Kazimierza Wielkiego"),
    _c("Poznań", "wielkopolskie", 7, "60 61", "Jeżyce|Grunwald|Wilda|Stare Miasto|Nowe Miasto", "61",
       "ul. Głogowska|ul. Święty Marcin|ul. Dąbrowskiego|os. Piastowskie|ul. Garbary|ul. Półwiejska"),
    _c("Gdańsk", "pomorskie", 6, "80", "Wrzeszcz|Oliwa|Przymorze|Śródmieście|Zaspa", "58",
       "al. Grunwaldzka|al. Zwycięstwa|ul. Kartuska|ul. Chlebnicka|ul. Piastowska"),
    _c("Gdynia", "pomorskie", 3, "81", "", "58", "ul. Świętojańska|ul. Starowiejska|ul. Władysława IV"),
    _c("Szczecin", "zachodniopomorskie", 4, "70 71", "", "91", "al. Wojska Polskiego|al. Bohaterów Warszawy"),
    _c("Lublin", "lubelskie", 4, "20", "", "81", "ul. Krakowskie Przedmieście|al. Racławickie"),
    _c("Katowice", "śląskie", 4, "40", "", "32", "ul. Mariacka|al. Korfantego"),
    _c("Białystok", "podlaskie", 3, "15", "", "85", "ul. Lipowa|ul. Sienkiewicza"),
    _c("Bydgoszcz", "kujawsko-pomorskie", 3, "85", "", "52", "ul. Gdańska|ul. Dworcowa"),
    _c("Toruń", "kujawsko-pomorskie", 2, "87", "", "56", "ul. Szeroka|ul. Chełmińska"),
    _c("Rzeszów", "podkarpackie", 2, "35", "", "17", "al. Piłsudskiego|ul. Hetmańska"),
    _c("Olsztyn", "warmińsko-mazurskie", 2, "10", "", "89"),
    _c("Nowy Sącz", "małopolskie", 1, "33", "", "18"),
    _c("Zielona Góra", "lubuskie", 1, "65", "", "68"),
    _c("Kielce", "świętokrzyskie", 1, "25", "", "41"),
    _c("Opole", "opolskie", 1, "45", "", "77"),
    _c("Piaseczno", "mazowieckie", 1, "05", "", "22"),
)
_PL_STREETS = _lines("""
ul. Mickiewicza
ul. Słowackiego
ul. Kościuszki
ul. Piłsudskiego
ul. Sienkiewicza
ul. Długa
ul. Krótka
ul. Polna
ul. Leśna
ul. Ogrodowa
ul. Lipowa
ul. Kwiatowa
ul. Szkolna
ul. Kolejowa
ul. Wojska Polskiego
ul. 3 Maja
ul. Jana Pawła II
ul. Żeromskiego
ul. Reymonta
ul. Kopernika
ul. Chopina
ul. Konopnickiej
ul. Prusa
ul. Grunwaldzka
ul. Narutowicza
ul. Słoneczna
ul. Brzozowa
ul. Zielona
ul. Parkowa
ul. Kasztanowa
ul. Jagiellońska
ul. Norwida
ul. Kilińskiego
ul. Okrzei
ul. Traugutta
ul. Moniuszki
ul. Batorego
ul. Wrzosowa
ul. Akacjowa
ul. Źródlana
ul. Łąkowa
ul. Piaskowa
ul. Klonowa
ul. Dębowa
ul. Różana
ul. Spacerowa
ul. Żwirki i Wigury
ul. Fabryczna
""")

_RU_CITIES = (
    _c("Москва", "Москва", 40, "101 105 107 109 115 117 119 121 123 125 127 129",
       "Арбат|Тверской|Хамовники|Пресненский|Басманный|Замоскворечье|Таганский|Мещанский|Сокольники|"
       "Марьино|Южное Бутово|Митино|Строгино|Раменки", "495 499",
       "ул. Тверская|ул. Арбат|Ленинский пр-т|Кутузовский пр-т|ул. Профсоюзная|ул. Большая Полянка|"
       "ул. Пятницкая|ул. Мясницкая|ул. Новый Арбат|ул. Покровка|Комсомольский пр-т|ул. Маросейка|"
       "Мичуринский пр-т|ул. Братиславская"),
    _c("Санкт-Петербург", "Санкт-Петербург", 18, "190 191 192 193 194 195 196 197 198 199",
       "Центральный|Адмиралтейский|Василеостровский|Петроградский|Московский|Невский|Приморский|"
       "Выборгский|Калининский", "812",
       "Невский пр-т|Литейный пр-т|ул. Рубинштейна|Московский пр-т|ул. Марата|Каменноостровский пр-т|"
       "ул. Гороховая|наб. реки Фонтанки|ул. Садовая"),
    _c("Новосибирск", "Новосибирская область", 6, "630", "Центральный|Ленинский|Октябрьский", "383",
       "Красный пр-т"),
    _c("Екатеринбург", "Свердловская область", 6, "620", "Ленинский|Кировский|Верх-Исетский", "343",
       "ул. Малышева|ул. Вайнера"),
    _c("Казань", "Республика Татарстан", 6, "420", "Вахитовский|Приволжский|Советский", "843",
       "ул. Баумана|ул. Кремлёвская"),
    _c("Нижний Новгород", "Нижегородская область", 5, "603", "", "831", "ул. Большая Покровская"),
    _c("Самара", "Самарская область", 4, "443", "", "846", "ул. Ленинградская"),
    _c("Краснодар", "Краснодарский край", 5, "350", "", "861", "ул. Красная"),
    _c("Ростов-на-Дону", "Ростовская область", 4, "344", "", "863", "ул. Большая Садовая"),
    _c("Воронеж", "Воронежская область", 3, "394", "", "473", "пр-т Революции"),
    _c("Сочи", "Краснодарский край", 2, "354", "", "862", "Курортный пр-т"),
    _c("Калининград", "Калининградская область", 2, "236", "", "", "Ленинский пр-т"),
)
_RU_STREETS = _lines("""
ул. Ленина
ул. Гагарина
ул. Мира
ул. Советская
ул. Пушкина
ул. Садовая
ул. Лесная
ул. Молодёжная
ул. Школьная
ул. Новая
ул. Набережная
ул. Чехова
ул. Кирова
ул. Комсомольская
ул. Октябрьская
ул. Первомайская
ул. Победы
ул. Гоголя
ул. Лермонтова
ул. Строителей
ул. Зелёная
ул. Центральная
ул. Заречная
ул. Полевая
пр-т Мира
пр-т Победы
ул. Жукова
ул. Горького
ул. Маяковского
ул. Калинина
ул. Суворова
ул. Солнечная
""")

_UA_CITIES = (
    _c("Київ", "Київ", 40, "01 02 03 04",
       "Печерський|Оболонський|Шевченківський|Голосіївський|Дарницький|Деснянський|Дніпровський|"
       "Подільський|Святошинський|Солом'янський", "44",
       "вул. Хрещатик|вул. Саксаганського|вул. Велика Васильківська|просп. Берестейський|вул. Антоновича|"
       "просп. Оболонський|вул. Прорізна|вул. Ярославів Вал|Харківське шосе|вул. Драгоманова|"
       "бульв. Лесі Українки|вул. Велика Житомирська|просп. Науки"),
    _c("Львів", "Львівська область", 14, "79",
       "Галицький|Залізничний|Личаківський|Сихівський|Франківський|Шевченківський", "",
       "вул. Городоцька|просп. Свободи|вул. Личаківська|вул. Наукова|вул. Стрийська"),
    _c("Харків", "Харківська область", 10, "61",
       "Шевченківський|Київський|Салтівський|Холодногірський|Основ'янський", "57",
       "вул. Сумська|просп. Науки|вул. Пушкінська"),
    _c("Одеса", "Одеська область", 10, "65", "Приморський|Київський|Малиновський|Суворовський", "48",
       "вул. Дерибасівська|вул. Рішельєвська|Французький бульв.|вул. Преображенська"),
    _c("Дніпро", "Дніпропетровська область", 8, "49", "Центральний|Соборний|Шевченківський|Чечелівський",
       "56", "просп. Дмитра Яворницького|вул. Січеславська Набережна"),
    _c("Запоріжжя", "Запорізька область", 4, "69", "", "61", "просп. Соборний"),
    _c("Вінниця", "Вінницька область", 4, "21", "", "43", "вул. Соборна"),
    _c("Полтава", "Полтавська область", 3, "36", "", "", "вул. Європейська"),
    _c("Чернігів", "Чернігівська область", 2, "14", "", "", "просп. Миру"),
    _c("Івано-Франківськ", "Івано-Франківська область", 3, "76", "", "", "вул. Незалежності"),
    _c("Тернопіль", "Тернопільська область", 2, "46", "", "", "бульв. Шевченка"),
    _c("Ужгород", "Закарпатська область", 1, "88", "", "", "вул. Корзо"),
    _c("Біла Церква", "Київська область", 2, "09", "", "", "бульв. Олександрійський"),
)
_UA_STREETS = _lines("""
вул. Шевченка
вул. Франка
вул. Лесі Українки
вул. Грушевського
вул. Богдана Хмельницького
вул. Січових Стрільців
вул. Садова
вул. Миру
вул. Соборна
вул. Незалежності
вул. Героїв Майдану
вул. Котляревського
вул. Коцюбинського
вул. Сковороди
вул. Шкільна
вул. Зелена
вул. Лісова
вул. Паркова
вул. Молодіжна
просп. Свободи
просп. Незалежності
вул. Ярослава Мудрого
вул. Володимира Великого
вул. Довженка
вул. Гоголя
вул. Київська
вул. Центральна
вул. Квіткова
""")

_GB_CITIES = (
    _c("London", "Greater London", 45,
       "N1 N7 N16 E2 E8 E14 E17 SE1 SE10 SE15 SE22 SW2 SW4 SW11 SW18 W2 W5 W11 NW1 NW3 NW6",
       "Camden|Islington|Hackney|Westminster|Lambeth|Southwark|Greenwich|Tower Hamlets|Wandsworth|"
       "Ealing|Lewisham", "20",
       "Baker Street|Camden Road|Upper Street|Kingsland Road|Brixton Road|Old Kent Road|Holloway Road|"
       "Mare Street|Portobello Road|Lordship Lane"),
    _c("Manchester", "Greater Manchester", 12, "M1 M4 M13 M14 M20 M21", "", "161",
       "Oxford Road|Deansgate|Wilmslow Road"),
    _c("Birmingham", "West Midlands", 10, "B1 B5 B13 B15 B29", "", "121", "Broad Street|Bristol Road"),
    _c("Leeds", "West Yorkshire", 7, "LS1 LS6 LS8 LS17", "", "113", "Otley Road|Roundhay Road"),
    _c("Bristol", "Bristol", 6, "BS1 BS6 BS8", "", "117", "Gloucester Road|Whiteladies Road"),
    _c("Edinburgh", "Scotland", 6, "EH1 EH3 EH10", "", "131", "Leith Walk|Morningside Road"),
    _c("Glasgow", "Scotland", 6, "G1 G3 G12 G41", "", "141", "Byres Road|Sauchiehall Street"),
    _c("Liverpool", "Merseyside", 5, "L1 L8 L15 L17", "", "151", "Lark Lane|Smithdown Road"),
    _c("Cambridge", "Cambridgeshire", 3, "CB1 CB2 CB4", "", "", "Mill Road|Hills Road"),
)
_GB_STREETS = _lines("""
High Street
Station Road
Church Lane
Victoria Road
Park Road
Green Lane
Manor Road
Church Street
Mill Lane
Queen's Road
King Street
London Road
Albert Road
The Crescent
Kingsway
Elm Grove
Oak Avenue
Grange Road
Springfield Road
Stanley Road
York Road
Windsor Avenue
Cedar Close
Highfield Road
""")

_US_CITIES = (
    _c("New York", "NY", 30, "100 101 102 104 112 113", "Manhattan|Brooklyn|Queens|Bronx|Staten Island",
       "212 718 917 646 347", "Broadway|Madison Ave|Lexington Ave|Bedford Ave|Atlantic Ave"),
    _c("Chicago", "IL", 12, "606", "Lincoln Park|Lakeview|Hyde Park|Wicker Park", "312 773",
       "Michigan Ave|Halsted St|Clark St"),
    _c("Boston", "MA", 8, "021", "Back Bay|Beacon Hill|Dorchester", "617", "Newbury St|Boylston St"),
    _c("San Francisco", "CA", 8, "941", "Mission|SoMa|Sunset", "415", "Valencia St|Market St"),
    _c("Los Angeles", "CA", 12, "900", "Hollywood|Venice|Silver Lake", "213 310 323",
       "Sunset Blvd|Wilshire Blvd"),
    _c("Seattle", "WA", 6, "981", "", "206", "Pike St|Aurora Ave N"),
    _c("Austin", "TX", 6, "787", "", "512", "Congress Ave|Lamar Blvd"),
    _c("Philadelphia", "PA", 6, "191", "", "215 267", "Walnut St|Chestnut St"),
    _c("Miami", "FL", 5, "331", "", "305 786", "Collins Ave|Biscayne Blvd"),
    _c("Denver", "CO", 4, "802", "", "303 720", "Colfax Ave|Larimer St"),
)
_US_STREETS = _lines("""
Main St
Oak St
Maple Ave
Elm St
Washington St
Park Ave
Pine St
Cedar Ln
Lake St
Hill St
Lincoln Ave
2nd St
5th Ave
Church St
Jefferson Ave
Highland Ave
""")


class _Weighted:
    """Weighted choice through a lookup table (1000 slots by default): one multiply and one index per
    pick (the generator makes millions of picks; bisect over cumulative weights was measurably slower)."""

    __slots__ = ("items", "size", "table")

    def __init__(self, pairs: Sequence[tuple[Any, float]], size: int = 1000) -> None:
        self.items = tuple(item for item, _ in pairs)
        total = sum(weight for _, weight in pairs)
        table: list[Any] = []
        acc = 0.0
        for item, weight in pairs:
            acc += weight
            table.extend([item] * (round(acc / total * size) - len(table)))
        self.table, self.size = tuple(table), len(table)

    def pick(self, r: float) -> Any:
        return self.table[int(r * self.size)]


def _w(text: str) -> _Weighted:
    """``"gmail.com:30 wp.pl:15"`` -> a weighted table."""
    pairs = []
    for item in text.split():
        name, _, weight = item.rpartition(":")
        pairs.append((name, float(weight)))
    return _Weighted(pairs)


# ============================================================================ countries
@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    lang: str  # language of items, notes and interactions written by the business there
    currency: str
    rate: float  # price multiplier from the PLN-based price table
    step: int  # rounding of prices in minor units
    cities: _Weighted
    streets: tuple[str, ...]
    domains: _Weighted
    company_tld: str


_COUNTRIES = {
    "PL": _Country("PL", "pl", "PLN", 1.0, 100, _Weighted([(c, c.weight) for c in _PL_CITIES]), _PL_STREETS,
                   _w("gmail.com:30 wp.pl:16 o2.pl:12 onet.pl:10 interia.pl:8 op.pl:4 outlook.com:6 "
                      "yahoo.com:2 icloud.com:4 poczta.fm:1 tlen.pl:1"), "pl"),
    "RU": _Country("RU", "ru", "RUB", 22.0, 5000, _Weighted([(c, c.weight) for c in _RU_CITIES]), _RU_STREETS,
                   _w("mail.ru:30 yandex.ru:28 gmail.com:18 bk.ru:6 list.ru:5 inbox.ru:4 rambler.ru:4 "
                      "ya.ru:3"), "ru"),
    "UA": _Country("UA", "ua", "UAH", 10.0, 1000, _Weighted([(c, c.weight) for c in _UA_CITIES]), _UA_STREETS,
                   _w("ukr.net:30 gmail.com:40 i.ua:8 meta.ua:5 outlook.com:5 icloud.com:3"), "com.ua"),
    "GB": _Country("GB", "en", "GBP", 0.2, 50, _Weighted([(c, c.weight) for c in _GB_CITIES]), _GB_STREETS,
                   _w("gmail.com:35 outlook.com:15 hotmail.co.uk:15 yahoo.co.uk:10 btinternet.com:8 "
                      "icloud.com:8 sky.com:4"), "co.uk"),
    "US": _Country("US", "en", "USD", 0.25, 100, _Weighted([(c, c.weight) for c in _US_CITIES]), _US_STREETS,
                   _w("gmail.com:45 yahoo.com:15 outlook.com:12 hotmail.com:8 icloud.com:12 aol.com:4"),
                   "com"),
}
# Nationality -> (weight, where such clients live).
_NATIONALITY = _Weighted([("pl", 45), ("ru", 20), ("ua", 20), ("en", 15)])
_HOME = {
    "pl": _w("PL:98 GB:2"),
    "ru": _w("RU:88 PL:8 US:4"),
    "ua": _w("UA:70 PL:27 GB:3"),
    "en": _w("GB:55 US:40 PL:5"),
}
_NATIVE_COUNTRY = {"pl": "PL", "ru": "RU", "ua": "UA", "en": "GB"}
_AT_HOME = {"pl": ("PL",), "ru": ("RU",), "ua": ("UA",), "en": ("GB", "US")}
# Label of a phone from another country than the client's address ("UK number").
_NATIVE_COUNTRY_LABEL = {"PL": "PL", "RU": "RU", "UA": "UA", "GB": "UK", "US": "US"}
_COMPANY_COUNTRY = _w("PL:55 RU:15 UA:15 GB:8 US:7")
_COUNTRY_NATION = {"PL": _w("pl:92 ua:8"), "RU": _w("ru:1"), "UA": _w("ua:1"), "GB": _w("en:1"),
                   "US": _w("en:1")}

# ============================================================================ phones
_PL_MOBILE = _words("500 501 502 503 504 505 506 507 508 509 510 511 512 513 514 515 516 517 518 519 530 "
                    "531 532 533 534 535 536 537 538 539 570 571 572 573 574 575 576 577 578 579 600 601 "
                    "602 603 604 605 606 607 608 609 660 661 662 663 664 665 666 667 668 669 690 691 692 "
                    "693 694 695 696 697 698 699 720 721 722 723 724 725 726 727 728 729 730 731 732 733 "
                    "734 735 736 737 738 739 780 781 782 783 784 785 786 787 788 789 790 791 792 793 794 "
                    "795 796 797 798 799 880 881 882 883 884 885 886 887 888 889")
_RU_MOBILE = _words("901 903 905 906 909 910 911 912 915 916 917 919 920 921 925 926 929 950 951 952 953 "
                    "960 961 962 963 964 965 967 968 977 980 981 983 985 987 988 991 993 995 996 999")
_UA_MOBILE = _words("50 63 66 67 68 73 93 95 96 97 98 99")
_GB_MOBILE = _words("73 74 75 77 78 79")

# Formats per (country, mobile): (format, international). Pieces: n national number, ar area or mobile
# prefix, s subscriber digits, b/c/d its 3-2-2 split, cd its tail after 3 digits, h1/h2 its halves.
_PHONE_STYLES: dict[tuple[str, bool], tuple[tuple[str, bool], ...]] = {
    ("PL", True): (("{ar} {b} {cd}", False), ("{ar}-{b}-{cd}", False), ("{n}", False),
                   ("+48 {ar} {b} {cd}", True), ("+48{n}", True), ("0048 {ar} {b} {cd}", True),
                   ("(+48) {ar} {b} {cd}", True), ("+48 {ar}-{b}-{cd}", True)),
    ("PL", False): (("{ar} {b} {c} {d}", False), ("({ar}) {b}-{c}-{d}", False), ("+48 {ar} {b} {c} {d}", True),
                    ("{ar} {s}", False), ("+48 {ar} {b}-{c}-{d}", True)),
    ("RU", True): (("8 ({ar}) {b}-{c}-{d}", False), ("+7 ({ar}) {b}-{c}-{d}", True),
                   ("+7 {ar} {b}-{c}-{d}", True), ("8 {ar} {b} {c} {d}", False), ("8{n}", False),
                   ("+7{n}", True), ("8-{ar}-{b}-{c}-{d}", False), ("+7 {ar} {b} {c} {d}", True)),
    ("UA", True): (("+380 {ar} {b} {cd}", True), ("+380 ({ar}) {b}-{c}-{d}", True), ("0{ar} {b} {c} {d}", False),
                   ("(0{ar}) {b}-{c}-{d}", False), ("0{n}", False), ("+380{n}", True),
                   ("0{ar}-{b}-{c}-{d}", False)),
    ("GB", True): (("0{ar} {s}", False), ("+44 {ar} {s}", True), ("+44 (0){ar} {s}", True),
                   ("0{n}", False), ("0{ar} {b} {cd}", False)),
    ("GB", False): (("0{ar} {h1} {h2}", False), ("+44 {ar} {h1} {h2}", True), ("(0{ar}) {h1} {h2}", False)),
    ("US", True): (("({ar}) {b}-{cd}", False), ("{ar}-{b}-{cd}", False), ("+1 {ar} {b} {cd}", True),
                   ("{ar}.{b}.{cd}", False), ("1-{ar}-{b}-{cd}", False), ("+1 ({ar}) {b}-{cd}", True)),
}
_PHONE_STYLES[("RU", False)] = _PHONE_STYLES[("RU", True)]
_PHONE_STYLES[("UA", False)] = _PHONE_STYLES[("UA", True)]
_PHONE_STYLES[("US", False)] = _PHONE_STYLES[("US", True)]
# The same formats with positional fields (str.format(*parts) is much cheaper than **kwargs).
_POSITIONAL = {name: f"{{{i}}}" for i, name in enumerate(("n", "ar", "s", "b", "c", "d", "cd", "h1", "h2"))}
_LOCAL_FORMATS = {key: tuple(fmt.format(**_POSITIONAL) for fmt, _ in styles) for key, styles in _PHONE_STYLES.items()}
_INTL_FORMATS = {key: tuple(fmt.format(**_POSITIONAL) for fmt, intl in styles if intl)
                 for key, styles in _PHONE_STYLES.items()}


class _Number(NamedTuple):
    """A phone kept as its parts, so a duplicate can write the same number another way."""

    country: str
    area: str  # mobile prefix or area code
    sub: str  # subscriber digits
    mobile: bool


def _format_number(num: _Number, style: int, *, international: bool = False) -> str:
    formats = (_INTL_FORMATS if international else _LOCAL_FORMATS)[(num.country, num.mobile)]
    ar, s = num.area, num.sub
    half = len(s) // 2
    return formats[style % len(formats)].format(ar + s, ar, s, s[:3], s[3:5], s[5:], s[3:], s[:half], s[half:])


# ============================================================================ trade tables
# pl|ru|ua|en|low|high: prices in PLN, converted by the country's rate.
_SHOP_ITEMS = """
Strzyżenie damskie|Стрижка женская|Жіноча стрижка|Women's haircut|80|180
Strzyżenie męskie|Стрижка мужская|Чоловіча стрижка|Men's haircut|50|90
Koloryzacja|Окрашивание волос|Фарбування волосся|Hair colouring|200|450
Manicure hybrydowy|Маникюр с покрытием|Манікюр з покриттям|Gel manicure|90|140
Pedicure|Педикюр|Педикюр|Pedicure|120|180
Oczyszczanie twarzy|Чистка лица|Чистка обличчя|Facial treatment|180|400
Masaż relaksacyjny|Массаж спины|Масаж спини|Relaxing massage|150|250
Przedłużanie rzęs|Наращивание ресниц|Нарощування вій|Lash extensions|150|250
Henna brwi|Коррекция бровей|Корекція брів|Brow shaping|40|70
Karta podarunkowa|Подарочный сертификат|Подарунковий сертифікат|Gift card|100|500
Krem nawilżający|Крем для лица|Крем для обличчя|Moisturising cream|60|180
Zestaw kosmetyków|Набор косметики|Набір косметики|Skincare set|150|400
Perfumy|Парфюм|Парфуми|Perfume|200|600
Szampon i odżywka|Шампунь и бальзам|Шампунь і бальзам|Shampoo and conditioner|45|120
Bilet na warsztaty|Билет на мастер-класс|Квиток на майстер-клас|Workshop ticket|150|350
Sesja zdjęciowa|Фотосессия|Фотосесія|Photo session|400|1200
Voucher SPA|Сертификат в SPA|Сертифікат у SPA|Spa voucher|250|700
Organizacja urodzin|Организация дня рождения|Організація дня народження|Birthday party package|1500|6000
Wieczór panieński|Девичник|Дівич-вечір|Hen party package|900|3000
Dekoracja sali|Оформление зала|Оформлення зали|Venue decoration|800|3000
"""
_B2B_ITEMS = """
Organizacja konferencji|Организация конференции|Організація конференції|Conference organisation|5000|30000
Impreza integracyjna|Корпоратив|Корпоратив|Team-building event|6000|40000
Catering na 50 osób|Кейтеринг на 50 персон|Кейтеринг на 50 осіб|Catering for 50 guests|4000|12000
Bony podarunkowe dla zespołu|Подарочные сертификаты|Подарункові сертифікати|Staff gift cards|1000|8000
Pakiet świąteczny|Новогодние подарки|Новорічні подарунки|Holiday gift boxes|2000|12000
Dekoracja sali|Оформление зала|Оформлення зали|Venue decoration|800|3000
"""


def _items(text: str) -> dict[str, tuple[tuple[str, float, float], ...]]:
    """Per language: (item name, lowest price, price span) in PLN."""
    rows = [line.split("|") for line in _lines(text)]
    return {lang: tuple((row[i], float(row[4]), float(row[5]) - float(row[4])) for row in rows)
            for i, lang in enumerate(("pl", "ru", "ua", "en"))}


_ITEMS = _items(_SHOP_ITEMS)
_COMPANY_ITEMS = _items(_B2B_ITEMS)

_TAGS = {
    "pl": _w("vip:6 stały-klient:10 newsletter:8 alergia:3 student:4 polecenie:5 urodziny:3 "
             "karta-lojalnościowa:6 hurt:1 nowy:4"),
    "ru": _w("vip:6 постоянный:10 рассылка:8 аллергия:3 студент:4 рекомендация:5 день-рождения:3 "
             "карта-лояльности:6 опт:1 новый:4"),
    "ua": _w("vip:6 постійний:10 розсилка:8 алергія:3 студент:4 рекомендація:5 день-народження:3 "
             "картка-лояльності:6 опт:1 новий:4"),
    "en": _w("vip:6 regular:10 newsletter:8 allergy:3 student:4 referral:5 birthday:3 loyalty-card:6 "
             "wholesale:1 new:4"),
}
_NOTES = {
    "pl": _lines("""
Woli terminy po południu.
Alergia na lateks - używać rękawiczek nitrylowych.
Prosi o przypomnienie SMS dzień przed wizytą.
Klientka z polecenia p. Nowak.
Płaci zawsze kartą, prosi o fakturę.
Nie dzwonić przed 10:00.
Lubi kawę z mlekiem owsianym.
Zainteresowana kursem makijażu.
Zgubiła kartę lojalnościową - wydano nową.
Przyjeżdża z dzieckiem, potrzebny fotelik.
Reklamacja w marcu, rozwiązana.
Wrażliwa skóra, tylko kosmetyki hipoalergiczne.
"""),
    "ru": _lines("""
Предпочитает мастера Анну.
Просила перезвонить после 15 числа.
Аллергия на латекс.
Всегда опаздывает на 10-15 минут.
Оплачивает картой, нужен чек на e-mail.
Не звонить до 10 утра.
Пришла по рекомендации подруги.
Интересуется абонементом на массаж.
Любит зелёный чай без сахара.
Чувствительная кожа, только гипоаллергенная косметика.
"""),
    "ua": _lines("""
Надає перевагу майстрині Олені.
Просила нагадати про візит за день.
Алергія на латекс.
Не телефонувати до 10 ранку.
Прийшла за рекомендацією подруги.
Цікавиться абонементом на масаж.
Оплачує карткою, потрібен чек.
Чутлива шкіра, лише гіпоалергенна косметика.
"""),
    "en": _lines("""
Prefers afternoon appointments.
Latex allergy - use nitrile gloves.
Asks for a text reminder the day before.
Referred by a friend.
Always pays by card, wants a receipt by e-mail.
Do not call before 10 am.
Interested in the massage membership.
Sensitive skin, hypoallergenic products only.
Complained in March, resolved with a voucher.
"""),
}
_INTERACTIONS = {
    "pl": _lines("""
Przypomnienie o wizycie
Zapytanie o cenę koloryzacji
Potwierdzenie rezerwacji
Zmiana terminu wizyty
Podziękowanie za opinię
Oferta świąteczna
Reklamacja usługi
Zaproszenie na warsztaty
Życzenia urodzinowe z rabatem
"""),
    "ru": _lines("""
Напоминание о записи
Вопрос о стоимости окрашивания
Подтверждение брони
Перенос записи
Спасибо за отзыв
Новогоднее предложение
Жалоба на услугу
Приглашение на мастер-класс
Поздравление с днём рождения и скидка
"""),
    "ua": _lines("""
Нагадування про запис
Питання про вартість фарбування
Підтвердження бронювання
Перенесення запису
Подяка за відгук
Новорічна пропозиція
Скарга на послугу
Запрошення на майстер-клас
Привітання з днем народження та знижка
"""),
    "en": _lines("""
Appointment reminder
Question about colouring prices
Booking confirmed
Appointment rescheduled
Thanks for the review
Holiday offer
Complaint about a service
Workshop invitation
Birthday greeting with a discount
"""),
}
_CONTACT_TIME = {
    "pl": ("rano", "po 17:00", "9-17", "weekendy", "popołudnia", "w przerwie 12-13"),
    "ru": ("после 18:00", "утром", "с 10 до 19", "выходные", "в обед"),
    "ua": ("після 18:00", "зранку", "з 10 до 19", "вихідні", "в обід"),
    "en": ("mornings", "after 5 pm", "9-5", "weekends", "lunchtime"),
}
_CHANNEL = _w("email:30 sms:25 phone:20 messenger:12 in-person:8 post:2 -:40")
_SOURCE = _w("instagram:18 facebook:10 recommendation:20 walk-in:15 website:14 google:10 booksy:5 "
             "flyer:3 event:3 tiktok:2")
_INTERACTION_CHANNEL = _w("phone:30 email:25 sms:20 messenger:15 in-person:10")
_CONSENT_SOURCE = ("form", "website", "in-person", "phone", "newsletter")
# (granted, withdrawn) probabilities per channel; the rest is unknown.
_CONSENT_RATES = (("email", 0.52, 0.07), ("sms", 0.44, 0.06), ("phone", 0.30, 0.04), ("post", 0.15, 0.03))


def _consent_patterns() -> _Weighted:
    """All 81 combinations of the four channels' states with their probabilities; each pattern lists
    (channel index, state, field, date field, source field, opt-out field) for its known channels,
    so one pick decides every channel."""
    pairs = []
    for states in itertools.product(("granted", "withdrawn", "unknown"), repeat=len(_CONSENT_RATES)):
        weight, known = 1.0, []
        for i, ((ch, granted, withdrawn), state) in enumerate(zip(_CONSENT_RATES, states, strict=True)):
            weight *= granted if state == "granted" else withdrawn if state == "withdrawn" else 1 - granted - withdrawn
            if state != "unknown":
                known.append((i, state, f"consent_{ch}", f"consent_{ch}_date", f"consent_{ch}_source",
                              f"consent_{ch}_optout"))
        pairs.append((tuple(known), weight))
    return _Weighted(pairs, size=10000)


_CONSENT_PATTERNS = _consent_patterns()
# A row starts with every channel unknown; the date, source and opt-out keys appear only with a state.
_UNKNOWN_CONSENTS = {f"consent_{ch}": "unknown" for ch, _, _ in _CONSENT_RATES}
_PURCHASE_PROFILE = _w("none:28 one:18 lost:14 regular:18 active:14 vip:8")

_JOB_TITLES = {
    "pl": (("Prezes zarządu", "Prezes zarządu"), ("Dyrektor", "Dyrektorka"), ("Kierownik biura", "Kierowniczka biura"),
           ("Główny księgowy", "Główna księgowa"), ("Specjalista ds. zakupów", "Specjalistka ds. zakupów"),
           ("Office manager", "Office manager"), ("Właściciel", "Właścicielka"),
           ("Koordynator wydarzeń", "Koordynatorka wydarzeń")),
    "ru": (("Генеральный директор", "Генеральный директор"), ("Офис-менеджер", "Офис-менеджер"),
           ("Главный бухгалтер", "Главный бухгалтер"), ("Менеджер по закупкам", "Менеджер по закупкам"),
           ("Руководитель отдела", "Руководитель отдела"), ("HR-менеджер", "HR-менеджер")),
    "ua": (("Директор", "Директорка"), ("Офіс-менеджер", "Офіс-менеджерка"),
           ("Головний бухгалтер", "Головна бухгалтерка"), ("Менеджер із закупівель", "Менеджерка із закупівель"),
           ("Власник", "Власниця")),
    "en": (("Managing Director", "Managing Director"), ("Office Manager", "Office Manager"),
           ("Finance Manager", "Finance Manager"), ("Purchasing Manager", "Purchasing Manager"),
           ("Events Coordinator", "Events Coordinator"), ("Owner", "Owner")),
}
_COMPANY_WORDS = {
    "pl": ("Biuro Rachunkowe|Kancelaria Adwokacka|Studio Urody|Kwiaciarnia|Hotel|Restauracja|Szkoła Językowa|"
           "Przedszkole|Piekarnia|Apteka|Agencja Reklamowa|Pracownia Architektoniczna|Fundacja|"
           "Klinika Weterynaryjna|Gabinet Stomatologiczny|Firma Budowlana",
           "Słoneczko|Lipowa|Złoty Kłos|Nova|Bella|Pod Lipami|Stary Młyn|Atut|Magnolia|Omega|Zielony Dom|"
           "Bursztyn|Wisła|Sezam|Żagiel|Orzeł", "| sp. z o.o.| s.c.| sp. j.| S.A."),
    "ru": ("ООО|ООО|АО|Салон|Кафе|Студия", "Ромашка|Север|Вектор|Альфа|Гранд|Феникс|Уют|Радуга|Восток|"
           "Меридиан|Стройинвест|Техносервис|Престиж|Гармония|Лотос", ""),
    "ua": ("ТОВ|ТОВ|ПП|Салон|Кав'ярня|Студія", "Світанок|Калина|Вектор|Барвінок|Карпати|Злагода|Соняшник|"
           "Едем|Оберіг|Мрія|Смачно|Лелека", ""),
    "en": ("Bright|North|Blue|Oak|Silver|River|Summit|Green|Crown|Harbour|Maple|Granite",
           "Events|Consulting|Trading|Studio|Design|Logistics|Catering|Media|Properties|Partners",
           " Ltd| LLC| Inc.| & Co."),
}
_COMPANY_WORDS_SPLIT = {lang: tuple(tuple(part.split("|")) for part in parts)
                        for lang, parts in _COMPANY_WORDS.items()}
_COMPANY_MAILBOX = {"pl": ("biuro", "kontakt", "info", "zamowienia"), "ru": ("info", "office", "zakaz"),
                    "ua": ("info", "office", "sales"), "en": ("info", "office", "hello", "accounts")}

# ============================================================================ transliteration
_RU_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
})
_UA_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
})
# Per nationality: name -> its ASCII form, filled as names come up (the same name recurs constantly).
_TRANSLIT: dict[str, dict[str, str]] = {"pl": {}, "ru": {}, "ua": {}, "en": {}}


def latin(nat: str, text: str) -> str:
    """ASCII form of a name for e-mail addresses and web domains (Łukasz -> lukasz, Щукин -> shchukin)."""
    cache = _TRANSLIT[nat]
    out = cache.get(text)
    if out is None:
        low = text.lower()
        if nat == "ru":
            low = low.translate(_RU_LATIN)
        elif nat == "ua":
            low = low.translate(_UA_LATIN)
        out = cache[text] = "".join(ch for ch in fold(low) if ch.isascii() and ch.isalnum())
    return out


# ============================================================================ the generator
class _Seed(NamedTuple):
    """What a planted duplicate needs to know about an earlier person (copied, so that a caller that
    edits the yielded dicts cannot change later rows)."""

    nat: str
    country: str
    first: str
    last: str
    middle: str
    gender: str
    numbers: tuple[_Number, ...]
    email: str
    city: _City
    street: str
    birth: dt.date | None


_MAX_AGE_DAYS = 100 * 366
# Times of day a record is created: business hours, 8:00-19:59 (added to a midnight).
_OPENING_MINUTES = tuple(dt.timedelta(minutes=8 * 60 + m) for m in range(720))


@lru_cache(maxsize=4)
def _dates_before(today: dt.date) -> tuple[dt.date, ...]:
    """``result[k]`` is the date ``k`` days before ``today``: one index instead of date arithmetic."""
    t0 = today.toordinal()
    return tuple(dt.date.fromordinal(t0 - k) for k in range(_MAX_AGE_DAYS))


class _Generator:
    """One pass of generation; all randomness goes through ``self.r`` (one seeded Random).

    The per-row paths (person, record, purchases) index tables directly instead of calling small
    helpers: at a million rows each saved call is seconds.
    """

    def __init__(self, seed: int, today: dt.date) -> None:
        self.rnd = random.Random(seed)
        self.r = self.rnd.random
        self.dates = _dates_before(today)
        self.midnights = tuple(dt.datetime(d.year, d.month, d.day) for d in self.dates[:HISTORY_DAYS + 1])
        self.recent: list[_Seed] = []
        self.companies = self.persons = 0
        self._amounts: dict[int, Decimal] = {}

    def pick(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.r() * len(seq))]

    def digits(self, count: int) -> str:
        return str(int(self.r() * 10**count)).zfill(count)

    # ------------------------------------------------------------------ main loop
    def run(self, n: int) -> Iterator[tuple[str, dict[str, Any]]]:
        made = 0
        r = self.r
        nationality, homes = _NATIONALITY.table, _HOME
        while made < n:
            x = r()
            if x < _P_DUPLICATE and self.recent:
                yield "duplicate", self.duplicate()
                made += 1
            elif x < _P_DUPLICATE + _P_COMPANY and n - made >= 2:
                for kind, row in self.company_block(n - made):
                    yield kind, row
                    made += 1
            else:
                nat = nationality[int(r() * 1000)]
                row = self.person(nat, homes[nat].table[int(r() * 1000)])
                if r() < _P_DIRTY:
                    self.dirty(row)
                    yield "dirty", row
                else:
                    yield "person", row
                made += 1

    def remember(self, seed: _Seed) -> None:
        if len(self.recent) < 256:
            self.recent.append(seed)
        else:
            self.recent[int(self.r() * 256)] = seed

    # ------------------------------------------------------------------ people
    def name(self, nat: str, male: bool) -> tuple[str, str, str]:
        """(first, middle, last) with the gendered surname and, for RU/UA, a patronymic."""
        r = self.r
        table = _NATIONS[nat]
        names = table.male if male else table.female
        first = names[int(r() * len(names))]
        last = table.surnames[int(r() * len(table.surnames))][0 if male else 1]
        middle = ""
        if table.patronymics and r() < 0.8:
            middle = table.patronymics[table.male[int(r() * len(table.male))]][0 if male else 1]
        return first, middle, last

    def person(self, nat: str, country: str) -> dict[str, Any]:
        r = self.r
        spec = _COUNTRIES[country]
        male = r() >= 0.62  # salon and event clients lean female
        gender = "male" if male else "female"
        first, middle, last = self.name(nat, male)
        birth = self.dates[6575 + int((r() + r() + r()) * 7550)] if r() < 0.78 else None  # 18-80 years
        city = spec.cities.table[int(r() * 1000)]
        numbers = self.numbers(nat, country, city)
        phones = [self.phone_entry(num, country) for num in numbers]
        email = self.personal_email(nat, country, first, last, birth) if r() < 0.82 else ""
        emails = [{"original": email, "label": "" if r() < 0.7 else "personal"}] if email else []
        if email and r() < 0.07:
            emails.append({"original": self.work_email(nat, country, first, last), "label": "work"})
        street = self.street(country, city) if r() < 0.7 else ""
        purchases, first_day = self.purchases(spec, _PURCHASE_PROFILE.table[int(r() * 1000)])
        self.persons += 1
        if not self.persons & 3:  # every fourth person is enough to draw duplicates from
            self.remember(_Seed(nat, country, first, last, middle, gender, numbers, email, city, street, birth))
        return self.record("person", first, middle, last, "", "", phones, emails, street, city, country,
                           birth, gender if r() < 0.9 else "unknown", purchases, first_day)

    def record(self, kind: str, first: str, middle: str, last: str, company: str, job: str,
               phones: list[dict[str, str]], emails: list[dict[str, str]], street: str, city: _City,
               country: str, birth: dt.date | None, gender: str, purchases: list[dict[str, Any]],
               first_day: int) -> dict[str, Any]:
        """The register's field names. Every scalar field is present (empty when unknown) so that bulk
        writers see one shape; a consent's ``_date``/``_source``/``_optout`` keys only come with a
        granted or withdrawn state (fewer keys is measurably faster to generate and to normalise)."""
        r = self.r
        lang = _COUNTRIES[country].lang
        districts = city.districts
        channel = _CHANNEL.table[int(r() * 1000)]
        created_days = min(HISTORY_DAYS, first_day + int(r() * 60))
        x = r()  # one number for the rarely filled free-text fields
        row: dict[str, Any] = {
            "kind": kind,
            "first_name": first,
            "middle_name": middle,
            "last_name": last,
            "company": company,
            "job_title": job,
            "phones": phones,
            "emails": emails,
            "street": street,
            "city": city.name,
            "district": districts[int(r() * len(districts))] if districts and r() < 0.6 else "",
            "region": city.region if r() < 0.6 else "",
            "postcode": self.postcode(country, city) if street or r() < 0.3 else "",
            "country": country,
            "birth_date": birth,
            "gender": gender,
            "contact_time": _CONTACT_TIME[lang][int(x * 1e6) % len(_CONTACT_TIME[lang])] if x < 0.3 else "",
            "channel": "" if channel == "-" else channel,
            "source": _SOURCE.table[int(r() * 1000)] if r() < 0.85 else "",
            "tags": self.tags(lang, len(purchases)) if r() < 0.45 or len(purchases) >= 12 else [],
            "notes": _NOTES[lang][int(x * 1e7) % len(_NOTES[lang])] if 0.2 < x < 0.45 else "",
        }
        row.update(_UNKNOWN_CONSENTS)
        self.consents(row, bool(emails), bool(phones), bool(street), created_days)
        row["purchases"] = purchases
        row["interactions"] = self.interactions(lang, created_days) if r() < 0.45 else []
        row["created"] = self.midnights[created_days] + _OPENING_MINUTES[int(r() * 720)]
        return row

    def tags(self, lang: str, orders: int) -> list[str]:
        """Tags for the 45% of clients that have any; frequent buyers are tagged vip by the owner."""
        r = self.r
        x = r()
        if x < 0.2:
            return ["vip"] if orders >= 12 else []
        table = _TAGS[lang].table
        tags = [table[int(r() * 1000)]]
        if x > 0.85:
            extra = table[int(r() * 1000)]
            if extra not in tags:
                tags.append(extra)
        if orders >= 12 and "vip" not in tags:
            tags.append("vip")
        return tags

    def consents(self, row: dict[str, Any], has_email: bool, has_phone: bool, has_street: bool,
                 created_days: int) -> None:
        """Consent per channel (the row starts all unknown; nobody consents to a channel they cannot be
        reached on); a withdrawn one keeps the date it was given and the opt-out date."""
        r, dates = self.r, self.dates
        reachable = (has_email, has_phone, has_phone, has_street)
        for i, state, key, key_date, key_source, key_optout in _CONSENT_PATTERNS.table[int(r() * 10000)]:
            if reachable[i]:
                given = int(r() * created_days)
                row[key] = state
                row[key_date] = dates[given]
                row[key_source] = _CONSENT_SOURCE[given % len(_CONSENT_SOURCE)]
                if state == "withdrawn":
                    row[key_optout] = dates[int(r() * given)]

    def interactions(self, lang: str, created_days: int) -> list[dict[str, Any]]:
        r, dates = self.r, self.dates
        x = r()
        count = 1 if x < 0.45 else 2 if x < 0.7 else 3 if x < 0.85 else 4 + int((x - 0.85) * 20)
        span = created_days + 1
        days = sorted([int(r() * span) for _ in range(count)], reverse=True) if count > 1 else [int(r() * span)]
        summaries, channels = _INTERACTIONS[lang], _INTERACTION_CHANNEL.table
        out = []
        for d in days:
            y = r()
            out.append({"date": dates[d], "channel": channels[int(y * 1000)],
                        "summary": summaries[int(y * 1e6) % len(summaries)]})
        return out

    # ------------------------------------------------------------------ purchases
    def purchases(self, spec: _Country, profile: str, *, company: bool = False,
                  ) -> tuple[list[dict[str, Any]], int]:
        """Purchase rows for one profile and the age in days of the client's first contact.

        Profiles map to the six segments: none (potential), one (one-time), lost (nothing in the last
        year), regular (a long relationship still going), active (several in the last months), vip.
        This is the hottest loop of the generator, hence the locals and one random number per choice.
        """
        r = self.r
        days: list[int]
        scale = 1.0
        if profile == "none":
            return [], int(r() * HISTORY_DAYS)
        if profile == "one":
            days = [int(r() * 500)]
        elif profile == "lost":
            start = 500 + int(r() * (HISTORY_DAYS - 500))
            days = [400 + int(r() * (start - 400)) for _ in range(2 + int(r() * 5))]
        elif profile == "regular":
            start = 450 + int(r() * (HISTORY_DAYS - 450))
            days = [int(r() * start) for _ in range(3 + int(r() * 5))]
            days.append(start)
            days.append(int(r() * 150))
        elif profile == "active":
            days = [int(r() * 120) for _ in range(2 + int(r() * 5))]
            days.append(int(r() * 45))
        else:  # vip
            start = 200 + int(r() * (HISTORY_DAYS - 200))
            days = [int(r() * start) for _ in range(5 + int(r() * 10))]
            days.append(int(r() * 60))
            scale = 1.5 + r() * 1.5
        days.sort(reverse=True)
        items = (_COMPANY_ITEMS if company else _ITEMS)[spec.lang]
        n_items = len(items)
        # One business keeps its books in one currency: clients from abroad pay the shop's prices in
        # its currency (mixing RUB and PLN against one VIP threshold made a fifth of clients VIP).
        business = _COUNTRIES["PL"]
        step, currency = business.step, business.currency
        factor = business.rate * scale * 100 / step
        cents_99 = step == 100
        amounts, dates = self._amounts, self.dates
        rows = []
        for d in days:
            x = r() * n_items
            i = int(x)
            name, low, span = items[i]
            cents = int((low + span * (x - i)) * factor + 0.5) * step or step
            y = r()
            if y < 0.92:
                status = "paid"
                if cents_99 and y < 0.18:
                    cents -= 1  # 79.99
            elif y < 0.96:
                status = "open" if d <= 60 else "paid"
            else:
                status = "cancelled"
            amount = amounts.get(cents)
            if amount is None:
                amount = amounts[cents] = Decimal(cents).scaleb(-2)
            rows.append({"date": dates[d], "amount": amount, "currency": currency, "item": name,
                         "status": status})
        return rows, days[0] + int(r() * 30)

    # ------------------------------------------------------------------ phones and e-mails
    def number(self, country: str, city: _City | None = None) -> _Number:
        """A valid-looking number: a mobile, or with ``city`` a landline in that city's area code."""
        r = self.r
        if city is not None and city.areas:
            area = city.areas[int(r() * len(city.areas))]
            if country == "GB":
                lead = ("7" if r() < 0.6 else "8") if area == "20" else str(2 + int(r() * 3))
                return _Number(country, area, lead + self.digits(9 - len(area)), False)
            if country == "US":
                return _Number(country, area, f"{2000000 + int(r() * 8000000)}", True)
            return _Number(country, area, f"{2000000 + int(r() * 7000000)}", False)
        x = r()
        if country == "PL":
            return _Number(country, _PL_MOBILE[int(x * len(_PL_MOBILE))], f"{int(r() * 1e6):06d}", True)
        if country == "RU":
            return _Number(country, _RU_MOBILE[int(x * len(_RU_MOBILE))], f"{1000000 + int(r() * 9e6)}", True)
        if country == "UA":
            return _Number(country, _UA_MOBILE[int(x * len(_UA_MOBILE))], f"{1000000 + int(r() * 9e6)}", True)
        if country == "GB":
            return _Number(country, f"{_GB_MOBILE[int(x * len(_GB_MOBILE))]}{10 + int(r() * 90)}",
                           f"{100000 + int(r() * 9e5)}", True)
        city = _COUNTRIES["US"].cities.pick(x)
        return _Number("US", city.areas[int(r() * len(city.areas))], f"{2000000 + int(r() * 8e6)}", True)

    def numbers(self, nat: str, country: str, city: _City) -> tuple[_Number, ...]:
        """Usually one mobile; sometimes a home landline or a number from the client's home country."""
        r = self.r
        x = r()
        if x < 0.08:
            return ()
        first = self.number(country)
        if country not in _AT_HOME[nat] and r() < 0.35:
            return first, self.number(_NATIVE_COUNTRY[nat])
        if x > 0.9 and city.areas:
            return first, self.number(country, city)
        return (first,)

    def phone_entry(self, num: _Number, country: str) -> dict[str, str]:
        """How the owner typed it: local styles at home, international ones for a foreign number."""
        x = self.r()
        if num.country != country:
            return {"original": _format_number(num, int(x * 8), international=True),
                    "label": _NATIVE_COUNTRY_LABEL[num.country]}
        label = ("mobile" if x < 0.4 else "") if num.mobile else "home"
        return {"original": _format_number(num, int(x * 1e6)), "label": label}

    def personal_email(self, nat: str, country: str, first: str, last: str, birth: dt.date | None) -> str:
        r = self.r
        cache = _TRANSLIT[nat]
        f = cache.get(first) or latin(nat, first)
        s = cache.get(last) or latin(nat, last)
        x = r()
        if x < 0.3:
            local = f"{f}.{s}"
        elif x < 0.45:
            local = f"{f}{s}"
        elif x < 0.58:
            local = f"{f[:1]}.{s}"
        elif x < 0.68:
            local = f"{s}.{f}"
        elif x < 0.76:
            local = f"{f}_{s}"
        elif x < 0.88:
            local = f"{f}.{s}{(birth.year % 100) if birth else int(r() * 90) + 10:02d}"
        else:
            local = f"{f}{int(r() * 990) + 10}"
        y = r()
        abroad = y < 0.5 and country not in _AT_HOME[nat]
        domains = _COUNTRIES[_NATIVE_COUNTRY[nat] if abroad else country].domains
        return f"{local}@{domains.table[int((y * 1e4) % 1 * 1000)]}"

    def work_email(self, nat: str, country: str, first: str, last: str) -> str:
        domain = self.company_name(_COUNTRIES[country].lang, country)[1]
        return f"{latin(nat, first)}.{latin(nat, last)}@{domain}"

    # ------------------------------------------------------------------ addresses
    def street(self, country: str, city: _City) -> str:
        r = self.r
        spec = _COUNTRIES[country]
        name = self.pick(city.streets) if city.streets and r() < 0.5 else self.pick(spec.streets)
        house = 1 + int(r() ** 2 * 180)
        x = r()
        flat = 1 + int(x * 200) if x < 0.6 else 0
        y = r()  # style choices
        if country == "PL":
            if y < 0.2 and name.startswith("ul. "):
                name = name[4:]
            return f"{name} {house}/{flat}" if flat else f"{name} {house}"
        if country == "RU":
            if y < 0.25:
                return f"{name}, {house}-{flat}" if flat else f"{name}, {house}"
            corp = f", корп. {1 + int(y * 30) % 3}" if y > 0.85 else ""
            return f"{name}, д. {house}{corp}, кв. {flat}" if flat else f"{name}, д. {house}{corp}"
        if country == "UA":
            return f"{name}, {house}, кв. {flat}" if flat else f"{name}, {house}"
        if country == "GB":
            return f"Flat {flat % 20 + 1}, {house} {name}" if flat and y < 0.5 else f"{house} {name}"
        apt = f", Apt {flat % 30 + 1}{'ABCD'[flat % 4]}" if flat and y < 0.5 else ""
        return f"{house * 10 + int(y * 10)} {name}{apt}"

    def postcode(self, country: str, city: _City) -> str:
        r = self.r
        prefix = city.postcodes[int(r() * len(city.postcodes))]
        x = r()
        if country == "PL":
            return f"{prefix}-{int(x * 1000):03d}"
        if country in ("RU", "UA"):
            return f"{prefix}{int(x * 1000):03d}"
        if country == "GB":
            letters = _LETTERS_GB
            return f"{prefix} {int(x * 10)}{letters[int(x * 2e3) % 20]}{letters[int(x * 4e4) % 20]}"
        return f"{prefix}{int(x * 100):02d}"

    # ------------------------------------------------------------------ companies
    def company_name(self, lang: str, country: str) -> tuple[str, str]:
        """(display name, web domain)."""
        kinds, names, suffixes = _COMPANY_WORDS_SPLIT[lang]
        kind, name = self.pick(kinds), self.pick(names)
        tld = _COUNTRIES[country].company_tld
        if lang == "pl":
            if self.r() < 0.3:
                name = self.pick(_NATIONS["pl"].surnames)[0]
            full = f"{kind} {name}{self.pick(suffixes)}"
            slug = latin("pl", name)
        elif lang in ("ru", "ua"):
            full = f"{kind} «{name}»"
            slug = latin(lang, name)
        else:
            full = f"{kind} {name}{self.pick(suffixes)}"
            slug = (kind + name).lower()
        return full, f"{slug}.{tld}"

    def company_block(self, room: int) -> Iterator[tuple[str, dict[str, Any]]]:
        """A company client, then 1-3 contact persons pointing at it through ``company_demo_key``."""
        r = self.r
        country = _COMPANY_COUNTRY.pick(r())
        spec = _COUNTRIES[country]
        lang = spec.lang
        name, domain = self.company_name(lang, country)
        self.companies += 1
        key = f"company-{self.companies}"
        city = spec.cities.pick(r())
        office = self.number(country, city)
        phones = [{"original": _format_number(office, int(r() * 8)), "label": "work"}]
        emails = [{"original": f"{self.pick(_COMPANY_MAILBOX[lang])}@{domain}", "label": "work"}]
        profile = "regular" if r() < 0.5 else "vip" if r() < 0.4 else "lost" if r() < 0.4 else "none"
        purchases, first_day = self.purchases(spec, profile, company=True)
        row = self.record("company", "", "", "", name, "", phones, emails, self.street(country, city), city,
                          country, None, "unknown", purchases, first_day)
        row["tags"] = ["b2b", *(tag for tag in row["tags"] if tag in ("vip", "newsletter"))]
        row["demo_key"] = key
        yield "company", row
        for _ in range(min(1 + int(r() * 3), room - 1)):
            yield "contact", self.contact(country, city, name, domain, key, first_day)

    def contact(self, country: str, city: _City, company: str, domain: str, key: str,
                first_day: int) -> dict[str, Any]:
        r = self.r
        nat = _COUNTRY_NATION[country].pick(r())
        male = r() >= 0.55
        first, middle, last = self.name(nat, male)
        job = self.pick(_JOB_TITLES[_COUNTRIES[country].lang])[0 if male else 1]
        phones = [{"original": _format_number(self.number(country), int(r() * 8)), "label": "mobile"}]
        emails = [{"original": f"{latin(nat, first)}.{latin(nat, last)}@{domain}", "label": "work"}]
        row = self.record("person", first, middle, last, company, job, phones, emails, "", city, country, None,
                          "male" if male else "female", [], first_day)
        row["tags"] = []  # reached through their company
        row["company_demo_key"] = key
        return row

    # ------------------------------------------------------------------ planted problems
    def duplicate(self) -> dict[str, Any]:
        """An earlier person typed in again: nickname, a typo, the phone written differently, or first
        and last name swapped; fewer fields, as a quick second entry would have."""
        r = self.r
        s = self.pick(self.recent)
        first, last = s.first, s.last
        x = r()
        if x < 0.3 and first in _NICKNAMES:
            first = self.pick(_NICKNAMES[first])
        elif x < 0.55:
            last = self.typo(last)
        elif x < 0.7:
            first, last = last, first
        phones = [{"original": _format_number(num, int(r() * 8), international=num.country != s.country),
                   "label": ""} for num in s.numbers[:1]]
        keep_email = bool(s.email) and (not phones or r() < 0.5)
        emails = [{"original": s.email.upper() if r() < 0.1 else s.email, "label": ""}] if keep_email else []
        if not phones and not emails:
            phones = [{"original": _format_number(self.number(s.country), int(r() * 8)), "label": ""}]
        spec = _COUNTRIES[s.country]
        purchases, first_day = self.purchases(spec, "one" if r() < 0.3 else "none")
        return self.record(
            "person", first, s.middle if r() < 0.3 else "", last, "", "", phones, emails,
            s.street if r() < 0.3 else "", s.city, s.country, s.birth if r() < 0.3 else None,
            s.gender if r() < 0.5 else "unknown", purchases, min(first_day, 200),
        )

    def typo(self, word: str) -> str:
        """Drop diacritics, swap two letters, drop or double one: the usual typing slips."""
        r = self.r
        x = r()
        plain = fold(word)
        plain = plain[:1].upper() + plain[1:]
        if x < 0.3 and plain != word:
            return plain  # Wiśniewska -> Wisniewska, Семёнов -> Семенов
        if len(word) < 4:
            return word + word[-1]
        i = 1 + int(r() * (len(word) - 2))
        if x < 0.6:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if x < 0.8:
            return word[:i] + word[i + 1:]
        return word[:i] + word[i] + word[i:]

    def dirty(self, row: dict[str, Any]) -> None:
        """Damage a person the way real sheets are damaged: CAPS, stray spaces, broken e-mail, short phone."""
        r = self.r
        for _ in range(1 if r() < 0.8 else 2):
            x = r()
            if x < 0.3:
                row["first_name"], row["last_name"] = row["first_name"].upper(), row["last_name"].upper()
            elif x < 0.4:
                row["first_name"], row["last_name"] = row["first_name"].lower(), row["last_name"].lower()
            elif x < 0.6:
                row["first_name"] = f" {row['first_name']}  "
                row["last_name"] = row["last_name"] + " "
                row["city"] = f"{row['city']} "
            elif x < 0.85 and row["emails"]:
                row["emails"][0]["original"] = self.broken_email(row["emails"][0]["original"])
            elif row["phones"]:
                text = row["phones"][0]["original"]
                cut = [i for i, ch in enumerate(text) if ch.isdigit()][-3]
                row["phones"][0]["original"] = text[:cut].rstrip(" -")
            else:
                row["last_name"] = row["last_name"].upper()

    def broken_email(self, email: str) -> str:
        local, _, domain = email.partition("@")
        x = self.r()
        if x < 0.35:
            return f"{local}@{domain.split('.')[0]}"  # jan.kowalski@wp
        if x < 0.55:
            return f"{local}@@{domain}"
        if x < 0.75:
            return f"{local} {domain}"
        return f"{local}@{domain.replace('.', ',', 1)}"


# ============================================================================ public API
def generate_tagged(n: int, seed: int = 1, *, today: dt.date | None = None) -> Iterator[tuple[str, dict]]:
    """Like ``generate_clients`` but each row comes with what it is: person, company, contact (a company's
    contact person), duplicate (a planted second entry of an earlier person) or dirty (damaged values)."""
    if n < 0:
        raise ValueError("n must not be negative")
    return _Generator(seed, today or DEFAULT_TODAY).run(n)


def generate_clients(n: int, seed: int = 1, *, today: dt.date | None = None) -> Iterator[dict]:
    """Exactly ``n`` client dicts in the register's field names (DESIGN section 4), deterministic for
    ``(n, seed, today)``. A company carries ``demo_key``; its contact persons follow it and carry
    ``company_demo_key`` with the same value. Amounts are Decimal with two places; dates are dates."""
    for _, row in generate_tagged(n, seed, today=today):
        yield row


def fill_register(reg: Any, n: int, seed: int = 1, progress: Callable[[int, int, str], object] | None = None,
                  *, today: dt.date | None = None, cancel: Any = None) -> int:
    """Insert ``n`` generated clients into an open register as ONE save (one version, kind ``import``).

    Uses the importer's bulk path (Core inserts, then purchase aggregates, segments and the search
    index in set-based passes), so a 100k demo takes seconds, not the minutes of one ORM insert per
    client. ``today`` defaults to the real date so that a fresh demo register looks current (recent
    buyers are "active", not "lost"); benchmarks pass ``DEFAULT_TODAY`` for reproducible segments.
    ``progress(done, total, "")`` is called every few thousand clients; ``cancel`` (an Event) rolls
    everything back. Returns the number of clients written.
    """
    day = today or dt.date.today()
    report = None if progress is None else (lambda done, _total, text: progress(done, n, text))
    with reg.unit_of_work("import", f"{n} demo clients") as session:
        session.info["today"] = day  # segments relative to the generator's "today"
        ids = bulk_create_clients(session, generate_clients(n, seed, today=day), source="demo",
                                  progress=report, cancel=cancel)
    if progress is not None:
        progress(len(ids), n, "")
    return len(ids)
