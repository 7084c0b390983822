<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../../ui/card.py" line="66"/>
        <source>potential</source>
        <translation>potencjalny</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="66"/>
        <source>one-time</source>
        <translation>jednorazowy</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="66"/>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="67"/>
        <source>regular</source>
        <translation>stały</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="67"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="67"/>
        <source>lost</source>
        <translation>utracony</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="80"/>
        <source>Consent: e-mail</source>
        <translation>Zgoda: e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="80"/>
        <source>Consent: SMS</source>
        <translation>Zgoda: SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="81"/>
        <source>Consent: phone</source>
        <translation>Zgoda: telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="81"/>
        <source>Consent: post</source>
        <translation>Zgoda: poczta</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="82"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="82"/>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="82"/>
        <source>Purchase</source>
        <translation>Zakup</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="83"/>
        <source>Interaction</source>
        <translation>Interakcja</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="83"/>
        <source>Segment set by hand</source>
        <translation>Segment ustawiony ręcznie</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>edited</source>
        <translation>edycja</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>added</source>
        <translation>dodanie</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>deleted</source>
        <translation>usunięcie</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="90"/>
        <source>put back</source>
        <translation>przywrócenie</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="91"/>
        <source>import {n}</source>
        <translation>import {n}</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="91"/>
        <source>import {n} undone</source>
        <translation>cofnięty import {n}</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="91"/>
        <source>merge</source>
        <translation>scalenie</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="92"/>
        <source>merge undone</source>
        <translation>cofnięte scalenie</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="92"/>
        <source>erased</source>
        <translation>wymazanie</translation>
    </message>
    <message>
        <location filename="../../../ui/card.py" line="92"/>
        <source>export</source>
        <translation>eksport</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="49"/>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="54"/>
        <source>The number is empty.</source>
        <translation>Numer jest pusty.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="55"/>
        <source>This is not a phone number; it is kept as written.</source>
        <translation>To nie jest numer telefonu; zostaje zapisany tak, jak go wpisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="56"/>
        <source>The spreadsheet stored this number as a float and lost digits; please retype it.</source>
        <translation>Arkusz kalkulacyjny zapisał ten numer jako liczbę i utracił cyfry; wpisz go ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="57"/>
        <source>This number is not valid for its country; it is kept as written.</source>
        <translation>Ten numer jest nieprawidłowy dla swojego kraju; zostaje zapisany tak, jak go wpisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="59"/>
        <source>This phone number could not be recognised; it is kept as written.</source>
        <translation>Nie udało się rozpoznać tego numeru telefonu; zostaje zapisany tak, jak go wpisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="64"/>
        <source>This e-mail address does not look valid; it is kept as written.</source>
        <translation>Ten adres e-mail wygląda na nieprawidłowy; zostaje zapisany tak, jak go wpisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="490"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="490"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="490"/>
        <source>post</source>
        <translation>poczta</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="491"/>
        <source>messenger</source>
        <translation>komunikator</translation>
    </message>
    <message>
        <location filename="../../../ui/card_sections.py" line="491"/>
        <source>in person</source>
        <translation>osobiście</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../../ui/table_model.py" line="71"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="72"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="73"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="74"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="75"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="76"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="77"/>
        <source>Spent</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="78"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="79"/>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="80"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="81"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="82"/>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="83"/>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="84"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="85"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="86"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="87"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="88"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="89"/>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="96"/>
        <source>Potential</source>
        <translation>Potencjalny</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="97"/>
        <source>One-time</source>
        <translation>Jednorazowy</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="98"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="99"/>
        <source>Regular</source>
        <translation>Stały</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="100"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../../ui/table_model.py" line="101"/>
        <source>Lost</source>
        <translation>Utracony</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../../ui/dialogs/duplicates.py" line="48"/>
        <source>Comparing clients…</source>
        <translation>Porównywanie klientów…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="45"/>
        <source>no consent for this channel</source>
        <translation>brak zgody na ten kanał</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="46"/>
        <source>withdrew consent</source>
        <translation>zgoda wycofana</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="47"/>
        <source>no e-mail address</source>
        <translation>brak adresu e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="48"/>
        <source>the e-mail address is not valid</source>
        <translation>adres e-mail jest nieprawidłowy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="49"/>
        <source>no (mobile) phone number</source>
        <translation>brak numeru telefonu (komórkowego)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="50"/>
        <source>no postal address</source>
        <translation>brak adresu pocztowego</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/export_dialog.py" line="51"/>
        <source>same address as another client on the list</source>
        <translation>ten sam adres co inny klient na liście</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../../../ui/filter_builder.py" line="52"/>
        <source>Any field</source>
        <translation>Dowolne pole</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="53"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="53"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="53"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="54"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="55"/>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="55"/>
        <source>Region</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="55"/>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="56"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="57"/>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="57"/>
        <source>Person or company</source>
        <translation>Osoba lub firma</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="57"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="58"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="58"/>
        <source>Total spent</source>
        <translation>Łączna kwota zakupów</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="58"/>
        <source>Number of purchases</source>
        <translation>Liczba zakupów</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="59"/>
        <source>Average purchase</source>
        <translation>Średni zakup</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="59"/>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="60"/>
        <source>First purchase</source>
        <translation>Pierwszy zakup</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="60"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="61"/>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="61"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="61"/>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="62"/>
        <source>Email consent</source>
        <translation>Zgoda na e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="62"/>
        <source>SMS consent</source>
        <translation>Zgoda na SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="63"/>
        <source>Phone consent</source>
        <translation>Zgoda na telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="63"/>
        <source>Post consent</source>
        <translation>Zgoda na pocztę</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="79"/>
        <location filename="../../../ui/filter_builder.py" line="82"/>
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="79"/>
        <location filename="../../../ui/filter_builder.py" line="85"/>
        <source>does not contain</source>
        <translation>nie zawiera</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="83"/>
        <source>is exactly</source>
        <translation>jest równe</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="84"/>
        <source>starts with</source>
        <translation>zaczyna się od</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="86"/>
        <source>is filled in</source>
        <translation>jest wypełnione</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="87"/>
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="91"/>
        <location filename="../../../ui/filter_builder.py" line="97"/>
        <location filename="../../../ui/filter_builder.py" line="115"/>
        <source>is</source>
        <translation>jest</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="92"/>
        <location filename="../../../ui/filter_builder.py" line="97"/>
        <source>is not</source>
        <translation>nie jest</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="93"/>
        <source>any tag</source>
        <translation>dowolny tag</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="94"/>
        <source>no tags</source>
        <translation>bez tagów</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="100"/>
        <source>more than</source>
        <translation>więcej niż</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="101"/>
        <source>at least</source>
        <translation>co najmniej</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="102"/>
        <source>less than</source>
        <translation>mniej niż</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="103"/>
        <source>exactly</source>
        <translation>dokładnie</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="107"/>
        <source>within the last … days</source>
        <translation>w ciągu ostatnich … dni</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="108"/>
        <source>more than … days ago</source>
        <translation>ponad … dni temu</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="109"/>
        <source>on or after</source>
        <translation>nie wcześniej niż</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="110"/>
        <source>before</source>
        <translation>przed</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="111"/>
        <source>between</source>
        <translation>pomiędzy</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="114"/>
        <source>in the next … days</source>
        <translation>w ciągu najbliższych … dni</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="234"/>
        <source>granted</source>
        <translation>udzielona</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="234"/>
        <source>withdrawn</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="234"/>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="235"/>
        <source>female</source>
        <translation>kobieta</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="235"/>
        <source>male</source>
        <translation>mężczyzna</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="235"/>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="236"/>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <location filename="../../../ui/filter_builder.py" line="236"/>
        <source>company</source>
        <translation>firma</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="52"/>
        <source>New clients</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="52"/>
        <source>Match a client (changes)</source>
        <translation>Pasuje do klienta (zmiany)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="53"/>
        <source>Already in the register</source>
        <translation>Już w kartotece</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="53"/>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="54"/>
        <source>Repeated rows in the file</source>
        <translation>Powtórzone wiersze w pliku</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="54"/>
        <source>Rows with problems</source>
        <translation>Wiersze z problemami</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>create</source>
        <translation>utwórz</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>update</source>
        <translation>zaktualizuj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>skip</source>
        <translation>pomiń</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="58"/>
        <source>merge</source>
        <translation>scal</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Reading rows…</source>
        <translation>Odczytywanie wierszy…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="70"/>
        <source>Comparing with the register…</source>
        <translation>Porównywanie z kartoteką…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="71"/>
        <source>Writing clients…</source>
        <translation>Zapisywanie klientów…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="71"/>
        <source>Working…</source>
        <translation>Przetwarzanie…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="77"/>
        <source>(ignore)</source>
        <translation>(pomiń)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="77"/>
        <source>Full name (split)</source>
        <translation>Imię i nazwisko (rozdziel)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="77"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="79"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="79"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="79"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="80"/>
        <source>Phone or e-mail</source>
        <translation>Telefon lub e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="80"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Region</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="82"/>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Preferred contact time</source>
        <translation>Preferowana pora kontaktu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="83"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="85"/>
        <source>Consent: e-mail</source>
        <translation>Zgoda: e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="85"/>
        <source>Consent: SMS</source>
        <translation>Zgoda: SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="86"/>
        <source>Consent: phone</source>
        <translation>Zgoda: telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="86"/>
        <source>Consent: post</source>
        <translation>Zgoda: poczta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="93"/>
        <source>Custom field: {name}</source>
        <translation>Pole własne: {name}</translation>
    </message>
