<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="666"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n document matches</numerusform>
            <numerusform>%n documents match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="668"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="955"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/main_window.py" line="1"/>
        <source>%n file(s) could still not be read.</source>
        <translation>
            <numerusform>%n file could still not be read.</numerusform>
            <numerusform>%n files could still not be read.</numerusform>
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
        <location filename="../../vtviewer/gui/pdf_preview.py" line="832"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/pdf_preview.py" line="843"/>
        <source>%n match(es) in the document</source>
        <translation>
            <numerusform>%n match in the document</numerusform>
            <numerusform>%n matches in the document</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../vtviewer/gui/problems_dialog.py" line="163"/>
        <source>%n file(s) could not be indexed, or only partly.</source>
        <translation>
            <numerusform>%n file could not be indexed, or only partly.</numerusform>
            <numerusform>%n files could not be indexed, or only partly.</numerusform>
        </translation>
    </message>
</context>
</TS>
