<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../../ui/card.py" line="66"/>
        <source>potential</source>
        <translation>потенциальный</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="66"/>
        <source>one-time</source>
        <translation>разовый</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="66"/>
        <source>active</source>
        <translation>активный</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="67"/>
        <source>regular</source>
        <translation>постоянный</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="67"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="67"/>
        <source>lost</source>
        <translation>потерянный</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="80"/>
        <source>Consent: e-mail</source>
        <translation>Согласие: эл. почта</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="80"/>
        <source>Consent: SMS</source>
        <translation>Согласие: SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="81"/>
        <source>Consent: phone</source>
        <translation>Согласие: телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="81"/>
        <source>Consent: post</source>
        <translation>Согласие: почта</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="82"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="82"/>
        <source>Deleted</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="82"/>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="83"/>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="83"/>
        <source>Segment set by hand</source>
        <translation>Сегмент задан вручную</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>edited</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>added</source>
        <translation>добавление</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>put back</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="91"/>
        <source>import {n}</source>
        <translation>импорт {n}</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="91"/>
        <source>import {n} undone</source>
        <translation>отмена импорта {n}</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="91"/>
        <source>merge</source>
        <translation>объединение</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="92"/>
        <source>merge undone</source>
        <translation>отмена объединения</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="92"/>
        <source>erased</source>
        <translation>стирание</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="92"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="54"/>
        <source>The number is empty.</source>
        <translation>Номер не указан.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="55"/>
        <source>This is not a phone number; it is kept as written.</source>
        <translation>Это не номер телефона; он сохранён как введён.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="56"/>
        <source>The spreadsheet stored this number as a float and lost digits; please retype it.</source>
        <translation>Таблица сохранила этот номер как число и потеряла цифры; введите его заново.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="57"/>
        <source>This number is not valid for its country; it is kept as written.</source>
        <translation>Этот номер недействителен для своей страны; он сохранён как введён.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="59"/>
        <source>This phone number could not be recognised; it is kept as written.</source>
        <translation>Не удалось распознать этот номер телефона; он сохранён как введён.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="64"/>
        <source>This e-mail address does not look valid; it is kept as written.</source>
        <translation>Этот адрес эл. почты выглядит недействительным; он сохранён как введён.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="490"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="490"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="490"/>
        <source>post</source>
        <translation>почта</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="491"/>
        <source>messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="491"/>
        <source>in person</source>
        <translation>лично</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../../ui/table_model.py" line="71"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="72"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="73"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="74"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="75"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="76"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="77"/>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="78"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="79"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="80"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="81"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="82"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="83"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="84"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="85"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="86"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="87"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="88"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="89"/>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="96"/>
        <source>Potential</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="97"/>
        <source>One-time</source>
        <translation>Разовый</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="98"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="99"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="100"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="101"/>
        <source>Lost</source>
        <translation>Потерянный</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../../ui/dialogs/duplicates.py" line="48"/>
        <source>Comparing clients…</source>
        <translation>Сравнение клиентов…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="45"/>
        <source>no consent for this channel</source>
        <translation>нет согласия для этого канала</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="46"/>
        <source>withdrew consent</source>
        <translation>согласие отозвано</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="47"/>
        <source>no e-mail address</source>
        <translation>нет адреса эл. почты</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="48"/>
        <source>the e-mail address is not valid</source>
        <translation>адрес эл. почты недействителен</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="49"/>
        <source>no (mobile) phone number</source>
        <translation>нет номера (мобильного) телефона</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="50"/>
        <source>no postal address</source>
        <translation>нет почтового адреса</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="51"/>
        <source>same address as another client on the list</source>
        <translation>тот же адрес, что у другого клиента в списке</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../../../ui/filter_builder.py" line="52"/>
        <source>Any field</source>
        <translation>Любое поле</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="53"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="53"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="53"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="55"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="55"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="55"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="57"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="57"/>
        <source>Person or company</source>
        <translation>Частное лицо или компания</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="57"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="58"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="58"/>
        <source>Total spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="58"/>
        <source>Number of purchases</source>
        <translation>Количество покупок</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="59"/>
        <source>Average purchase</source>
        <translation>Средняя покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="59"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="60"/>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="60"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="61"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="61"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="61"/>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="62"/>
        <source>Email consent</source>
        <translation>Согласие на эл. почту</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="62"/>
        <source>SMS consent</source>
        <translation>Согласие на SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="63"/>
        <source>Phone consent</source>
        <translation>Согласие на звонки</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="63"/>
        <source>Post consent</source>
        <translation>Согласие на почту</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="79"/>
        <location filename="../../../ui/filter_builder.py" line="82"/>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="79"/>
        <location filename="../../../ui/filter_builder.py" line="85"/>
        <source>does not contain</source>
        <translation>не содержит</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="83"/>
        <source>is exactly</source>
        <translation>совпадает с</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="84"/>
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="86"/>
        <source>is filled in</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="87"/>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="91"/>
        <location filename="../../../ui/filter_builder.py" line="97"/>
        <location filename="../../../ui/filter_builder.py" line="115"/>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="92"/>
        <location filename="../../../ui/filter_builder.py" line="97"/>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="93"/>
        <source>any tag</source>
        <translation>любой тег</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="94"/>
        <source>no tags</source>
        <translation>без тегов</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="100"/>
        <source>more than</source>
        <translation>больше</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="101"/>
        <source>at least</source>
        <translation>не менее</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="102"/>
        <source>less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="103"/>
        <source>exactly</source>
        <translation>ровно</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="107"/>
        <source>within the last … days</source>
        <translation>за последние … дн.</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="108"/>
        <source>more than … days ago</source>
        <translation>более … дн. назад</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="109"/>
        <source>on or after</source>
        <translation>не ранее</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="110"/>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="111"/>
        <source>between</source>
        <translation>между</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="114"/>
        <source>in the next … days</source>
        <translation>в ближайшие … дн.</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="234"/>
        <source>granted</source>
        <translation>дано</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="234"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="234"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="235"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="235"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="235"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="236"/>
        <source>person</source>
        <translation>частное лицо</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="236"/>
        <source>company</source>
        <translation>компания</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="52"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="52"/>
        <source>Match a client (changes)</source>
        <translation>Совпадает с клиентом (изменения)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="53"/>
        <source>Already in the register</source>
        <translation>Уже в картотеке</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="53"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="54"/>
        <source>Repeated rows in the file</source>
        <translation>Повторяющиеся строки в файле</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="54"/>
        <source>Rows with problems</source>
        <translation>Строки с проблемами</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>create</source>
        <translation>создать</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>update</source>
        <translation>обновить</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>skip</source>
        <translation>пропустить</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>merge</source>
        <translation>объединить</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Reading rows…</source>
        <translation>Чтение строк…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Comparing with the register…</source>
        <translation>Сравнение с картотекой…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="71"/>
        <source>Writing clients…</source>
        <translation>Запись клиентов…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="71"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="77"/>
        <source>(ignore)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="77"/>
        <source>Full name (split)</source>
        <translation>ФИО (разделить)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="77"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="79"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="79"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="79"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="80"/>
        <source>Phone or e-mail</source>
        <translation>Телефон или e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="80"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Preferred contact time</source>
        <translation>Удобное время для связи</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="85"/>
        <source>Consent: e-mail</source>
        <translation>Согласие: эл. почта</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="85"/>
        <source>Consent: SMS</source>
        <translation>Согласие: SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="86"/>
        <source>Consent: phone</source>
        <translation>Согласие: телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="86"/>
        <source>Consent: post</source>
        <translation>Согласие: почта</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="93"/>
        <source>Custom field: {name}</source>
        <translation>Своё поле: {name}</translation>
    </message>
