<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>About</name>
    <message>
        <location filename="../../vtviewer/gui/about.py" line="40"/>
        <source>About vtviewer</source>
        <translation>Om vtviewer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/about.py" line="32"/>
        <source>An offline viewer for archives of PDF plans and reports.</source>
        <translation>En frakoblet leser for arkiver med planer og rapporter i PDF.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/about.py" line="34"/>
        <source>Licences</source>
        <translation>Lisenser</translation>
    </message>
</context>
<context>
    <name>AddFolderButton</name>
    <message>
        <location filename="../../vtviewer/gui/add_folder_button.py" line="15"/>
        <location filename="../../vtviewer/gui/main_window.py" line="221"/>
        <location filename="../../vtviewer/gui/main_window.py" line="357"/>
        <source>Add folder</source>
        <translation>Legg til mappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/add_folder_button.py" line="14"/>
        <location filename="../../vtviewer/gui/main_window.py" line="220"/>
        <location filename="../../vtviewer/gui/main_window.py" line="356"/>
        <source>Add folder…</source>
        <translation>Legg til mappe…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../vtviewer/gui/app.py" line="112"/>
        <source>vtviewer cannot open its data folder %1: %2</source>
        <extracomment>Libraries Qt&apos;s xcb plugin loads at run time, with the Debian/Ubuntu and Fedora package.</extracomment>
        <translation>vtviewer kan ikke åpne datamappen %1: %2</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/app.py" line="158"/>
        <source>Something went wrong: %1. vtviewer carries on; the details are in %2.</source>
        <translation>Noe gikk galt: %1. vtviewer fortsetter; detaljene står i %2.</translation>
    </message>
</context>
<context>
    <name>ArchiveNotice</name>
    <message>
        <location filename="../../vtviewer/gui/archive_health.py" line="45"/>
        <source>Dismiss</source>
        <extracomment>Notice kinds, most serious last: a newer notice of a lower rank does not hide one shown.</extracomment>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/archive_health.py" line="58"/>
        <source>The index in %1 is damaged (%2). vtviewer has set it aside and is rebuilding it from your files; your folders and saved searches are kept.</source>
        <translation>Indeksen i %1 er skadet (%2). vtviewer har lagt den til side og bygger den opp igjen fra filene dine; mappene og de lagrede søkene dine beholdes.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/archive_health.py" line="63"/>
        <source>The search index in %1 is damaged (%2). vtviewer has set it aside and is rebuilding it from the stored text; your folders and saved searches are kept.</source>
        <translation>Søkeindeksen i %1 er skadet (%2). vtviewer har lagt den til side og bygger den opp igjen fra den lagrede teksten; mappene og de lagrede søkene dine beholdes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/archive_health.py" line="70"/>
        <source>The index was rebuilt: %Ln document(s).</source>
        <translation>
            <numerusform>Indeksen er bygd opp igjen: %Ln dokument.</numerusform>
            <numerusform>Indeksen er bygd opp igjen: %Ln dokumenter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/archive_health.py" line="75"/>
        <source>The data folder %1 is read-only: you can search and read the archive, but vtviewer cannot index it or keep changes.</source>
        <translation>Datamappen %1 er skrivebeskyttet: du kan søke og lese i arkivet, men vtviewer kan ikke indeksere det eller lagre endringer.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/archive_health.py" line="85"/>
        <source>The disk of the data folder %1 is full. Free some space and index again; what was indexed so far is kept.</source>
        <translation>Disken med datamappen %1 er full. Frigjør litt plass og indekser på nytt; det som er indeksert så langt, beholdes.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/archive_health.py" line="96"/>
        <source>vtviewer may not write in the data folder %1 (%2). Fix its permissions and index again; what was indexed so far is kept.</source>
        <translation>vtviewer har ikke lov til å skrive i datamappen %1 (%2). Rett tilgangen og indekser på nytt; det som er indeksert så langt, beholdes.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/archive_health.py" line="102"/>
        <source>Index again</source>
        <translation>Indekser på nytt</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Changed on disk</source>
        <translation>Endret på disken</translation>
    </message>
    <message>
        <source>The corrections of %1 were changed on disk since the form was opened (by another program or another vtviewer).</source>
        <translation>Rettelsene for %1 er endret på disken siden skjemaet ble åpnet (av et annet program eller en annen vtviewer).</translation>
    </message>
    <message>
        <source>Overwrite them with yours, reload the form from the files, or go back?</source>
        <translation>Vil du skrive over dem med dine, laste skjemaet på nytt fra filene, eller gå tilbake?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Skriv over</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last på nytt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>name@example.no</source>
        <translation>navn@eksempel.no</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Legg til kontakt</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Fjern kontakt</translation>
    </message>
    <message>
        <source>Contact %1: the e-mail address is not valid</source>
        <translation>Kontakt %1: e-postadressen er ikke gyldig</translation>
    </message>
    <message>
        <source>Contact %1: not a Norwegian phone number (8 digits)</source>
        <translation>Kontakt %1: ikke et norsk telefonnummer (8 sifre)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Not a Norwegian phone number</source>
        <translation>Ikke et norsk telefonnummer</translation>
    </message>
    <message>
        <source>Not an e-mail address</source>
        <translation>Ikke en e-postadresse</translation>
    </message>
</context>
<context>
    <name>ContactsWindow</name>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Merged: %1</source>
        <translation>Slått sammen: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>%1 is a person of their own now</source>
        <translation>%1 er nå en egen person</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Search names, roles, organisations…</source>
        <translation>Søk i navn, roller, organisasjoner…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Search people</source>
        <translation>Søk etter personer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Documents of the chosen person</source>
        <translation>Dokumentene til den valgte personen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Double-click a document, or press Enter, to show it.</source>
        <translation>Dobbeltklikk på et dokument, eller trykk Enter, for å vise det.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Slå sammen…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Make the two selected people one person</source>
        <translation>Gjør de to valgte personene til én person</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>S&amp;plit…</source>
        <translation>&amp;Del opp…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Take a spelling or an e-mail address out of the selected person</source>
        <translation>Ta en skrivemåte eller en e-postadresse ut av den valgte personen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Rediger person…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Change the person in each of their documents</source>
        <translation>Endre personen i hvert av dokumentene som nevner personen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>%Ln document(s) name %1</source>
        <translation>
            <numerusform>%Ln dokument nevner %1</numerusform>
            <numerusform>%Ln dokumenter nevner %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>The data folder is read-only</source>
        <translation>Datamappen er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Merge people</source>
        <translation>Slå sammen personer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>&amp;Name to keep:</source>
        <translation>&amp;Navn som beholdes:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Split person</source>
        <translation>Del opp person</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>&amp;Take out:</source>
        <translation>&amp;Ta ut:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Split</source>
        <translation>Del opp</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Documents saved: %1 next to the files, %2 in vtviewer&apos;s data folder. Not saved: %3 changed meanwhile, %4 failed.</source>
        <translation>Dokumenter lagret: %1 ved siden av filene, %2 i vtviewers datamappe. Ikke lagret: %3 endret i mellomtiden, %4 mislyktes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>%1 and %2 become one person, with the documents of both.</source>
        <translation>%1 og %2 blir én person, med dokumentene til begge.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>The documents that write this spelling or address become a person of their own, apart from %1.</source>
        <translation>Dokumentene som skriver denne skrivemåten eller adressen, blir en egen person, atskilt fra %1.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>Choose one person to see their documents.</source>
        <translation>Velg én person for å se dokumentene til personen.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py"/>
        <source>Also at</source>
        <translation>Finnes også her</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="91"/>
        <source>Document details</source>
        <translation>Dokumentdetaljer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="141"/>
        <source>Select a document to see its details.</source>
        <translation>Velg et dokument for å se detaljene.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="160"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="223"/>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="224"/>
        <source>Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="226"/>
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="228"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="229"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="230"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="231"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="215"/>
        <location filename="../../vtviewer/gui/details_pane.py" line="219"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="210"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="235"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="242"/>
        <source>Attachment %1</source>
        <translation>Vedlegg %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="194"/>
        <location filename="../../vtviewer/gui/details_pane.py" line="196"/>
        <source>Open in default viewer</source>
        <translation>Åpne i standardprogram</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="188"/>
        <source>Type, period and organisation</source>
        <translation>Type, periode og organisasjon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="199"/>
        <location filename="../../vtviewer/gui/details_pane.py" line="201"/>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="277"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="278"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="290"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="292"/>
        <location filename="../../vtviewer/gui/details_pane.py" line="293"/>
        <source>Copy %1</source>
        <translation>Kopier %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="303"/>
        <source>Copied %1</source>
        <translation>Kopierte %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Correct the details (F2)</source>
        <translation>Rett opplysningene (F2)</translation>
    </message>
    <message>
        <source>These corrections are kept in vtviewer&apos;s data folder because the folder cannot be written</source>
        <translation>Disse rettelsene er lagret i vtviewers datamappe fordi det ikke går an å skrive i mappen</translation>
    </message>
    <message>
        <source>File → Save edits next to the files moves them there</source>
        <translation>Fil → Lagre rettelser ved filene flytter dem dit</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py"/>
        <source>Similar documents</source>
        <translation>Lignende dokumenter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py"/>
        <source>The ten documents most like this one</source>
        <translation>De ti dokumentene som ligner mest på dette</translation>
    </message>
