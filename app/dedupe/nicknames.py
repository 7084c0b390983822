"""Nickname tables: which given names are one person's name in different forms.

Old client bases mix the passport name with the everyday one (``Rob``/``Robert``, ``Kasia``/``Katarzyna``,
``Саша``/``Александр``) and the same name across languages (``Aleksander``/``Александр``/``Олександр``).
Each group below lists the forms of one name, the full form first. A form may sit in several groups
(``Саша`` is short for both ``Александр`` and ``Александра``, ``Женя`` for ``Евгений`` and ``Евгения``);
two names are nickname-equivalent when they share a group. Names are compared through
``app.dedupe.normalize.skeleton``, so spelling and script variants of a form need not be listed.
"""

from __future__ import annotations

from functools import lru_cache

from app.dedupe.normalize import skeleton

# English
_EN = """
Robert Rob Bob Bobby Robbie Bert
William Will Bill Billy Willie Liam
Richard Rick Rich Dick Ricky Richie
James Jim Jimmy Jamie
John Johnny Jack Jon
Jonathan Jon Johnny Nathan
Michael Mike Mikey Mick Mickey
Thomas Tom Tommy
Joseph Joe Joey
Charles Charlie Chuck Chas
Christopher Chris Kit Topher
Christine Chris Chrissy Tina
Christina Chris Chrissy Tina
Daniel Dan Danny
David Dave Davy
Edward Ed Eddie Ted Teddy Ned
Theodore Theo Ted Teddy
Anthony Tony
Andrew Andy Drew
Alexander Alex Al Sandy Xander
Alexandra Alex Sandra Sandy Lexie
Benjamin Ben Benny Benji
Samuel Sam Sammy
Samantha Sam Sammy
Matthew Matt Matty
Nicholas Nick Nicky
Patrick Pat Paddy
Patricia Pat Patty Trish Tricia
Peter Pete
Stephen Steve Stevie
Steven Steve Stevie
Timothy Tim Timmy
Gregory Greg
Jeffrey Jeff
Kenneth Ken Kenny
Lawrence Larry Laurie
Leonard Len Lenny Leo
Donald Don Donny
Ronald Ron Ronnie
Raymond Ray
Gerald Gerry Jerry
Frederick Fred Freddie
Francis Frank Frankie
Henry Harry Hank
Harold Harry Hal
Walter Walt Wally
Albert Al Bert Bertie
Alfred Alf Alfie Fred
Arthur Art Artie
Douglas Doug
Eugene Gene
Zachary Zach Zack
Joshua Josh
Nathaniel Nate Nathan Nat
Oliver Ollie
Vincent Vince Vinny
Elizabeth Liz Lizzie Beth Betty Eliza Libby Bess Elise
Margaret Maggie Meg Peggy Marge Margie Greta
Katherine Kate Katie Kathy Kat Kitty Cathy Catherine Kathryn Kay
Jennifer Jen Jenny
Jessica Jess Jessie
Rebecca Becky Becca
Susan Sue Susie Suzy
Deborah Debbie Deb Debra
Barbara Barb Barbie Babs
Dorothy Dot Dottie Dolly
Abigail Abby Gail
Victoria Vicky Tori
Virginia Ginny Ginger
Judith Judy Jude
Pamela Pam
Cynthia Cindy
Kimberly Kim
Melissa Mel Missy Lissa
Amanda Mandy
Rosemary Rose Rosie
Eleanor Ellie Nell Nora Elle
Helen Nell Nellie
Dorothea Dora Thea
Frances Fran Frankie
Josephine Jo Josie
Caroline Carrie Carol
Jacqueline Jackie
Gabrielle Gabby Gabi
Nicole Nicky Nikki
Madeline Maddie Maddy
Theresa Terry Tess Tessa
Joanne Jo
Mary Molly Polly Mae
Sarah Sally Sadie Sara
Anne Annie Nan Nancy Anna Ann Hanna Hannah
Emily Em Emmy
Olivia Liv Livvy
Sophia Sophie Sofia
Isabella Bella Izzy Isabel
Valerie Val
"""

