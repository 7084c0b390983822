<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../../ui/card.py" line="66"/>
        <source>potential</source>
        <translation>потенційний</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="66"/>
        <source>one-time</source>
        <translation>разовий</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="66"/>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="67"/>
        <source>regular</source>
        <translation>постійний</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="67"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="67"/>
        <source>lost</source>
        <translation>втрачений</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="80"/>
        <source>Consent: e-mail</source>
        <translation>Згода: ел. пошта</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="80"/>
        <source>Consent: SMS</source>
        <translation>Згода: SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="81"/>
        <source>Consent: phone</source>
        <translation>Згода: телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="81"/>
        <source>Consent: post</source>
        <translation>Згода: пошта</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="82"/>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="82"/>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="82"/>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="83"/>
        <source>Interaction</source>
        <translation>Взаємодія</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="83"/>
        <source>Segment set by hand</source>
        <translation>Сегмент задано вручну</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>edited</source>
        <translation>редагування</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>added</source>
        <translation>додавання</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>deleted</source>
        <translation>видалення</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>put back</source>
        <translation>відновлення</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="91"/>
        <source>import {n}</source>
        <translation>імпорт {n}</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="91"/>
        <source>import {n} undone</source>
        <translation>скасування імпорту {n}</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="91"/>
        <source>merge</source>
        <translation>об'єднання</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="92"/>
        <source>merge undone</source>
        <translation>скасування об'єднання</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="92"/>
        <source>erased</source>
        <translation>стирання</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="92"/>
        <source>export</source>
        <translation>експорт</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>mobile</source>
        <translation>мобільний</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>home</source>
        <translation>домашній</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>work</source>
        <translation>робочий</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>other</source>
        <translation>інший</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="54"/>
        <source>The number is empty.</source>
        <translation>Номер не вказано.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="55"/>
        <source>This is not a phone number; it is kept as written.</source>
        <translation>Це не номер телефону; його збережено як введено.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="56"/>
        <source>The spreadsheet stored this number as a float and lost digits; please retype it.</source>
        <translation>Таблиця зберегла цей номер як число й втратила цифри; введіть його знову.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="57"/>
        <source>This number is not valid for its country; it is kept as written.</source>
        <translation>Цей номер недійсний для своєї країни; його збережено як введено.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="59"/>
        <source>This phone number could not be recognised; it is kept as written.</source>
        <translation>Не вдалося розпізнати цей номер телефону; його збережено як введено.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="64"/>
        <source>This e-mail address does not look valid; it is kept as written.</source>
        <translation>Ця адреса ел. пошти виглядає недійсною; її збережено як введено.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="490"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="490"/>
        <source>e-mail</source>
        <translation>ел. пошта</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="490"/>
        <source>post</source>
        <translation>пошта</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="491"/>
        <source>messenger</source>
        <translation>месенджер</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="491"/>
        <source>in person</source>
        <translation>особисто</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../../ui/table_model.py" line="71"/>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="72"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="73"/>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="74"/>
        <source>City</source>
        <translation>Місто</translation>
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
        <translation>Витрачено</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="78"/>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="79"/>
        <source>Last purchase</source>
        <translation>Остання покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="80"/>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="81"/>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="82"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="83"/>
        <source>Postcode</source>
        <translation>Індекс</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="84"/>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="85"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="86"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="87"/>
        <source>Birth date</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="88"/>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="89"/>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="96"/>
        <source>Potential</source>
        <translation>Потенційний</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="97"/>
        <source>One-time</source>
        <translation>Разовий</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="98"/>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="99"/>
        <source>Regular</source>
        <translation>Постійний</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="100"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="101"/>
        <source>Lost</source>
        <translation>Втрачений</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../../ui/dialogs/duplicates.py" line="48"/>
        <source>Comparing clients…</source>
        <translation>Порівняння клієнтів…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="45"/>
        <source>no consent for this channel</source>
        <translation>немає згоди для цього каналу</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="46"/>
        <source>withdrew consent</source>
        <translation>згоду відкликано</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="47"/>
        <source>no e-mail address</source>
        <translation>немає адреси ел. пошти</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="48"/>
        <source>the e-mail address is not valid</source>
        <translation>адреса ел. пошти недійсна</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="49"/>
        <source>no (mobile) phone number</source>
        <translation>немає номера (мобільного) телефону</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="50"/>
        <source>no postal address</source>
        <translation>немає поштової адреси</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="51"/>
        <source>same address as another client on the list</source>
        <translation>та сама адреса, що й в іншого клієнта в списку</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../../../ui/filter_builder.py" line="52"/>
        <source>Any field</source>
        <translation>Будь-яке поле</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="53"/>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="53"/>
        <source>First name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="53"/>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="55"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="55"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="55"/>
        <source>Postcode</source>
        <translation>Індекс</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Country</source>
        <translation>Країна</translation>
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
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="57"/>
        <source>Person or company</source>
        <translation>Приватна особа чи компанія</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="57"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="58"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="58"/>
        <source>Total spent</source>
        <translation>Сума покупок</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="58"/>
        <source>Number of purchases</source>
        <translation>Кількість покупок</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="59"/>
        <source>Average purchase</source>
        <translation>Середня покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="59"/>
        <source>Last purchase</source>
        <translation>Остання покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="60"/>
        <source>First purchase</source>
        <translation>Перша покупка</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="60"/>
        <source>Birth date</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="61"/>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="61"/>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="61"/>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="62"/>
        <source>Email consent</source>
        <translation>Згода на ел. пошту</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="62"/>
        <source>SMS consent</source>
        <translation>Згода на SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="63"/>
        <source>Phone consent</source>
        <translation>Згода на дзвінки</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="63"/>
        <source>Post consent</source>
        <translation>Згода на пошту</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="79"/>
        <location filename="../../../ui/filter_builder.py" line="82"/>
        <source>contains</source>
        <translation>містить</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="79"/>
        <location filename="../../../ui/filter_builder.py" line="85"/>
        <source>does not contain</source>
        <translation>не містить</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="83"/>
        <source>is exactly</source>
        <translation>збігається з</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="84"/>
        <source>starts with</source>
        <translation>починається з</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="86"/>
        <source>is filled in</source>
        <translation>заповнено</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="87"/>
        <source>is empty</source>
        <translation>порожнє</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="91"/>
        <location filename="../../../ui/filter_builder.py" line="97"/>
        <location filename="../../../ui/filter_builder.py" line="115"/>
        <source>is</source>
        <translation>дорівнює</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="92"/>
        <location filename="../../../ui/filter_builder.py" line="97"/>
        <source>is not</source>
        <translation>не дорівнює</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="93"/>
        <source>any tag</source>
        <translation>будь-який тег</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="94"/>
        <source>no tags</source>
        <translation>без тегів</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="100"/>
        <source>more than</source>
        <translation>більше ніж</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="101"/>
        <source>at least</source>
        <translation>щонайменше</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="102"/>
        <source>less than</source>
        <translation>менше ніж</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="103"/>
        <source>exactly</source>
        <translation>рівно</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="107"/>
        <source>within the last … days</source>
        <translation>за останні … дн.</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="108"/>
        <source>more than … days ago</source>
        <translation>понад … дн. тому</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="109"/>
        <source>on or after</source>
        <translation>не раніше</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="110"/>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="111"/>
        <source>between</source>
        <translation>між</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="114"/>
        <source>in the next … days</source>
        <translation>у найближчі … дн.</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="234"/>
        <source>granted</source>
        <translation>надано</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="234"/>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="234"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="235"/>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="235"/>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="235"/>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="236"/>
        <source>person</source>
        <translation>приватна особа</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="236"/>
        <source>company</source>
        <translation>компанія</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="52"/>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="52"/>
        <source>Match a client (changes)</source>
        <translation>Збігається з клієнтом (зміни)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="53"/>
        <source>Already in the register</source>
        <translation>Уже в картотеці</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="53"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="54"/>
        <source>Repeated rows in the file</source>
        <translation>Повторювані рядки у файлі</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="54"/>
        <source>Rows with problems</source>
        <translation>Рядки з проблемами</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>create</source>
        <translation>створити</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>update</source>
        <translation>оновити</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>skip</source>
        <translation>пропустити</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>merge</source>
        <translation>об'єднати</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Reading the file…</source>
        <translation>Читання файлу…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Reading rows…</source>
        <translation>Читання рядків…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Comparing with the register…</source>
        <translation>Порівняння з картотекою…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="71"/>
        <source>Writing clients…</source>
        <translation>Запис клієнтів…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="71"/>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="77"/>
        <source>(ignore)</source>
        <translation>(не імпортувати)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="77"/>
        <source>Full name (split)</source>
        <translation>ПІБ (розділити)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="77"/>
        <source>First name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="79"/>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="79"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="79"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="80"/>
        <source>Phone or e-mail</source>
        <translation>Телефон або e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="80"/>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Postal code</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Birth date</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Preferred contact time</source>
        <translation>Зручний час для зв'язку</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Preferred channel</source>
        <translation>Бажаний канал</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Source</source>
        <translation>Джерело</translation>
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
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="85"/>
        <source>Consent: e-mail</source>
        <translation>Згода: ел. пошта</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="85"/>
        <source>Consent: SMS</source>
        <translation>Згода: SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="86"/>
        <source>Consent: phone</source>
        <translation>Згода: телефон</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="86"/>
        <source>Consent: post</source>
        <translation>Згода: пошта</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="93"/>
        <source>Custom field: {name}</source>
        <translation>Власне поле: {name}</translation>
    </message>
