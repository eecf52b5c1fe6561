<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="59"/>
        <source>Document details</source>
        <translation>Dokumentdetaljer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="95"/>
        <source>Select a document to see its details.</source>
        <translation>Velg et dokument for å se detaljene.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="114"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="177"/>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="178"/>
        <source>Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="180"/>
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="182"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="183"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="184"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="185"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="169"/>
        <location filename="../../vtviewer/gui/details_pane.py" line="173"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="164"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="189"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="197"/>
        <source>Attachment %1</source>
        <translation>Vedlegg %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="150"/>
        <source>Open in default viewer</source>
        <translation>Åpne i standardprogram</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="144"/>
        <source>Type, period and organisation</source>
        <translation>Type, periode og organisasjon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="154"/>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="232"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="233"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="246"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="248"/>
        <location filename="../../vtviewer/gui/details_pane.py" line="249"/>
        <source>Copy %1</source>
        <translation>Kopier %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/details_pane.py" line="259"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="157"/>
        <source>Search titles, text, contacts… (Ctrl+K)</source>
        <extracomment>Rows fetched per search; more come when the user scrolls to the end. Debounce for typing: a keystroke after a pause searches at once, bursts are coalesced. While indexing, refresh the results at most this often when new documents arrived. Problems that mean the file hung or killed a reader: not opened without asking. While indexing, how often (at most) the results refresh to show new documents.</extracomment>
        <translation>Søk i titler, tekst, kontakter … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="158"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="167"/>
        <location filename="../../vtviewer/gui/main_window.py" line="193"/>
        <location filename="../../vtviewer/gui/main_window.py" line="304"/>
        <source>Add folder…</source>
        <translation>Legg til mappe …</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="168"/>
        <source>Add folder</source>
        <translation>Legg til mappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="188"/>
        <source>You are looking at the bundled &lt;b&gt;sample archive&lt;/b&gt;. Add a folder to index your own PDFs, or drop one onto this window.</source>
        <translation>Du ser på det medfølgende &lt;b&gt;eksempelarkivet&lt;/b&gt;. Legg til en mappe for å indeksere dine egne PDF-er, eller slipp en mappe på dette vinduet.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="216"/>
        <location filename="../../vtviewer/gui/main_window.py" line="247"/>
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="222"/>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="230"/>
        <location filename="../../vtviewer/gui/main_window.py" line="253"/>
        <source>Saved searches</source>
        <translation>Lagrede søk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="233"/>
        <source>Save…</source>
        <translation>Lagre …</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="234"/>
        <location filename="../../vtviewer/gui/main_window.py" line="235"/>
        <source>Save the current search</source>
        <translation>Lagre dette søket</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="237"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="238"/>
        <location filename="../../vtviewer/gui/main_window.py" line="239"/>
        <source>Delete the selected saved search</source>
        <translation>Slett det valgte lagrede søket</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="266"/>
        <source>Results</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="323"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="358"/>
        <source>Indexing progress</source>
        <translation>Indekseringsfremdrift</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="360"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="361"/>
        <source>Cancel indexing</source>
        <translation>Avbryt indekseringen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="364"/>
        <source>Show problems</source>
        <translation>Vis problemer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="390"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="391"/>
        <source>&amp;Add folder…</source>
        <translation>&amp;Legg til mappe …</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="393"/>
        <source>&amp;Index now</source>
        <translation>&amp;Indekser nå</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="395"/>
        <source>&amp;Problems…</source>
        <translation>&amp;Problemer …</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="396"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="398"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="408"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="409"/>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="411"/>
        <source>Sort by &amp;relevance</source>
        <translation>Sorter etter &amp;relevans</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="412"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Fjern filtre</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="413"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="429"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="430"/>
        <source>&amp;About vtviewer</source>
        <translation>&amp;Om vtviewer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="573"/>
        <source>Sample archive</source>
        <translation>Eksempelarkiv</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="644"/>
        <source>Search failed: %1</source>
        <translation>Søket mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="654"/>
        <source>Did you mean %1?</source>
        <translation>Mente du %1?</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="656"/>
        <source>No documents match your search.</source>
        <translation>Ingen dokumenter passer til søket.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="666"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n dokument passer</numerusform>
            <numerusform>%n dokumenter passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="668"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="676"/>
        <source>Indexing… documents appear here as they are read.</source>
        <translation>Indekserer … dokumentene dukker opp her etter hvert som de leses.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="681"/>
        <source>No documents yet.