</context>
<context>
    <name>DocType</name>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="40"/>
        <source>Report</source>
        <extracomment>Role of the best snippet&apos;s HTML, and of the page links&apos; HTML, for the title column. Role of the Hit behind a row. Columns the engine sorts (over all matches); the others are sorted in the loaded rows.</extracomment>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="41"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="42"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="43"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="44"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="45"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>&amp;Undo edit</source>
        <translation>&amp;Angre rettelse</translation>
    </message>
    <message>
        <source>&amp;Redo edit</source>
        <translation>&amp;Gjør om rettelse</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>eight digits, e.g. 976 81 861</source>
        <translation>åtte sifre, f.eks. 976 81 861</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>name@example.no</source>
        <translation>navn@eksempel.no</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>The change is written to the %Ln document(s) that name this person.</source>
        <translation>
            <numerusform>Endringen skrives til det %Ln dokumentet som nevner denne personen.</numerusform>
            <numerusform>Endringen skrives til de %Ln dokumentene som nevner denne personen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>A person needs a name, a phone number or an e-mail address.</source>
        <translation>En person trenger et navn, et telefonnummer eller en e-postadresse.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../vtviewer/gui/editing.py" line="1"/>
        <source>Corrections not saved</source>
        <translation>Rettelser ikke lagret</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/editing.py" line="1"/>
        <source>%1 has corrections that are not saved. Save them before closing?</source>
        <translation>%1 har rettelser som ikke er lagret. Lagre dem før du lukker?</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/editing.py" line="1"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/editing.py" line="1"/>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/editing.py" line="1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Rediger opplysninger…</translation>
    </message>
    <message>
        <source>Save edits &amp;next to the files</source>
        <translation>Lagre rettelser &amp;ved filene</translation>
    </message>
    <message>
        <source>The data folder is read-only</source>
        <translation>Datamappen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>Select a document to edit</source>
        <translation>Velg et dokument å redigere</translation>
    </message>
    <message>
        <source>The document is no longer in the index</source>
        <translation>Dokumentet er ikke lenger i indeksen</translation>
    </message>
    <message>
        <source>Cannot edit: %1</source>
        <translation>Kan ikke redigere: %1</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ingenting ble endret</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
    <message numerus="yes">
        <source>edit of %Ln document(s)</source>
        <translation>
            <numerusform>rettelse av %Ln dokument</numerusform>
            <numerusform>rettelse av %Ln dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: changed on disk meanwhile. Save again to decide.</source>
        <translation>Ikke lagret: endret på disken i mellomtiden. Lagre igjen for å bestemme.</translation>
    </message>
    <message numerus="yes">
        <source>Saved; %Ln correction(s) kept in vtviewer&apos;s data folder (the folder cannot be written)</source>
        <translation>
            <numerusform>Lagret; %Ln rettelse er lagret i vtviewers datamappe (det går ikke an å skrive i mappen)</numerusform>
            <numerusform>Lagret; %Ln rettelser er lagret i vtviewers datamappe (det går ikke an å skrive i mappen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln document(s)</source>
        <translation>
            <numerusform>Lagret %Ln dokument</numerusform>
            <numerusform>Lagret %Ln dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Ikke angret: %1</translation>
    </message>
    <message>
        <source>No edits are waiting in vtviewer&apos;s data folder.</source>
        <translation>Ingen rettelser venter i vtviewers datamappe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s): edits saved next to the file.</source>
        <translation>
            <numerusform>%Ln dokument: rettelsene er lagret ved filen.</numerusform>
            <numerusform>%Ln dokumenter: rettelsene er lagret ved filene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s): the folder still cannot be written; the edits stay in vtviewer&apos;s data folder.</source>
        <translation>
            <numerusform>%Ln dokument: det går fortsatt ikke an å skrive i mappen; rettelsene blir i vtviewers datamappe.</numerusform>
            <numerusform>%Ln dokumenter: det går fortsatt ikke an å skrive i mappen; rettelsene blir i vtviewers datamappe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The edits could not be saved next to the files: %1</source>
        <translation>Rettelsene kunne ikke lagres ved filene: %1</translation>
    </message>
    <message>
        <source>Save edits next to the files</source>
        <translation>Lagre rettelser ved filene</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Search: %1</source>
        <translation>Søk: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filtre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>What to export</source>
        <translation>Hva som skal eksporteres</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>CSV for Excel (Norwegian settings: semicolons)</source>
        <translation>CSV for Excel (norske innstillinger: semikolon)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>CSV with commas</source>
        <translation>CSV med komma</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Catalog for another vtviewer</source>
        <translation>Katalog for en annen vtviewer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Whole archive</source>
        <translation>Hele arkivet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>vtviewer-export</source>
        <translation>vtviewer-eksport</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>One row per document, UTF-8; a contact&apos;s name, role, phone and e-mail in columns of their own.</source>
        <translation>Én rad per dokument, UTF-8; kontaktpersonens navn, rolle, telefon og e-post i egne kolonner.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Every document with all its metadata, for other programs.</source>
        <translation>Hvert dokument med alle metadata, for andre programmer.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Another vtviewer indexing these files reads their metadata from it. Save it as %1 in the folder that holds the documents (its subfolders count).</source>
        <translation>En annen vtviewer som indekserer disse filene, leser metadataene deres fra den. Lagre den som %1 i mappen som rommer dokumentene (undermappene teller med).</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>vtviewer catalog (%1)</source>
        <translation>vtviewer-katalog (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Export to</source>
        <translation>Eksporter til</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Choose a file to export to.</source>
        <translation>Velg en fil å eksportere til.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Nothing was exported: %1</source>
        <translation>Ingenting ble eksportert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Current results (%Ln document(s))</source>
        <translation>
            <numerusform>Gjeldende treff (%Ln dokument)</numerusform>
            <numerusform>Gjeldende treff (%Ln dokumenter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Whole archive (%Ln document(s))</source>
        <translation>
            <numerusform>Hele arkivet (%Ln dokument)</numerusform>
            <numerusform>Hele arkivet (%Ln dokumenter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Exported %Ln document(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %Ln dokument til %1.</numerusform>
            <numerusform>Eksporterte %Ln dokumenter til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetsModel</name>
    <message>
        <location filename="../../vtviewer/gui/facets.py" line="23"/>
        <source>Type</source>
        <extracomment>Role holding a value&apos;s facet name (on children) and raw value. At most this many values per facet: a long tail helps nobody in a side pane.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/facets.py" line="24"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/facets.py" line="25"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/facets.py" line="26"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/facets.py" line="27"/>
        <source>Tag</source>
        <translation>Stikkord</translation>
    </message>
</context>
<context>
    <name>FieldSource</name>
    <message>
        <source>edited</source>
        <translation>rettet</translation>
    </message>
    <message>
        <source>sidecar</source>
        <translation>sidefil</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>utledet</translation>
    </message>
</context>
<context>
    <name>FiltersPane</name>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="176"/>
        <location filename="../../vtviewer/gui/main_window.py" line="914"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="71"/>
        <location filename="../../vtviewer/gui/main_window.py" line="254"/>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="106"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="107"/>
        <location filename="../../vtviewer/gui/main_window.py" line="288"/>
        <source>Delete the selected saved search</source>
        <translation>Slett det valgte lagrede søket</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="65"/>
        <location filename="../../vtviewer/gui/main_window.py" line="296"/>
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="172"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="175"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="171"/>
        <source>Save search</source>
        <translation>Lagre søk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="103"/>
        <location filename="../../vtviewer/gui/main_window.py" line="284"/>
        <source>Save the current search</source>
        <translation>Lagre dette søket</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="80"/>
        <location filename="../../vtviewer/gui/main_window.py" line="271"/>
        <source>Saved searches</source>
        <translation>Lagrede søk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="102"/>
        <source>Save…</source>
        <translation>Lagre…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="92"/>
        <source>Show or hide the saved searches</source>
        <translation>Vis eller skjul lagrede søk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/filters_pane.py" line="167"/>
        <source>Type a search first, then save it.</source>
        <translation>Skriv et søk først, og lagre det så.</translation>
    </message>
    <message>
        <source>Years %1  ✕</source>
        <translation>År %1  ✕</translation>
    </message>
    <message>
        <source>Remove the year filter</source>
        <translation>Fjern årsfilteret</translation>
    </message>
    <message>
        <source>Remove the year filter %1</source>
        <translation>Fjern årsfilteret %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../vtviewer/gui/preview_find_bar.py" line="52"/>
        <source>Close the find bar (Esc)</source>
        <translation>Lukk søkefeltet (Esc)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_find_bar.py" line="33"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="111"/>
        <source>Find in document</source>
        <extracomment>Zoom steps for zoom in/out, as in most PDF viewers. A zoom step changes the size by at least this ratio. Typing in the find bar searches after this pause, so each keystroke stays cheap.</extracomment>
        <translation>Finn i dokumentet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_find_bar.py" line="51"/>
        <source>Matches</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_find_bar.py" line="47"/>
        <source>Next match (F3)</source>
        <translation>Neste treff (F3)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_find_bar.py" line="44"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Forrige treff (Shift+F3)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Import register</source>
        <translation>Importer register</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>A register: CSV, JSON or Excel (.xlsx)</source>
        <translation>Et register: CSV, JSON eller Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Register file</source>
        <translation>Registerfil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Choose file…</source>
        <translation>Velg fil…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Register:</source>
        <translation>Register:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Columns and fields</source>
        <translation>Kolonner og felt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>The register&apos;s first rows</source>
        <translation>Registerets første rader</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>First rows of the register</source>
        <translation>Første rader i registeret</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Choose a register to import.</source>
        <translation>Velg et register å importere.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Rows and the documents they match</source>
        <translation>Radene og dokumentene de passer til</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Choose a register</source>
        <translation>Velg et register</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Registers (*.csv *.json *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Registre (*.csv *.json *.xlsx *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Reading the register…</source>
        <translation>Leser registeret…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>(column %1)</source>
        <translation>(kolonne %1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Field for column %1</source>
        <translation>Felt for kolonnen %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Matching the rows to the archive&apos;s documents…</source>
        <translation>Finner dokumentene radene gjelder…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Matched: %1 · not matched: %2 · ambiguous: %3 · duplicates: %4 · bad values: %5</source>
        <translation>Treff: %1 · ikke funnet: %2 · tvetydige: %3 · doble: %4 · ugyldige verdier: %5</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>No column is mapped to the file or its SHA-256: choose one to match the rows.</source>
        <translation>Ingen kolonne er knyttet til filen eller dens SHA-256: velg en for å finne dokumentene.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Nothing to change: the documents already say what the register says.</source>
        <translation>Ingenting å endre: dokumentene sier allerede det registeret sier.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>The archive is opened read-only: nothing can be imported.</source>
        <translation>Arkivet er åpnet skrivebeskyttet: ingenting kan importeres.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Writing the edits…</source>
        <translation>Skriver endringene…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Saved: %1 next to the files, %2 in vtviewer&apos;s data folder · conflicts: %3 · failed: %4</source>
        <translation>Lagret: %1 ved filene, %2 i vtviewers datamappe · konflikter: %3 · mislyktes: %4</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>The import could not be done.</source>
        <translation>Importen kunne ikke gjennomføres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Import changes %Ln document(s).</source>
        <translation>
            <numerusform>Importen endrer %Ln dokument.</numerusform>
            <numerusform>Importen endrer %Ln dokumenter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexingRun</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/indexing_run.py" line="1"/>
        <source>%Ln scanned page(s) recognised.</source>
        <translation>
            <numerusform>%Ln skannet side gjenkjent.</numerusform>
            <numerusform>%Ln skannede sider gjenkjent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/indexing_run.py" line="168"/>
        <source>%Ln file(s) could still not be read.</source>
        <translation>
            <numerusform>%Ln fil kunne fortsatt ikke leses.</numerusform>
            <numerusform>%Ln filer kunne fortsatt ikke leses.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_run.py" line="141"/>
        <source>Indexed: %1 new, %2 changed, %3 removed.</source>
        <translation>Indeksert: %1 nye, %2 endret, %3 fjernet.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_run.py" line="137"/>
        <source>Indexing cancelled.</source>
        <translation>Indekseringen ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_run.py" line="179"/>
        <source>Indexing failed: %1</source>
        <translation>Indekseringen mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="1"/>
        <source>Recognising text: page %1 of %2</source>
        <translation>Gjenkjenner tekst: side %1 av %2</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="107"/>
        <source>%1 pages/s</source>
        <translation>%1 sider/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/indexing_status.py" line="135"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problemer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="40"/>
        <location filename="../../vtviewer/gui/main_window.py" line="914"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="41"/>
        <source>Cancel indexing</source>
        <translation>Avbryt indekseringen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="48"/>
        <source>Files that could not be indexed: see why, open or retry them</source>
        <translation>Filer som ikke kunne indekseres: se hvorfor, åpne dem eller prøv igjen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="92"/>
        <source>Finishing…</source>
        <translation>Avslutter…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="103"/>
        <source>Indexing %1 of %2 files</source>
        <translation>Indekserer %1 av %2 filer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="38"/>
        <source>Indexing progress</source>
        <translation>Indekseringsfremdrift</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="79"/>
        <location filename="../../vtviewer/gui/main_window.py" line="1095"/>
        <source>Looking for files…</source>
        <translation>Ser etter filer…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="94"/>
        <source>Saving what was read; almost done</source>
        <translation>Lagrer det som er lest; snart ferdig</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="46"/>
        <source>Show problems</source>
        <translation>Vis problemer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="130"/>
        <source>about %1 min left</source>
        <translation>ca. %1 min igjen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/indexing_status.py" line="129"/>
        <source>about %1 s left</source>
        <translation>ca. %1 s igjen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="1"/>
        <source>Exported %Ln document(s) to %1</source>
        <translation>
            <numerusform>Eksporterte %Ln dokument til %1</numerusform>
            <numerusform>Eksporterte %Ln dokumenter til %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="376"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="508"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="509"/>
        <source>&amp;Add folder…</source>
        <translation>&amp;Legg til mappe…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="511"/>
        <source>&amp;Index now</source>
        <translation>&amp;Indekser nå</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="513"/>
        <source>&amp;Problems…</source>
        <translation>&amp;Problemer…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="514"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="516"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="526"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="527"/>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="529"/>
        <source>Sort by &amp;relevance</source>
        <translation>Sorter etter &amp;relevans</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="530"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Fjern filtre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="547"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="548"/>
        <source>&amp;About vtviewer</source>
        <translation>&amp;Om vtviewer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="700"/>
        <source>The data folder is read-only</source>
        <translation>Datamappen er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="724"/>
        <source>Sample archive</source>
        <translation>Eksempelarkiv</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="841"/>
        <source>%Ln document(s) match</source>
        <translation>
            <numerusform>%Ln dokument passer</numerusform>
            <numerusform>%Ln dokumenter passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="843"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="1031"/>
        <source>Add archive folder</source>
        <translation>Legg til arkivmappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="236"/>
        <source>Import &amp;register…</source>
        <translation>Importer &amp;register…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="1"/>
        <source>C&amp;ontacts…</source>
        <translation>K&amp;ontakter…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../vtviewer/gui/preview_notices.py" line="33"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_notices.py" line="34"/>
        <source>Open anyway</source>
        <translation>Åpne likevel</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_notices.py" line="36"/>
        <source>Open the file in this window although it may make the program hang</source>
        <translation>Åpne filen i dette vinduet selv om programmet kan henge</translation>
    </message>
</context>
<context>
    <name>ScanNotice</name>
    <message>
        <location filename="../../vtviewer/gui/scan_notice.py" line="1"/>
        <source>Scanned pages</source>
        <translation>Skannede sider</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/scan_notice.py" line="1"/>
        <source>%Ln page(s) have no text layer</source>
        <translation>
            <numerusform>%Ln side har ikke tekstlag</numerusform>
            <numerusform>%Ln sider har ikke tekstlag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/scan_notice.py" line="1"/>
        <source>(scans): install Tesseract to make them searchable, then index again:</source>
        <translation>(skannet): installer Tesseract for å gjøre dem søkbare, og indekser på nytt:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/scan_notice.py" line="1"/>
        <source>(scans) and could not be recognised.</source>
        <translation>(skannet) og kunne ikke gjenkjennes.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/scan_notice.py" line="1"/>
        <source>(scans): they are recognised when the archive is indexed with text recognition on.</source>
        <translation>(skannet): de gjenkjennes når arkivet indekseres med tekstgjenkjenning på.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/scan_notice.py" line="1"/>
        <source>%Ln page(s) were recognised from a scan (OCR).</source>
        <translation>
            <numerusform>%Ln side ble gjenkjent fra en skanning (OCR).</numerusform>
            <numerusform>%Ln sider ble gjenkjent fra skanning (OCR).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcrSettingsBox</name>
    <message>
        <location filename="../../vtviewer/gui/ocr_settings_box.py" line="1"/>
        <source>Text recognition (OCR)</source>
        <translation>Tekstgjenkjenning (OCR)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/ocr_settings_box.py" line="1"/>
        <source>Recognise the text of scanned pages when indexing</source>
        <translation>Gjenkjenn teksten på skannede sider ved indeksering</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/ocr_settings_box.py" line="1"/>
        <source>Languages of the scanned text</source>
        <translation>Språk i den skannede teksten</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/ocr_settings_box.py" line="1"/>
        <source>Tesseract is not installed, so scanned pages cannot be searched. Install it with: %1</source>
        <translation>Tesseract er ikke installert, så det kan ikke søkes i skannede sider. Installer det med: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/ocr_settings_box.py" line="1"/>
        <source>Languages:</source>
        <translation>Språk:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the page could not be recognised (%1)</source>
        <translation>siden kunne ikke tolkes (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>a ZIP or Office file</source>
        <translation>en ZIP- eller Office-fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="30"/>
        <source>a PNG image</source>
        <translation>et PNG-bilde</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="31"/>
        <source>a JPEG image</source>
        <translation>et JPEG-bilde</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="32"/>
        <source>a GIF image</source>
        <translation>et GIF-bilde</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="33"/>
        <source>a TIFF image</source>
        <translation>et TIFF-bilde</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="34"/>
        <source>an old Office file</source>
        <translation>en gammel Office-fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="35"/>
        <source>an RTF document</source>
        <translation>et RTF-dokument</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="36"/>
        <source>an HTML page</source>
        <translation>en HTML-side</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="37"/>
        <source>an XML file</source>
        <translation>en XML-fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="38"/>
        <source>a text file</source>
        <translation>en tekstfil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="39"/>
        <source>a PostScript file</source>
        <translation>en PostScript-fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="40"/>
        <source>a gzip archive</source>
        <translation>et gzip-arkiv</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="41"/>
        <source>a 7-Zip archive</source>
        <translation>et 7-Zip-arkiv</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="42"/>
        <source>a RAR archive</source>
        <translation>et RAR-arkiv</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="43"/>
        <source>a program</source>
        <translation>et program</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="50"/>
        <source>not a valid PDF structure</source>
        <translation>ikke en gyldig PDF-struktur</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="53"/>
        <source>unsupported encryption</source>
        <translation>kryptering som ikke støttes</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="54"/>
        <source>incomplete data</source>
        <translation>ufullstendige data</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="56"/>
        <source>could not be decrypted</source>
        <translation>kunne ikke dekrypteres</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="57"/>
        <source>the page tree loops</source>
        <translation>sidetreet går i ring</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="58"/>
        <source>the page tree repeats a part of itself</source>
        <translation>sidetreet gjentar en del av seg selv</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="61"/>
        <source>the page tree is nested too deeply</source>
        <translation>sidetreet er nøstet for dypt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="85"/>
        <source>truncated (no end-of-file marker), %1</source>
        <translation>avkortet (mangler filslutt-markør), %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="87"/>
        <source>damaged PDF: %1</source>
        <translation>skadet PDF: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="97"/>
        <source>password required</source>
        <translation>krever passord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="99"/>
        <source>wrong password</source>
        <translation>feil passord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="102"/>
        <source>empty file (0 bytes)</source>
        <translation>tom fil (0 byte)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="106"/>
        <source>file not found (moved or deleted)</source>
        <translation>fant ikke filen (flyttet eller slettet)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="110"/>
        <source>not a regular file (a folder)</source>
        <translation>ikke en vanlig fil (en mappe)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="114"/>
        <source>not a regular file (a named pipe)</source>
        <translation>ikke en vanlig fil (en navngitt pipe)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="118"/>
        <source>not a regular file (a device)</source>
        <translation>ikke en vanlig fil (en enhet)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="122"/>
        <source>not a regular file (a socket)</source>
        <translation>ikke en vanlig fil (en socket)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="127"/>
        <source>not a PDF (looks like %1)</source>
        <translation>ikke en PDF (ser ut som %1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="132"/>
        <source>not a PDF (unknown binary data)</source>
        <translation>ikke en PDF (ukjente binærdata)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="137"/>
        <source>could not be stored (%1)</source>
        <translation>kunne ikke lagres (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="143"/>
        <source>its metadata could not be read (%1)</source>
        <translation>metadataene kunne ikke leses (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="149"/>
        <source>its metadata could not be updated (%1)</source>
        <translation>metadataene kunne ikke oppdateres (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="156"/>
        <source>could not be added to the search index (%1)</source>
        <translation>kunne ikke legges til i søkeindeksen (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="164"/>
        <source>cannot read the file (permission denied)</source>
        <translation>kan ikke lese filen (ingen tilgang)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="171"/>
        <source>cannot read the file (%1)</source>
        <translation>kan ikke lese filen (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="181"/>
        <source>timed out after %1 s</source>
        <translation>tidsavbrudd etter %1 s</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="186"/>
        <source>extraction process crashed (signal %1)</source>
        <translation>leseprosessen krasjet (signal %1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="193"/>
        <source>extraction process crashed (exit code %1)</source>
        <translation>leseprosessen krasjet (avslutningskode %1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="200"/>
        <source>extraction process failed to start (exit code %1)</source>
        <translation>leseprosessen startet ikke (avslutningskode %1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="209"/>
        <source>ran out of memory (limit %1)</source>
        <translation>gikk tom for minne (grense %1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="215"/>
        <source>folder could not be read: %1</source>
        <translation>mappen kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="221"/>
        <source>file vanished while being indexed (%1)</source>
        <translation>filen forsvant under indekseringen (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="227"/>
        <source>file changed while being indexed; it will be read again on the next scan</source>
        <translation>filen ble endret under indekseringen; den leses på nytt ved neste gjennomgang</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="234"/>
        <source>could not read: %1</source>
        <translation>kunne ikke lese: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="240"/>
        <source>Only the first %1 words are searched for.</source>
        <translation>Bare de første %1 ordene søkes etter.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="247"/>
        <source>Only the first %1 characters are searched for.</source>
        <translation>Bare de første %1 tegnene søkes etter.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="255"/>
        <source>Unbalanced quote: the phrase runs to the end.</source>
        <translation>Anførselstegn uten slutt: frasen går til slutten.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="262"/>
        <source>Unknown field “%1”: searched as words.</source>
        <translation>Ukjent felt «%1»: søkt etter som ord.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="268"/>
        <source>Unbalanced “)” ignored.</source>
        <translation>«)» uten «(» ble ignorert.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="272"/>
        <source>“OR” without a left side ignored.</source>
        <translation>«OR» uten noe foran ble ignorert.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="276"/>
        <source>“OR” without a right side ignored.</source>
        <translation>«OR» uten noe etter ble ignorert.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="280"/>
        <source>“NOT” or “-” without a word ignored.</source>
        <translation>«NOT» eller «-» uten ord ble ignorert.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="286"/>
        <source>Too deeply nested parentheses ignored.</source>
        <translation>For dypt nestede parenteser ble ignorert.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="292"/>
        <source>Unbalanced “(” closed at the end.</source>
        <translation>«(» uten «)» ble lukket på slutten.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="297"/>
        <source>“%1:” without a value ignored.</source>
        <translation>«%1:» uten verdi ble ignorert.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="303"/>
        <source>“%1” is longer than %2 characters and cannot be found.</source>
        <translation>«%1» er lengre enn %2 tegn og kan ikke finnes.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="313"/>
        <source>“year:%1” is not a year or a range like 2013..2015; ignored.</source>
        <translation>«year:%1» er ikke et år eller et intervall som 2013..2015; ignorert.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="322"/>
        <source>Year range %1 shortened to %2 years.</source>
        <translation>Årsintervallet %1 ble forkortet til %2 år.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="330"/>
        <source>Unknown type “%1”; types are %2.</source>
        <translation>Ukjent type «%1»; typene er %2.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="337"/>
        <source>Only excluded words: showing everything else.</source>
        <translation>Bare ekskluderte ord: viser alt annet.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="344"/>
        <source>Nothing to search for in “%1”; showing all documents.</source>
        <translation>Ingenting å søke etter i «%1»; viser alle dokumenter.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="353"/>
        <source>Unknown sort “%1”; sorted by relevance.</source>
        <translation>Ukjent sortering «%1»; sortert etter relevans.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="360"/>
        <source>Unknown filter “%1” ignored.</source>
        <translation>Ukjent filter «%1» ble ignorert.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>damaged PDF: %1 (pypdf: %2)</source>
        <translation>skadet PDF: %1 (pypdf: %2)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>extraction process did not start in time</source>
        <translation>leseprosessen startet ikke i tide</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>the sidecar cannot be used: %1</source>
        <translation>sidefilen kan ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>its sidecar was changed by someone else since it was read; nothing was written</source>
        <translation>sidefilen ble endret av noen andre etter at den ble lest; ingenting ble skrevet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>its folder cannot be written (%1): the edits are kept in vtviewer&apos;s data folder until they can be saved next to the file</source>
        <translation>mappen kan ikke skrives til (%1): endringene ligger i vtviewers datamappe til de kan lagres ved siden av filen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>the edits could not be written (%1)</source>
        <translation>endringene kunne ikke skrives (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>its sidecar cannot be read, so it was not changed: %1</source>
        <translation>sidefilen kan ikke leses, så den ble ikke endret: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>the document is no longer in the archive</source>
        <translation>dokumentet er ikke lenger i arkivet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>saved; the search index is updated when the other vtviewer process has finished indexing</source>
        <translation>lagret; søkeindeksen oppdateres når den andre vtviewer-prosessen er ferdig med indekseringen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1: %2 is not a valid value (%3)</source>
        <translation>%1: %2 er ikke en gyldig verdi (%3)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>unknown field %1 (the fields: %2)</source>
        <translation>ukjent felt %1 (feltene: %2)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 exists already</source>
        <translation>%1 finnes allerede</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 could not be written: the disk is full</source>
        <translation>%1 kunne ikke skrives: disken er full</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 could not be written: no permission to write there</source>
        <translation>%1 kunne ikke skrives: ingen tillatelse til å skrive der</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 could not be written (%2)</source>
        <translation>%1 kunne ikke skrives (%2)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 documents cannot be listed in a catalog in %2, such as %3: a catalog lists the files of its own folder and its subfolders, by names that are valid text; save it in a folder that holds them all</source>
        <translation>%1 dokumenter kan ikke føres opp i en katalog i %2, for eksempel %3: en katalog fører opp filene i sin egen mappe og dens undermapper, med navn som er gyldig tekst; lagre den i en mappe som rommer alle</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>the catalog would be %1 bytes, and vtviewer reads catalogs of at most %2 bytes: export fewer documents</source>
        <translation>katalogen ville blitt %1 byte, og vtviewer leser kataloger på høyst %2 byte: eksporter færre dokumenter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>the catalog cannot be used: %1</source>
        <translation>katalogen kan ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>more than %1 pages</source>
        <translation>mer enn %1 sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>structure nested too deeply</source>
        <translation>strukturen er nøstet for dypt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>the file was not found</source>
        <translation>filen ble ikke funnet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>no pages</source>
        <translation>ingen sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>pages could not be read</source>
        <translation>sidene kunne ikke leses</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>the PDF engine could not read it</source>
        <translation>PDF-motoren kunne ikke lese den</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>%1 is not a register vtviewer reads (CSV, JSON or Excel .xlsx)</source>
        <translation>%1 er ikke et register vtviewer kan lese (CSV, JSON eller Excel .xlsx)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the register cannot be read (%1)</source>
        <translation>registeret kan ikke leses (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the register is larger than %1 MB</source>
        <translation>registeret er større enn %1 MB</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the register has more than %1 rows</source>
        <translation>registeret har mer enn %1 rader</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the register has no header and rows</source>
        <translation>registeret har ingen overskriftsrad og rader</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the register is not text (UTF-8, UTF-16 or Windows-1252)</source>
        <translation>registeret er ikke tekst (UTF-8, UTF-16 eller Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the CSV cannot be read at row %1 (%2)</source>
        <translation>CSV-filen kan ikke leses ved rad %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>not valid JSON (line %1: %2)</source>
        <translation>ikke gyldig JSON (linje %1: %2)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the JSON is neither a list of objects nor {&quot;documents&quot;: [...]}</source>
        <translation>JSON-filen er verken en liste av objekter eller {&quot;documents&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the Excel file cannot be read (%1)</source>
        <translation>Excel-filen kan ikke leses (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the entry is not an object</source>
        <translation>oppføringen er ikke et objekt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>the row names no file and no SHA-256</source>
        <translation>raden oppgir verken fil eller SHA-256</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>no document in the archive matches %1</source>
        <translation>ingen dokumenter i arkivet passer til %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>%1 matches %2 documents</source>
        <translation>%1 passer til %2 dokumenter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/messages.py" line="29"/>
        <source>row %1 already names this document</source>
        <translation>rad %1 oppgir allerede dette dokumentet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>the merges and splits of contacts in %1 cannot be read (%2): they are not applied, and nothing is written over them until the file is fixed or removed</source>
        <translation>sammenslåingene og oppdelingene av kontakter i %1 kan ikke leses (%2): de brukes ikke, og ingenting skrives over dem før filen er rettet eller fjernet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>the merges and splits of contacts could not be saved (%1)</source>
        <translation>sammenslåingene og oppdelingene av kontakter kunne ikke lagres (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>these are one person already</source>
        <translation>dette er allerede én person</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 is not a name of either person</source>
        <translation>%1 er ikke navnet til noen av de to personene</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 is not a name or e-mail address of this person</source>
        <translation>%1 er ikke et navn eller en e-postadresse til denne personen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 is all there is of this person: nothing would be left</source>
        <translation>%1 er alt som finnes av denne personen: ingenting ville bli igjen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 is not a Norwegian phone number (eight digits)</source>
        <translation>%1 er ikke et norsk telefonnummer (åtte sifre)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>%1 is not an e-mail address</source>
        <translation>%1 er ikke en e-postadresse</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>a person needs a name, a phone number or an e-mail address</source>
        <translation>en person trenger et navn, et telefonnummer eller en e-postadresse</translation>
    </message>
    <message>
        <location filename="../../vtviewer/core/messages.py" line="1"/>
        <source>its contacts changed since the directory was read; nothing was written</source>
        <translation>kontaktene i dokumentet er endret siden kontaktlisten ble lest; ingenting ble skrevet</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Rediger «%1»</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>skilt med ;</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>skilt med komma</translation>
    </message>
    <message>
        <source>No other PDF files in this folder</source>
        <translation>Ingen andre PDF-filer i denne mappen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Where the value comes from</source>
        <translation>Hvor verdien kommer fra</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Revert to the file&apos;s value</source>
        <translation>Tilbake til filens verdi</translation>
    </message>
    <message>
        <source>Revert %1 to the file&apos;s value</source>
        <translation>Sett %1 tilbake til filens verdi</translation>
    </message>
    <message>
        <source>file&apos;s value on Save</source>
        <translation>filens verdi ved lagring</translation>
    </message>
    <message>
        <source>The period takes years like 2013 (from – to)</source>
        <translation>Perioden skrives med årstall som 2013 (fra – til)</translation>
    </message>
    <message>
        <source>The period ends before it begins</source>
        <translation>Perioden slutter før den begynner</translation>
    </message>
    <message>
        <source>A date is written 2016-06-01 or 01.06.2016</source>
        <translation>En dato skrives 2016-06-01 eller 01.06.2016</translation>
    </message>
    <message>
        <source>The language is a code like nb, nn or en</source>
        <translation>Språket er en kode som nb, nn eller en</translation>
    </message>
</context>
<context>
    <name>MultiEditor</name>
    <message numerus="yes">
        <source>Edit %Ln document(s)</source>
        <translation>
            <numerusform>Rediger %Ln dokument</numerusform>
            <numerusform>Rediger %Ln dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>La være som det er</translation>
    </message>
    <message>
        <source>tags to add, separated by commas</source>
        <translation>stikkord å legge til, skilt med komma</translation>
    </message>
    <message>
        <source>tags to remove, separated by commas</source>
        <translation>stikkord å fjerne, skilt med komma</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Sett til</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Write the period to set, or choose Clear</source>
        <translation>Skriv perioden som skal settes, eller velg Tøm</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>Fields left as they are do not change on any of the documents.</source>
        <translation>Felt som blir stående som de er, endres ikke på noen av dokumentene.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Legg til stikkord</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Fjern stikkord</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Legg til en kontakt</translation>
    </message>
    <message>
        <source>The period takes years like 2013 (from – to)</source>
        <translation>Perioden skrives med årstall som 2013 (fra – til)</translation>
    </message>
    <message>
        <source>The period ends before it begins</source>
        <translation>Perioden slutter før den begynner</translation>
    </message>
    <message>
        <source>Write the organisation to set, or choose Clear</source>
        <translation>Skriv organisasjonen som skal settes, eller velg Tøm</translation>
    </message>
    <message>
        <source>The contact&apos;s e-mail address is not valid</source>
        <translation>Kontaktens e-postadresse er ikke gyldig</translation>
    </message>
    <message>
        <source>The contact&apos;s phone is not a Norwegian number (8 digits)</source>
        <translation>Kontaktens telefon er ikke et norsk nummer (8 sifre)</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../vtviewer/gui/preview_notices.py" line="74"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="581"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_notices.py" line="82"/>
        <source>Password error</source>
        <translation>Passordfeil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_notices.py" line="78"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
</context>
<context>
    <name>PathOpener</name>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>%1 cannot be opened: it is neither a PDF nor a folder</source>
        <translation>%1 kan ikke åpnes: det er verken en PDF eller en mappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>%1 does not exist</source>
        <translation>%1 finnes ikke</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>%1 could not be indexed</source>
        <translation>%1 kunne ikke indekseres</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>%1 is already in the archive</source>
        <translation>%1 er allerede i arkivet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>%1 is being indexed; it opens when it is ready</source>
        <translation>%1 indekseres; den åpnes når den er klar</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>Add the folder %1 to the archive? Its PDFs are indexed in the background and can then be searched.</source>
        <translation>Legge mappen %1 til i arkivet? PDF-ene i den indekseres i bakgrunnen og kan så søkes i.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>Add folder</source>
        <translation>Legg til mappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>Add a folder</source>
        <translation>Legg til en mappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>%1 is not in the archive. Add its folder %2 and index it, so that it can be searched? Or only show the file?</source>
        <translation>%1 er ikke i arkivet. Legge mappen %2 til og indeksere den, så den kan søkes i? Eller bare vise filen?</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>Add folder and index</source>
        <translation>Legg til mappe og indekser</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>Only show the file</source>
        <translation>Bare vis filen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/open_paths.py" line="1"/>
        <source>Open a PDF</source>
        <translation>Åpne en PDF</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="174"/>
        <source>Document preview</source>
        <translation>Forhåndsvisning av dokumentet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="209"/>
        <source>Select a document to preview it.</source>
        <translation>Velg et dokument for å forhåndsvise det.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="210"/>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="305"/>
        <source>No matches for “%1”</source>
        <translation>Ingen treff for «%1»</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="612"/>
        <source>“%1” could not be opened: the file was not found.</source>
        <translation>«%1» kunne ikke åpnes: filen ble ikke funnet.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="626"/>
        <source>Opening “%1”…</source>
        <translation>Åpner «%1»…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/pdf_preview.py" line="645"/>
        <source>the PDF engine did not finish reading it within %n second(s)</source>
        <translation>
            <numerusform>PDF-motoren ble ikke ferdig med å lese den innen %n sekund</numerusform>
            <numerusform>PDF-motoren ble ikke ferdig med å lese den innen %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="648"/>
        <source>the PDF engine stopped while reading it</source>
        <translation>PDF-motoren stoppet mens den leste den</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="670"/>
        <source>of %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="684"/>
        <source>“%1” is protected by a password.</source>
        <translation>«%1» er beskyttet med passord.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="688"/>
        <source>Wrong password. Please try again.</source>
        <translation>Feil passord. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="693"/>
        <source>Wrong password</source>
        <translation>Feil passord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="736"/>
        <source>“%1” could not be opened: %2.</source>
        <translation>«%1» kunne ikke åpnes: %2.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="742"/>
        <source>“%1” could not be opened safely: %2.</source>
        <translation>«%1» kunne ikke åpnes trygt: %2.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="746"/>
        <source>Opening it anyway may make vtviewer stop responding.</source>
        <translation>Åpner du den likevel, kan vtviewer slutte å svare.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="756"/>
        <source>When indexing: %1</source>
        <translation>Ved indeksering: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/pdf_preview.py" line="926"/>
        <source>%Ln match(es) in the document</source>
        <translation>
            <numerusform>%Ln treff i dokumentet</numerusform>
            <numerusform>%Ln treff i dokumentet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="966"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Skriver ut side %1 av %2…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Utskriften mislyktes</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../vtviewer/gui/contacts_model.py" line="1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_model.py" line="1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_model.py" line="1"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_model.py" line="1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_model.py" line="1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_model.py" line="1"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
</context>
<context>
    <name>PersonDocumentsModel</name>
    <message>
        <location filename="../../vtviewer/gui/contacts_model.py" line="1"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/contacts_model.py" line="1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
</context>
<context>
    <name>PlacesList</name>
    <message>
        <location filename="../../vtviewer/gui/details_places.py"/>
        <source>Open this copy in the default viewer</source>
        <translation>Åpne denne kopien i standardprogram</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_places.py"/>
        <source>Also at %1</source>
        <translation>Finnes også her: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_places.py"/>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_places.py"/>
        <source>Show %1 in its folder</source>
        <translation>Vis %1 i mappen</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Saved in the data folder</source>
        <translation>Lagret i datamappen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Conflict: not saved</source>
        <translation>Konflikt: ikke lagret</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Matched by path</source>
        <translation>Funnet etter sti</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Matched by name</source>
        <translation>Funnet etter navn</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Matched by content</source>
        <translation>Funnet etter innhold</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Matched</source>
        <translation>Funnet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Not matched</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Ambiguous</source>
        <translation>Tvetydig</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Duplicate</source>
        <translation>Dobbelt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Changes: %1</source>
        <translation>Endrer: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>No change</source>
        <translation>Ingen endring</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Not imported from %1: %2</source>
        <translation>Ikke importert fra %1: %2</translation>
    </message>
</context>
<context>
    <name>PreviewHits</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/preview_hits.py" line="187"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln treff</numerusform>
            <numerusform>%Ln treff</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_hits.py" line="185"/>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_hits.py" line="189"/>
        <source>hit %1 of %2</source>
        <translation>treff %1 av %2</translation>
    </message>
</context>
<context>
    <name>PreviewPages</name>
    <message>
        <location filename="../../vtviewer/gui/preview_pages.py" line="38"/>
        <source>Document pages</source>
        <translation>Dokumentsider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_pages.py" line="52"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="519"/>
        <source>Outline</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_pages.py" line="45"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="492"/>
        <source>Outline and pages</source>
        <translation>Innhold og sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_pages.py" line="59"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="520"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Select &amp;all text on the page</source>
        <translation>&amp;Merk all tekst på siden</translation>
    </message>
    <message>
        <source>Copy page &amp;link</source>
        <translation>Kopier &amp;lenke til siden</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>This page has no text to select.</source>
        <translation>Denne siden har ingen tekst å merke.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) copied</source>
        <translation>
            <numerusform>%Ln tegn kopiert</numerusform>
            <numerusform>%Ln tegn kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, side %2</translation>
    </message>
    <message>
        <source>Link to the page copied</source>
        <translation>Lenke til siden er kopiert</translation>
    </message>
</context>
<context>
    <name>PreviewToolbar</name>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="73"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="111"/>
        <source>Find in document</source>
        <extracomment>Zoom steps for zoom in/out, as in most PDF viewers. A zoom step changes the size by at least this ratio. Typing in the find bar searches after this pause, so each keystroke stays cheap.</extracomment>
        <translation>Finn i dokumentet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="74"/>
        <source>Find in document (%1)</source>
        <translation>Finn i dokumentet (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="64"/>
        <source>Fit page</source>
        <translation>Tilpass side</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="63"/>
        <source>Fit width</source>
        <translation>Tilpass bredde</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="47"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="30"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="492"/>
        <source>Outline and pages</source>
        <translation>Innhold og sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="43"/>
        <source>Page count</source>
        <translation>Antall sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="39"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="423"/>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="27"/>
        <source>Preview toolbar</source>
        <translation>Verktøylinje for forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="34"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="58"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/preview_toolbar.py" line="52"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
</context>
<context>
    <name>ProblemKind</name>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="44"/>
        <source>Not a PDF</source>
        <translation>Ikke PDF</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="45"/>
        <source>Empty file</source>
        <translation>Tom fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="46"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="47"/>
        <source>Damaged</source>
        <translation>Skadet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="48"/>
        <source>Timed out</source>
        <translation>Tidsavbrudd</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="49"/>
        <source>Too much memory</source>
        <translation>For mye minne</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="50"/>
        <source>Crashed the reader</source>
        <translation>Leseren krasjet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="51"/>
        <source>Unreadable</source>
        <translation>Uleselig</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="52"/>
        <source>Vanished</source>
        <translation>Forsvunnet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="53"/>
        <source>Sidecar file</source>
        <translation>Sidefil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="54"/>
        <source>Catalog file</source>
        <translation>Katalogfil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="55"/>
        <source>Changed while read</source>
        <translation>Endret under lesing</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="132"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="139"/>
        <source>Files that could not be indexed</source>
        <translation>Filer som ikke kunne indekseres</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="154"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="157"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="158"/>
        <source>Show the selected file in the preview</source>
        <translation>Vis den valgte filen i forhåndsvisningen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="159"/>
        <source>Retry selected</source>
        <translation>Prøv valgte på nytt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="160"/>
        <source>Retry all</source>
        <translation>Prøv alle på nytt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/problems_dialog.py" line="184"/>
        <source>%Ln file(s) could not be indexed, or only partly.</source>
        <translation>
            <numerusform>%Ln fil kunne ikke indekseres, eller bare delvis.</numerusform>
            <numerusform>%Ln filer kunne ikke indekseres, eller bare delvis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="187"/>
        <source>Every file was indexed without problems.</source>
        <translation>Alle filene ble indeksert uten problemer.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="67"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="67"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="67"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../vtviewer/gui/reader.py"/>
        <source>Showing the attachment %1</source>
        <translation>Viser vedlegget %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/reader.py" line="162"/>
        <source>%1 is not in the index: %2</source>
        <translation>%1 er ikke i indeksen: %2</translation>
    </message>
</context>
<context>
    <name>RegisterField</name>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Not imported</source>
        <translation>Importeres ikke</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Period (years)</source>
        <translation>Periode (år)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Tags</source>
        <translation>Emneord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Contact: name</source>
        <translation>Kontakt: navn</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Contact: role</source>
        <translation>Kontakt: rolle</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Contact: phone</source>
        <translation>Kontakt: telefon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Contact: e-mail</source>
        <translation>Kontakt: e-post</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>File (path or name)</source>
        <translation>Fil (sti eller navn)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>SHA-256 of the file</source>
        <translation>Filens SHA-256</translation>
    </message>
</context>
<context>
    <name>ResultLinks</name>
    <message>
        <source>Pages: %1. Ctrl+Right and Ctrl+Left choose a page, Enter opens it.</source>
        <translation>Sider: %1. Ctrl+høyre og Ctrl+venstre velger en side, Enter åpner den.</translation>
    </message>
    <message>
        <source>Page link %1 of %2: page %3. Enter opens it.</source>
        <translation>Sidelenke %1 av %2: side %3. Enter åpner den.</translation>
    </message>
</context>
<context>
    <name>ResultsArea</name>
    <message>
        <location filename="../../vtviewer/gui/results_view.py" line="165"/>
        <source>Indexing… documents appear here as they are read.</source>
        <translation>Indekserer… dokumentene dukker opp her etter hvert som de leses.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_view.py" line="169"/>
        <source>No documents yet.
Add a folder with PDFs, or drop one onto this window.</source>
        <translation>Ingen dokumenter ennå.
Legg til en mappe med PDF-er, eller slipp en på dette vinduet.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="1"/>
        <source>Recognised text:</source>
        <translation>Gjenkjent tekst:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="74"/>
        <source>Match in the document’s details (contact, title, tags…)</source>
        <translation>Treff i dokumentets opplysninger (kontakt, tittel, stikkord…)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="88"/>
        <source>Pages:</source>
        <translation>Sider:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="112"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="113"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="114"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="115"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="116"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="117"/>
        <source>Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Corrections kept in vtviewer&apos;s data folder</source>
        <translation>Rettelser lagret i vtviewers datamappe</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../vtviewer/gui/results_view.py" line="74"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_view.py" line="39"/>
        <source>Results</source>
        <translation>Treff</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../vtviewer/gui/search_bar.py" line="122"/>
        <source>Did you mean %1?</source>
        <translation>Mente du %1?</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/search_bar.py" line="124"/>
        <source>No documents match your search.</source>
        <translation>Ingen dokumenter passer til søket.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/search_bar.py" line="46"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/search_bar.py" line="130"/>
        <source>Search failed: %1</source>
        <translation>Søket mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/search_bar.py" line="45"/>
        <source>Search titles, text, contacts… (Ctrl+K)</source>
        <extracomment>Rows fetched per search; more come when the user scrolls to the end. Debounce for typing: a keystroke after a pause searches at once, bursts are coalesced. While indexing, refresh the results at most this often when new documents arrived. No time-left estimate before this many seconds, or this share of the files, passed. The title column (with its snippet) gets at least this much room when the window narrows, taken from the preview&apos;s side. Problems that mean the file hung or killed a reader: not opened without asking. While indexing, how often (at most) the results refresh to show new documents. The results&apos; share of the width right of the filters (the user can drag it). While a rebuild replaces the index, searches wait for its first progress.</extracomment>
        <translation>Søk i titler, tekst, kontakter… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/search_bar.py" line="75"/>
        <source>You are looking at the bundled &lt;b&gt;sample archive&lt;/b&gt;. Add a folder to index your own PDFs, or drop one onto this window.</source>
        <translation>Du ser på det medfølgende &lt;b&gt;eksempelarkivet&lt;/b&gt;. Legg til en mappe for å indeksere dine egne PDF-er, eller slipp en mappe på dette vinduet.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/search_bar.py"/>
        <source>Showing results for %1 (you typed: %2).</source>
        <translation>Viser treff for %1 (du skrev: %2).</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/search_bar.py"/>
        <source>Search for exactly what you typed</source>
        <translation>Søk etter nøyaktig det du skrev</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="39"/>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="41"/>
        <source>Archive folders</source>
        <translation>Arkivmapper</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="44"/>
        <source>Add folder…</source>
        <translation>Legg til mappe…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="45"/>
        <source>Add folder</source>
        <translation>Legg til mappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="46"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="48"/>
        <source>Remove the folder from the archive (the files themselves stay)</source>
        <translation>Fjern mappen fra arkivet (selve filene blir liggende)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="61"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="62"/>
        <source>System default</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="68"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="69"/>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="70"/>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="71"/>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="75"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="76"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="77"/>
        <source>A new language takes effect when vtviewer starts again.</source>
        <translation>Nytt språk tas i bruk neste gang vtviewer starter.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="86"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="112"/>
        <source>Add archive folder</source>
        <translation>Legg til arkivmappe</translation>
    </message>
</context>
<context>
    <name>SeveralPlacesBox</name>
    <message>
        <location filename="../../vtviewer/gui/copies_filter.py"/>
        <source>Found in several places</source>
        <translation>Finnes flere steder</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/copies_filter.py"/>
        <source>Only documents whose file is found in more than one place</source>
        <translation>Bare dokumenter der filen finnes på mer enn ett sted</translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <location filename="../../vtviewer/gui/similar_dialog.py"/>
        <source>Enter or a double-click shows the document</source>
        <translation>Enter eller dobbeltklikk viser dokumentet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/similar_dialog.py"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/similar_dialog.py"/>
        <source>Similar documents</source>
        <translation>Lignende dokumenter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/similar_dialog.py"/>
        <source>Documents like %1</source>
        <translation>Dokumenter som ligner på %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/similar_dialog.py"/>
        <source>Looking for similar documents…</source>
        <translation>Leter etter lignende dokumenter…</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/similar_dialog.py"/>
        <source>No other document shares enough words with it.</source>
        <translation>Ingen andre dokumenter har nok ord felles med dette.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/similar_dialog.py"/>
        <source>Could not look for similar documents: %1</source>
        <translation>Kunne ikke lete etter lignende dokumenter: %1</translation>
    </message>
</context>
<context>
    <name>SimilarModel</name>
    <message>
        <location filename="../../vtviewer/gui/similar_dialog.py"/>
        <source>Shares: %1</source>
        <translation>Felles ord: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/similar_dialog.py"/>
        <source>%1, shares %2</source>
        <translation>%1, felles ord: %2</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../vtviewer/gui/preview_thumbnails.py" line="75"/>
        <source>Page %1</source>
        <extracomment>Thumbnail width in device-independent pixels; heights follow each page&apos;s aspect. request id -&gt; page, so renders of a previous document are dropped on arrival.</extracomment>
        <translation>Side %1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>No dated documents</source>
        <translation>Ingen daterte dokumenter</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln document(s)</source>
        <translation>
            <numerusform>%1: %Ln dokument</numerusform>
            <numerusform>%1: %Ln dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents per year from %1 to %2, %Ln in all.</source>
        <translation>
            <numerusform>Dokumenter per år fra %1 til %2, %Ln i alt.</numerusform>
            <numerusform>Dokumenter per år fra %1 til %2, %Ln i alt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <translation>Valgt: %1.</translation>
    </message>
    <message>
        <source>Left and right arrows move, shift extends, Enter filters, Escape clears.</source>
        <translation>Piltastene venstre og høyre flytter, Shift utvider, Enter filtrerer, Escape fjerner.</translation>
    </message>
    <message>
        <source>Picking: %1.</source>
        <translation>Velger: %1.</translation>
    </message>
</context>
</TS>
