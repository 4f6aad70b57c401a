<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CedillaActions</name>
    <message numerus="yes">
        <source>ş/ţ with a cedilla found in %n field(s); Map &gt; Fix Romanian Letters changes them to ș/ț</source>
        <translation>
            <numerusform>ş/ţ with a cedilla found in %n field; Map &gt; Fix Romanian Letters changes them to ș/ț</numerusform>
            <numerusform>ş/ţ with a cedilla found in %n fields; Map &gt; Fix Romanian Letters changes them to ș/ț</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed ş/ţ → ș/ț in %n field(s)</source>
        <translation>
            <numerusform>Fixed ş/ţ → ș/ț in %n field</numerusform>
            <numerusform>Fixed ş/ţ → ș/ț in %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message numerus="yes">
        <source>Used by %n touchpoint(s).</source>
        <translation>
            <numerusform>Used by %n touchpoint.</numerusform>
            <numerusform>Used by %n touchpoints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardController</name>
    <message numerus="yes">
        <source>Copied %n touchpoint(s)</source>
        <translation>
            <numerusform>Copied %n touchpoint</numerusform>
            <numerusform>Copied %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandNames</name>
    <message numerus="yes">
        <source>Add %n touchpoint(s)</source>
        <translation>
            <numerusform>Add %n touchpoint</numerusform>
            <numerusform>Add %n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>Move %n touchpoint</numerusform>
            <numerusform>Move %n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touchpoint(s)</source>
        <translation>
            <numerusform>Delete %n touchpoint</numerusform>
            <numerusform>Delete %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n field(s) still hold the template&apos;s words (stage names and descriptions, persona, channels). Translate them into %1 too?</source>
        <translation>
            <numerusform>%n field still hold the template&apos;s words (stage names and descriptions, persona, channels). Translate them into %1 too?</numerusform>
            <numerusform>%n fields still hold the template&apos;s words (stage names and descriptions, persona, channels). Translate them into %1 too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n to fix</numerusform>
            <numerusform>%n to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical moment(s)</source>
        <translation>
            <numerusform>%n critical moment</numerusform>
            <numerusform>%n critical moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without a flow yet are not listed as entry, end or dead-end points. Draw their flows to see the whole journey.</source>
        <translation>
            <numerusform>%n touchpoint without a flow yet are not listed as entry, end or dead-end points. Draw their flows to see the whole journey.</numerusform>
            <numerusform>%n touchpoints without a flow yet are not listed as entry, end or dead-end points. Draw their flows to see the whole journey.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiForm</name>
    <message numerus="yes">
        <source>%n touchpoint(s) selected</source>
        <translation>
            <numerusform>%n touchpoint selected</numerusform>
            <numerusform>%n touchpoints selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message numerus="yes">
        <source>Persona · %n touchpoint(s)</source>
        <translation>
            <numerusform>Persona · %n touchpoint</numerusform>
            <numerusform>Persona · %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message numerus="yes">
        <source>%n touchpoint row(s) found</source>
        <translation>
            <numerusform>%n touchpoint row found</numerusform>
            <numerusform>%n touchpoint rows found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) write ş/ţ with a cedilla</source>
        <translation>
            <numerusform>%n field write ş/ţ with a cedilla</numerusform>
            <numerusform>%n fields write ş/ţ with a cedilla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n touchpoint(s)</source>
        <translation>
            <numerusform>Imported %n touchpoint</numerusform>
            <numerusform>Imported %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message numerus="yes">
        <source>Stage %1 of %2 · %n touchpoint(s)</source>
        <translation>
            <numerusform>Stage %1 of %2 · %n touchpoint</numerusform>
            <numerusform>Stage %1 of %2 · %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n touchpoint(s)?</source>
        <translation>
            <numerusform>Delete the stage “%1” and its %n touchpoint?</numerusform>
            <numerusform>Delete the stage “%1” and its %n touchpoints?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the persona “%1” and their %n touchpoint(s)?</source>
        <translation>
            <numerusform>Delete the persona “%1” and their %n touchpoint?</numerusform>
            <numerusform>Delete the persona “%1” and their %n touchpoints?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) deleted — Undo (%1) brings them back</source>
        <translation>
            <numerusform>%n touchpoint deleted — Undo (%1) brings them back</numerusform>
            <numerusform>%n touchpoints deleted — Undo (%1) brings them back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) of column {column} ({header}) took the name from the row above (merged cells saved as CSV are empty below their first row)</source>
        <translation>
            <numerusform>%n empty cell of column {column} ({header}) took the name from the row above (merged cells saved as CSV are empty below their first row)</numerusform>
            <numerusform>%n empty cells of column {column} ({header}) took the name from the row above (merged cells saved as CSV are empty below their first row)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) between cards on different slides (or from a card to itself) not drawn as connectors; such a card carries a “→ page” tag naming the page its flow leads to, and its speaker notes name the cards</source>
        <translation>
            <numerusform>%n flow between cards on different slides (or from a card to itself) not drawn as connectors; such a card carries a “→ page” tag naming the page its flow leads to, and its speaker notes name the cards</numerusform>
            <numerusform>%n flows between cards on different slides (or from a card to itself) not drawn as connectors; such a card carries a “→ page” tag naming the page its flow leads to, and its speaker notes name the cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) left out (a journey diagram is a straight line)</source>
        <translation>
            <numerusform>%n flow left out (a journey diagram is a straight line)</numerusform>
            <numerusform>%n flows left out (a journey diagram is a straight line)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n formula cell(s) without a saved value ({cells}); the file was written by a program that does not calculate formulas. Open it in Excel or LibreOffice, save it, and import it again</source>
        <translation>
            <numerusform>%n formula cell without a saved value ({cells}); the file was written by a program that does not calculate formulas. Open it in Excel or LibreOffice, save it, and import it again</numerusform>
            <numerusform>%n formula cells without a saved value ({cells}); the file was written by a program that does not calculate formulas. Open it in Excel or LibreOffice, save it, and import it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without an emotion scored from their sentiment</source>
        <translation>
            <numerusform>%n touchpoint without an emotion scored from their sentiment</numerusform>
            <numerusform>%n touchpoints without an emotion scored from their sentiment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown key(s): {keys}; use “columns” and “values”</source>
        <translation>
            <numerusform>%n unknown key: {keys}; use “columns” and “values”</numerusform>
            <numerusform>%n unknown keys: {keys}; use “columns” and “values”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV, UTF-8, %n touchpoint row(s)</source>
        <translation>
            <numerusform>CSV, UTF-8, %n touchpoint row</numerusform>
            <numerusform>CSV, UTF-8, %n touchpoint rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mermaid, %n journey(s)</source>
        <translation>
            <numerusform>Mermaid, %n journey</numerusform>
            <numerusform>Mermaid, %n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PowerPoint, %n slide(s), {page}</source>
        <translation>
            <numerusform>PowerPoint, %n slide, {page}</numerusform>
            <numerusform>PowerPoint, %n slides, {page}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>XLSX, %n touchpoint row(s)</source>
        <translation>
            <numerusform>XLSX, %n touchpoint row</numerusform>
            <numerusform>XLSX, %n touchpoint rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a sheet has one row per touchpoint: it does not hold the %n flow(s) between them</source>
        <translation>
            <numerusform>a sheet has one row per touchpoint: it does not hold the %n flow between them</numerusform>
            <numerusform>a sheet has one row per touchpoint: it does not hold the %n flows between them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cjdesigner: skipped %n row(s): {rows}</source>
        <translation>
            <numerusform>cjdesigner: skipped %n row: {rows}</numerusform>
            <numerusform>cjdesigner: skipped %n rows: {rows}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cjdesigner: … and %n more problem(s)</source>
        <translation>
            <numerusform>cjdesigner: … and %n more problem</numerusform>
            <numerusform>cjdesigner: … and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>descriptions, customer actions, pain points, opportunities and KPIs left out for %n touchpoint(s) (a journey diagram shows titles and scores only)</source>
        <translation>
            <numerusform>descriptions, customer actions, pain points, opportunities and KPIs left out for %n touchpoint (a journey diagram shows titles and scores only)</numerusform>
            <numerusform>descriptions, customer actions, pain points, opportunities and KPIs left out for %n touchpoints (a journey diagram shows titles and scores only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>self-test FAILED: %n check(s) failed</source>
        <translation>
            <numerusform>self-test FAILED: %n check failed</numerusform>
            <numerusform>self-test FAILED: %n checks failed</numerusform>
        </translation>
    </message>
</context>
</TS>