# Polish
_PL = """
Katarzyna Kasia Kaśka Kasieńka
Małgorzata Gosia Małgosia Gośka
Aleksandra Ola Olka Oleńka
Aleksander Olek Oleś Alek
Agnieszka Aga Agusia
Magdalena Magda Madzia
Joanna Asia Aśka Joasia
Barbara Basia Baśka
Elżbieta Ela Elka Elunia
Dorota Dorotka Dora
Anna Ania Anka Anusia Hania
Hanna Hania Hanka Ania
Maria Marysia Maryśka Mania
Zofia Zosia Zośka
Krystyna Krysia
Jadwiga Jadzia
Teresa Tereska Renia
Grażyna Grażynka
Urszula Ula Urszulka
Ewa Ewka Ewunia
Beata Beatka
Monika Monia
Iwona Iwonka
Danuta Danka Danusia
Bożena Bożenka
Halina Halinka
Wiesława Wiesia
Stanisława Stasia
Weronika Wera Weronka
Natalia Natka Nata
Justyna Justynka
Karolina Karolcia Karola
Patrycja Pati Patrycja
Dominika Domi
Jan Janek Jasiek Jaś Janusz
Janusz Janek
Józef Józek Józio
Krzysztof Krzysiek Krzyś
Stanisław Staszek Stasiek Staś
Tomasz Tomek
Piotr Piotrek Piotruś
Paweł Pawełek
Michał Michałek Misiek
Marcin Marcinek
Wojciech Wojtek
Grzegorz Grzesiek Grześ
Andrzej Jędrek Andrzejek
Łukasz Łukaszek
Mateusz Mati Matek
Bartłomiej Bartek Bartosz
Bartosz Bartek
Jakub Kuba Kubuś
Maciej Maciek
Przemysław Przemek
Mirosław Mirek
Jarosław Jarek
Bogdan Bodzio
Zbigniew Zbyszek
Władysław Władek
Kazimierz Kazik
Sebastian Seba
Dariusz Darek
Mariusz Marek
Marek Mareczek
Ryszard Rysiek Rysio
Tadeusz Tadek
Zdzisław Zdzisiek
Leszek Lech
Kamil Kamilek
Szymon Szymek
Dawid Dawidek
Adam Adaś
Henryk Heniek Henio
Antoni Antek Tosiek
Franciszek Franek
Wiktor Wiktorek
"""

