<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name></name>
    <message>
        <location filename="../../ui/dialogs/common.py" line="66"/>
        <source>Something went wrong ({name}). Nothing was changed.</source>
        <translation>Щось пішло не так ({name}). Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/common.py" line="91"/>
        <source>{feature} is not available in this build of Kartoteka.</source>
        <translation>Функція «{feature}» недоступна в цій збірці Kartoteka.</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../ui/card.py" line="193"/>
        <location filename="../../ui/card.py" line="553"/>
        <source>Select a client, or press Ctrl+N to add one</source>
        <translation>Виберіть клієнта або натисніть Ctrl+N, щоб додати нового</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="197"/>
        <location filename="../../ui/card.py" line="519"/>
        <location filename="../../ui/card.py" line="721"/>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="260"/>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="262"/>
        <source>Delete this client (can be undone from File &gt; Versions)</source>
        <translation>Видалити цього клієнта (можна скасувати в меню Файл &gt; Версії)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="264"/>
        <source>Privacy…</source>
        <translation>Приватність…</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="266"/>
        <source>Export everything about this client, or erase them everywhere</source>
        <translation>Експортувати всі дані цього клієнта або стерти його звідусіль</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="283"/>
        <source>Spent</source>
        <translation>Витрачено</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="283"/>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="283"/>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="284"/>
        <source>Last purchase</source>
        <translation>Остання покупка</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="313"/>
        <location filename="../../ui/card.py" line="720"/>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="316"/>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="378"/>
        <source>Contact</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="379"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="vanished">приватна особа</translation>
    </message>
    <message>
        <source>company</source>
        <translation type="vanished">компанія</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="380"/>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="381"/>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="382"/>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="379"/>
        <location filename="../../ui/card.py" line="383"/>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="379"/>
        <source>Person</source>
        <translation>Фізична особа</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="384"/>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="390"/>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="391"/>
        <source>E-mails</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="392"/>
        <source>Preferred contact time</source>
        <translation>Зручний час для зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="392"/>
        <source>e.g. weekdays after 17:00</source>
        <translation>наприклад, у будні після 17:00</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="393"/>
        <source>Preferred channel</source>
        <translation>Бажаний канал</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="394"/>
        <location filename="../../ui/card.py" line="431"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="394"/>
        <source>How the client found you</source>
        <translation>Як клієнт дізнався про вас</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="397"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="398"/>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="399"/>
        <source>Postal code</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="400"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="401"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="402"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="403"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="406"/>
        <source>Personal</source>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="407"/>
        <source>Birth date</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="407"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>РРРР-ММ-ДД або ДД.ММ.РРРР</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="408"/>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="409"/>
        <source>Not specified</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="409"/>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="409"/>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="410"/>
        <source>Other</source>
        <translation>Інша</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="412"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="436"/>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="436"/>
        <source>Granted</source>
        <translation>Надано</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="436"/>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">невідомо</translation>
    </message>
    <message>
        <source>female</source>
        <translation type="vanished">жіноча</translation>
    </message>
    <message>
        <source>male</source>
        <translation type="vanished">чоловіча</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="411"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="vanished">автоматично</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="413"/>
        <source>Automatic follows the purchases; choose one to fix it by hand</source>
        <translation>В автоматичному режимі сегмент визначається за покупками; виберіть сегмент, щоб задати його вручну</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="416"/>
        <source>Dates to remember</source>
        <translation>Пам&apos;ятні дати</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="419"/>
        <source>Contact persons</source>
        <translation>Контактні особи</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="422"/>
        <source>Add custom field…</source>
        <translation>Додати власне поле…</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="424"/>
        <source>A field your trade needs, e.g. loyalty card or shoe size</source>
        <translation>Поле, потрібне у вашій справі, наприклад картка лояльності або розмір взуття</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="429"/>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="431"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="431"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="431"/>
        <source>Since</source>
        <translation>Діє з</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="432"/>
        <source>Withdrawn on</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="434"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
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
        <translation>Пошта</translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="vanished">надано</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="vanished">відкликано</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="446"/>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
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
        <translation>Через кому, наприклад vip, гурт</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="459"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="469"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="476"/>
        <source>Interactions</source>
        <translation>Взаємодії</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="482"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="486"/>
        <source>Save the new client first to add purchases and interactions.</source>
        <translation>Спочатку збережіть нового клієнта, щоб додавати покупки та взаємодії.</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="520"/>
        <source>Type the name, a phone or an e-mail, then press Ctrl+S</source>
        <translation>Введіть ім&apos;я, телефон або адресу ел. пошти, потім натисніть Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="538"/>
        <location filename="../../ui/card.py" line="721"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="539"/>
        <source>This client has unsaved changes. Save them?</source>
        <translation>Цей клієнт має незбережені зміни. Зберегти їх?</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="653"/>
        <source>Add custom field</source>
        <translation>Додати власне поле</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="653"/>
        <source>Name of the field</source>
        <translation>Назва поля</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="680"/>
        <source>(no name)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="720"/>
        <source>Create (Ctrl+S)</source>
        <translation>Створити (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="757"/>
        <source>this client</source>
        <translation>цього клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="759"/>
        <source>Delete client</source>
        <translation>Видалити клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="760"/>
        <source>Delete {name}? You can undo this later from File &gt; Versions.</source>
        <translation>Видалити {name}? Це можна буде скасувати в меню Файл &gt; Версії.</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="768"/>
        <source>{name} (#{id}) was deleted. To undo, open File &gt; Versions, choose the version before the delete and restore client #{id}.</source>
        <translation>Клієнта видалено: {name} (№ {id}). Щоб скасувати видалення, відкрийте Файл &gt; Версії, виберіть версію до видалення та відновіть клієнта № {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="803"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
<context>
    <name>ClientPrivacyDialog</name>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="50"/>
        <source>Privacy: {name}</source>
        <translation>Конфіденційність: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="53"/>
        <source>Give {name} everything the register holds about them, or erase them everywhere.</source>
        <translation>Передати клієнту {name} усі дані про нього з картотеки або стерти його звідусіль.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="67"/>
        <source>Export all their data…</source>
        <translation>Експортувати всі дані…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="69"/>
        <source>Erase everywhere…</source>
        <translation>Стерти звідусіль…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="71"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="83"/>
        <source>Erasing removes the client from the register, its history and its search index. The versions (backups) made before keep the client until retention removes them: hourly versions after {hourly} days, daily ones after {daily} days; a monthly version stays longer. Restoring such a version brings the client back.</source>
        <translation>Стирання видаляє клієнта з картотеки, її історії та пошукового індексу. У версіях (резервних копіях), створених раніше, клієнт залишається, доки їх не видалить політика зберігання: погодинні версії — через {hourly} дн., щоденні — через {daily} дн.; щомісячна версія зберігається довше. Відновлення такої версії поверне клієнта.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="113"/>
        <location filename="../../ui/dialogs/client_privacy.py" line="126"/>
        <source>Privacy</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="115"/>
        <source>Save the client&apos;s data</source>
        <translation>Зберегти дані клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="116"/>
        <source>Workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Книга Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="118"/>
        <source>Exporting the client&apos;s data</source>
        <translation>Експорт даних клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="121"/>
        <source>Saved to &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;. The file holds personal data: hand it over securely.</source>
        <translation>Збережено в &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;. Файл містить персональні дані: передавайте його безпечним способом.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="129"/>
        <source>Erase client</source>
        <translation>Стерти клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="130"/>
        <source>Erase {name} everywhere? This cannot be undone from the register.</source>
        <translation>Стерти {name} звідусіль? Цю дію не можна буде скасувати в картотеці.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="134"/>
        <source>Erasing the client</source>
        <translation>Стирання клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="139"/>
        <source>Erased from the register.</source>
        <translation>Стерто з картотеки.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../ui/filter_builder.py" line="260"/>
        <source>Remove this condition</source>
        <translation>Видалити цю умову</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="332"/>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="359"/>
        <source>A beginning is one word, without spaces or quotes</source>
        <translation>Початок — це одне слово без пробілів і лапок</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <location filename="../../ui/card_sections.py" line="111"/>
        <source>Add phone</source>
        <translation>Додати телефон</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="111"/>
        <source>Add e-mail</source>
        <translation>Додати ел. пошту</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="137"/>
        <source>+48 601 234 567</source>
        <translation>+380 67 123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="137"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="142"/>
        <source>no label</source>
        <translation>без мітки</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="146"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <source>Unexpected error</source>
        <translation>Неочікувана помилка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>Something went wrong that Kartoteka did not expect. Your register is safe: nothing is saved half-way. Please send the report below to support; it contains no client data.</source>
        <translation>У Kartoteka сталася неочікувана помилка. Ваша картотека в безпеці: нічого не збережено частково. Надішліть наведений нижче звіт до служби підтримки; він не містить даних клієнтів.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154"/>
        <source>Copy report</source>
        <translation>Копіювати звіт</translation>
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
        <translation>Дублікати</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="94"/>
        <source>Find duplicates</source>
        <translation>Знайти дублікати</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="102"/>
        <source>Score</source>
        <translation>Схожість</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="102"/>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="102"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="113"/>
        <source>Choose a group to compare its clients side by side.</source>
        <translation>Виберіть групу, щоб порівняти її клієнтів поруч.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="115"/>
        <source>Show fields that are the same too</source>
        <translation>Показувати й однакові поля</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="124"/>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="126"/>
        <source>Not a duplicate</source>
        <translation>Не дублікат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="128"/>
        <source>Undo last merge</source>
        <translation>Скасувати останнє об&apos;єднання</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="145"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="163"/>
        <source>Looking for duplicates…</source>
        <translation>Пошук дублікатів…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="164"/>
        <source>Looking for duplicates</source>
        <translation>Пошук дублікатів</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="181"/>
        <source>The search was cancelled.</source>
        <translation>Пошук скасовано.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="184"/>
        <source>Groups of probable duplicates: {count}</source>
        <translation>Груп імовірних дублікатів: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="185"/>
        <source>No duplicates found.</source>
        <translation>Дублікатів не знайдено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="236"/>
        <source>Keep this client</source>
        <translation>Залишити цього клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="238"/>
        <source>keep</source>
        <translation>залишити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="253"/>
        <source>Combined from every client, nothing is lost: {fields}.</source>
        <translation>Зібрано з усіх клієнтів, нічого не втрачається: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="291"/>
        <source>Not merged</source>
        <translation>Не об&apos;єднано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="294"/>
        <source>Merged into {name}. You can undo this merge.</source>
        <translation>Об&apos;єднано з клієнтом {name}. Це об&apos;єднання можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="307"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="310"/>
        <source>Marked as different clients; they will not be proposed again.</source>
        <translation>Позначено як різних клієнтів; їх більше не буде запропоновано.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="319"/>
        <source>Not undone</source>
        <translation>Не скасовано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="322"/>
        <source>The merge was undone; the clients are back as they were.</source>
        <translation>Об&apos;єднання скасовано; клієнтів повернуто до попереднього стану.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="71"/>
        <source>Export clients</source>
        <translation>Експорт клієнтів</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92"/>
        <source>Table (CSV)</source>
        <translation>Таблиця (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92"/>
        <source>Table (Excel .xlsx)</source>
        <translation>Таблиця (Excel .xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="93"/>
        <source>Contacts (vCard .vcf)</source>
        <translation>Контакти (vCard .vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="94"/>
        <source>Mailing list for a mail service (Mailchimp CSV)</source>
        <translation>Список розсилки для поштового сервісу (Mailchimp CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="95"/>
        <source>SMS list (CSV)</source>
        <translation>Список для SMS (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="99"/>
        <source>No channel: everyone, no consent check</source>
        <translation>Без каналу: усі, без перевірки згоди</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="99"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>Phone calls</source>
        <translation>Телефонні дзвінки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>Post</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="104"/>
        <source>Standard (comma, UTF-8)</source>
        <translation>Стандартний (кома, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="105"/>
        <source>Excel (semicolon, decimal comma)</source>
        <translation>Excel (крапка з комою, десяткова кома)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="106"/>
        <source>For CSV files, and for the list of clients left out that every format writes beside its file.</source>
        <translation>Для файлів CSV і для списку виключених клієнтів, який кожен формат записує поруч зі своїм файлом.</translation>
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
        <translation>Варіант CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>Left out</source>
        <translation>Виключено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="142"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="153"/>
        <source>Exporting the selected clients: {count}</source>
        <translation>Експорт вибраних клієнтів: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="155"/>
        <source>Exporting the clients that match: {query}</source>
        <translation>Експорт клієнтів, що відповідають запиту: {query}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="156"/>
        <source>Exporting all clients.</source>
        <translation>Експорт усіх клієнтів.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="187"/>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="192"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="256"/>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="208"/>
        <source>Counting</source>
        <translation>Підрахунок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="218"/>
        <source>{written} of {selected} clients will be written.</source>
        <translation>Буде записано клієнтів: {written} з {selected}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="224"/>
        <source>{count} left out: {reason}</source>
        <translation>Виключено: {count} — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="237"/>
        <source>The register includes clients whose consent was never recorded (not withdrawn); make sure you may contact them.</source>
        <translation>У картотеці є клієнти, чию згоду ніколи не було зафіксовано (але й не відкликано); переконайтеся, що ви маєте право з ними зв&apos;язуватися.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="259"/>
        <source>Export to</source>
        <translation>Експортувати до</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="273"/>
        <source>Exporting clients</source>
        <translation>Експорт клієнтів</translation>
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
        <translation>Записано клієнтів: {count} до &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="291"/>
        <source>{count} left out, listed in &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</source>
        <translation>Виключено: {count}, список у &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="304"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Експорт скасовано; файл не записано.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="184"/>
        <source>Choose a file</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="185"/>
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV. Nothing is written until you press Import at the end.</source>
        <translation>Excel (.xlsx, .xls), OpenDocument (.ods) або CSV. Нічого не записується, доки ви не натиснете «Імпортувати» в кінці.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="189"/>
        <source>File to import</source>
        <translation>Файл для імпорту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="190"/>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="193"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="205"/>
        <source>Import clients from</source>
        <translation>Імпорт клієнтів з</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="205"/>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.vcf);;vCard contacts (*.vcf);;All files (*)</source>
        <translation>Таблиці та контакти (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.vcf);;Контакти vCard (*.vcf);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="212"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="216"/>
        <source>Opening the file</source>
        <translation>Відкриття файлу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="220"/>
        <source>Opened {name}.</source>
        <translation>Відкрито файл {name}.</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../../ui/filter_builder.py" line="377"/>
        <source>Filter builder</source>
        <translation>Конструктор фільтрів</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="379"/>
        <source>Show clients that match</source>
        <translation>Клієнти, що відповідають</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="383"/>
        <source>all of these conditions (AND)</source>
        <translation>усім цим умовам (AND)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="384"/>
        <source>any of these conditions (OR)</source>
        <translation>будь-якій із цих умов (OR)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="392"/>
        <source>+ Add condition</source>
        <translation>+ Додати умову</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="434"/>
        <source>The current search has parts the builder cannot show as conditions; a filter built here replaces it.</source>
        <translation>Поточний пошук містить частини, які конструктор не може показати як умови; фільтр, створений тут, замінить його.</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="474"/>
        <source>Query: {text}</source>
        <translation>Запит: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="475"/>
        <source>Add a condition and a value to see the query.</source>
        <translation>Додайте умову та значення, щоб побачити запит.</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="484"/>
        <source>This filter cannot be used: {message}</source>
        <translation>Цей фільтр не можна використати: {message}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="520"/>
        <source>Put back the old value</source>
        <translation>Повернути попереднє значення</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="522"/>
        <source>Restore the value this field had before the selected change</source>
        <translation>Відновити значення, яке це поле мало до вибраної зміни</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="584"/>
        <source>Import clients</source>
        <translation>Імпорт клієнтів</translation>
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
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="430"/>
        <source>What happened, e.g. called about the order</source>
        <translation>Що сталося, наприклад дзвінок щодо замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="431"/>
        <source>Add interaction</source>
        <translation>Додати взаємодію</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="433"/>
        <source>Update selected</source>
        <translation>Оновити вибране</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="435"/>
        <source>Remove selected</source>
        <translation>Видалити вибране</translation>
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
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="171"/>
        <source>Unlocking</source>
        <translation>Розблокування</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="194"/>
        <source>Wrong password. Try again.</source>
        <translation>Неправильний пароль. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="198"/>
        <source>The register could not be opened ({name}).</source>
        <translation>Не вдалося відкрити картотеку ({name}).</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/lock.py" line="42"/>
        <source>Kartoteka is locked</source>
        <translation>Kartoteka заблокована</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="49"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="54"/>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
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
        <translation>Усі клієнти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Filter…</source>
        <translation>Фільтр…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Build a filter from fields and conditions (Ctrl+Shift+F)</source>
        <translation>Скласти фільтр із полів та умов (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <location filename="../../ui/main_window.py" line="669"/>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Save as smart list</source>
        <translation>Зберегти як смарт-список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Додати клієнта (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Lists of clients</source>
        <translation>Списки клієнтів</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>No client selected</source>
        <translation>Клієнта не вибрано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Not available in this build yet</source>
        <translation>Поки недоступно в цій збірці</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>New register…</source>
        <translation>Нова картотека…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Open register…</source>
        <translation>Відкрити картотеку…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Import…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Versions…</source>
        <translation>Версії…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Change password…</source>
        <translation>Змінити пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клієнти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Find</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Filter builder…</source>
        <translation>Конструктор фільтрів…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Save search as smart list…</source>
        <translation>Зберегти пошук як смарт-список…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Add tag to selected…</source>
        <translation>Додати тег вибраним…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Remove tag from selected…</source>
        <translation>Вилучити тег у вибраних…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Set segment of selected…</source>
        <translation>Задати сегмент вибраним…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Delete selected…</source>
        <translation>Видалити вибраних…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Duplicates…</source>
        <translation>Дублікати…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Data quality…</source>
        <translation>Якість даних…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Cannot search</source>
        <translation>Пошук неможливий</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>No clients match “{query}”.</source>
        <translation>Немає клієнтів за запитом «{query}».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>No clients yet.
Add one with Ctrl+N or import a spreadsheet with Ctrl+I.</source>
        <translation>Клієнтів поки немає.
Додайте клієнта (Ctrl+N) або імпортуйте таблицю (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>{shown}+ clients, counting…</source>
        <translation>Клієнти: {shown}+, підрахунок…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>{shown} of {total} clients</source>
        <translation>Клієнти: {shown} з {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>{total} clients</source>
        <translation>Клієнти: {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>This feature is not available yet.</source>
        <translation>Ця функція поки недоступна.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>Type a search or build a filter first; a smart list keeps that query.</source>
        <translation>Спочатку введіть пошуковий запит або складіть фільтр; смарт-список зберігає цей запит.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Name of the smart list:</source>
        <translation>Назва смарт-списку:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678"/>
        <source>Cannot save the smart list</source>
        <translation>Не вдалося зберегти смарт-список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>Rename smart list</source>
        <translation>Перейменувати смарт-список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>New name:</source>
        <translation>Нова назва:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Cannot rename</source>
        <translation>Не вдалося перейменувати</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698"/>
        <source>Delete smart list</source>
        <translation>Видалити смарт-список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>Delete the smart list “{name}”? The clients in it stay.</source>
        <translation>Видалити смарт-список «{name}»? Клієнти з нього залишаться.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Delete list</source>
        <translation>Видалити список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708"/>
        <source>Select one or more clients first.</source>
        <translation>Спочатку виберіть одного або кількох клієнтів.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>Stopped; nothing was changed.</source>
        <translation>Зупинено; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="718"/>
        <source>Remove tag</source>
        <translation>Вилучити тег</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="718"/>
        <source>Add tag</source>
        <translation>Додати тег</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>Tag for {n} selected clients:</source>
        <translation>Тег для вибраних клієнтів ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>Automatic (from purchases)</source>
        <translation>Автоматично (за покупками)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <location filename="../../ui/main_window.py" line="732"/>
        <source>Set segment</source>
        <translation>Задати сегмент</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>Segment for the selected clients:</source>
        <translation>Сегмент для вибраних клієнтів:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="738"/>
        <location filename="../../ui/main_window.py" line="742"/>
        <source>Delete clients</source>
        <translation>Видалити клієнтів</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="739"/>
        <source>Delete {n} clients? A version is kept, so this can be undone from Versions.</source>
        <translation>Видалити вибраних клієнтів ({n})? Версію збережено, тож видалення можна скасувати у вікні «Версії».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
        <source>Delete {n} clients</source>
        <translation>Видалити клієнтів ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="762"/>
        <source>Add tag to {n} clients…</source>
        <translation>Додати тег клієнтам ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="763"/>
        <source>Remove tag from {n} clients…</source>
        <translation>Вилучити тег у клієнтів ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="764"/>
        <source>Set segment of {n} clients…</source>
        <translation>Задати сегмент клієнтам ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="767"/>
        <source>Export {n} clients…</source>
        <translation>Експортувати клієнтів ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>Delete {n} clients…</source>
        <translation>Видалити клієнтів ({n})…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="293"/>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="294"/>
        <source>Choose what each column holds. The preview shows the values as they will be saved; cells with a problem are marked.</source>
        <translation>Укажіть, що містить кожен стовпець. У попередньому перегляді значення показано так, як їх буде збережено; клітинки з проблемами позначено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="296"/>
        <source>Column</source>
        <translation>Стовпець</translation>
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
        <translation>Запам&apos;ятати це зіставлення для файлів з такими самими стовпцями</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="306"/>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="338"/>
        <source>Using the mapping you saved for these columns.</source>
        <translation>Використовується збережене зіставлення для цих стовпців.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="371"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="51"/>
        <location filename="../../ui/dialogs/password.py" line="78"/>
        <location filename="../../ui/dialogs/password.py" line="116"/>
        <source>Change password</source>
        <translation>Змінити пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="53"/>
        <source>The register and every version are re-encrypted with the new password. Afterwards the old password opens nothing. There is no way to recover a forgotten password.</source>
        <translation>Картотеку та всі версії буде заново зашифровано новим паролем. Після цього старий пароль нічого не відкриє. Відновити забутий пароль неможливо.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="66"/>
        <source>Current password</source>
        <translation>Поточний пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="67"/>
        <source>New password</source>
        <translation>Новий пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="68"/>
        <source>Repeat new password</source>
        <translation>Повторіть новий пароль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="69"/>
        <source>Strength</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="93"/>
        <source>too short</source>
        <translation>закороткий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="93"/>
        <source>weak</source>
        <translation>слабкий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="93"/>
        <source>fair</source>
        <translation>середній</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="94"/>
        <source>good</source>
        <translation>добрий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="94"/>
        <source>strong</source>
        <translation>надійний</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="104"/>
        <source>Use at least 8 characters.</source>
        <translation>Використовуйте щонайменше 8 символів.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="106"/>
        <source>The two new passwords are not the same.</source>
        <translation>Нові паролі не збігаються.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="108"/>
        <source>The new password is the same as the current one.</source>
        <translation>Новий пароль збігається з поточним.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="120"/>
        <source>Re-encrypting the register and its versions…</source>
        <translation>Повторне шифрування картотеки та її версій…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="122"/>
        <source>Changing the password</source>
        <translation>Зміна пароля</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="133"/>
        <source>Password changed</source>
        <translation>Пароль змінено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="134"/>
        <source>The password was changed for the register and all its versions.</source>
        <translation>Пароль змінено для картотеки та всіх її версій.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="143"/>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>Поточний пароль неправильний. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="406"/>
        <source>What will happen</source>
        <translation>Що станеться</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="407"/>
        <source>Nothing is written yet. Choose what to do with each group, then press Import.</source>
        <translation>Поки нічого не записано. Виберіть дію для кожної групи й натисніть «Імпортувати».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="410"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="414"/>
        <source>skip them</source>
        <translation>пропустити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="414"/>
        <source>update the existing client</source>
        <translation>оновити наявного клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="415"/>
        <source>add them as new clients</source>
        <translation>додати як нових клієнтів</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="426"/>
        <source>Rows that match an existing client:</source>
        <translation>Рядки, що збігаються з наявним клієнтом:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="433"/>
        <source>Problems found</source>
        <translation>Знайдені проблеми</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="459"/>
        <source>Preparing the import</source>
        <translation>Підготовка імпорту</translation>
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
        <translation>відкрита</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="338"/>
        <source>cancelled</source>
        <translation>скасована</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Amount</source>
        <translation>Сума</translation>
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
        <translation>Сума, наприклад 149,90</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="348"/>
        <source>What was bought</source>
        <translation>Що було куплено</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="353"/>
        <source>Add purchase</source>
        <translation>Додати покупку</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="355"/>
        <source>Update selected</source>
        <translation>Оновити вибране</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="357"/>
        <source>Remove selected</source>
        <translation>Видалити вибране</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="68"/>
        <location filename="../../ui/dialogs/quality.py" line="101"/>
        <source>Data quality</source>
        <translation>Якість даних</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="71"/>
        <source>Checking the register…</source>
        <translation>Перевірка картотеки…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="76"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="76"/>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="86"/>
        <source>Check again</source>
        <translation>Перевірити знову</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="88"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="106"/>
        <source>Checking the register</source>
        <translation>Перевірка картотеки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="121"/>
        <source>Clients checked: {count}</source>
        <translation>Перевірено клієнтів: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="126"/>
        <source>Missing {field} ({rate:.0%} filled)</source>
        <translation>Не вказано: {field} (заповнено {rate:.0%})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="145"/>
        <source>Show</source>
        <translation>Показати</translation>
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
        <translation>Скасувати цей імпорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="536"/>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="538"/>
        <source>Importing clients</source>
        <translation>Імпорт клієнтів</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="543"/>
        <source>New clients: {n}</source>
        <translation>Нових клієнтів: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="544"/>
        <source>Clients updated: {n}</source>
        <translation>Оновлено клієнтів: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="545"/>
        <source>Rows merged into another row: {n}</source>
        <translation>Рядків об&apos;єднано з іншим рядком: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="546"/>
        <source>Rows skipped: {n}</source>
        <translation>Пропущено рядків: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="547"/>
        <source>Problems noted: {n}</source>
        <translation>Зафіксовано проблем: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="552"/>
        <source>Rows that were not imported are in &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;; fix them there and import that file again.</source>
        <translation>Рядки, які не було імпортовано, збережено в &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;; виправте їх там та імпортуйте цей файл знову.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="565"/>
        <source>Undoing the import</source>
        <translation>Скасування імпорту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="568"/>
        <source>The import was undone: {deleted} new clients removed, {reverted} clients put back as they were.</source>
        <translation>Імпорт скасовано. Видалено нових клієнтів: {deleted}; повернуто до попереднього стану: {reverted}.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/search.py" line="133"/>
        <source>Search clients, or city:Kraków tag:vip …</source>
        <translation>Пошук клієнтів або city:Kraków tag:vip …</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="134"/>
        <source>Search clients</source>
        <translation>Пошук клієнтів</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="200"/>
        <source>Cannot search: {message}</source>
        <translation>Пошук неможливий: {message}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Default phone region</source>
        <translation>Країна телефонних номерів за замовчуванням</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Lock after idle (minutes, 0 = never)</source>
        <translation>Блокувати після бездіяльності (хвилини, 0 = ніколи)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>Active: bought within (days)</source>
        <translation>Активний: покупка протягом (днів)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Active: at least (purchases)</source>
        <translation>Активний: щонайменше (покупок)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Regular: customer for (days)</source>
        <translation>Постійний: клієнт щонайменше (днів)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Regular: at least (purchases)</source>
        <translation>Постійний: щонайменше (покупок)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>VIP: spent at least</source>
        <translation>VIP: витратив щонайменше</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>Lost: no purchase for (days)</source>
        <translation>Втрачений: немає покупок (днів)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>Versions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Keep every version for (hours)</source>
        <translation>Зберігати кожну версію (годин)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>…but at most (versions)</source>
        <translation>…але не більше (версій)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Then one an hour for (days)</source>
        <translation>Потім по одній на годину (днів)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Then one a day for (days)</source>
        <translation>Потім по одній на день (днів)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Older versions are kept one a month.</source>
        <translation>Старіші версії зберігаються по одній на місяць.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source>Saving settings</source>
        <translation>Збереження налаштувань</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="227"/>
        <source>Sheet and header</source>
        <translation>Аркуш і заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="228"/>
        <source>Kartoteka found the table below; correct the sheet or the header row if needed.</source>
        <translation>Kartoteka знайшла таблицю нижче; за потреби виправте аркуш або рядок заголовка.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="235"/>
        <source>find it</source>
        <translation>автоматично</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="241"/>
        <source>Sheet</source>
        <translation>Аркуш</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="242"/>
        <source>Header row</source>
        <translation>Рядок заголовка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="243"/>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="255"/>
        <source>({kind} sheet, cannot be imported)</source>
        <translation>(аркуш типу {kind}, імпорт неможливий)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="257"/>
        <source>(hidden)</source>
        <translation>(прихований)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="285"/>
        <source>No header row: columns are named by their letters.</source>
        <translation>Немає рядка заголовка: стовпці названо літерами.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="95"/>
        <source>Every client in the register</source>
        <translation>Усі клієнти в картотеці</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="102"/>
        <source>All clients</source>
        <translation>Усі клієнти</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="103"/>
        <source>Segments</source>
        <translation>Сегменти</translation>
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
        <translation>Тегів поки немає</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="109"/>
        <source>Save a search to keep it here</source>
        <translation>Збережіть пошук, щоб він з&apos;явився тут</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="207"/>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="208"/>
        <source>Delete smart list…</source>
        <translation>Видалити смарт-список…</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="55"/>
        <source>Kartoteka registers (*.kartoteka);;All files (*)</source>
        <translation>Картотеки (*.kartoteka);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="89"/>
        <source>Kartoteka</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="117"/>
        <source>Open your register</source>
        <translation>Відкрийте свою картотеку</translation>
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
        <translation>Відновити останню справну версію</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="132"/>
        <source>The damaged file is kept aside, never deleted.</source>
        <translation>Пошкоджений файл відкладається вбік і ніколи не видаляється.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="136"/>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="140"/>
        <source>Open another file…</source>
        <translation>Інший файл…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="144"/>
        <source>Create a new register…</source>
        <translation>Нова картотека…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="148"/>
        <source>Try the demo register</source>
        <translation>Спробувати демо</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="176"/>
        <source>Create a new register</source>
        <translation>Створити нову картотеку</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="177"/>
        <source>Everything is encrypted with this password. Nobody can recover it, so keep it somewhere safe.</source>
        <translation>Усе шифрується цим паролем. Ніхто не зможе його відновити, тож зберігайте його в надійному місці.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="183"/>
        <source>Browse…</source>
        <translation>Огляд…</translation>
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
        <translation>Країна телефонних номерів</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="222"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="225"/>
        <source>Create register</source>
        <translation>Створити картотеку</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="251"/>
        <source>Password (the demo register&apos;s is “demo”)</source>
        <translation>Пароль (для демо-картотеки — «demo»)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="291"/>
        <source>Too short: use at least 8 characters</source>
        <translation>Закороткий: використовуйте щонайменше 8 символів</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="291"/>
        <source>Weak</source>
        <translation>Слабкий</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="292"/>
        <source>Fair</source>
        <translation>Середній</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="292"/>
        <source>Good</source>
        <translation>Добрий</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="292"/>
        <source>Strong</source>
        <translation>Надійний</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="293"/>
        <source>At least 8 characters</source>
        <translation>Щонайменше 8 символів</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="322"/>
        <source>Type the password of the register.</source>
        <translation>Введіть пароль картотеки.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="324"/>
        <source>Opening</source>
        <translation>Відкриття</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="330"/>
        <source>Choose where to keep the register.</source>
        <translation>Виберіть, де зберігати картотеку.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="333"/>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Пароль закороткий: використовуйте щонайменше 8 символів.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="336"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Паролі не збігаються. Введіть той самий пароль двічі.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="339"/>
        <source>{path} already exists. Choose another name; a register is never overwritten.</source>
        <translation>{path} уже існує. Виберіть інше ім&apos;я; картотека ніколи не перезаписується.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="342"/>
        <source>Creating</source>
        <translation>Створення</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="349"/>
        <source>Preparing the demo register</source>
        <translation>Підготовка демо-картотеки</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="372"/>
        <source>Restoring the newest good version</source>
        <translation>Відновлення останньої справної версії</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="134"/>
        <location filename="../../ui/dialogs/versions.py" line="140"/>
        <location filename="../../ui/dialogs/versions.py" line="226"/>
        <source>Versions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="143"/>
        <source>A version is kept after every save. Restoring keeps the current state as a version first, so a restore can be undone too.</source>
        <translation>Після кожного збереження створюється версія. Перед відновленням поточний стан також зберігається як версія, тож відновлення можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="150"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="150"/>
        <source>Save</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="150"/>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="151"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="151"/>
        <source>Saves</source>
        <translation>Збережень</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="167"/>
        <source>No versions yet. One is kept after every save.</source>
        <translation>Версій поки немає. Версія створюється після кожного збереження.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="175"/>
        <source>Client number</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="179"/>
        <location filename="../../ui/dialogs/versions.py" line="271"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="184"/>
        <source>The number (#) of the client to bring back, e.g. a deleted one</source>
        <translation>Номер (#) клієнта, якого треба повернути, наприклад видаленого</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="188"/>
        <source>Recently deleted</source>
        <translation>Нещодавно видалені</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="191"/>
        <source>Pick a deleted client: the version before the delete is chosen</source>
        <translation>Виберіть видаленого клієнта: буде вибрано версію до видалення</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="201"/>
        <source>Restore whole register…</source>
        <translation>Відновити всю картотеку…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="203"/>
        <source>Restore this client</source>
        <translation>Відновити цього клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="205"/>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="206"/>
        <source>Write this version as a register file that opens with your password</source>
        <translation>Записати цю версію як файл картотеки, що відкривається вашим паролем</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="207"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="228"/>
        <source>Reading versions</source>
        <translation>Читання версій</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="242"/>
        <source>Versions kept: {count}</source>
        <translation>Збережено версій: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="251"/>
        <source>{what} — current state</source>
        <translation>{what} — поточний стан</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="316"/>
        <source>Restore whole register</source>
        <translation>Відновити всю картотеку</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="317"/>
        <source>Put the whole register back as it was at {time}? Everything saved after that is replaced. The current state is kept as a version first, so you can undo this.</source>
        <translation>Повернути всю картотеку до стану на {time}? Усе, що було збережено пізніше, буде замінено. Поточний стан спершу буде збережено як версію, тож цю дію можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="323"/>
        <source>Restoring the register</source>
        <translation>Відновлення картотеки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="327"/>
        <source>The register is back as it was at that version. The state before the restore is the version marked &quot;before a restore&quot;.</source>
        <translation>Картотеку повернуто до стану цієї версії. Стан до відновлення — це версія з позначкою «перед відновленням».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="337"/>
        <source>Restoring the client</source>
        <translation>Відновлення клієнта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="341"/>
        <source>Client #{id} is back as it was in that version ({count} fields changed).</source>
        <translation>Клієнта № {id} повернуто до стану цієї версії (змінено полів: {count}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="351"/>
        <source>Save a copy of this version</source>
        <translation>Зберегти копію цієї версії</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="352"/>
        <source>Kartoteka register (*.kartoteka)</source>
        <translation>Картотека (*.kartoteka)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="355"/>
        <source>Saving a copy</source>
        <translation>Збереження копії</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="359"/>
        <source>Saved a copy as {name}; it opens with your password.</source>
        <translation>Копію збережено як {name}; вона відкривається вашим паролем.</translation>
    </message>
</context>
<context>
    <name>_CardPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Client #{id}</source>
        <translation>Клієнт № {id}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>No client selected</source>
        <translation>Клієнта не вибрано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
</context>
<context>
    <name>_TaskPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="177"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Скасовано. Нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="60"/>
        <source>Open register</source>
        <translation>Відкрити картотеку</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="66"/>
        <source>New register</source>
        <translation>Нова картотека</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="378"/>
        <source>Wrong password. Try again.</source>
        <translation>Неправильний пароль. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="381"/>
        <source>The register is damaged and cannot be opened.</source>
        <translation>Картотеку пошкоджено, відкрити її неможливо.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="383"/>
        <source>Version {version} is the newest good one: restore it to go on working; the damaged file is kept aside.</source>
        <translation>Версія {version} — остання справна: відновіть її, щоб продовжити роботу; пошкоджений файл буде відкладено вбік.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="386"/>
        <source>No good version of it was found. Keep the file and do not overwrite it.</source>
        <translation>Справних версій не знайдено. Збережіть файл і не перезаписуйте його.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="389"/>
        <source>This register is open in another Kartoteka window. Close it there and try again.</source>
        <translation>Ця картотека відкрита в іншому вікні Kartoteka. Закрийте її там і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="391"/>
        <source>There is no register at this place. Open another file or create a new register.</source>
        <translation>Тут немає картотеки. Відкрийте інший файл або створіть нову картотеку.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="394"/>
        <source>The register could not be opened ({name}).</source>
        <translation>Не вдалося відкрити картотеку ({name}).</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="204"/>
        <source>Working</source>
        <translation>Виконується</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="205"/>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="206"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
</TS>