Add a folder with PDFs, or drop one onto this window.</source>
        <translation>Ingen dokumenter ennå.
Legg til en mappe med PDF-er, eller slipp en på dette vinduet.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="726"/>
        <source>Type a search first, then save it.</source>
        <translation>Skriv et søk først, og lagre det så.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="730"/>
        <source>Save search</source>
        <translation>Lagre søk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="730"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="833"/>
        <source>Add archive folder</source>
        <translation>Legg til arkivmappe</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="871"/>
        <location filename="../../vtviewer/gui/main_window.py" line="881"/>
        <source>Looking for files…</source>
        <translation>Ser etter filer …</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="885"/>
        <source>Indexing %1 of %2 files</source>
        <translation>Indekserer %1 av %2 filer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="890"/>
        <source>%1 pages/s</source>
        <translation>%1 sider/s</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="915"/>
        <source>about %1 s left</source>
        <translation>ca. %1 s igjen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="916"/>
        <source>about %1 min left</source>
        <translation>ca. %1 min igjen</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="925"/>
        <source>Indexing cancelled.</source>
        <translation>Indekseringen ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="928"/>
        <source>Indexed: %1 new, %2 changed, %3 removed.</source>
        <translation>Indeksert: %1 nye, %2 endret, %3 fjernet.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="945"/>
        <source>Indexing failed: %1</source>
        <translation>Indekseringen mislyktes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="955"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="1008"/>
        <source>About vtviewer</source>
        <translation>Om vtviewer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="1023"/>
        <source>An offline viewer for archives of PDF plans and reports.</source>
        <translation>En frakoblet leser for arkiver med planer og rapporter i PDF.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/main_window.py" line="1025"/>
        <source>Licences</source>
        <translation>Lisenser</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="167"/>
        <source>Document preview</source>
        <translation>Forhåndsvisning av dokumentet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="200"/>
        <source>Select a document to preview it.</source>
        <translation>Velg et dokument for å forhåndsvise det.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="201"/>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="289"/>
        <source>No matches for “%1”</source>
        <translation>Ingen treff for «%1»</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="370"/>
        <source>Preview toolbar</source>
        <translation>Verktøylinje for forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="373"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="455"/>
        <source>Outline and pages</source>
        <translation>Innhold og sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="378"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="384"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="385"/>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="389"/>
        <source>Page count</source>
        <translation>Antall sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="393"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="399"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="406"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="412"/>
        <source>Fit width</source>
        <translation>Tilpass bredde</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="413"/>
        <source>Fit page</source>
        <translation>Tilpass side</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="426"/>
        <source>Find in document</source>
        <translation>Finn i dokumentet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="427"/>
        <source>Find in document (%1)</source>
        <translation>Finn i dokumentet (%1)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="444"/>
        <source>Document pages</source>
        <translation>Dokumentsider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="462"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="482"/>
        <source>Outline</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="469"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="483"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="513"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="514"/>
        <source>Open anyway</source>
        <translation>Åpne likevel</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="516"/>
        <source>Open the file in this window although it may make the program hang</source>
        <translation>Åpne filen i dette vinduet selv om programmet kan henge</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="543"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="544"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="547"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="551"/>
        <source>Password error</source>
        <translation>Passordfeil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="575"/>
        <source>“%1” could not be opened: the file was not found.</source>
        <translation>«%1» kunne ikke åpnes: filen ble ikke funnet.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="589"/>
        <source>Opening “%1”…</source>
        <translation>Åpner «%1» …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/pdf_preview.py" line="608"/>
        <source>the PDF engine did not finish reading it within %n second(s)</source>
        <translation>
            <numerusform>PDF-motoren ble ikke ferdig med å lese den innen %n sekund</numerusform>
            <numerusform>PDF-motoren ble ikke ferdig med å lese den innen %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="611"/>
        <source>the PDF engine stopped while reading it</source>
        <translation>PDF-motoren stoppet mens den leste den</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="632"/>
        <source>of %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="645"/>
        <source>“%1” is protected by a password.</source>
        <translation>«%1» er beskyttet med passord.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="649"/>
        <source>Wrong password. Please try again.</source>
        <translation>Feil passord. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="654"/>
        <source>Wrong password</source>
        <translation>Feil passord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="683"/>
        <source>the file was not found</source>
        <translation>filen ble ikke funnet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="684"/>
        <source>it is not a valid PDF file, or it is damaged</source>
        <translation>den er ikke en gyldig PDF-fil, eller den er skadet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="685"/>
        <source>it is encrypted in a way that is not supported</source>
        <translation>den er kryptert på en måte som ikke støttes</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="686"/>
        <source>the file is incomplete</source>
        <translation>filen er ufullstendig</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="687"/>
        <source>the document has no pages</source>
        <translation>dokumentet har ingen sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="689"/>
        <source>the PDF engine could not read it</source>
        <translation>PDF-motoren kunne ikke lese den</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="692"/>
        <source>“%1” could not be opened: %2.</source>
        <translation>«%1» kunne ikke åpnes: %2.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="698"/>
        <source>“%1” could not be opened safely: %2.</source>
        <translation>«%1» kunne ikke åpnes trygt: %2.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="702"/>
        <source>Opening it anyway may make vtviewer stop responding.</source>
        <translation>Åpner du den likevel, kan vtviewer slutte å svare.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="830"/>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/pdf_preview.py" line="832"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="835"/>
        <source>hit %1 of %2</source>
        <translation>treff %1 av %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/pdf_preview.py" line="843"/>
        <source>%n match(es) in the document</source>
        <translation>
            <numerusform>%n treff i dokumentet</numerusform>
            <numerusform>%n treff i dokumentet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="879"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>ProblemKind</name>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="40"/>
        <source>Not a PDF</source>
        <translation>Ikke PDF</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="41"/>
        <source>No text</source>
        <translation>Ingen tekst</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="42"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="43"/>
        <source>Damaged</source>
        <translation>Skadet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="44"/>
        <source>Timed out</source>
        <translation>Tidsavbrudd</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="45"/>
        <source>Too much memory</source>
        <translation>For mye minne</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="46"/>
        <source>Crashed the reader</source>
        <translation>Leseren krasjet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="47"/>
        <source>Unreadable</source>
        <translation>Uleselig</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="48"/>
        <source>Vanished</source>
        <translation>Forsvunnet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="49"/>
        <source>Sidecar file</source>
        <translation>Sidefil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="50"/>
        <source>Catalog file</source>
        <translation>Katalogfil</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="124"/>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="131"/>
        <source>Files that could not be indexed</source>
        <translation>Filer som ikke kunne indekseres</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="144"/>
        <source>Retry selected</source>
        <translation>Prøv valgte på nytt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="145"/>
        <source>Retry all</source>
        <translation>Prøv alle på nytt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/problems_dialog.py" line="163"/>
        <source>%n file(s) could not be indexed, or only partly.</source>
        <translation>
            <numerusform>%n fil kunne ikke indekseres, eller bare delvis.</numerusform>
            <numerusform>%n filer kunne ikke indekseres, eller bare delvis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="166"/>
        <source>Every file was indexed without problems.</source>
        <translation>Alle filene ble indeksert uten problemer.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="62"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="62"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="62"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/problems_dialog.py" line="62"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="82"/>
        <source>Pages:</source>
        <translation>Sider:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="106"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="107"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="108"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="109"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="110"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/results_model.py" line="111"/>
        <source>Modified</source>
        <translation>Endret</translation>
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
        <translation>Legg til mappe …</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="45"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="47"/>
        <source>Remove the folder from the archive (the files themselves stay)</source>
        <translation>Fjern mappen fra arkivet (selve filene blir liggende)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="60"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="61"/>
        <source>System default</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="67"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="68"/>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="69"/>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="70"/>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="74"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="75"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="76"/>
        <source>A new language takes effect when vtviewer starts again.</source>
        <translation>Nytt språk tas i bruk neste gang vtviewer starter.</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/settings_dialog.py" line="106"/>
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
<context>
    <name>_FindBar</name>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="103"/>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="104"/>
        <source>Find in document</source>
        <extracomment>Zoom steps for zoom in/out, as in most PDF viewers. Typing in the find bar searches after this pause, so each keystroke stays cheap.</extracomment>
        <translation>Finn i dokumentet</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="114"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Forrige treff (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="117"/>
        <source>Next match (F3)</source>
        <translation>Neste treff (F3)</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="121"/>
        <source>Matches</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../vtviewer/gui/pdf_preview.py" line="122"/>
        <source>Close the find bar (Esc)</source>
        <translation>Lukk søkefeltet (Esc)</translation>
    </message>
</context>
</TS>