# Russian and Ukrainian (with cross-language forms in the same group)
_RU_UA = """
Александр Саша Шура Саня Санёк Алекс Олександр Александер Алесь Aleksander Alexander Oleksandr Sasha
Александра Саша Шура Саня Олександра Алекса Aleksandra Alexandra Sasha
Алексей Лёша Алёша Лёха Олексій Алекс Oleksiy Alexey Aleksey Alexei
Евгений Женя Евгеній Євген Евген Yevgeny Evgeny Yevhen Evgenii Evgeniy Eugene
Евгения Женя Евгенія Євгенія Yevgenia Evgenia Evgeniya Eugenia
Анастасия Настя Ася Анастасія Nastya Anastasia Anastasiya
Екатерина Катя Катерина Катюша Kate Katerina Ekaterina Yekaterina Katarzyna Katya Kateryna
Елена Лена Олена Алёна Helen Elena Yelena Olena Helena Lena
Ольга Оля Olga Olha Ola
Татьяна Таня Тетяна Tatiana Tatyana Tetiana Tania Tanya
Наталья Наташа Наталия Наталя Natalia Natalya Natasha Natalie
Мария Маша Маня Марія Maria Mariya Masha Mary Marysia
Анна Аня Ганна Анюта Ганя Anna Ania Hanna Anya Ann
Ирина Ира Ірина Iryna Irina Ira
Светлана Света Світлана Svetlana Svitlana Sveta
Юлия Юля Юлія Yulia Yuliya Julia Julie Julka
Дарья Даша Дарина Daria Darya Dasha
Ксения Ксюша Оксана Ксенія Ksenia Kseniya Oksana Ksusha
Людмила Люда Мила Liudmyla Lyudmila Ludmila
Галина Галя Halyna Galina Halina
Валентина Валя Valentyna Valentina
Виктория Вика Вікторія Viktoria Victoria Wiktoria Vika
Надежда Надя Надія Nadezhda Nadiya Nadia
Любовь Люба Любов Lubov Lyubov
Вера Віра Vera Wiera
Софья София Соня Софія Sofia Sofiya Sonia Zofia
Полина Поля Polina Polyna
Марина Марися Maryna Marina
Иван Ваня Іван Иванко Ivan Vanya Ян Jan John
Дмитрий Дима Митя Дмитро Dmitry Dmytro Dmitri Dima
Сергей Серёжа Сергій Sergey Serhiy Sergei Serge Sergiusz
Андрей Андрюша Андрій Andrey Andrii Andriy Andrei Andrzej Andrew
Михаил Миша Михайло Mikhail Mykhailo Michał Michael Misha
Николай Коля Микола Nikolay Mykola Nikolai Mikołaj Nicholas Kolya
Владимир Вова Володя Володимир Vladimir Volodymyr Włodzimierz Vova Volodya
Павел Паша Павло Pavel Pavlo Paweł Paul Pasha
Пётр Петя Петро Petr Petro Pyotr Piotr Peter Petya
Юрий Юра Юрій Yuri Yurii Yuriy Jerzy George Yura
Виктор Витя Віктор Viktor Victor Wiktor Vitya
Константин Костя Костянтин Konstantin Kostiantyn Konstanty Kostya
Григорий Гриша Григорій Hryhoriy Grigory Grzegorz Gregory Grisha
Олег Олежка Oleh Oleg
Игорь Игорёк Ігор Igor Ihor
Вячеслав Слава Вячеслав В'ячеслав Viacheslav Vyacheslav Slava
Станислав Стас Слава Станіслав Stanislav Stanisław Stas
Ярослав Слава Ярик Yaroslav Jarosław Slava
Владислав Влад Слава Владислав Vladislav Vladyslav Władysław Vlad
Богдан Бодя Bohdan Bogdan
Тарас Тарасик Taras
Василий Вася Василь Vasily Vasyl Wasyl Vasya
Степан Стёпа Stepan Stefan Stephen
Фёдор Федя Федір Fyodor Fedir Teodor Theodore Fedya
Георгий Жора Гоша Heorhiy Georgy George Jerzy
Максим Макс Maksym Maxim Max Maksim
Артём Тёма Артем Artem Artyom Tyoma
Кирилл Кира Кирило Kirill Kyrylo Cyryl
Никита Никитка Mykyta Nikita
Роман Рома Roman Roma
Илья Илюша Ілля Ilya Illia Eliasz Elijah
Леонид Лёня Леонід Leonid Leonid Lonya
Евдокия Дуся Дуня Yevdokia Evdokia
Борис Боря Borys Boris
Анатолий Толя Анатолій Anatoly Anatolii Tolya
Геннадий Гена Геннадій Gennady Hennadiy Gena
Валерий Валера Валерій Valery Valerii Valera
Аркадий Аркаша Arkady
Семён Сёма Семен Semyon Semen Szymon Simon
Яков Яша Яків Yakov Yakiv Jakub Jacob James Yasha
Иосиф Осип Йосип Josef Józef Joseph Iosif
Матвей Мотя Матвій Matvey Matvii Mateusz Matthew
Тимофей Тима Тимофій Timofey Tymofii Tymoteusz Timothy
"""


def _parse(block: str) -> list[tuple[str, ...]]:
    return [tuple(line.split()) for line in block.strip().splitlines() if line.strip()]


NICKNAME_GROUPS: tuple[tuple[str, ...], ...] = tuple(_parse(_EN) + _parse(_PL) + _parse(_RU_UA))


def _index() -> tuple[dict[str, frozenset[int]], tuple[str, ...]]:
    """Skeleton of every form -> the groups it belongs to; and each group's full form (skeleton)."""
    index: dict[str, set[int]] = {}
    for number, group in enumerate(NICKNAME_GROUPS):
        for form in group:
            index.setdefault(skeleton(form), set()).add(number)
    full_forms = tuple(skeleton(group[0]) for group in NICKNAME_GROUPS)
    return {k: frozenset(v) for k, v in index.items()}, full_forms


_GROUPS_OF, _FULL_FORMS = _index()
_NONE: frozenset[int] = frozenset()


def nickname_groups(first_skeleton: str) -> frozenset[int]:
    """The nickname groups a given-name skeleton belongs to (empty when the name is not in the tables)."""
    return _GROUPS_OF.get(first_skeleton, _NONE)


@lru_cache(maxsize=50_000)
def canonical_forms(first_skeleton: str) -> tuple[str, ...]:
    """The full forms (skeletons) a given name stands for, or the name itself when it is in no group:
    ``Bob`` -> ``robert``; ``Саша`` -> ``aleksandr``, ``aleksandra``. A blocking key only."""
    groups = _GROUPS_OF.get(first_skeleton)
    if not groups:
        return (first_skeleton,)
    return tuple(sorted({_FULL_FORMS[g] for g in groups}))
