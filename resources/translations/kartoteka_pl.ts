<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/dialogs/common.py" line="66"/>
        <source>Something went wrong ({name}). Nothing was changed.</source>
        <translation>Coś poszło nie tak ({name}). Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/common.py" line="91"/>
        <source>{feature} is not available in this build of Kartoteka.</source>
        <translation>Funkcja „{feature}” jest niedostępna w tej wersji Kartoteki.</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../ui/card.py" line="193"/>
        <location filename="../../ui/card.py" line="553"/>
        <source>Select a client, or press Ctrl+N to add one</source>
        <translation>Wybierz klienta lub naciśnij Ctrl+N, aby dodać nowego</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="197"/>
        <location filename="../../ui/card.py" line="519"/>
        <location filename="../../ui/card.py" line="721"/>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="260"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="262"/>
        <source>Delete this client (can be undone from File &gt; Versions)</source>
        <translation>Usuń tego klienta (można to cofnąć w menu Plik &gt; Wersje)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="264"/>
        <source>Privacy…</source>
        <translation>Prywatność…</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="266"/>
        <source>Export everything about this client, or erase them everywhere</source>
        <translation>Wyeksportuj wszystkie dane tego klienta lub wymaż go ze wszystkich miejsc</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="283"/>
        <source>Spent</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="283"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="283"/>
        <source>Average check</source>
        <translation>Średni paragon</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="284"/>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="313"/>
        <location filename="../../ui/card.py" line="720"/>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="316"/>
        <source>Cancel (Esc)</source>
        <translation>Anuluj (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="378"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="379"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="vanished">osoba</translation>
    </message>
    <message>
        <source>company</source>
        <translation type="vanished">firma</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="380"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="381"/>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="382"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="379"/>
        <location filename="../../ui/card.py" line="383"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="379"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="384"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="390"/>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="391"/>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="392"/>
        <source>Preferred contact time</source>
        <translation>Preferowana pora kontaktu</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="392"/>
        <source>e.g. weekdays after 17:00</source>
        <translation>np. w dni robocze po 17:00</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="393"/>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="394"/>
        <location filename="../../ui/card.py" line="431"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="394"/>
        <source>How the client found you</source>
        <translation>Skąd klient się o Tobie dowiedział</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="397"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="398"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="399"/>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="400"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="401"/>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="402"/>
        <source>Region</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="403"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="406"/>
        <source>Personal</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="407"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="407"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>RRRR-MM-DD lub DD.MM.RRRR</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="408"/>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="409"/>
        <source>Not specified</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="409"/>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="409"/>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="410"/>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="412"/>
        <source>Automatic</source>
        <translation>Automatyczny</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="436"/>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="436"/>
        <source>Granted</source>
        <translation>Udzielona</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="436"/>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">nieznana</translation>
    </message>
    <message>
        <source>female</source>
        <translation type="vanished">kobieta</translation>
    </message>
    <message>
        <source>male</source>
        <translation type="vanished">mężczyzna</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="411"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="vanished">automatycznie</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="413"/>
        <source>Automatic follows the purchases; choose one to fix it by hand</source>
        <translation>Tryb automatyczny wynika z zakupów; wybierz segment, aby ustawić go ręcznie</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="416"/>
        <source>Dates to remember</source>
        <translation>Daty do zapamiętania</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="419"/>
        <source>Contact persons</source>
        <translation>Osoby kontaktowe</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="422"/>
        <source>Add custom field…</source>
        <translation>Dodaj pole własne…</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="424"/>
        <source>A field your trade needs, e.g. loyalty card or shoe size</source>
        <translation>Pole potrzebne w Twojej branży, np. karta lojalnościowa lub rozmiar buta</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="429"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="431"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="431"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="431"/>
        <source>Since</source>
        <translation>Od dnia</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="432"/>
        <source>Withdrawn on</source>
        <translation>Wycofano dnia</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="434"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="434"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="434"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="435"/>
        <source>Post</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="vanished">udzielona</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="vanished">wycofana</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="446"/>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="457"/>
        <location filename="../../ui/card.py" line="458"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="458"/>
        <source>Comma separated, e.g. vip, wholesale</source>
        <translation>Oddzielone przecinkami, np. vip, hurt</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="459"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="469"/>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="476"/>
        <source>Interactions</source>
        <translation>Interakcje</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="482"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="486"/>
        <source>Save the new client first to add purchases and interactions.</source>
        <translation>Najpierw zapisz nowego klienta, aby dodawać zakupy i interakcje.</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="520"/>
        <source>Type the name, a phone or an e-mail, then press Ctrl+S</source>
        <translation>Wpisz imię i nazwisko, telefon lub e-mail, a następnie naciśnij Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="538"/>
        <location filename="../../ui/card.py" line="721"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="539"/>
        <source>This client has unsaved changes. Save them?</source>
        <translation>Ten klient ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="653"/>
        <source>Add custom field</source>
        <translation>Dodaj pole własne</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="653"/>
        <source>Name of the field</source>
        <translation>Nazwa pola</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="680"/>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="720"/>
        <source>Create (Ctrl+S)</source>
        <translation>Utwórz (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="757"/>
        <source>this client</source>
        <translation>tego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="759"/>
        <source>Delete client</source>
        <translation>Usuń klienta</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="760"/>
        <source>Delete {name}? You can undo this later from File &gt; Versions.</source>
        <translation>Usunąć {name}? Możesz to później cofnąć w menu Plik &gt; Wersje.</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="768"/>
        <source>{name} (#{id}) was deleted. To undo, open File &gt; Versions, choose the version before the delete and restore client #{id}.</source>
        <translation>Usunięto klienta: {name} (nr {id}). Aby to cofnąć, otwórz Plik &gt; Wersje, wybierz wersję sprzed usunięcia i przywróć klienta nr {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/card.py" line="803"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>ClientPrivacyDialog</name>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="50"/>
        <source>Privacy: {name}</source>
        <translation>Prywatność: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="53"/>
        <source>Give {name} everything the register holds about them, or erase them everywhere.</source>
        <translation>Przekaż klientowi {name} wszystkie dane, jakie zawiera o nim kartoteka, lub wymaż go ze wszystkich miejsc.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="67"/>
        <source>Export all their data…</source>
        <translation>Eksportuj wszystkie dane…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="69"/>
        <source>Erase everywhere…</source>
        <translation>Wymaż wszędzie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="71"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="83"/>
        <source>Erasing removes the client from the register, its history and its search index. The versions (backups) made before keep the client until retention removes them: hourly versions after {hourly} days, daily ones after {daily} days; a monthly version stays longer. Restoring such a version brings the client back.</source>
        <translation>Wymazanie usuwa klienta z kartoteki, jej historii i indeksu wyszukiwania. Wersje (kopie zapasowe) utworzone wcześniej zachowują klienta, dopóki nie usunie ich zasada przechowywania: wersje godzinowe po {hourly} dniach, dzienne po {daily} dniach; wersja miesięczna jest przechowywana dłużej. Przywrócenie takiej wersji przywraca też klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="113"/>
        <location filename="../../ui/dialogs/client_privacy.py" line="126"/>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="115"/>
        <source>Save the client&apos;s data</source>
        <translation>Zapisz dane klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="116"/>
        <source>Workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Skoroszyt (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="118"/>
        <source>Exporting the client&apos;s data</source>
        <translation>Eksportowanie danych klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="121"/>
        <source>Saved to &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;. The file holds personal data: hand it over securely.</source>
        <translation>Zapisano do pliku &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;. Plik zawiera dane osobowe: przekaż go w bezpieczny sposób.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="129"/>
        <source>Erase client</source>
        <translation>Wymaż klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="130"/>
        <source>Erase {name} everywhere? This cannot be undone from the register.</source>
        <translation>Wymazać klienta {name} ze wszystkich miejsc? Tej operacji nie można cofnąć w kartotece.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="134"/>
        <source>Erasing the client</source>
        <translation>Wymazywanie klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_privacy.py" line="139"/>
        <source>Erased from the register.</source>
        <translation>Wymazano z kartoteki.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../ui/filter_builder.py" line="260"/>
        <source>Remove this condition</source>
        <translation>Usuń ten warunek</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="332"/>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="359"/>
        <source>A beginning is one word, without spaces or quotes</source>
        <translation>Początek to jedno słowo, bez spacji i cudzysłowów</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <location filename="../../ui/card_sections.py" line="111"/>
        <source>Add phone</source>
        <translation>Dodaj telefon</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="111"/>
        <source>Add e-mail</source>
        <translation>Dodaj e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="137"/>
        <source>+48 601 234 567</source>
        <translation>+48 601 234 567</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="137"/>
        <source>name@example.com</source>
        <translation>nazwa@przyklad.pl</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="142"/>
        <source>no label</source>
        <translation>bez etykiety</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="146"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>Something went wrong that Kartoteka did not expect. Your register is safe: nothing is saved half-way. Please send the report below to support; it contains no client data.</source>
        <translation>Wystąpił błąd, którego Kartoteka się nie spodziewała. Twoja kartoteka jest bezpieczna: nic nie zostało zapisane częściowo. Wyślij poniższy raport do pomocy technicznej; nie zawiera on danych klientów.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154"/>
        <source>Copy report</source>
        <translation>Kopiuj raport</translation>
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
        <translation>Duplikaty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="94"/>
        <source>Find duplicates</source>
        <translation>Znajdź duplikaty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="102"/>
        <source>Score</source>
        <translation>Podobieństwo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="102"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="102"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="113"/>
        <source>Choose a group to compare its clients side by side.</source>
        <translation>Wybierz grupę, aby porównać jej klientów obok siebie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="115"/>
        <source>Show fields that are the same too</source>
        <translation>Pokaż także pola, które są takie same</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="124"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="126"/>
        <source>Not a duplicate</source>
        <translation>To nie duplikat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="128"/>
        <source>Undo last merge</source>
        <translation>Cofnij ostatnie scalenie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="145"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="163"/>
        <source>Looking for duplicates…</source>
        <translation>Wyszukiwanie duplikatów…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="164"/>
        <source>Looking for duplicates</source>
        <translation>Wyszukiwanie duplikatów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="181"/>
        <source>The search was cancelled.</source>
        <translation>Wyszukiwanie zostało anulowane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="184"/>
        <source>Groups of probable duplicates: {count}</source>
        <translation>Grupy prawdopodobnych duplikatów: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="185"/>
        <source>No duplicates found.</source>
        <translation>Nie znaleziono duplikatów.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="236"/>
        <source>Keep this client</source>
        <translation>Zachowaj tego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="238"/>
        <source>keep</source>
        <translation>zachowaj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="253"/>
        <source>Combined from every client, nothing is lost: {fields}.</source>
        <translation>Połączone ze wszystkich klientów, nic nie zostanie utracone: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="291"/>
        <source>Not merged</source>
        <translation>Nie scalono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="294"/>
        <source>Merged into {name}. You can undo this merge.</source>
        <translation>Scalono z klientem {name}. Możesz cofnąć to scalenie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="307"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="310"/>
        <source>Marked as different clients; they will not be proposed again.</source>
        <translation>Oznaczono jako różnych klientów; nie będą ponownie proponowani.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="319"/>
        <source>Not undone</source>
        <translation>Nie cofnięto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="322"/>
        <source>The merge was undone; the clients are back as they were.</source>
        <translation>Scalenie zostało cofnięte; klienci są przywróceni do poprzedniego stanu.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="71"/>
        <source>Export clients</source>
        <translation>Eksportuj klientów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92"/>
        <source>Table (CSV)</source>
        <translation>Tabela (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92"/>
        <source>Table (Excel .xlsx)</source>
        <translation>Tabela (Excel .xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="93"/>
        <source>Contacts (vCard .vcf)</source>
        <translation>Kontakty (vCard .vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="94"/>
        <source>Mailing list for a mail service (Mailchimp CSV)</source>
        <translation>Lista mailingowa dla serwisu pocztowego (Mailchimp CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="95"/>
        <source>SMS list (CSV)</source>
        <translation>Lista SMS (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="99"/>
        <source>No channel: everyone, no consent check</source>
        <translation>Bez kanału: wszyscy, bez sprawdzania zgód</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="99"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>Phone calls</source>
        <translation>Połączenia telefoniczne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>Post</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="104"/>
        <source>Standard (comma, UTF-8)</source>
        <translation>Standardowy (przecinek, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="105"/>
        <source>Excel (semicolon, decimal comma)</source>
        <translation>Excel (średnik, przecinek dziesiętny)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="106"/>
        <source>For CSV files, and for the list of clients left out that every format writes beside its file.</source>
        <translation>Dla plików CSV oraz dla listy pominiętych klientów, którą każdy format zapisuje obok swojego pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="109"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="110"/>
        <source>CSV preset</source>
        <translation>Wariant CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>Left out</source>
        <translation>Pominięci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="142"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="153"/>
        <source>Exporting the selected clients: {count}</source>
        <translation>Eksport zaznaczonych klientów: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="155"/>
        <source>Exporting the clients that match: {query}</source>
        <translation>Eksport klientów pasujących do zapytania: {query}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="156"/>
        <source>Exporting all clients.</source>
        <translation>Eksport wszystkich klientów.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="187"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="192"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="256"/>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="208"/>
        <source>Counting</source>
        <translation>Liczenie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="218"/>
        <source>{written} of {selected} clients will be written.</source>
        <translation>Klienci do zapisania: {written} z {selected}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="224"/>
        <source>{count} left out: {reason}</source>
        <translation>Pominięci: {count} — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="237"/>
        <source>The register includes clients whose consent was never recorded (not withdrawn); make sure you may contact them.</source>
        <translation>Kartoteka zawiera klientów, których zgoda nigdy nie została odnotowana (nie wycofana); upewnij się, że możesz się z nimi kontaktować.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="259"/>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="273"/>
        <source>Exporting clients</source>
        <translation>Eksportowanie klientów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="281"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="281"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="282"/>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="287"/>
        <source>Wrote {count} clients to &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</source>
        <translation>Zapisano klientów: {count} do pliku &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="291"/>
        <source>{count} left out, listed in &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</source>
        <translation>Pominięci: {count}, lista w pliku &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="304"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport anulowany; nie zapisano żadnego pliku.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="184"/>
        <source>Choose a file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="185"/>
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV. Nothing is written until you press Import at the end.</source>
        <translation>Excel (.xlsx, .xls), OpenDocument (.ods) lub CSV. Nic nie zostanie zapisane, dopóki na końcu nie naciśniesz Importuj.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="189"/>
        <source>File to import</source>
        <translation>Plik do zaimportowania</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="190"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="193"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="205"/>
        <source>Import clients from</source>
        <translation>Importuj klientów z</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="205"/>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.vcf);;vCard contacts (*.vcf);;All files (*)</source>
        <translation>Arkusze i kontakty (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.vcf);;Kontakty vCard (*.vcf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="212"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="216"/>
        <source>Opening the file</source>
        <translation>Otwieranie pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="220"/>
        <source>Opened {name}.</source>
        <translation>Otwarto plik {name}.</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../../ui/filter_builder.py" line="377"/>
        <source>Filter builder</source>
        <translation>Kreator filtrów</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="379"/>
        <source>Show clients that match</source>
        <translation>Klienci spełniający</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="383"/>
        <source>all of these conditions (AND)</source>
        <translation>wszystkie te warunki (AND)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="384"/>
        <source>any of these conditions (OR)</source>
        <translation>dowolny z tych warunków (OR)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="392"/>
        <source>+ Add condition</source>
        <translation>+ Dodaj warunek</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="434"/>
        <source>The current search has parts the builder cannot show as conditions; a filter built here replaces it.</source>
        <translation>Bieżące wyszukiwanie zawiera elementy, których kreator nie może pokazać jako warunki; filtr utworzony tutaj je zastąpi.</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="474"/>
        <source>Query: {text}</source>
        <translation>Zapytanie: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="475"/>
        <source>Add a condition and a value to see the query.</source>
        <translation>Dodaj warunek i wartość, aby zobaczyć zapytanie.</translation>
    </message>
    <message>
        <location filename="../../ui/filter_builder.py" line="484"/>
        <source>This filter cannot be used: {message}</source>
        <translation>Nie można użyć tego filtra: {message}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="516"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="520"/>
        <source>Put back the old value</source>
        <translation>Przywróć poprzednią wartość</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="522"/>
        <source>Restore the value this field had before the selected change</source>
        <translation>Przywróć wartość, jaką to pole miało przed zaznaczoną zmianą</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="584"/>
        <source>Import clients</source>
        <translation>Importuj klientów</translation>
    </message>
</context>
<context>
    <name>InteractionsPanel</name>
    <message>
        <location filename="../../ui/card_sections.py" line="419"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="419"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="419"/>
        <source>Summary</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="430"/>
        <source>What happened, e.g. called about the order</source>
        <translation>Co się wydarzyło, np. telefon w sprawie zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="431"/>
        <source>Add interaction</source>
        <translation>Dodaj interakcję</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="433"/>
        <source>Update selected</source>
        <translation>Zaktualizuj zaznaczone</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="435"/>
        <source>Remove selected</source>
        <translation>Usuń zaznaczone</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../ui/lock.py" line="144"/>
        <source>Password (the demo register&apos;s is “demo”)</source>
        <translation>Hasło (do kartoteki demonstracyjnej: „demo”)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="145"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="149"/>
        <source>Locked</source>
        <translation>Zablokowano</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="171"/>
        <source>Unlocking</source>
        <translation>Odblokowywanie</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="194"/>
        <source>Wrong password. Try again.</source>
        <translation>Nieprawidłowe hasło. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="198"/>
        <source>The register could not be opened ({name}).</source>
        <translation>Nie udało się otworzyć kartoteki ({name}).</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/lock.py" line="42"/>
        <source>Kartoteka is locked</source>
        <translation>Kartoteka jest zablokowana</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="49"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="54"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
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
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Filter…</source>
        <translation>Filtr…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Build a filter from fields and conditions (Ctrl+Shift+F)</source>
        <translation>Utwórz filtr z pól i warunków (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <location filename="../../ui/main_window.py" line="669"/>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Save as smart list</source>
        <translation>Zapisz jako inteligentną listę</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Dodaj klienta (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Lists of clients</source>
        <translation>Listy klientów</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>No client selected</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Not available in this build yet</source>
        <translation>Jeszcze niedostępne w tej wersji</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>New register…</source>
        <translation>Nowa kartoteka…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Open register…</source>
        <translation>Otwórz kartotekę…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Versions…</source>
        <translation>Wersje…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Change password…</source>
        <translation>Zmień hasło…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>&amp;Clients</source>
        <translation>&amp;Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Filter builder…</source>
        <translation>Kreator filtrów…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>Save search as smart list…</source>
        <translation>Zapisz wyszukiwanie jako inteligentną listę…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Add tag to selected…</source>
        <translation>Dodaj tag do zaznaczonych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Remove tag from selected…</source>
        <translation>Usuń tag z zaznaczonych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Set segment of selected…</source>
        <translation>Ustaw segment zaznaczonych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Delete selected…</source>
        <translation>Usuń zaznaczonych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Duplicates…</source>
        <translation>Duplikaty…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Data quality…</source>
        <translation>Jakość danych…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Cannot search</source>
        <translation>Nie można wyszukać</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>No clients match “{query}”.</source>
        <translation>Brak klientów pasujących do „{query}”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>No clients yet.
Add one with Ctrl+N or import a spreadsheet with Ctrl+I.</source>
        <translation>Nie ma jeszcze klientów.
Dodaj klienta skrótem Ctrl+N lub zaimportuj arkusz skrótem Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>{shown}+ clients, counting…</source>
        <translation>Klienci: {shown}+, liczenie…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>{shown} of {total} clients</source>
        <translation>Klienci: {shown} z {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>{total} clients</source>
        <translation>Klienci: {total}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>Not available</source>
        <translation>Niedostępne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620"/>
        <source>This feature is not available yet.</source>
        <translation>Ta funkcja nie jest jeszcze dostępna.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>Type a search or build a filter first; a smart list keeps that query.</source>
        <translation>Najpierw wpisz wyszukiwanie lub utwórz filtr; inteligentna lista zachowuje to zapytanie.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Name of the smart list:</source>
        <translation>Nazwa inteligentnej listy:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678"/>
        <source>Cannot save the smart list</source>
        <translation>Nie można zapisać inteligentnej listy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>Rename smart list</source>
        <translation>Zmień nazwę inteligentnej listy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Cannot rename</source>
        <translation>Nie można zmienić nazwy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698"/>
        <source>Delete smart list</source>
        <translation>Usuń inteligentną listę</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>Delete the smart list “{name}”? The clients in it stay.</source>
        <translation>Usunąć inteligentną listę „{name}”? Klienci z tej listy pozostaną.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Delete list</source>
        <translation>Usuń listę</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708"/>
        <source>Select one or more clients first.</source>
        <translation>Najpierw zaznacz jednego lub więcej klientów.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>Stopped; nothing was changed.</source>
        <translation>Zatrzymano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="718"/>
        <source>Remove tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="718"/>
        <source>Add tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>Tag for {n} selected clients:</source>
        <translation>Tag dla zaznaczonych klientów ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>Automatic (from purchases)</source>
        <translation>Automatycznie (na podstawie zakupów)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <location filename="../../ui/main_window.py" line="732"/>
        <source>Set segment</source>
        <translation>Ustaw segment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>Segment for the selected clients:</source>
        <translation>Segment dla zaznaczonych klientów:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="738"/>
        <location filename="../../ui/main_window.py" line="742"/>
        <source>Delete clients</source>
        <translation>Usuń klientów</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="739"/>
        <source>Delete {n} clients? A version is kept, so this can be undone from Versions.</source>
        <translation>Usunąć zaznaczonych klientów ({n})? Wersja zostanie zachowana, więc można to cofnąć w oknie Wersje.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
        <source>Delete {n} clients</source>
        <translation>Usuń klientów ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="762"/>
        <source>Add tag to {n} clients…</source>
        <translation>Dodaj tag do klientów ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="763"/>
        <source>Remove tag from {n} clients…</source>
        <translation>Usuń tag z klientów ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="764"/>
        <source>Set segment of {n} clients…</source>
        <translation>Ustaw segment klientów ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="767"/>
        <source>Export {n} clients…</source>
        <translation>Eksportuj klientów ({n})…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>Delete {n} clients…</source>
        <translation>Usuń klientów ({n})…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="293"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="294"/>
        <source>Choose what each column holds. The preview shows the values as they will be saved; cells with a problem are marked.</source>
        <translation>Wybierz, co zawiera każda kolumna. Podgląd pokazuje wartości tak, jak zostaną zapisane; komórki z problemem są oznaczone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="296"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="296"/>
        <source>Header</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="296"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="300"/>
        <source>Remember this mapping for files with the same columns</source>
        <translation>Zapamiętaj to przypisanie dla plików z takimi samymi kolumnami</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="306"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="338"/>
        <source>Using the mapping you saved for these columns.</source>
        <translation>Użyto przypisania zapisanego dla tych kolumn.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="371"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="51"/>
        <location filename="../../ui/dialogs/password.py" line="78"/>
        <location filename="../../ui/dialogs/password.py" line="116"/>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="53"/>
        <source>The register and every version are re-encrypted with the new password. Afterwards the old password opens nothing. There is no way to recover a forgotten password.</source>
        <translation>Kartoteka i wszystkie wersje zostaną ponownie zaszyfrowane nowym hasłem. Potem stare hasło niczego nie otworzy. Zapomnianego hasła nie da się odzyskać.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="66"/>
        <source>Current password</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="67"/>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="68"/>
        <source>Repeat new password</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="69"/>
        <source>Strength</source>
        <translation>Siła</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="93"/>
        <source>too short</source>
        <translation>za krótkie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="93"/>
        <source>weak</source>
        <translation>słabe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="93"/>
        <source>fair</source>
        <translation>średnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="94"/>
        <source>good</source>
        <translation>dobre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="94"/>
        <source>strong</source>
        <translation>silne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="104"/>
        <source>Use at least 8 characters.</source>
        <translation>Użyj co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="106"/>
        <source>The two new passwords are not the same.</source>
        <translation>Nowe hasła nie są takie same.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="108"/>
        <source>The new password is the same as the current one.</source>
        <translation>Nowe hasło jest takie samo jak obecne.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="120"/>
        <source>Re-encrypting the register and its versions…</source>
        <translation>Ponowne szyfrowanie kartoteki i jej wersji…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="122"/>
        <source>Changing the password</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="133"/>
        <source>Password changed</source>
        <translation>Hasło zostało zmienione</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="134"/>
        <source>The password was changed for the register and all its versions.</source>
        <translation>Hasło zostało zmienione dla kartoteki i wszystkich jej wersji.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password.py" line="143"/>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>Obecne hasło jest nieprawidłowe. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="406"/>
        <source>What will happen</source>
        <translation>Co się stanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="407"/>
        <source>Nothing is written yet. Choose what to do with each group, then press Import.</source>
        <translation>Nic nie zostało jeszcze zapisane. Wybierz, co zrobić z każdą grupą, a następnie naciśnij Importuj.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="410"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="414"/>
        <source>skip them</source>
        <translation>pomiń je</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="414"/>
        <source>update the existing client</source>
        <translation>zaktualizuj istniejącego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="415"/>
        <source>add them as new clients</source>
        <translation>dodaj jako nowych klientów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="421"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="426"/>
        <source>Rows that match an existing client:</source>
        <translation>Wiersze pasujące do istniejącego klienta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="433"/>
        <source>Problems found</source>
        <translation>Znalezione problemy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="459"/>
        <source>Preparing the import</source>
        <translation>Przygotowywanie importu</translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <location filename="../../ui/card_sections.py" line="338"/>
        <source>paid</source>
        <translation>opłacony</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="338"/>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="338"/>
        <source>cancelled</source>
        <translation>anulowany</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="339"/>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="345"/>
        <source>Amount, e.g. 149.90</source>
        <translation>Kwota, np. 149,90</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="348"/>
        <source>What was bought</source>
        <translation>Co zostało kupione</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="353"/>
        <source>Add purchase</source>
        <translation>Dodaj zakup</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="355"/>
        <source>Update selected</source>
        <translation>Zaktualizuj zaznaczone</translation>
    </message>
    <message>
        <location filename="../../ui/card_sections.py" line="357"/>
        <source>Remove selected</source>
        <translation>Usuń zaznaczone</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="68"/>
        <location filename="../../ui/dialogs/quality.py" line="101"/>
        <source>Data quality</source>
        <translation>Jakość danych</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="71"/>
        <source>Checking the register…</source>
        <translation>Sprawdzanie kartoteki…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="76"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="76"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="86"/>
        <source>Check again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="88"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="106"/>
        <source>Checking the register</source>
        <translation>Sprawdzanie kartoteki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="121"/>
        <source>Clients checked: {count}</source>
        <translation>Sprawdzeni klienci: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="126"/>
        <source>Missing {field} ({rate:.0%} filled)</source>
        <translation>Brak: {field} (wypełniono {rate:.0%})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quality.py" line="145"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="503"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="510"/>
        <source>Undo this import</source>
        <translation>Cofnij ten import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="536"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="538"/>
        <source>Importing clients</source>
        <translation>Importowanie klientów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="543"/>
        <source>New clients: {n}</source>
        <translation>Nowi klienci: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="544"/>
        <source>Clients updated: {n}</source>
        <translation>Zaktualizowani klienci: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="545"/>
        <source>Rows merged into another row: {n}</source>
        <translation>Wiersze scalone z innym wierszem: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="546"/>
        <source>Rows skipped: {n}</source>
        <translation>Pominięte wiersze: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="547"/>
        <source>Problems noted: {n}</source>
        <translation>Odnotowane problemy: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="552"/>
        <source>Rows that were not imported are in &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;; fix them there and import that file again.</source>
        <translation>Wiersze, których nie zaimportowano, są w pliku &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;; popraw je tam i zaimportuj ten plik ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="565"/>
        <source>Undoing the import</source>
        <translation>Cofanie importu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="568"/>
        <source>The import was undone: {deleted} new clients removed, {reverted} clients put back as they were.</source>
        <translation>Import został cofnięty. Usunięci nowi klienci: {deleted}; przywróceni do poprzedniego stanu: {reverted}.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/search.py" line="133"/>
        <source>Search clients, or city:Kraków tag:vip …</source>
        <translation>Wyszukaj klientów lub city:Kraków tag:vip …</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="134"/>
        <source>Search clients</source>
        <translation>Wyszukaj klientów</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="200"/>
        <source>Cannot search: {message}</source>
        <translation>Nie można wyszukać: {message}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Default phone region</source>
        <translation>Domyślny kraj numerów telefonów</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Lock after idle (minutes, 0 = never)</source>
        <translation>Blokuj po bezczynności (minuty, 0 = nigdy)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>Active: bought within (days)</source>
        <translation>Aktywny: zakup w ciągu (dni)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Active: at least (purchases)</source>
        <translation>Aktywny: co najmniej (zakupów)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Regular: customer for (days)</source>
        <translation>Stały: klient od (dni)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Regular: at least (purchases)</source>
        <translation>Stały: co najmniej (zakupów)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>VIP: spent at least</source>
        <translation>VIP: wydał co najmniej</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>Lost: no purchase for (days)</source>
        <translation>Utracony: brak zakupu od (dni)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Keep every version for (hours)</source>
        <translation>Zachowuj każdą wersję przez (godziny)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>…but at most (versions)</source>
        <translation>…ale najwyżej (wersji)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Then one an hour for (days)</source>
        <translation>Potem jedną na godzinę przez (dni)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Then one a day for (days)</source>
        <translation>Potem jedną dziennie przez (dni)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Older versions are kept one a month.</source>
        <translation>Starsze wersje są zachowywane po jednej na miesiąc.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source>Saving settings</source>
        <translation>Zapisywanie ustawień</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="227"/>
        <source>Sheet and header</source>
        <translation>Arkusz i nagłówek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="228"/>
        <source>Kartoteka found the table below; correct the sheet or the header row if needed.</source>
        <translation>Kartoteka znalazła poniższą tabelę; w razie potrzeby popraw arkusz lub wiersz nagłówka.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="235"/>
        <source>find it</source>
        <translation>automatycznie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="241"/>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="242"/>
        <source>Header row</source>
        <translation>Wiersz nagłówka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="243"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="255"/>
        <source>({kind} sheet, cannot be imported)</source>
        <translation>(arkusz typu {kind}, nie można go zaimportować)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="257"/>
        <source>(hidden)</source>
        <translation>(ukryty)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="285"/>
        <source>No header row: columns are named by their letters.</source>
        <translation>Brak wiersza nagłówka: kolumny są nazwane literami.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="95"/>
        <source>Every client in the register</source>
        <translation>Wszyscy klienci w kartotece</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="102"/>
        <source>All clients</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="103"/>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="106"/>
        <source>Smart lists</source>
        <translation>Inteligentne listy</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="107"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="108"/>
        <source>No tags yet</source>
        <translation>Nie ma jeszcze tagów</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="109"/>
        <source>Save a search to keep it here</source>
        <translation>Zapisz wyszukiwanie, aby było dostępne tutaj</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="207"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="208"/>
        <source>Delete smart list…</source>
        <translation>Usuń inteligentną listę…</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="55"/>
        <source>Kartoteka registers (*.kartoteka);;All files (*)</source>
        <translation>Kartoteki (*.kartoteka);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="89"/>
        <source>Kartoteka</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="117"/>
        <source>Open your register</source>
        <translation>Otwórz swoją kartotekę</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="124"/>
        <location filename="../../ui/start_dialog.py" line="214"/>
        <location filename="../../ui/start_dialog.py" line="252"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="130"/>
        <source>Restore the newest good version</source>
        <translation>Przywróć najnowszą dobrą wersję</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="132"/>
        <source>The damaged file is kept aside, never deleted.</source>
        <translation>Uszkodzony plik jest odkładany na bok i nigdy nie jest usuwany.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="136"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="140"/>
        <source>Open another file…</source>
        <translation>Otwórz inny plik…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="144"/>
        <source>Create a new register…</source>
        <translation>Nowa kartoteka…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="148"/>
        <source>Try the demo register</source>
        <translation>Wypróbuj demo</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="176"/>
        <source>Create a new register</source>
        <translation>Utwórz nową kartotekę</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="177"/>
        <source>Everything is encrypted with this password. Nobody can recover it, so keep it somewhere safe.</source>
        <translation>Wszystko jest szyfrowane tym hasłem. Nikt nie może go odzyskać, więc przechowuj je w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="183"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="213"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="220"/>
        <source>Repeat</source>
        <translation>Powtórz</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="221"/>
        <source>Phone region</source>
        <translation>Kraj numerów telefonów</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="222"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="225"/>
        <source>Create register</source>
        <translation>Utwórz kartotekę</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="251"/>
        <source>Password (the demo register&apos;s is “demo”)</source>
        <translation>Hasło (do kartoteki demonstracyjnej: „demo”)</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="291"/>
        <source>Too short: use at least 8 characters</source>
        <translation>Za krótkie: użyj co najmniej 8 znaków</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="291"/>
        <source>Weak</source>
        <translation>Słabe</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="292"/>
        <source>Fair</source>
        <translation>Średnie</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="292"/>
        <source>Good</source>
        <translation>Dobre</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="292"/>
        <source>Strong</source>
        <translation>Silne</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="293"/>
        <source>At least 8 characters</source>
        <translation>Co najmniej 8 znaków</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="322"/>
        <source>Type the password of the register.</source>
        <translation>Wpisz hasło do kartoteki.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="324"/>
        <source>Opening</source>
        <translation>Otwieranie</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="330"/>
        <source>Choose where to keep the register.</source>
        <translation>Wybierz, gdzie przechowywać kartotekę.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="333"/>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Hasło jest za krótkie: użyj co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="336"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Hasła się różnią. Wpisz dwa razy to samo hasło.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="339"/>
        <source>{path} already exists. Choose another name; a register is never overwritten.</source>
        <translation>{path} już istnieje. Wybierz inną nazwę; kartoteka nigdy nie jest nadpisywana.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="342"/>
        <source>Creating</source>
        <translation>Tworzenie</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="349"/>
        <source>Preparing the demo register</source>
        <translation>Przygotowywanie kartoteki demonstracyjnej</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="372"/>
        <source>Restoring the newest good version</source>
        <translation>Przywracanie najnowszej dobrej wersji</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="134"/>
        <location filename="../../ui/dialogs/versions.py" line="140"/>
        <location filename="../../ui/dialogs/versions.py" line="226"/>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="143"/>
        <source>A version is kept after every save. Restoring keeps the current state as a version first, so a restore can be undone too.</source>
        <translation>Po każdym zapisie tworzona jest wersja. Przed przywróceniem bieżący stan również zostaje zachowany jako wersja, więc przywrócenie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="150"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="150"/>
        <source>Save</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="150"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="151"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="151"/>
        <source>Saves</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="167"/>
        <source>No versions yet. One is kept after every save.</source>
        <translation>Nie ma jeszcze wersji. Wersja jest tworzona po każdym zapisie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="175"/>
        <source>Client number</source>
        <translation>Numer klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="179"/>
        <location filename="../../ui/dialogs/versions.py" line="271"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="184"/>
        <source>The number (#) of the client to bring back, e.g. a deleted one</source>
        <translation>Numer (#) klienta do przywrócenia, np. usuniętego</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="188"/>
        <source>Recently deleted</source>
        <translation>Ostatnio usunięci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="191"/>
        <source>Pick a deleted client: the version before the delete is chosen</source>
        <translation>Wybierz usuniętego klienta: zostanie wybrana wersja sprzed usunięcia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="201"/>
        <source>Restore whole register…</source>
        <translation>Przywróć całą kartotekę…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="203"/>
        <source>Restore this client</source>
        <translation>Przywróć tego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="205"/>
        <source>Save a copy…</source>
        <translation>Zapisz kopię…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="206"/>
        <source>Write this version as a register file that opens with your password</source>
        <translation>Zapisz tę wersję jako plik kartoteki, który otwiera się Twoim hasłem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="207"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="228"/>
        <source>Reading versions</source>
        <translation>Odczytywanie wersji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="242"/>
        <source>Versions kept: {count}</source>
        <translation>Zachowane wersje: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="251"/>
        <source>{what} — current state</source>
        <translation>{what} — stan bieżący</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="316"/>
        <source>Restore whole register</source>
        <translation>Przywróć całą kartotekę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="317"/>
        <source>Put the whole register back as it was at {time}? Everything saved after that is replaced. The current state is kept as a version first, so you can undo this.</source>
        <translation>Przywrócić całą kartotekę do stanu z {time}? Wszystko, co zapisano później, zostanie zastąpione. Bieżący stan zostanie najpierw zachowany jako wersja, więc możesz to cofnąć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="323"/>
        <source>Restoring the register</source>
        <translation>Przywracanie kartoteki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="327"/>
        <source>The register is back as it was at that version. The state before the restore is the version marked &quot;before a restore&quot;.</source>
        <translation>Kartoteka została przywrócona do stanu z tej wersji. Stan sprzed przywrócenia to wersja oznaczona „przed przywróceniem”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="337"/>
        <source>Restoring the client</source>
        <translation>Przywracanie klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="341"/>
        <source>Client #{id} is back as it was in that version ({count} fields changed).</source>
        <translation>Klient nr {id} został przywrócony do stanu z tej wersji (zmienione pola: {count}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="351"/>
        <source>Save a copy of this version</source>
        <translation>Zapisz kopię tej wersji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="352"/>
        <source>Kartoteka register (*.kartoteka)</source>
        <translation>Kartoteka (*.kartoteka)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="355"/>
        <source>Saving a copy</source>
        <translation>Zapisywanie kopii</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions.py" line="359"/>
        <source>Saved a copy as {name}; it opens with your password.</source>
        <translation>Zapisano kopię jako {name}; otwiera się Twoim hasłem.</translation>
    </message>
</context>
<context>
    <name>_CardPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Client #{id}</source>
        <translation>Klient nr {id}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>No client selected</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
</context>
<context>
    <name>_TaskPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="177"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Anulowano. Nic nie zostało zaimportowane.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="60"/>
        <source>Open register</source>
        <translation>Otwórz kartotekę</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="66"/>
        <source>New register</source>
        <translation>Nowa kartoteka</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/start_dialog.py" line="378"/>
        <source>Wrong password. Try again.</source>
        <translation>Nieprawidłowe hasło. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="381"/>
        <source>The register is damaged and cannot be opened.</source>
        <translation>Kartoteka jest uszkodzona i nie można jej otworzyć.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="383"/>
        <source>Version {version} is the newest good one: restore it to go on working; the damaged file is kept aside.</source>
        <translation>Wersja {version} jest najnowszą dobrą wersją: przywróć ją, aby kontynuować pracę; uszkodzony plik zostanie odłożony na bok.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="386"/>
        <source>No good version of it was found. Keep the file and do not overwrite it.</source>
        <translation>Nie znaleziono żadnej dobrej wersji. Zachowaj plik i nie nadpisuj go.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="389"/>
        <source>This register is open in another Kartoteka window. Close it there and try again.</source>
        <translation>Ta kartoteka jest otwarta w innym oknie Kartoteki. Zamknij ją tam i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="391"/>
        <source>There is no register at this place. Open another file or create a new register.</source>
        <translation>W tym miejscu nie ma kartoteki. Otwórz inny plik lub utwórz nową kartotekę.</translation>
    </message>
    <message>
        <location filename="../../ui/start_dialog.py" line="394"/>
        <source>The register could not be opened ({name}).</source>
        <translation>Nie udało się otworzyć kartoteki ({name}).</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="204"/>
        <source>Working</source>
        <translation>Przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="205"/>
        <source>Working…</source>
        <translation>Przetwarzanie…</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="206"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
</TS>