</context>
<context>
    <name>Kartoteka</name>
    <message>
        <location filename="../../../ui/dialogs/common.py" line="66"/>
        <source>Something went wrong ({name}). Nothing was changed.</source>
        <translation>Щось пішло не так ({name}). Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/common.py" line="91"/>
        <source>{feature} is not available in this build of Kartoteka.</source>
        <translation>Функція «{feature}» недоступна в цій збірці Kartoteka.</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="38"/>
        <source>Phones that could not be read</source>
        <translation>Телефони, які не вдалося розпізнати</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="39"/>
        <source>E-mail addresses that are not valid</source>
        <translation>Недійсні адреси ел. пошти</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="40"/>
        <source>Clients with neither phone nor e-mail</source>
        <translation>Клієнти без телефону та ел. пошти</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="41"/>
        <source>Clients without e-mail consent</source>
        <translation>Клієнти без згоди на ел. пошту</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="42"/>
        <source>Clients without SMS consent</source>
        <translation>Клієнти без згоди на SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="43"/>
        <source>Clients without phone consent</source>
        <translation>Клієнти без згоди на дзвінки</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="44"/>
        <source>Clients without post consent</source>
        <translation>Клієнти без згоди на поштові відправлення</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="45"/>
        <source>Withdrew e-mail consent (keep them off mailings)</source>
        <translation>Відкликали згоду на ел. пошту (виключіть їх із розсилок)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="46"/>
        <source>No contact for more than {days} days</source>
        <translation>Немає контакту понад {days} дн.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="47"/>
        <source>No purchase or contact recorded</source>
        <translation>Немає покупок і контактів</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../../ui/start_dialog.py" line="60"/>
        <source>Open register</source>
        <translation>Відкрити картотеку</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="66"/>
        <source>New register</source>
        <translation>Нова картотека</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="378"/>
        <source>Wrong password. Try again.</source>
        <translation>Неправильний пароль. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="381"/>
        <source>The register is damaged and cannot be opened.</source>
        <translation>Картотеку пошкоджено, відкрити її неможливо.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="383"/>
        <source>Version {version} is the newest good one: restore it to go on working; the damaged file is kept aside.</source>
        <translation>Версія {version} — остання справна: відновіть її, щоб продовжити роботу; пошкоджений файл буде відкладено вбік.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="386"/>
        <source>No good version of it was found. Keep the file and do not overwrite it.</source>
        <translation>Справних версій не знайдено. Збережіть файл і не перезаписуйте його.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="389"/>
        <source>This register is open in another Kartoteka window. Close it there and try again.</source>
        <translation>Ця картотека відкрита в іншому вікні Kartoteka. Закрийте її там і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="391"/>
        <source>There is no register at this place. Open another file or create a new register.</source>
        <translation>Тут немає картотеки. Відкрийте інший файл або створіть нову картотеку.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="394"/>
        <source>The register could not be opened ({name}).</source>
        <translation>Не вдалося відкрити картотеку ({name}).</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="56"/>
        <source>Client added</source>
        <translation>Клієнта додано</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="56"/>
        <source>Card saved</source>
        <translation>Картку збережено</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="56"/>
        <source>Client deleted</source>
        <translation>Клієнта видалено</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="57"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="57"/>
        <source>Import undone</source>
        <translation>Імпорт скасовано</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="57"/>
        <source>Duplicates merged</source>
        <translation>Дублікати об'єднано</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="58"/>
        <source>Merge undone</source>
        <translation>Об'єднання скасовано</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="58"/>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="58"/>
        <source>Before a restore</source>
        <translation>Перед відновленням</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="59"/>
        <source>Upgrade</source>
        <translation>Оновлення</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="59"/>
        <source>Password changed</source>
        <translation>Зміна пароля</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="59"/>
        <source>Client erased</source>
        <translation>Клієнта стерто</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="60"/>
        <source>New register</source>
        <translation>Нова картотека</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="60"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="74"/>
        <source>Today {time}</source>
        <translation>Сьогодні {time}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="76"/>
        <source>Yesterday {time}</source>
        <translation>Учора {time}</translation>
    </message>
</context>
</TS>
