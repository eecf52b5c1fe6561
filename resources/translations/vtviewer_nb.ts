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
    <name>DetailsPane</name>
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
        <location filename="../../vtviewer/gui/reader.py" line="162"/>
        <source>%1 is not in the index: %2</source>
        <translation>%1 er ikke i indeksen: %2</translation>
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
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../vtviewer/gui/preview_thumbnails.py" line="75"/>
        <source>Page %1</source>
        <extracomment>Thumbnail width in device-independent pixels; heights follow each page&apos;s aspect. request id -&gt; page, so renders of a previous document are dropped on arrival.</extracomment>
        <translation>Side %1</translation>
    </message>
</context>
</TS>
