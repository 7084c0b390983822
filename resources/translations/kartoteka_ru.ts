<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/dialogs/common.py" line="66"/>
        <source>Something went wrong ({name}). Nothing was changed.</source>
        <translation>Что-то пошло не так ({name}). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/common.py" line="91"/>
        <source>{feature} is not available in this build of Kartoteka.</source>
        <translation>Функция «{feature}» недоступна в этой сборке Kartoteka.</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../ui/card.py" line="193"/>
        <location filename="../../ui/card.py" line="553"/>
        <source>Select a client, or press Ctrl+N to add one</source>
        <translation>Выберите клиента или нажмите Ctrl+N, чтобы добавить нового</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="197"/>
        <location filename="../../ui/card.py" line="519"/>
        <location filename="../../ui/card.py" line="721"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="260"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="262"/>
        <source>Delete this client (can be undone from File &gt; Versions)</source>
        <translation>Удалить этого клиента (можно отменить в меню Файл &gt; Версии)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="264"/>
        <source>Privacy…</source>
        <translation>Приватность…</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="266"/>
        <source>Export everything about this client, or erase them everywhere</source>
        <translation>Экспортировать все данные этого клиента или стереть его отовсюду</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="283"/>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="283"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="283"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="284"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="313"/>
        <location filename="../../ui/card.py" line="720"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="316"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="378"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="379"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="vanished">частное лицо</translation>
    </message>
    <message>
        <source>company</source>
        <translation type="vanished">компания</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="380"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="381"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="382"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="379"/>
        <location filename="../../ui/card.py" line="383"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="379"/>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="384"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="390"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="391"/>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="392"/>
        <source>Preferred contact time</source>
        <translation>Удобное время для связи</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="392"/>
        <source>e.g. weekdays after 17:00</source>
        <translation>например, в будни после 17:00</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="393"/>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="394"/>
        <location filename="../../ui/card.py" line="431"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="394"/>
        <source>How the client found you</source>
        <translation>Как клиент узнал о вас</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="397"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="398"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="399"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="400"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="401"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="402"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="403"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="406"/>
        <source>Personal</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="407"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="407"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="408"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="409"/>
        <source>Not specified</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="409"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="409"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="410"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="412"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="436"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="436"/>
        <source>Granted</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="436"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">неизвестно</translation>
    </message>
    <message>
        <source>female</source>
        <translation type="vanished">женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation type="vanished">мужской</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="411"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="vanished">автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="413"/>
        <source>Automatic follows the purchases; choose one to fix it by hand</source>
        <translation>В автоматическом режиме сегмент определяется по покупкам; выберите сегмент, чтобы задать его вручную</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="416"/>
        <source>Dates to remember</source>
        <translation>Памятные даты</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="419"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="422"/>
        <source>Add custom field…</source>
        <translation>Добавить своё поле…</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="424"/>
        <source>A field your trade needs, e.g. loyalty card or shoe size</source>
        <translation>Поле, нужное в вашем деле, например карта лояльности или размер обуви</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="429"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="431"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="431"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="431"/>
        <source>Since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="432"/>
        <source>Withdrawn on</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="434"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="434"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="434"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="435"/>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="vanished">дано</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="vanished">отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="446"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="457"/>
        <location filename="../../ui/card.py" line="458"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="458"/>
        <source>Comma separated, e.g. vip, wholesale</source>
        <translation>Через запятую, например vip, опт</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="459"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="469"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="476"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="482"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="486"/>
        <source>Save the new client first to add purchases and interactions.</source>
        <translation>Сначала сохраните нового клиента, чтобы добавлять покупки и взаимодействия.</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="520"/>
        <source>Type the name, a phone or an e-mail, then press Ctrl+S</source>
        <translation>Введите имя, телефон или адрес эл. почты, затем нажмите Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="538"/>
        <location filename="../../ui/card.py" line="721"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="539"/>
        <source>This client has unsaved changes. Save them?</source>
        <translation>У этого клиента есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="653"/>
        <source>Add custom field</source>
        <translation>Добавить своё поле</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="653"/>
        <source>Name of the field</source>
        <translation>Название поля</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="680"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="720"/>
        <source>Create (Ctrl+S)</source>
        <translation>Создать (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="757"/>
        <source>this client</source>
        <translation>этого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="759"/>
        <source>Delete client</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="760"/>
        <source>Delete {name}? You can undo this later from File &gt; Versions.</source>
        <translation>Удалить {name}? Это можно будет отменить в меню Файл &gt; Версии.</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="768"/>
        <source>{name} (#{id}) was deleted. To undo, open File &gt; Versions, choose the version before the delete and restore client #{id}.</source>
        <translation>Клиент удалён: {name} (№ {id}). Чтобы отменить удаление, откройте Файл &gt; Версии, выберите версию до удаления и восстановите клиента № {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="803"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>ClientPrivacyDialog</name>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="50"/>
        <source>Privacy: {name}</source>
        <translation>Конфиденциальность: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="53"/>
        <source>Give {name} everything the register holds about them, or erase them everywhere.</source>
        <translation>Передать клиенту {name} все данные о нём из картотеки или стереть его отовсюду.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="67"/>
        <source>Export all their data…</source>
        <translation>Экспортировать все данные…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="69"/>
        <source>Erase everywhere…</source>
        <translation>Стереть отовсюду…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="71"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="83"/>
        <source>Erasing removes the client from the register, its history and its search index. The versions (backups) made before keep the client until retention removes them: hourly versions after {hourly} days, daily ones after {daily} days; a monthly version stays longer. Restoring such a version brings the client back.</source>
        <translation>Стирание удаляет клиента из картотеки, её истории и поискового индекса. В версиях (резервных копиях), созданных ранее, клиент остаётся, пока их не удалит политика хранения: почасовые версии — через {hourly} дн., ежедневные — через {daily} дн.; ежемесячная версия хранится дольше. При восстановлении такой версии клиент вернётся.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="113"/>
        <location filename="../../ui/dialogs/client_privacy.py" line="126"/>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="115"/>
        <source>Save the client&apos;s data</source>
        <translation>Сохранить данные клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="116"/>
        <source>Workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Книга Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="118"/>
        <source>Exporting the client&apos;s data</source>
        <translation>Экспорт данных клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="121"/>
        <source>Saved to &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;. The file holds personal data: hand it over securely.</source>
        <translation>Сохранено в &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;. Файл содержит персональные данные: передавайте его безопасным способом.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="129"/>
        <source>Erase client</source>
        <translation>Стереть клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="130"/>
        <source>Erase {name} everywhere? This cannot be undone from the register.</source>
        <translation>Стереть {name} отовсюду? Это нельзя будет отменить в картотеке.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="134"/>
        <source>Erasing the client</source>
        <translation>Стирание клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="139"/>
        <source>Erased from the register.</source>
        <translation>Стёрто из картотеки.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../ui/filter_builder.py" line="260"/>
        <source>Remove this condition</source>
        <translation>Удалить это условие</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="332"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="359"/>
        <source>A beginning is one word, without spaces or quotes</source>
        <translation>Начало — это одно слово без пробелов и кавычек</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <location filename="../../ui/card_sections.py" line="111"/>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="111"/>
        <source>Add e-mail</source>
        <translation>Добавить эл. почту</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="137"/>
        <source>+48 601 234 567</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="137"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="142"/>
        <source>no label</source>
        <translation>без метки</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="146"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>Something went wrong that Kartoteka did not expect. Your register is safe: nothing is saved half-way. Please send the report below to support; it contains no client data.</source>
        <translation>В Kartoteka произошла непредвиденная ошибка. Ваша картотека в безопасности: ничего не сохранено частично. Отправьте приведённый ниже отчёт в службу поддержки; в нём нет данных клиентов.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154"/>
        <source>Copy report</source>
        <translation>Копировать отчёт</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="84"/>
        <location filename="../../ui/dialogs/duplicates.py" line="158"/>
        <location filename="../../ui/dialogs/duplicates.py" line="209"/>
        <location filename="../../ui/dialogs/duplicates.py" line="283"/>
        <location filename="../../ui/dialogs/duplicates.py" line="301"/>
        <location filename="../../ui/dialogs/duplicates.py" line="313"/>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="94"/>
        <source>Find duplicates</source>
        <translation>Найти дубликаты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="102"/>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="102"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="102"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="113"/>
        <source>Choose a group to compare its clients side by side.</source>
        <translation>Выберите группу, чтобы сравнить её клиентов рядом.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="115"/>
        <source>Show fields that are the same too</source>
        <translation>Показывать и совпадающие поля</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="124"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="126"/>
        <source>Not a duplicate</source>
        <translation>Не дубликат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="128"/>
        <source>Undo last merge</source>
        <translation>Отменить последнее объединение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="145"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="163"/>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="164"/>
        <source>Looking for duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="181"/>
        <source>The search was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="184"/>
        <source>Groups of probable duplicates: {count}</source>
        <translation>Групп вероятных дубликатов: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="185"/>
        <source>No duplicates found.</source>
        <translation>Дубликаты не найдены.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="236"/>
        <source>Keep this client</source>
        <translation>Оставить этого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="238"/>
        <source>keep</source>
        <translation>оставить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="253"/>
        <source>Combined from every client, nothing is lost: {fields}.</source>
        <translation>Собрано со всех клиентов, ничего не теряется: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="291"/>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="294"/>
        <source>Merged into {name}. You can undo this merge.</source>
        <translation>Объединено с клиентом {name}. Это объединение можно отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="307"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="310"/>
        <source>Marked as different clients; they will not be proposed again.</source>
        <translation>Отмечены как разные клиенты; больше не будут предлагаться.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="319"/>
        <source>Not undone</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="322"/>
        <source>The merge was undone; the clients are back as they were.</source>
        <translation>Объединение отменено; клиенты возвращены в прежнее состояние.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="71"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92"/>
        <source>Table (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92"/>
        <source>Table (Excel .xlsx)</source>
        <translation>Таблица (Excel .xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="93"/>
        <source>Contacts (vCard .vcf)</source>
        <translation>Контакты (vCard .vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="94"/>
        <source>Mailing list for a mail service (Mailchimp CSV)</source>
        <translation>Список рассылки для почтового сервиса (Mailchimp CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="95"/>
        <source>SMS list (CSV)</source>
        <translation>Список для SMS (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="99"/>
        <source>No channel: everyone, no consent check</source>
        <translation>Без канала: все, без проверки согласия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="99"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>Phone calls</source>
        <translation>Телефонные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="104"/>
        <source>Standard (comma, UTF-8)</source>
        <translation>Стандартный (запятая, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="105"/>
        <source>Excel (semicolon, decimal comma)</source>
        <translation>Excel (точка с запятой, десятичная запятая)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="106"/>
        <source>For CSV files, and for the list of clients left out that every format writes beside its file.</source>
        <translation>Для файлов CSV и для списка исключённых клиентов, который каждый формат записывает рядом со своим файлом.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="109"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="110"/>
        <source>CSV preset</source>
        <translation>Вариант CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>Left out</source>
        <translation>Исключены</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="142"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="153"/>
        <source>Exporting the selected clients: {count}</source>
        <translation>Экспорт выбранных клиентов: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="155"/>
        <source>Exporting the clients that match: {query}</source>
        <translation>Экспорт клиентов, соответствующих запросу: {query}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="156"/>
        <source>Exporting all clients.</source>
        <translation>Экспорт всех клиентов.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="187"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="192"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="256"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="208"/>
        <source>Counting</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="218"/>
        <source>{written} of {selected} clients will be written.</source>
        <translation>Будет записано клиентов: {written} из {selected}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="224"/>
        <source>{count} left out: {reason}</source>
        <translation>Исключено: {count} — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="237"/>
        <source>The register includes clients whose consent was never recorded (not withdrawn); make sure you may contact them.</source>
        <translation>В картотеке есть клиенты, чьё согласие никогда не фиксировалось (но не отзывалось); убедитесь, что вы вправе с ними связываться.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="259"/>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="273"/>
        <source>Exporting clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="281"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="281"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="282"/>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="287"/>
        <source>Wrote {count} clients to &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</source>
        <translation>Записано клиентов: {count} в &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="291"/>
        <source>{count} left out, listed in &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</source>
        <translation>Исключено: {count}, список в &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="304"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="184"/>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="185"/>
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV. Nothing is written until you press Import at the end.</source>
        <translation>Excel (.xlsx, .xls), OpenDocument (.ods) или CSV. Ничего не записывается, пока вы не нажмёте «Импортировать» в конце.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="189"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="190"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="193"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="205"/>
        <source>Import clients from</source>
        <translation>Импорт клиентов из</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="205"/>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.vcf);;vCard contacts (*.vcf);;All files (*)</source>
        <translation>Таблицы и контакты (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.vcf);;Контакты vCard (*.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="212"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="216"/>
        <source>Opening the file</source>
        <translation>Открытие файла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="220"/>
        <source>Opened {name}.</source>
        <translation>Открыт файл {name}.</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../../ui/filter_builder.py" line="377"/>
        <source>Filter builder</source>
        <translation>Конструктор фильтров</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="379"/>
        <source>Show clients that match</source>
        <translation>Клиенты, соответствующие</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="383"/>
        <source>all of these conditions (AND)</source>
        <translation>всем этим условиям (AND)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="384"/>
        <source>any of these conditions (OR)</source>
        <translation>любому из этих условий (OR)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="392"/>
        <source>+ Add condition</source>
        <translation>+ Добавить условие</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="434"/>
        <source>The current search has parts the builder cannot show as conditions; a filter built here replaces it.</source>
        <translation>В текущем поиске есть части, которые конструктор не может показать как условия; фильтр, созданный здесь, заменит его.</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="474"/>
        <source>Query: {text}</source>
        <translation>Запрос: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="475"/>
        <source>Add a condition and a value to see the query.</source>
        <translation>Добавьте условие и значение, чтобы увидеть запрос.</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="484"/>
        <source>This filter cannot be used: {message}</source>
        <translation>Этот фильтр нельзя использовать: {message}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="520"/>
        <source>Put back the old value</source>
        <translation>Вернуть прежнее значение</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="522"/>
        <source>Restore the value this field had before the selected change</source>
        <translation>Восстановить значение, которое было у этого поля до выбранного изменения</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="584"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
</context>
<context>
    <name>InteractionsPanel</name>
    <message>
        <location filename="../../ui/card_sections.py" line="419"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="419"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="419"/>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="430"/>
        <source>What happened, e.g. called about the order</source>
        <translation>Что произошло, например звонок по заказу</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="431"/>
        <source>Add interaction</source>
        <translation>Добавить взаимодействие</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="433"/>
        <source>Update selected</source>
        <translation>Обновить выбранное</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="435"/>
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../ui/lock.py" line="144"/>
        <source>Password (the demo register&apos;s is “demo”)</source>
        <translation>Пароль (для демо-картотеки — «demo»)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="145"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="149"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="171"/>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="194"/>
        <source>Wrong password. Try again.</source>
        <translation>Неверный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="198"/>
        <source>The register could not be opened ({name}).</source>
        <translation>Не удалось открыть картотеку ({name}).</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/lock.py" line="42"/>
        <source>Kartoteka is locked</source>
        <translation>Kartoteka заблокирована</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="49"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="54"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <location filename="../../ui/main_window.py" line="919"/>
        <source>Kartoteka — {file}</source>
        <translation>Kartoteka — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Build a filter from fields and conditions (Ctrl+Shift+F)</source>
        <translation>Составить фильтр из полей и условий (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <location filename="../../ui/main_window.py" line="669"/>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Save as smart list</source>
        <translation>Сохранить как смарт-список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Добавить клиента (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Lists of clients</source>
        <translation>Списки клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>No client selected</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Not available in this build yet</source>
        <translation>Пока недоступно в этой сборке</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>New register…</source>
        <translation>Новая картотека…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Open register…</source>
        <translation>Открыть картотеку…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Versions…</source>
        <translation>Версии…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Filter builder…</source>
        <translation>Конструктор фильтров…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Save search as smart list…</source>
        <translation>Сохранить поиск как смарт-список…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Add tag to selected…</source>
        <translation>Добавить тег выбранным…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Remove tag from selected…</source>
        <translation>Удалить тег у выбранных…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Set segment of selected…</source>
        <translation>Задать сегмент выбранным…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Delete selected…</source>
        <translation>Удалить выбранных…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Duplicates…</source>
        <translation>Дубликаты…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Data quality…</source>
        <translation>Качество данных…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Cannot search</source>
        <translation>Поиск невозможен</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>No clients match “{query}”.</source>
        <translation>Нет клиентов по запросу «{query}».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>No clients yet.
Add one with Ctrl+N or import a spreadsheet with Ctrl+I.</source>
        <translation>Клиентов пока нет.
Добавьте клиента (Ctrl+N) или импортируйте таблицу (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>{shown}+ clients, counting…</source>
        <translation>Клиенты: {shown}+, подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>{shown} of {total} clients</source>
        <translation>Клиенты: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>{total} clients</source>
        <translation>Клиенты: {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>This feature is not available yet.</source>
        <translation>Эта функция пока недоступна.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>Type a search or build a filter first; a smart list keeps that query.</source>
        <translation>Сначала введите поисковый запрос или составьте фильтр; смарт-список сохраняет этот запрос.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Name of the smart list:</source>
        <translation>Название смарт-списка:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678"/>
        <source>Cannot save the smart list</source>
        <translation>Не удалось сохранить смарт-список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>Rename smart list</source>
        <translation>Переименовать смарт-список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Cannot rename</source>
        <translation>Не удалось переименовать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698"/>
        <source>Delete smart list</source>
        <translation>Удалить смарт-список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>Delete the smart list “{name}”? The clients in it stay.</source>
        <translation>Удалить смарт-список «{name}»? Клиенты из него останутся.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Delete list</source>
        <translation>Удалить список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708"/>
        <source>Select one or more clients first.</source>
        <translation>Сначала выберите одного или нескольких клиентов.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>Stopped; nothing was changed.</source>
        <translation>Остановлено; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="718"/>
        <source>Remove tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="718"/>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>Tag for {n} selected clients:</source>
        <translation>Тег для выбранных клиентов ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>Automatic (from purchases)</source>
        <translation>Автоматически (по покупкам)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <location filename="../../ui/main_window.py" line="732"/>
        <source>Set segment</source>
        <translation>Задать сегмент</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>Segment for the selected clients:</source>
        <translation>Сегмент для выбранных клиентов:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="738"/>
        <location filename="../../ui/main_window.py" line="742"/>
        <source>Delete clients</source>
        <translation>Удалить клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="739"/>
        <source>Delete {n} clients? A version is kept, so this can be undone from Versions.</source>
        <translation>Удалить выбранных клиентов ({n})? Версия сохраняется, поэтому удаление можно отменить в окне «Версии».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
        <source>Delete {n} clients</source>
        <translation>Удалить клиентов ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="762"/>
        <source>Add tag to {n} clients…</source>
        <translation>Добавить тег клиентам ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="763"/>
        <source>Remove tag from {n} clients…</source>
        <translation>Удалить тег у клиентов ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="764"/>
        <source>Set segment of {n} clients…</source>
        <translation>Задать сегмент клиентам ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="767"/>
        <source>Export {n} clients…</source>
        <translation>Экспортировать клиентов ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>Delete {n} clients…</source>
        <translation>Удалить клиентов ({n})…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="293"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="294"/>
        <source>Choose what each column holds. The preview shows the values as they will be saved; cells with a problem are marked.</source>
        <translation>Укажите, что содержит каждый столбец. В предпросмотре значения показаны так, как они будут сохранены; ячейки с проблемами отмечены.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="296"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="296"/>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="296"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="300"/>
        <source>Remember this mapping for files with the same columns</source>
        <translation>Запомнить это сопоставление для файлов с такими же столбцами</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="306"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="338"/>
        <source>Using the mapping you saved for these columns.</source>
        <translation>Используется сохранённое сопоставление для этих столбцов.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="371"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="51"/>
        <location filename="../../ui/dialogs/password.py" line="78"/>
        <location filename="../../ui/dialogs/password.py" line="116"/>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="53"/>
        <source>The register and every version are re-encrypted with the new password. Afterwards the old password opens nothing. There is no way to recover a forgotten password.</source>
        <translation>Картотека и все версии будут заново зашифрованы новым паролем. После этого старый пароль ничего не откроет. Восстановить забытый пароль невозможно.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="66"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="67"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="68"/>
        <source>Repeat new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="69"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="93"/>
        <source>too short</source>
        <translation>слишком короткий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="93"/>
        <source>weak</source>
        <translation>слабый</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="93"/>
        <source>fair</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="94"/>
        <source>good</source>
        <translation>хороший</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="94"/>
        <source>strong</source>
        <translation>надёжный</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="104"/>
        <source>Use at least 8 characters.</source>
        <translation>Используйте не менее 8 символов.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="106"/>
        <source>The two new passwords are not the same.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="108"/>
        <source>The new password is the same as the current one.</source>
        <translation>Новый пароль совпадает с текущим.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="120"/>
        <source>Re-encrypting the register and its versions…</source>
        <translation>Повторное шифрование картотеки и её версий…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="122"/>
        <source>Changing the password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="133"/>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="134"/>
        <source>The password was changed for the register and all its versions.</source>
        <translation>Пароль изменён для картотеки и всех её версий.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="143"/>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>Текущий пароль неверен. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="406"/>
        <source>What will happen</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="407"/>
        <source>Nothing is written yet. Choose what to do with each group, then press Import.</source>
        <translation>Пока ничего не записано. Выберите действие для каждой группы и нажмите «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="410"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="414"/>
        <source>skip them</source>
        <translation>пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="414"/>
        <source>update the existing client</source>
        <translation>обновить существующего клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="415"/>
        <source>add them as new clients</source>
        <translation>добавить как новых клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="426"/>
        <source>Rows that match an existing client:</source>
        <translation>Строки, совпадающие с существующим клиентом:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="433"/>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="459"/>
        <source>Preparing the import</source>
        <translation>Подготовка импорта</translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <location filename="../../ui/card_sections.py" line="338"/>
        <source>paid</source>
        <translation>оплачена</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="338"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="338"/>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="345"/>
        <source>Amount, e.g. 149.90</source>
        <translation>Сумма, например 149,90</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="348"/>
        <source>What was bought</source>
        <translation>Что было куплено</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="353"/>
        <source>Add purchase</source>
        <translation>Добавить покупку</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="355"/>
        <source>Update selected</source>
        <translation>Обновить выбранное</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="357"/>
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="68"/>
        <location filename="../../ui/dialogs/quality.py" line="101"/>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="71"/>
        <source>Checking the register…</source>
        <translation>Проверка картотеки…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="76"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="76"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="86"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="88"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="106"/>
        <source>Checking the register</source>
        <translation>Проверка картотеки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="121"/>
        <source>Clients checked: {count}</source>
        <translation>Проверено клиентов: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="126"/>
        <source>Missing {field} ({rate:.0%} filled)</source>
        <translation>Не указано: {field} (заполнено {rate:.0%})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="145"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="503"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="510"/>
        <source>Undo this import</source>
        <translation>Отменить этот импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="536"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="538"/>
        <source>Importing clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="543"/>
        <source>New clients: {n}</source>
        <translation>Новых клиентов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="544"/>
        <source>Clients updated: {n}</source>
        <translation>Обновлено клиентов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="545"/>
        <source>Rows merged into another row: {n}</source>
        <translation>Строк объединено с другой строкой: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="546"/>
        <source>Rows skipped: {n}</source>
        <translation>Пропущено строк: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="547"/>
        <source>Problems noted: {n}</source>
        <translation>Отмечено проблем: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="552"/>
        <source>Rows that were not imported are in &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;; fix them there and import that file again.</source>
        <translation>Строки, которые не были импортированы, сохранены в &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;; исправьте их там и импортируйте этот файл снова.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="565"/>
        <source>Undoing the import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="568"/>
        <source>The import was undone: {deleted} new clients removed, {reverted} clients put back as they were.</source>
        <translation>Импорт отменён. Удалено новых клиентов: {deleted}; возвращено в прежнее состояние: {reverted}.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/search.py" line="133"/>
        <source>Search clients, or city:Kraków tag:vip …</source>
        <translation>Поиск клиентов или city:Kraków tag:vip …</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="134"/>
        <source>Search clients</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="200"/>
        <source>Cannot search: {message}</source>
        <translation>Поиск невозможен: {message}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Default phone region</source>
        <translation>Страна телефонных номеров по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Lock after idle (minutes, 0 = never)</source>
        <translation>Блокировать при бездействии (минуты, 0 = никогда)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>Active: bought within (days)</source>
        <translation>Активный: покупка в течение (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Active: at least (purchases)</source>
        <translation>Активный: не менее (покупок)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Regular: customer for (days)</source>
        <translation>Постоянный: клиент не менее (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Regular: at least (purchases)</source>
        <translation>Постоянный: не менее (покупок)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>VIP: spent at least</source>
        <translation>VIP: потратил не менее</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>Lost: no purchase for (days)</source>
        <translation>Потерянный: нет покупок (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Keep every version for (hours)</source>
        <translation>Хранить каждую версию (часов)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>…but at most (versions)</source>
        <translation>…но не более (версий)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Then one an hour for (days)</source>
        <translation>Затем по одной в час (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Then one a day for (days)</source>
        <translation>Затем по одной в день (дней)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Older versions are kept one a month.</source>
        <translation>Более старые версии хранятся по одной в месяц.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source>Saving settings</source>
        <translation>Сохранение настроек</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="227"/>
        <source>Sheet and header</source>
        <translation>Лист и заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="228"/>
        <source>Kartoteka found the table below; correct the sheet or the header row if needed.</source>
        <translation>Kartoteka нашла таблицу ниже; при необходимости исправьте лист или строку заголовка.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="235"/>
        <source>find it</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="241"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="242"/>
        <source>Header row</source>
        <translation>Строка заголовка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="243"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="255"/>
        <source>({kind} sheet, cannot be imported)</source>
        <translation>(лист типа {kind}, импорт невозможен)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="257"/>
        <source>(hidden)</source>
        <translation>(скрыт)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="285"/>
        <source>No header row: columns are named by their letters.</source>
        <translation>Нет строки заголовка: столбцы названы буквами.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="95"/>
        <source>Every client in the register</source>
        <translation>Все клиенты в картотеке</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="102"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="103"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="106"/>
        <source>Smart lists</source>
        <translation>Смарт-списки</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="107"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="108"/>
        <source>No tags yet</source>
        <translation>Тегов пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="109"/>
        <source>Save a search to keep it here</source>
        <translation>Сохраните поиск, чтобы он появился здесь</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="207"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="208"/>
        <source>Delete smart list…</source>
        <translation>Удалить смарт-список…</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="55"/>
        <source>Kartoteka registers (*.kartoteka);;All files (*)</source>
        <translation>Картотеки (*.kartoteka);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="89"/>
        <source>Kartoteka</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="117"/>
        <source>Open your register</source>
        <translation>Откройте свою картотеку</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="124"/>
        <location filename="../../ui/start_dialog.py" line="214"/>
        <location filename="../../ui/start_dialog.py" line="252"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="130"/>
        <source>Restore the newest good version</source>
        <translation>Восстановить последнюю исправную версию</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="132"/>
        <source>The damaged file is kept aside, never deleted.</source>
        <translation>Повреждённый файл откладывается в сторону и никогда не удаляется.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="136"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="140"/>
        <source>Open another file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="144"/>
        <source>Create a new register…</source>
        <translation>Новая картотека…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="148"/>
        <source>Try the demo register</source>
        <translation>Попробовать демо</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="176"/>
        <source>Create a new register</source>
        <translation>Создать новую картотеку</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="177"/>
        <source>Everything is encrypted with this password. Nobody can recover it, so keep it somewhere safe.</source>
        <translation>Всё шифруется этим паролем. Восстановить его не сможет никто, поэтому храните его в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="183"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="213"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="220"/>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="221"/>
        <source>Phone region</source>
        <translation>Страна телефонных номеров</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="222"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="225"/>
        <source>Create register</source>
        <translation>Создать картотеку</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="251"/>
        <source>Password (the demo register&apos;s is “demo”)</source>
        <translation>Пароль (для демо-картотеки — «demo»)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="291"/>
        <source>Too short: use at least 8 characters</source>
        <translation>Слишком короткий: используйте не менее 8 символов</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="291"/>
        <source>Weak</source>
        <translation>Слабый</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="292"/>
        <source>Fair</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="292"/>
        <source>Good</source>
        <translation>Хороший</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="292"/>
        <source>Strong</source>
        <translation>Надёжный</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="293"/>
        <source>At least 8 characters</source>
        <translation>Не менее 8 символов</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="322"/>
        <source>Type the password of the register.</source>
        <translation>Введите пароль картотеки.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="324"/>
        <source>Opening</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="330"/>
        <source>Choose where to keep the register.</source>
        <translation>Выберите, где хранить картотеку.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="333"/>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Пароль слишком короткий: используйте не менее 8 символов.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="336"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="339"/>
        <source>{path} already exists. Choose another name; a register is never overwritten.</source>
        <translation>{path} уже существует. Выберите другое имя; картотека никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="342"/>
        <source>Creating</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="349"/>
        <source>Preparing the demo register</source>
        <translation>Подготовка демо-картотеки</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="372"/>
        <source>Restoring the newest good version</source>
        <translation>Восстановление последней исправной версии</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="134"/>
        <location filename="../../ui/dialogs/versions.py" line="140"/>
        <location filename="../../ui/dialogs/versions.py" line="226"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="143"/>
        <source>A version is kept after every save. Restoring keeps the current state as a version first, so a restore can be undone too.</source>
        <translation>После каждого сохранения создаётся версия. Перед восстановлением текущее состояние тоже сохраняется как версия, поэтому восстановление можно отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="150"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="150"/>
        <source>Save</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="150"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="151"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="151"/>
        <source>Saves</source>
        <translation>Сохранений</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="167"/>
        <source>No versions yet. One is kept after every save.</source>
        <translation>Версий пока нет. Версия создаётся после каждого сохранения.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="175"/>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="179"/>
        <location filename="../../ui/dialogs/versions.py" line="271"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="184"/>
        <source>The number (#) of the client to bring back, e.g. a deleted one</source>
        <translation>Номер (#) клиента, которого нужно вернуть, например удалённого</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="188"/>
        <source>Recently deleted</source>
        <translation>Недавно удалённые</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="191"/>
        <source>Pick a deleted client: the version before the delete is chosen</source>
        <translation>Выберите удалённого клиента: будет выбрана версия до удаления</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="201"/>
        <source>Restore whole register…</source>
        <translation>Восстановить всю картотеку…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="203"/>
        <source>Restore this client</source>
        <translation>Восстановить этого клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="205"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="206"/>
        <source>Write this version as a register file that opens with your password</source>
        <translation>Записать эту версию как файл картотеки, который открывается вашим паролем</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="207"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="228"/>
        <source>Reading versions</source>
        <translation>Чтение версий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="242"/>
        <source>Versions kept: {count}</source>
        <translation>Сохранено версий: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="251"/>
        <source>{what} — current state</source>
        <translation>{what} — текущее состояние</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="316"/>
        <source>Restore whole register</source>
        <translation>Восстановить всю картотеку</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="317"/>
        <source>Put the whole register back as it was at {time}? Everything saved after that is replaced. The current state is kept as a version first, so you can undo this.</source>
        <translation>Вернуть всю картотеку в состояние на {time}? Всё, что было сохранено позже, будет заменено. Текущее состояние сначала сохранится как версия, поэтому это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="323"/>
        <source>Restoring the register</source>
        <translation>Восстановление картотеки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="327"/>
        <source>The register is back as it was at that version. The state before the restore is the version marked &quot;before a restore&quot;.</source>
        <translation>Картотека возвращена в состояние этой версии. Состояние до восстановления — это версия с отметкой «перед восстановлением».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="337"/>
        <source>Restoring the client</source>
        <translation>Восстановление клиента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="341"/>
        <source>Client #{id} is back as it was in that version ({count} fields changed).</source>
        <translation>Клиент № {id} возвращён в состояние этой версии (изменено полей: {count}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="351"/>
        <source>Save a copy of this version</source>
        <translation>Сохранить копию этой версии</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="352"/>
        <source>Kartoteka register (*.kartoteka)</source>
        <translation>Картотека (*.kartoteka)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="355"/>
        <source>Saving a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="359"/>
        <source>Saved a copy as {name}; it opens with your password.</source>
        <translation>Копия сохранена как {name}; она открывается вашим паролем.</translation>
    </message>
</context>
<context>
    <name>_CardPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Client #{id}</source>
        <translation>Клиент № {id}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>No client selected</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
</context>
<context>
    <name>_TaskPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="177"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Отменено. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="60"/>
        <source>Open register</source>
        <translation>Открыть картотеку</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="66"/>
        <source>New register</source>
        <translation>Новая картотека</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="378"/>
        <source>Wrong password. Try again.</source>
        <translation>Неверный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="381"/>
        <source>The register is damaged and cannot be opened.</source>
        <translation>Картотека повреждена, открыть её невозможно.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="383"/>
        <source>Version {version} is the newest good one: restore it to go on working; the damaged file is kept aside.</source>
        <translation>Версия {version} — последняя исправная: восстановите её, чтобы продолжить работу; повреждённый файл будет отложен в сторону.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="386"/>
        <source>No good version of it was found. Keep the file and do not overwrite it.</source>
        <translation>Исправных версий не найдено. Сохраните файл и не перезаписывайте его.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="389"/>
        <source>This register is open in another Kartoteka window. Close it there and try again.</source>
        <translation>Эта картотека открыта в другом окне Kartoteka. Закройте её там и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="391"/>
        <source>There is no register at this place. Open another file or create a new register.</source>
        <translation>Здесь нет картотеки. Откройте другой файл или создайте новую картотеку.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="394"/>
        <source>The register could not be opened ({name}).</source>
        <translation>Не удалось открыть картотеку ({name}).</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="204"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="205"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="206"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