</context>
<context>
    <name>Kartoteka</name>
    <message>
        <location filename="../../../ui/dialogs/common.py" line="66"/>
        <source>Something went wrong ({name}). Nothing was changed.</source>
        <translation>Что-то пошло не так ({name}). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/common.py" line="91"/>
        <source>{feature} is not available in this build of Kartoteka.</source>
        <translation>Функция «{feature}» недоступна в этой сборке Kartoteka.</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="38"/>
        <source>Phones that could not be read</source>
        <translation>Телефоны, которые не удалось распознать</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="39"/>
        <source>E-mail addresses that are not valid</source>
        <translation>Недействительные адреса эл. почты</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="40"/>
        <source>Clients with neither phone nor e-mail</source>
        <translation>Клиенты без телефона и эл. почты</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="41"/>
        <source>Clients without e-mail consent</source>
        <translation>Клиенты без согласия на эл. почту</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="42"/>
        <source>Clients without SMS consent</source>
        <translation>Клиенты без согласия на SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="43"/>
        <source>Clients without phone consent</source>
        <translation>Клиенты без согласия на звонки</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="44"/>
        <source>Clients without post consent</source>
        <translation>Клиенты без согласия на почтовые отправления</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="45"/>
        <source>Withdrew e-mail consent (keep them off mailings)</source>
        <translation>Отозвали согласие на эл. почту (исключите их из рассылок)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="46"/>
        <source>No contact for more than {days} days</source>
        <translation>Нет контакта более {days} дн.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="47"/>
        <source>No purchase or contact recorded</source>
        <translation>Нет покупок и контактов</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../../ui/start_dialog.py" line="60"/>
        <source>Open register</source>
        <translation>Открыть картотеку</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="66"/>
        <source>New register</source>
        <translation>Новая картотека</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="378"/>
        <source>Wrong password. Try again.</source>
        <translation>Неверный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="381"/>
        <source>The register is damaged and cannot be opened.</source>
        <translation>Картотека повреждена, открыть её невозможно.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="383"/>
        <source>Version {version} is the newest good one: restore it to go on working; the damaged file is kept aside.</source>
        <translation>Версия {version} — последняя исправная: восстановите её, чтобы продолжить работу; повреждённый файл будет отложен в сторону.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="386"/>
        <source>No good version of it was found. Keep the file and do not overwrite it.</source>
        <translation>Исправных версий не найдено. Сохраните файл и не перезаписывайте его.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="389"/>
        <source>This register is open in another Kartoteka window. Close it there and try again.</source>
        <translation>Эта картотека открыта в другом окне Kartoteka. Закройте её там и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="391"/>
        <source>There is no register at this place. Open another file or create a new register.</source>
        <translation>Здесь нет картотеки. Откройте другой файл или создайте новую картотеку.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="394"/>
        <source>The register could not be opened ({name}).</source>
        <translation>Не удалось открыть картотеку ({name}).</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="56"/>
        <source>Client added</source>
        <translation>Клиент добавлен</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="56"/>
        <source>Card saved</source>
        <translation>Карточка сохранена</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="56"/>
        <source>Client deleted</source>
        <translation>Клиент удалён</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="57"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="57"/>
        <source>Import undone</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="57"/>
        <source>Duplicates merged</source>
        <translation>Дубликаты объединены</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="58"/>
        <source>Merge undone</source>
        <translation>Объединение отменено</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="58"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="58"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="59"/>
        <source>Upgrade</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="59"/>
        <source>Password changed</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="59"/>
        <source>Client erased</source>
        <translation>Клиент стёрт</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="60"/>
        <source>New register</source>
        <translation>Новая картотека</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="60"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="74"/>
        <source>Today {time}</source>
        <translation>Сегодня {time}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="76"/>
        <source>Yesterday {time}</source>
        <translation>Вчера {time}</translation>
    </message>
</context>
</TS>
