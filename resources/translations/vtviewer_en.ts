<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>Editing</name>
    <message numerus="yes">
        <source>edit of %Ln document(s)</source>
        <translation>
            <numerusform>edit of %Ln document</numerusform>
            <numerusform>edit of %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved; %Ln correction(s) kept in vtviewer's data folder (the folder cannot be written)</source>
        <translation>
            <numerusform>Saved; %Ln correction kept in vtviewer's data folder (the folder cannot be written)</numerusform>
            <numerusform>Saved; %Ln corrections kept in vtviewer's data folder (the folder cannot be written)</numerusform>
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
        <source>%Ln document(s): the folder still cannot be written; the edits stay in vtviewer's data folder.</source>
        <translation>
            <numerusform>%Ln document: the folder still cannot be written; the edits stay in vtviewer's data folder.</numerusform>
            <numerusform>%Ln documents: the folders still cannot be written; the edits stay in vtviewer's data folder.</numerusform>
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
</TS>