</context>
<context>
    <name>Kartoteka</name>
    <message>
        <location filename="../../../ui/dialogs/common.py" line="66"/>
        <source>Something went wrong ({name}). Nothing was changed.</source>
        <translation>Coś poszło nie tak ({name}). Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/common.py" line="91"/>
        <source>{feature} is not available in this build of Kartoteka.</source>
        <translation>Funkcja „{feature}” jest niedostępna w tej wersji Kartoteki.</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="38"/>
        <source>Phones that could not be read</source>
        <translation>Telefony, których nie udało się odczytać</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="39"/>
        <source>E-mail addresses that are not valid</source>
        <translation>Nieprawidłowe adresy e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="40"/>
        <source>Clients with neither phone nor e-mail</source>
        <translation>Klienci bez telefonu i bez e-maila</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="41"/>
        <source>Clients without e-mail consent</source>
        <translation>Klienci bez zgody na e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="42"/>
        <source>Clients without SMS consent</source>
        <translation>Klienci bez zgody na SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="43"/>
        <source>Clients without phone consent</source>
        <translation>Klienci bez zgody na kontakt telefoniczny</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="44"/>
        <source>Clients without post consent</source>
        <translation>Klienci bez zgody na pocztę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="45"/>
        <source>Withdrew e-mail consent (keep them off mailings)</source>
        <translation>Wycofana zgoda na e-mail (wyklucz z mailingów)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="46"/>
        <source>No contact for more than {days} days</source>
        <translation>Brak kontaktu od ponad {days} dni</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/quality.py" line="47"/>
        <source>No purchase or contact recorded</source>
        <translation>Brak odnotowanego zakupu lub kontaktu</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../../ui/start_dialog.py" line="60"/>
        <source>Open register</source>
        <translation>Otwórz kartotekę</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="66"/>
        <source>New register</source>
        <translation>Nowa kartoteka</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="378"/>
        <source>Wrong password. Try again.</source>
        <translation>Nieprawidłowe hasło. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="381"/>
        <source>The register is damaged and cannot be opened.</source>
        <translation>Kartoteka jest uszkodzona i nie można jej otworzyć.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="383"/>
        <source>Version {version} is the newest good one: restore it to go on working; the damaged file is kept aside.</source>
        <translation>Wersja {version} jest najnowszą dobrą wersją: przywróć ją, aby kontynuować pracę; uszkodzony plik zostanie odłożony na bok.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="386"/>
        <source>No good version of it was found. Keep the file and do not overwrite it.</source>
        <translation>Nie znaleziono żadnej dobrej wersji. Zachowaj plik i nie nadpisuj go.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="389"/>
        <source>This register is open in another Kartoteka window. Close it there and try again.</source>
        <translation>Ta kartoteka jest otwarta w innym oknie Kartoteki. Zamknij ją tam i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="391"/>
        <source>There is no register at this place. Open another file or create a new register.</source>
        <translation>W tym miejscu nie ma kartoteki. Otwórz inny plik lub utwórz nową kartotekę.</translation>
    </message>
    <message>
        <location filename="../../../ui/start_dialog.py" line="394"/>
        <source>The register could not be opened ({name}).</source>
        <translation>Nie udało się otworzyć kartoteki ({name}).</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="56"/>
        <source>Client added</source>
        <translation>Dodano klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="56"/>
        <source>Card saved</source>
        <translation>Zapisano kartę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="56"/>
        <source>Client deleted</source>
        <translation>Usunięto klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="57"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="57"/>
        <source>Import undone</source>
        <translation>Cofnięto import</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="57"/>
        <source>Duplicates merged</source>
        <translation>Scalono duplikaty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="58"/>
        <source>Merge undone</source>
        <translation>Cofnięto scalenie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="58"/>
        <source>Restore</source>
        <translation>Przywrócenie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="58"/>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="59"/>
        <source>Upgrade</source>
        <translation>Aktualizacja</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="59"/>
        <source>Password changed</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="59"/>
        <source>Client erased</source>
        <translation>Wymazano klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="60"/>
        <source>New register</source>
        <translation>Nowa kartoteka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="60"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="74"/>
        <source>Today {time}</source>
        <translation>Dziś {time}</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/versions.py" line="76"/>
        <source>Yesterday {time}</source>
        <translation>Wczoraj {time}</translation>
    </message>
</context>
</TS>
