<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveNotice</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/archive_health.py" line="70"/>
        <source>The index was rebuilt: %Ln document(s).</source>
        <translation>
            <numerusform>The index was rebuilt: %Ln document.</numerusform>
            <numerusform>The index was rebuilt: %Ln documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsWindow</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>%Ln document(s) name %1</source>
        <translation>
            <numerusform>%Ln document names %1</numerusform>
            <numerusform>%Ln documents name %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/contacts_view.py" line="1"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/person_dialogs.py" line="1"/>
        <source>The change is written to the %Ln document(s) that name this person.</source>
        <translation>
            <numerusform>The change is written to the %Ln document that names this person.</numerusform>
            <numerusform>The change is written to the %Ln documents that name this person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message numerus="yes">
        <source>edit of %Ln document(s)</source>
        <translation>
            <numerusform>edit of %Ln document</numerusform>
            <numerusform>edit of %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved; %Ln correction(s) kept in vtviewer&apos;s data folder (the folder cannot be written)</source>
        <translation>
            <numerusform>Saved; %Ln correction kept in vtviewer&apos;s data folder (the folder cannot be written)</numerusform>
            <numerusform>Saved; %Ln corrections kept in vtviewer&apos;s data folder (the folder cannot be written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln document(s)</source>
        <translation>
            <numerusform>Saved %Ln document</numerusform>
            <numerusform>Saved %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s): edits saved next to the file.</source>
        <translation>
            <numerusform>%Ln document: edits saved next to the file.</numerusform>
            <numerusform>%Ln documents: edits saved next to the files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s): the folder still cannot be written; the edits stay in vtviewer&apos;s data folder.</source>
        <translation>
            <numerusform>%Ln document: the folder still cannot be written; the edits stay in vtviewer&apos;s data folder.</numerusform>
            <numerusform>%Ln documents: the folders still cannot be written; the edits stay in vtviewer&apos;s data folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Current results (%Ln document(s))</source>
        <translation>
            <numerusform>Current results (%Ln document)</numerusform>
            <numerusform>Current results (%Ln documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Whole archive (%Ln document(s))</source>
        <translation>
            <numerusform>Whole archive (%Ln document)</numerusform>
            <numerusform>Whole archive (%Ln documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/export_dialog.py" line="1"/>
        <source>Exported %Ln document(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln document to %1.</numerusform>
            <numerusform>Exported %Ln documents to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/import_dialog.py" line="1"/>
        <source>Import changes %Ln document(s).</source>
        <translation>
            <numerusform>Import changes %Ln document.</numerusform>
            <numerusform>Import changes %Ln documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexingRun</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/indexing_run.py" line="168"/>
        <source>%Ln file(s) could still not be read.</source>
        <translation>
            <numerusform>%Ln file could still not be read.</numerusform>
            <numerusform>%Ln files could still not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/indexing_status.py" line="135"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="666"/>
        <source>%Ln document(s) match</source>
        <translation>
            <numerusform>%Ln document matches</numerusform>
            <numerusform>%Ln documents match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="1"/>
        <source>Exported %Ln document(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln document to %1</numerusform>
            <numerusform>Exported %Ln documents to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="668"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiEditor</name>
    <message numerus="yes">
        <source>Edit %Ln document(s)</source>
        <translation>
            <numerusform>Edit %Ln document</numerusform>
            <numerusform>Edit %Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/pdf_preview.py" line="608"/>
        <source>the PDF engine did not finish reading it within %n second(s)</source>
        <translation>
            <numerusform>the PDF engine did not finish reading it within %n second</numerusform>
            <numerusform>the PDF engine did not finish reading it within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/pdf_preview.py" line="843"/>
        <source>%Ln match(es) in the document</source>
        <translation>
            <numerusform>%Ln match in the document</numerusform>
            <numerusform>%Ln matches in the document</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewHits</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/preview_hits.py" line="187"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message numerus="yes">
        <source>%Ln character(s) copied</source>
        <translation>
            <numerusform>%Ln character copied</numerusform>
            <numerusform>%Ln characters copied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/problems_dialog.py" line="163"/>
        <source>%Ln file(s) could not be indexed, or only partly.</source>
        <translation>
            <numerusform>%Ln file could not be indexed, or only partly.</numerusform>
            <numerusform>%Ln files could not be indexed, or only partly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <source>%1: %Ln document(s)</source>
        <translation>
            <numerusform>%1: %Ln document</numerusform>
            <numerusform>%1: %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents per year from %1 to %2, %Ln in all.</source>
        <translation>
            <numerusform>Documents per year from %1 to %2, %Ln in all.</numerusform>
            <numerusform>Documents per year from %1 to %2, %Ln in all.</numerusform>
        </translation>
    </message>
</context>
</TS>
