<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the fonts cannot draw some characters of the map; they show as empty boxes in the image:</source>
        <translation>fonturile nu pot desena unele caractere ale hărții; în imagine apar ca pătrate goale:</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, platform {platform}</source>
        <translation>Qt {qt}, PySide6 {pyside}, platforma {platform}</translation>
    </message>
    <message>
        <source>SVG and PNG among the formats Qt reads (formats: {n})</source>
        <translation>SVG și PNG printre formatele citite de Qt (formate: {n})</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>lipsesc: {names}</translation>
    </message>
    <message>
        <source>Qt loaded the shipped “{family}”</source>
        <translation>Qt a încărcat fontul inclus „{family}”</translation>
    </message>
    <message>
        <source>Qt could not load the shipped fonts; the canvas would use {family}</source>
        <translation>Qt nu a putut încărca fonturile incluse; suprafața de lucru ar folosi {family}</translation>
    </message>
    <message>
        <source>every SVG icon draws (icons: {n})</source>
        <translation>fiecare pictogramă SVG se desenează (pictograme: {n})</translation>
    </message>
    <message>
        <source>cannot draw: {names}</source>
        <translation>nu se pot desena: {names}</translation>
    </message>
    <message>
        <source>Polish and Romanian words sort by their alphabets</source>
        <translation>cuvintele poloneze și românești se sortează după alfabetele lor</translation>
    </message>
    <message>
        <source>wrong order: {pairs}</source>
        <translation>ordine greșită: {pairs}</translation>
    </message>
    <message>
        <source>every .qm catalogue loads (catalogues: {n})</source>
        <translation>fiecare catalog .qm se încarcă (cataloage: {n})</translation>
    </message>
    <message>
        <source>cannot load: {names}</source>
        <translation>nu se pot încărca: {names}</translation>
    </message>
    <message>
        <source>broken output: {kinds}</source>
        <translation>rezultat deteriorat: {kinds}</translation>
    </message>
    <message>
        <source>{languages}: drawn; PDF, PNG and SVG made in memory (PDF pages: {pages})</source>
        <translation>{languages}: desenat; PDF, PNG și SVG create în memorie (pagini PDF: {pages})</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About cjdesigner</source>
        <translation>Despre cjdesigner</translation>
    </message>
    <message>
        <source>cjdesigner %1</source>
        <translation>cjdesigner %1</translation>
    </message>
    <message>
        <source>Customer journey maps: stages × personas, touchpoints marked positive, neutral or negative, saved as readable files and printed as PDF.</source>
        <translation>Hărți ale parcursului clientului: etape × persone, puncte de contact marcate ca pozitive, neutre sau negative, salvate în fișiere lizibile și tipărite ca PDF.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licență: %1</translation>
    </message>
    <message>
        <source>© the cjdesigner developers. All rights reserved.</source>
        <translation>© dezvoltatorii cjdesigner. Toate drepturile rezervate.</translation>
    </message>
    <message>
        <source>The bundled Noto Sans fonts (© Google) are licensed under the SIL Open Font License, version 1.1.</source>
        <translation>Fonturile Noto Sans incluse (© Google) sunt licențiate sub SIL Open Font License, versiunea 1.1.</translation>
    </message>
    <message>
        <source>Font Licence…</source>
        <translation>Licența fonturilor…</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation>Qt %1 · PySide6 %2 · Python %3</translation>
    </message>
    <message>
        <source>SIL Open Font License</source>
        <translation>Licența SIL Open Font License</translation>
    </message>
</context>
<context>
    <name>ActionStates</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Anulează: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refă: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <source>Move between touchpoints and the stage and persona headers</source>
        <translation>Navighează între punctele de contact și antetele etapelor și personelor</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Tastele săgeți</translation>
    </message>
    <message>
        <source>Move the selected touchpoints, stage or persona</source>
        <translation>Mută punctele de contact, etapa sau persona selectate</translation>
    </message>
    <message>
        <source>Ctrl+Arrow keys</source>
        <translation>Ctrl+tastele săgeți</translation>
    </message>
    <message>
        <source>Edit the selected touchpoint, stage or persona</source>
        <translation>Editează punctul de contact, etapa sau persona selectată</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter sau F2</translation>
    </message>
    <message>
        <source>Back to the map from the Inspector or the palette</source>
        <translation>Înapoi la hartă din Inspector sau din paletă</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Mark positive / neutral / negative</source>
        <translation>Marchează ca pozitiv / neutru / negativ</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Șterge elementele selectate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel a drag or a flow being drawn</source>
        <translation>Anulează tragerea sau fluxul în curs de desenare</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Deplasează harta</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>Spațiu+tragere, butonul din mijloc al mouse-ului</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Mărește sau micșorează</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+rotița mouse-ului</translation>
    </message>
    <message>
        <source>Presentation: next / previous lane, one stage, leave</source>
        <translation>Prezentare: rândul următor / anterior, o etapă, ieșire</translation>
    </message>
    <message>
        <source>Page Down / Up, ← →, Esc</source>
        <translation>Page Down / Up, ← →, Esc</translation>
    </message>
</context>
<context>
    <name>CedillaActions</name>
    <message numerus="yes">
        <source>ş/ţ with a cedilla found in %n field(s); Map &gt; Fix Romanian Letters changes them to ș/ț</source>
        <translation>
            <numerusform>ş/ţ cu sedilă găsite în %n câmp; Hartă &gt; Corectează literele românești le schimbă în ș/ț</numerusform>
            <numerusform>ş/ţ cu sedilă găsite în %n câmpuri; Hartă &gt; Corectează literele românești le schimbă în ș/ț</numerusform>
            <numerusform>ş/ţ cu sedilă găsite în %n de câmpuri; Hartă &gt; Corectează literele românești le schimbă în ș/ț</numerusform>
        </translation>
    </message>
    <message>
        <source>You typed ş/ţ with a cedilla; Romanian writes ș/ț with a comma below (Map &gt; Fix Romanian Letters changes them everywhere)</source>
        <translation>Ați tastat ş/ţ cu sedilă; în română se scrie ș/ț cu virgulă dedesubt (Hartă &gt; Corectează literele românești le schimbă peste tot)</translation>
    </message>
    <message>
        <source>No ş or ţ with a cedilla in this map</source>
        <translation>Harta nu conține ş sau ţ cu sedilă</translation>
    </message>
    <message numerus="yes">
        <source>Fixed ş/ţ → ș/ț in %n field(s)</source>
        <translation>
            <numerusform>S-au corectat ş/ţ → ș/ț în %n câmp</numerusform>
            <numerusform>S-au corectat ş/ţ → ș/ț în %n câmpuri</numerusform>
            <numerusform>S-au corectat ş/ţ → ș/ț în %n de câmpuri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>rețele sociale</translation>
    </message>
    <message>
        <source>advertising</source>
        <translation>publicitate</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>app</source>
        <translation>aplicație</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>store</source>
        <translation>magazin</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>recenzii</translation>
    </message>
    <message>
        <source>word of mouth</source>
        <translation>din gură în gură</translation>
    </message>
    <message>
        <source>events</source>
        <translation>evenimente</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partener</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturare</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altele</translation>
    </message>
    <message>
        <source>Manage Channels</source>
        <translation>Gestionează canalele</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Adaugă canal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Pictogramă:</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Fără canal</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n touchpoint(s).</source>
        <translation>
            <numerusform>Folosit de %n punct de contact.</numerusform>
            <numerusform>Folosit de %n puncte de contact.</numerusform>
            <numerusform>Folosit de %n de puncte de contact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used by any touchpoint yet.</source>
        <translation>Nu este folosit încă de niciun punct de contact.</translation>
    </message>
    <message>
        <source>A card with no channel shows none on the map.</source>
        <translation>O carte fără canal nu arată niciun canal pe hartă.</translation>
    </message>
    <message>
        <source>Change the channel of its touchpoints first</source>
        <translation>Schimbă mai întâi canalul punctelor sale de contact</translation>
    </message>
    <message>
        <source>There is already a channel named “%1”; choose another name.</source>
        <translation>Există deja un canal numit „%1”; alegeți alt nume.</translation>
    </message>
</context>
<context>
    <name>ClipboardController</name>
    <message numerus="yes">
        <source>Copied %n touchpoint(s)</source>
        <translation>
            <numerusform>A fost copiat %n punct de contact</numerusform>
            <numerusform>Au fost copiate %n puncte de contact</numerusform>
            <numerusform>Au fost copiate %n de puncte de contact</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Decupează</translation>
    </message>
    <message>
        <source>The clipboard holds no touchpoints to paste</source>
        <translation>Clipboardul nu conține puncte de contact de lipit</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lipește</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplică</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>No colour</source>
        <translation>Fără culoare</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
</context>
<context>
    <name>CommandNames</name>
    <message numerus="yes">
        <source>Add %n touchpoint(s)</source>
        <translation>
            <numerusform>Adaugă %n punct de contact</numerusform>
            <numerusform>Adaugă %n puncte de contact</numerusform>
            <numerusform>Adaugă %n de puncte de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>Mută %n punct de contact</numerusform>
            <numerusform>Mută %n puncte de contact</numerusform>
            <numerusform>Mută %n de puncte de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touchpoint(s)</source>
        <translation>
            <numerusform>Șterge %n punct de contact</numerusform>
            <numerusform>Șterge %n puncte de contact</numerusform>
            <numerusform>Șterge %n de puncte de contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogLaunchers</name>
    <message>
        <source>The new language is used when cjdesigner is started again.</source>
        <translation>Limba nouă va fi folosită la următoarea pornire a cjdesigner.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Change the map&apos;s language</source>
        <translation>Schimbă limba hărții</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still hold the template&apos;s words (stage names and descriptions, persona, channels). Translate them into %1 too?</source>
        <translation>
            <numerusform>%n câmp conține încă cuvintele șablonului (nume și descrieri de etape, persona, canale). Le traduceți și în %1?</numerusform>
            <numerusform>%n câmpuri conțin încă cuvintele șablonului (nume și descrieri de etape, persona, canale). Le traduceți și în %1?</numerusform>
            <numerusform>%n de câmpuri conțin încă cuvintele șablonului (nume și descrieri de etape, persona, canale). Le traduceți și în %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Text you wrote or changed yourself stays as it is. One undo step.</source>
        <translation>Textul scris sau modificat de dumneavoastră rămâne neschimbat. Totul se anulează într-un singur pas.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Tradu-le</translation>
    </message>
    <message>
        <source>Keep as They Are</source>
        <translation>Lasă-le așa</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Doriți să salvați modificările din „%1”?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Dacă nu salvați, modificările se vor pierde.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fișierul s-a modificat pe disc</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>„%1” a fost modificat de alt program de când l-ați deschis.</translation>
    </message>
    <message>
        <source>Overwrite it with your version (the other changes are lost, the previous file is kept as a .bak copy), or save your version under another name?</source>
        <translation>Îl suprascrieți cu versiunea dumneavoastră (celelalte modificări se pierd, fișierul anterior este păstrat ca o copie .bak) sau salvați versiunea dumneavoastră sub alt nume?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Suprascrie</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvează ca…</translation>
    </message>
    <message>
        <source>Your map is still open and nothing is lost. Save it somewhere else?</source>
        <translation>Harta este în continuare deschisă și nu s-a pierdut nimic. O salvați în altă parte?</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Nu salva</translation>
    </message>
    <message>
        <source>Map already open</source>
        <translation>Harta este deja deschisă</translation>
    </message>
    <message>
        <source>“%1” is already open: %2.</source>
        <translation>„%1” este deja deschis: %2.</translation>
    </message>
    <message>
        <source>Open it read-only (you can still save your changes under another name), or open a copy as a new, untitled map?</source>
        <translation>Îl deschideți doar pentru citire (puteți salva totuși modificările sub alt nume) sau deschideți o copie ca hartă nouă, fără titlu?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Deschide doar pentru citire</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Deschide o copie</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>„%1” a fost modificat de alt program.</translation>
    </message>
    <message>
        <source>You have unsaved changes. When you save, you will be asked whether to overwrite the other version or save yours under another name.</source>
        <translation>Aveți modificări nesalvate. La salvare veți fi întrebat dacă suprascrieți cealaltă versiune sau salvați versiunea dumneavoastră sub alt nume.</translation>
    </message>
    <message>
        <source>You have no unsaved changes. Load the new version?</source>
        <translation>Nu aveți modificări nesalvate. Încărcați versiunea nouă?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reîncarcă</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Păstrează versiunea mea</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperează munca nesalvată</translation>
    </message>
    <message>
        <source>cjdesigner did not close properly last time. Unsaved work was recovered:</source>
        <translation>cjdesigner nu s-a închis corect data trecută. A fost recuperată munca nesalvată:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decid mai târziu</translation>
    </message>
    <message>
        <source>Open Map</source>
        <translation>Deschide harta</translation>
    </message>
    <message>
        <source>cjdesigner maps (*.cjm);;JSON files (*.json);;Spreadsheets to import (*.csv *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>Hărți cjdesigner (*.cjm);;Fișiere JSON (*.json);;Foi de calcul de importat (*.csv *.tsv *.xlsx *.xls);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>cjdesigner maps (*.cjm);;JSON files (*.json);;All files (*)</source>
        <translation>Hărți cjdesigner (*.cjm);;Fișiere JSON (*.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>Salvează harta ca</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Exportă imaginea</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagine PNG (*.png);;Desen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Alege o imagine</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>EmotionCombo</name>
    <message>
        <source>Not scored</source>
        <translation>Neevaluat</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportă PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Peisaj</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portret</translation>
    </message>
    <message>
        <source>Whole map on one page</source>
        <translation>Toată harta pe o singură pagină</translation>
    </message>
    <message>
        <source>Poster: readable size across several pages</source>
        <translation>Afiș: dimensiune lizibilă pe mai multe pagini</translation>
    </message>
    <message>
        <source>Detail pages: personas, touchpoints per stage, insights</source>
        <translation>Pagini de detaliu: persone, puncte de contact pe etape, concluzii</translation>
    </message>
    <message>
        <source>Same as the map</source>
        <translation>La fel ca harta</translation>
    </message>
    <message>
        <source>e.g. the map on an A1 poster, the detail pages on A4 for reading</source>
        <translation>de ex. harta pe un poster A1, paginile cu detalii pe A4 pentru citit</translation>
    </message>
    <message>
        <source>Cover page: title, client, consultant, date, version, logo</source>
        <translation>Copertă: titlu, client, consultant, dată, versiune, logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Deschide PDF-ul când este gata</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>suprapunere</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Hârtie:</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Hartă:</translation>
    </message>
    <message>
        <source>Detail paper:</source>
        <translation>Hârtie pentru detalii:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fișier:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <source>Poster of %1 × %2 pages plus an overview page</source>
        <translation>Afiș din %1 × %2 pagini plus o pagină de ansamblu</translation>
    </message>
    <message>
        <source>%1 pages · map at %2 % · card text %3 pt</source>
        <translation>Pagini: %1 · harta la %2 % · text pe carduri %3 pt</translation>
    </message>
    <message>
        <source>About %1 pages · map at %2 % · card text %3 pt</source>
        <translation>Circa %1 pagini · harta la %2 % · text pe carduri %3 pt</translation>
    </message>
    <message>
        <source>Card text would be too small to read on paper: choose the poster, a larger paper size, or turn the page.</source>
        <translation>Textul de pe carduri ar fi prea mic pentru a fi citit pe hârtie: alegeți afișul, o hârtie mai mare sau rotiți pagina.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the name of the PDF file to write</source>
        <translation>„%1” este un dosar; dați numele fișierului PDF de scris</translation>
    </message>
    <message>
        <source>give the name of the PDF file to write</source>
        <translation>dați numele fișierului PDF de scris</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>PDF-ul nu a fost scris: %1</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Untitled</source>
        <translation>Fără titlu</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Hartă nouă</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Harta nu poate fi deschisă</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie a %1</translation>
    </message>
    <message>
        <source>Cannot reload map</source>
        <translation>Harta nu poate fi reîncărcată</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Nu se poate salva</translation>
    </message>
    <message>
        <source>“%1” would be a map file named like a %2 file, which no other program opens. Save the map under a name ending in .cjm; the File menu&apos;s Export commands write PDF files, pictures, sheets and slides.</source>
        <translation>„%1” ar fi un fișier de hartă numit ca un fișier %2, pe care niciun alt program nu îl deschide. Salvați harta cu un nume terminat în .cjm; comenzile de export din meniul Fișier creează fișiere PDF, imagini, foi de calcul și diapozitive.</translation>
    </message>
    <message>
        <source>“%1” is open %2. Close it there first, or choose another name.</source>
        <translation>„%1” este deschis %2. Închideți-l mai întâi acolo sau alegeți alt nume.</translation>
    </message>
    <message>
        <source>Cannot save map</source>
        <translation>Harta nu poate fi salvată</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>S-a salvat %1</translation>
    </message>
    <message>
        <source>Map saved</source>
        <translation>Harta a fost salvată</translation>
    </message>
    <message>
        <source>“%1” also had other names on the disk (hard links). They still show the previous version; the saved map is only under this name.</source>
        <translation>Fișierul „%1” avea pe disc și alte nume (legături fizice – hard links). Acestea arată în continuare versiunea anterioară; harta salvată există doar sub acest nume.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program; Save writes it again.</source>
        <translation>„%1” a fost șters sau mutat de alt program; comanda Salvează îl scrie din nou.</translation>
    </message>
    <message>
        <source>“%1” no longer exists; it was removed from the recent files.</source>
        <translation>„%1” nu mai există; a fost eliminat din fișierele recente.</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Opened %1 only: drop one file at a time.</source>
        <translation>S-a deschis doar %1: trageți câte un singur fișier.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find cards by any word they hold</source>
        <translation>Găsește carduri după orice cuvânt din ele</translation>
    </message>
    <message>
        <source>Find cards</source>
        <translation>Găsește carduri</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Rezultatul anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Rezultatul următor (Enter)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
    <message>
        <source>Select every card found</source>
        <translation>Selectează toate cardurile găsite</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Închide (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nu s-a găsit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Label of the flow (empty: none)</source>
        <translation>Eticheta fluxului (gol: fără)</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <source>The analysis failed (%1). The map itself is not affected.</source>
        <translation>Analiza a eșuat (%1). Harta în sine nu este afectată.</translation>
    </message>
    <message>
        <source>Analysing the map…</source>
        <translation>Se analizează harta…</translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n concluzie</numerusform>
            <numerusform>%n concluzii</numerusform>
            <numerusform>%n de concluzii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n de corectat</numerusform>
            <numerusform>%n de corectat</numerusform>
            <numerusform>%n de corectat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical moment(s)</source>
        <translation>
            <numerusform>%n moment critic</numerusform>
            <numerusform>%n momente critice</numerusform>
            <numerusform>%n de momente critice</numerusform>
        </translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>se actualizează…</translation>
    </message>
    <message>
        <source>Dead ends, unreachable touchpoints and gaps are counted as to fix.</source>
        <translation>Fundăturile, punctele de contact inaccesibile și golurile sunt numărate ca de corectat.</translation>
    </message>
    <message>
        <source>No flows yet. Drag from a card&apos;s handle to the next card to draw the journey; this panel then shows where it starts, ends and breaks off.</source>
        <translation>Încă nu există fluxuri. Trageți de mânerul unui card până la cardul următor pentru a desena parcursul; acest panou arată apoi unde începe, unde se încheie și unde se întrerupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without a flow yet are not listed as entry, end or dead-end points. Draw their flows to see the whole journey.</source>
        <translation>
            <numerusform>%n punct de contact încă fără flux nu este listat ca punct de intrare, de final sau fundătură. Desenați-i fluxurile pentru a vedea întregul parcurs.</numerusform>
            <numerusform>%n puncte de contact încă fără flux nu sunt listate ca puncte de intrare, de final sau fundături. Desenați-le fluxurile pentru a vedea întregul parcurs.</numerusform>
            <numerusform>%n de puncte de contact încă fără flux nu sunt listate ca puncte de intrare, de final sau fundături. Desenați-le fluxurile pentru a vedea întregul parcurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Adaugă KPI</translation>
    </message>
    <message>
        <source>Add a KPI</source>
        <translation>Adaugă un indicator KPI</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Remove the selected KPI</source>
        <translation>Elimină indicatorul KPI selectat</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>KPI nou</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1” nu este un număr</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Elimină intrarea selectată</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Touchpoints</source>
        <translation>Puncte de contact</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Concluzii</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(doar citire)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Salvarea automată a eșuat: %1</translation>
    </message>
</context>
<context>
    <name>MapExports</name>
    <message>
        <source>Cannot export the image</source>
        <translation>Imaginea nu poate fi exportată</translation>
    </message>
    <message>
        <source>Some characters cannot be drawn</source>
        <translation>Unele caractere nu pot fi desenate</translation>
    </message>
</context>
<context>
    <name>MapForm</name>
    <message>
        <source>e.g. Online shop — purchase journey</source>
        <translation>de ex. Magazin online — parcursul de cumpărare</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titlu</translation>
    </message>
    <message>
        <source>Who the map is for</source>
        <translation>Pentru cine este harta</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Who prepared it</source>
        <translation>Cine a pregătit-o</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>e.g. v3, workshop draft</source>
        <translation>de ex. v3, ciornă de atelier</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versiune</translation>
    </message>
    <message>
        <source>As-is (the journey today)</source>
        <translation>Actual (as-is: parcursul de azi)</translation>
    </message>
    <message>
        <source>To-be (the planned journey)</source>
        <translation>Țintă (to-be: parcursul planificat)</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Parcurs</translation>
    </message>
    <message>
        <source>The language of the map&apos;s content (dates in the PDF)</source>
        <translation>Limba conținutului hărții (cuvintele și datele din PDF)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>The scope, goals and sources of this map</source>
        <translation>Scopul, obiectivele și sursele acestei hărți</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descriere</translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation>Alege logo…</translation>
    </message>
    <message>
        <source>The client&apos;s logo for the PDF&apos;s cover page</source>
        <translation>Logoul clientului pentru coperta PDF-ului</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Client logo</source>
        <translation>Logoul clientului</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Harta parcursului</translation>
    </message>
    <message>
        <source>Journey map · nothing selected — click a card, stage or persona to edit it</source>
        <translation>Harta parcursului · nimic selectat — faceți clic pe un card, o etapă sau o persona pentru a le edita</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG picture.</source>
        <translation>„%1” nu este o imagine PNG sau JPEG.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a picture (damaged file?).</source>
        <translation>„%1” nu a putut fi citit ca imagine (fișier deteriorat?).</translation>
    </message>
    <message>
        <source>“%1” is too large even when scaled down (the limit is %2).</source>
        <translation>„%1” este prea mare chiar și micșorat (limita este %2).</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logoul nu a fost folosit</translation>
    </message>
    <message>
        <source>The logo was larger than %1 and was scaled down to fit in the map.</source>
        <translation>Logoul depășea %1 și a fost micșorat ca să încapă în hartă.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Set sentiment</source>
        <translation>Setează sentimentul</translation>
    </message>
    <message>
        <source>Toggle milestone</source>
        <translation>Comută momentul-cheie</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Redenumește</translation>
    </message>
    <message>
        <source>A touchpoint cannot connect to itself</source>
        <translation>Un punct de contact nu se poate conecta cu el însuși</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Deja conectate</translation>
    </message>
    <message>
        <source>Label flow</source>
        <translation>Etichetează fluxul</translation>
    </message>
    <message>
        <source>Moment of truth: the lowest emotion of this persona&apos;s journey</source>
        <translation>Momentul adevărului: cea mai scăzută emoție din parcursul acestei persone</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Pozitiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutru</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Moment-cheie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Edit Label…</source>
        <translation>Editează eticheta…</translation>
    </message>
    <message>
        <source>Drag to another touchpoint to draw a flow (Esc cancels)</source>
        <translation>Trageți spre alt punct de contact pentru a desena un flux (Esc anulează)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>pozitiv</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutru</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Etapa %1 din %2</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>momentul adevărului</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>moment-cheie</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Harta călătoriei clientului</translation>
    </message>
    <message>
        <source>Arrow keys move between touchpoints, Enter edits, Ctrl+arrows move a touchpoint, 1, 2, 3 mark it positive, neutral or negative, Delete removes it</source>
        <translation>Săgețile trec de la un punct de contact la altul, Enter editează, Ctrl+săgeți mută un punct de contact, 1, 2, 3 îl marchează pozitiv, neutru sau negativ, Delete îl șterge</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Închide acest mesaj</translation>
    </message>
    <message>
        <source>Read-only: this map is open in another window or on another computer. You can look, select and copy; Save As… keeps your changes under another name.</source>
        <translation>Doar citire: această hartă este deschisă în altă fereastră sau pe alt calculator. Puteți vizualiza, selecta și copia; comanda Salvează ca… vă păstrează modificările sub alt nume.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvează ca…</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>„%1” a fost exportat în %2.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Arată în dosar</translation>
    </message>
</context>
<context>
    <name>MultiForm</name>
    <message>
        <source>Sentiment of all</source>
        <translation>Sentimentul tuturor</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected</source>
        <translation>
            <numerusform>%n punct de contact selectat</numerusform>
            <numerusform>%n puncte de contact selectate</numerusform>
            <numerusform>%n de puncte de contact selectate</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag them together on the canvas, or set what they share here.</source>
        <translation>Trageți-le împreună pe hartă sau setați aici ce au în comun.</translation>
    </message>
    <message>
        <source>Set sentiment</source>
        <translation>Setează sentimentul</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Filter channels…</source>
        <translation>Filtrează canalele…</translation>
    </message>
    <message>
        <source>Drag a channel into a cell of the map to add a touchpoint there</source>
        <translation>Trageți un canal într-o celulă a hărții pentru a adăuga acolo un punct de contact</translation>
    </message>
    <message>
        <source>Drag a channel onto the map to add a touchpoint</source>
        <translation>Trageți un canal pe hartă pentru a adăuga un punct de contact</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legendă</translation>
    </message>
    <message>
        <source>Positive (▲)</source>
        <translation>Pozitiv (▲)</translation>
    </message>
    <message>
        <source>Neutral (●)</source>
        <translation>Neutru (●)</translation>
    </message>
    <message>
        <source>Negative (▼)</source>
        <translation>Negativ (▼)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Moment-cheie</translation>
    </message>
    <message>
        <source>Dotted border: partly researched</source>
        <translation>Chenar punctat: cercetare parțială</translation>
    </message>
    <message>
        <source>Dashed border: assumption</source>
        <translation>Chenar întrerupt: ipoteză</translation>
    </message>
    <message>
        <source>Moment of truth: a persona&apos;s lowest emotion</source>
        <translation>Momentul adevărului: cea mai scăzută emoție a unei persone</translation>
    </message>
    <message>
        <source>Flow label with no room: point at it to read it</source>
        <translation>Etichetă de flux fără loc: indicați-o pentru a o citi</translation>
    </message>
    <message>
        <source>Hollow point: emotion estimated from the sentiment</source>
        <translation>Punct gol: emoție estimată din sentiment</translation>
    </message>
    <message>
        <source>Drag “%1” onto the map, or double-click to add it to the selected cell</source>
        <translation>Trageți „%1” pe hartă sau faceți dublu clic pentru a-l adăuga în celula selectată</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>Choose Picture…</source>
        <translation>Alege imaginea…</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture; large pictures are scaled down to fit in the map</source>
        <translation>O imagine PNG sau JPEG; imaginile mari sunt micșorate ca să încapă în hartă</translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Elimină imaginea</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagine</translation>
    </message>
    <message>
        <source>e.g. Anna, the first-time buyer</source>
        <translation>de ex. Ana, la prima cumpărare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Something this customer would say</source>
        <translation>Ceva ce ar spune acest client</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citat</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Adaugă obiectiv</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Obiectiv nou</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Add frustration</source>
        <translation>Adaugă frustrare</translation>
    </message>
    <message>
        <source>New frustration</source>
        <translation>Frustrare nouă</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrări</translation>
    </message>
    <message>
        <source>Age, location, income, habits…</source>
        <translation>Vârstă, localitate, venit, obiceiuri…</translation>
    </message>
    <message>
        <source>&amp;Demographics</source>
        <translation>Date &amp;demografice</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Culoarea personei</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Culoare</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message numerus="yes">
        <source>Persona · %n touchpoint(s)</source>
        <translation>
            <numerusform>Persona · %n punct de contact</numerusform>
            <numerusform>Persona · %n puncte de contact</numerusform>
            <numerusform>Persona · %n de puncte de contact</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG picture.</source>
        <translation>„%1” nu este o imagine PNG sau JPEG.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a picture (damaged file?).</source>
        <translation>„%1” nu a putut fi citit ca imagine (fișier deteriorat?).</translation>
    </message>
    <message>
        <source>“%1” is too large even when scaled down (the limit is %2).</source>
        <translation>„%1” este prea mare chiar și micșorat (limita este %2).</translation>
    </message>
    <message>
        <source>Picture not used</source>
        <translation>Imaginea nu a fost folosită</translation>
    </message>
    <message>
        <source>The picture was larger than %1 and was scaled down to fit in the map.</source>
        <translation>Imaginea era mai mare de %1 și a fost micșorată ca să încapă în hartă.</translation>
    </message>
</context>
<context>
    <name>PictureError</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1” nu există.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a picture.</source>
        <translation>„%1” este un dosar, nu o imagine.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: you are not allowed to read it.</source>
        <translation>„%1” nu poate fi deschis: nu aveți dreptul să îl citiți.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2).</source>
        <translation>„%1” nu poate fi citit (%2).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferințe</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Limba sistemului (%1)</translation>
    </message>
    <message>
        <source>The new language is used when cjdesigner is started again. The language a map prints in (PDF, labels on the canvas) is set per map in Map Properties.</source>
        <translation>Limba nouă va fi folosită la următoarea pornire a cjdesigner. Limba în care se tipărește o hartă (PDF, etichetele de pe hartă) se setează pentru fiecare hartă în Proprietățile hărții.</translation>
    </message>
    <message>
        <source>Language of the program:</source>
        <translation>Limba programului:</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Selectează tot</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Crește</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Scade</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Detașează</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Detașează și reatașează panoul</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Închide panoul</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Decupează</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Arată detaliile...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ascunde detaliile...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvează tot</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Nu salva</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Nu salva</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Închide fără salvare</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da pentru &amp;toate</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;u pentru toate</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonează</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Decupează</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <source>Quick Start</source>
        <translation>Pornire rapidă</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name the stages and personas&lt;/b&gt;: double-click a header (or select it and press Enter) and type.</source>
        <translation>&lt;b&gt;Denumiți etapele și personele&lt;/b&gt;: faceți dublu clic pe un antet (sau selectați-l și apăsați Enter) și tastați numele.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add touchpoints&lt;/b&gt;: drag a channel from the Touchpoints panel into a cell, or double-click the channel.</source>
        <translation>&lt;b&gt;Adăugați puncte de contact&lt;/b&gt;: trageți un canal din panoul Puncte de contact într-o celulă sau faceți dublu clic pe canal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark how each feels&lt;/b&gt;: select a card and press 1, 2 or 3 (positive, neutral, negative); fill in the rest in the Inspector.</source>
        <translation>&lt;b&gt;Marcați sentimentul fiecărui card&lt;/b&gt;: selectați un card și apăsați 1, 2 sau 3 (pozitiv, neutru, negativ); completați restul în Inspector.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draw the flows&lt;/b&gt;: drag from the round handle on a card&apos;s edge to the next card. View &amp;gt; Insights then says where the journey breaks off.</source>
        <translation>&lt;b&gt;Desenați fluxurile&lt;/b&gt;: trageți de mânerul rotund de pe marginea unui card până la cardul următor. Vizualizare &amp;gt; Concluzii arată apoi unde se întrerupe parcursul.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show and hand over&lt;/b&gt;: View &amp;gt; Presentation (F5) for the projector, File &amp;gt; Export PDF… for the client.</source>
        <translation>&lt;b&gt;Prezentați și predați&lt;/b&gt;: Vizualizare &amp;gt; Prezentare (F5) pentru proiector, Fișier &amp;gt; Exportă PDF… pentru client.</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard Shortcuts lists every key; Ctrl+Z undoes anything.</source>
        <translation>Ajutor &gt; Comenzi rapide de la tastatură listează toate tastele; Ctrl+Z anulează orice modificare.</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>No recent maps</source>
        <translation>Nicio hartă recentă</translation>
    </message>
    <message>
        <source>Clear Recent Maps</source>
        <translation>Golește lista hărților recente</translation>
    </message>
</context>
<context>
    <name>SentimentButtons</name>
    <message>
        <source>Positive</source>
        <translation>Pozitiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutru</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>%1 (key %2 on the canvas)</source>
        <translation>%1 (tasta %2 pe hartă)</translation>
    </message>
</context>
<context>
    <name>SheetFormats</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>Importă foaie de calcul</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Foi de calcul (*.xlsx *.csv *.tsv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>What File &gt; Export Sheet, Slides or Mermaid… writes, by file dialog filter.</extracomment>
        <translation>Registru de lucru Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>Diapozitive PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Mermaid journeys (*.mmd)</source>
        <translation>Călătorii Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>Markdown with Mermaid journeys (*.md)</source>
        <translation>Markdown cu călătorii Mermaid (*.md)</translation>
    </message>
    <message>
        <source>Export Sheet, Slides or Mermaid</source>
        <translation>Exportă foaie de calcul, diapozitive sau Mermaid</translation>
    </message>
    <message>
        <source>Slide Size</source>
        <translation>Dimensiunea diapozitivului</translation>
    </message>
    <message>
        <source>Slide size:</source>
        <translation>Dimensiunea diapozitivului:</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportul nu este posibil</translation>
    </message>
    <message>
        <source>Name the file .xlsx, .csv, .pptx, .mmd or .md to choose the format.</source>
        <translation>Dați fișierului extensia .xlsx, .csv, .pptx, .mmd sau .md pentru a alege formatul.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportat: %1</translation>
    </message>
    <message>
        <source>Left Out of the Sheet</source>
        <translation>Ce nu este în foaia de calcul</translation>
    </message>
    <message>
        <source>Left Out of the Mermaid Export</source>
        <translation>Ce lipsește din exportul Mermaid</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>Importă foaie de calcul</translation>
    </message>
    <message>
        <source>From the headers</source>
        <translation>Din antetele coloanelor</translation>
    </message>
    <message>
        <source>Leave out the rows with problems</source>
        <translation>Omite rândurile cu probleme</translation>
    </message>
    <message>
        <source>Write Romanian ş/ţ as ș/ț (comma below)</source>
        <translation>Scrie ş/ţ românești ca ș/ț (cu virgulă dedesubt)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message>
        <source>Sheet in the workbook:</source>
        <translation>Foaia din registru:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Șablon:</translation>
    </message>
    <message>
        <source>Map language:</source>
        <translation>Limba hărții:</translation>
    </message>
    <message>
        <source>Map title:</source>
        <translation>Titlul hărții:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Foaie de calcul: %1</translation>
    </message>
    <message>
        <source>This sheet cannot be imported: %1</source>
        <translation>Această foaie de calcul nu poate fi importată: %1</translation>
    </message>
    <message>
        <source>Stages of the rows without problems: %1</source>
        <translation>Etapele rândurilor fără probleme: %1</translation>
    </message>
    <message>
        <source>Personas of the rows without problems: %1</source>
        <translation>Personele rândurilor fără probleme: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint row(s) found</source>
        <translation>
            <numerusform>S-a găsit %n rând cu punct de contact</numerusform>
            <numerusform>S-au găsit %n rânduri cu puncte de contact</numerusform>
            <numerusform>S-au găsit %n de rânduri cu puncte de contact</numerusform>
        </translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Etape: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Persone: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Coloane: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Atenție: %1</translation>
    </message>
    <message>
        <source>Not imported (unknown headers): %1</source>
        <translation>Neimportate (antete necunoscute): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problemă:</numerusform>
            <numerusform>%n probleme:</numerusform>
            <numerusform>%n de probleme:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) write ş/ţ with a cedilla</source>
        <translation>
            <numerusform>%n câmp conține ş/ţ cu sedilă</numerusform>
            <numerusform>%n câmpuri conțin ş/ţ cu sedilă</numerusform>
            <numerusform>%n de câmpuri conțin ş/ţ cu sedilă</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>rândul %1, coloana %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n touchpoint(s)</source>
        <translation>
            <numerusform>S-a importat %n punct de contact</numerusform>
            <numerusform>S-au importat %n puncte de contact</numerusform>
            <numerusform>S-au importat %n de puncte de contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <source>e.g. Awareness</source>
        <translation>de ex. Conștientizare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>What happens for the customer in this stage</source>
        <translation>Ce se întâmplă pentru client în această etapă</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descriere</translation>
    </message>
    <message>
        <source>What the business wants to achieve here</source>
        <translation>Ce dorește firma să obțină aici</translation>
    </message>
    <message>
        <source>Business &amp;goal</source>
        <translation>&amp;Obiectiv de afaceri</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>Culoarea etapei</translation>
    </message>
    <message>
        <source>Header colour</source>
        <translation>Culoarea antetului</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message numerus="yes">
        <source>Stage %1 of %2 · %n touchpoint(s)</source>
        <translation>
            <numerusform>Etapa %1 din %2 · %n punct de contact</numerusform>
            <numerusform>Etapa %1 din %2 · %n puncte de contact</numerusform>
            <numerusform>Etapa %1 din %2 · %n de puncte de contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>Click to list them (View &gt; Insights)</source>
        <translation>Faceți clic pentru a le lista (Vizualizare &gt; Concluzii)</translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n concluzie</numerusform>
            <numerusform>%n concluzii</numerusform>
            <numerusform>%n de concluzii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
            <numerusform>%n de persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapă</numerusform>
            <numerusform>%n etape</numerusform>
            <numerusform>%n de etape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n punct de contact</numerusform>
            <numerusform>%n puncte de contact</numerusform>
            <numerusform>%n de puncte de contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <source>Delete stage</source>
        <translation>Șterge etapa</translation>
    </message>
    <message>
        <source>A map needs at least one stage.</source>
        <translation>O hartă are nevoie de cel puțin o etapă.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n touchpoint(s)?</source>
        <translation>
            <numerusform>Ștergeți etapa „%1” și %n punct de contact al ei?</numerusform>
            <numerusform>Ștergeți etapa „%1” și cele %n puncte de contact ale ei?</numerusform>
            <numerusform>Ștergeți etapa „%1” și cele %n de puncte de contact ale ei?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Puteți anula cu Editare &gt; Anulează.</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Șterge etapa</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Șterge persona</translation>
    </message>
    <message>
        <source>A map needs at least one persona.</source>
        <translation>O hartă are nevoie de cel puțin o persona.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the persona “%1” and their %n touchpoint(s)?</source>
        <translation>
            <numerusform>Ștergeți persona „%1” și %n punct de contact al ei?</numerusform>
            <numerusform>Ștergeți persona „%1” și cele %n puncte de contact ale ei?</numerusform>
            <numerusform>Ștergeți persona „%1” și cele %n de puncte de contact ale ei?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>Șterge persona</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) deleted — Undo (%1) brings them back</source>
        <translation>
            <numerusform>A fost șters %n punct de contact — Anulează (%1) îl readuce</numerusform>
            <numerusform>Au fost șterse %n puncte de contact — Anulează (%1) le readuce</numerusform>
            <numerusform>Au fost șterse %n de puncte de contact — Anulează (%1) le readuce</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New Map from Template</source>
        <translation>Hartă nouă din șablon</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creează</translation>
    </message>
    <message>
        <source>Language of the map:</source>
        <translation>Limba hărții:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Șablon:</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>What happens, e.g. “Sees an Instagram ad”</source>
        <translation>Ce se întâmplă, de ex. „Vede o reclamă pe Instagram”</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titlu</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>&amp;Emotion</source>
        <translation>&amp;Emoție</translation>
    </message>
    <message>
        <source>What the customer meets here</source>
        <translation>Cu ce se întâlnește clientul aici</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descriere</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Ce face clientul</translation>
    </message>
    <message>
        <source>Customer &amp;action</source>
        <translation>&amp;Acțiunea clientului</translation>
    </message>
    <message>
        <source>Add pain point</source>
        <translation>Adaugă punct de durere</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Punct de durere nou</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puncte de durere</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Adaugă oportunitate</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Oportunitate nouă</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Team or person responsible</source>
        <translation>Echipa sau persoana responsabilă</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsabil</translation>
    </message>
    <message>
        <source>Not stated yet</source>
        <translation>Încă nespecificat</translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>Bazat pe cercetare</translation>
    </message>
    <message>
        <source>Partly researched</source>
        <translation>Parțial bazat pe cercetare</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Ipoteză</translation>
    </message>
    <message>
        <source>Assumptions are drawn with a dashed border, research with a solid one</source>
        <translation>Ipotezele au chenar întrerupt, cercetarea — chenar continuu</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Sursa informației</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>&amp;Moment-cheie</translation>
    </message>
    <message>
        <source>A key moment such as sign-up or first purchase</source>
        <translation>Un moment-cheie, de ex. înregistrarea sau prima cumpărare</translation>
    </message>
    <message>
        <source>&amp;Journey ends here</source>
        <translation>Aici se &amp;încheie parcursul</translation>
    </message>
    <message>
        <source>The customer&apos;s journey may end at this touchpoint (not a dead end)</source>
        <translation>Parcursul clientului se poate încheia în acest punct de contact (nu este o fundătură)</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcaje</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punct de contact</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Fără canal</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nouă din șablon…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouă</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvează c&amp;a…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportă &amp;PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportă PDF</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>Exportă &amp;imagine…</translation>
    </message>
    <message>
        <source>The map as a PNG picture or an SVG drawing</source>
        <translation>Harta ca imagine PNG sau desen SVG</translation>
    </message>
    <message>
        <source>Export S&amp;heet, Slides or Mermaid…</source>
        <translation>Exportă foaie de &amp;calcul, diapozitive sau Mermaid…</translation>
    </message>
    <message>
        <source>Excel or CSV, editable PowerPoint, Mermaid</source>
        <translation>Excel sau CSV, PowerPoint editabil, Mermaid</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Fereastră no&amp;uă</translation>
    </message>
    <message>
        <source>Another window, to work on two maps side by side</source>
        <translation>Încă o fereastră, pentru a lucra cu două hărți alăturate</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Închide &amp;fereastra</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;eșire</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Decupează</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selectează t&amp;ot</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Găsește…</translation>
    </message>
    <message>
        <source>Find cards by any word in their texts</source>
        <translation>Găsește carduri după orice cuvânt din textele lor</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Gă&amp;sește următorul</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Găsește &amp;precedentul</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferințe…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Mărește</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Mi&amp;cșorează</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>&amp;Potrivește harta</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>Dimensiune &amp;reală (100%)</translation>
    </message>
    <message>
        <source>&amp;Emotion Curves</source>
        <translation>Curbele de &amp;emoție</translation>
    </message>
    <message>
        <source>Each persona&apos;s emotion curve beneath its lane (hidden: a more compact map)</source>
        <translation>Curba de emoție a fiecărei persone sub rândul ei (ascunse: o hartă mai compactă)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>Pre&amp;zentare</translation>
    </message>
    <message>
        <source>The map alone, full screen; Page Down steps through the lanes, Esc returns</source>
        <translation>Doar harta, pe tot ecranul; Page Down trece prin rânduri, Esc revine</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Potrivește</translation>
    </message>
    <message>
        <source>I&amp;mport Spreadsheet…</source>
        <translation>I&amp;mportă foaie de calcul…</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>D&amp;uplică</translation>
    </message>
    <message>
        <source>&amp;Map Properties</source>
        <translation>&amp;Proprietățile hărții</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Adaugă &amp;etapă</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>Adaugă perso&amp;na</translation>
    </message>
    <message>
        <source>+ Stage</source>
        <translation>+ Etapă</translation>
    </message>
    <message>
        <source>+ Persona</source>
        <translation>+ Persona</translation>
    </message>
    <message>
        <source>Delete Stage…</source>
        <translation>Șterge etapa…</translation>
    </message>
    <message>
        <source>Delete Persona…</source>
        <translation>Șterge persona…</translation>
    </message>
    <message>
        <source>Move Stage &amp;Left</source>
        <translation>Mută etapa la &amp;stânga</translation>
    </message>
    <message>
        <source>Move Stage &amp;Right</source>
        <translation>Mută etapa la &amp;dreapta</translation>
    </message>
    <message>
        <source>Move Persona &amp;Up</source>
        <translation>Mută persona în s&amp;us</translation>
    </message>
    <message>
        <source>Move Persona &amp;Down</source>
        <translation>Mută persona în &amp;jos</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ La stânga</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>La dreapta ▶</translation>
    </message>
    <message>
        <source>▲ Move up</source>
        <translation>▲ În sus</translation>
    </message>
    <message>
        <source>▼ Move down</source>
        <translation>▼ În jos</translation>
    </message>
    <message>
        <source>Delete stage…</source>
        <translation>Șterge etapa…</translation>
    </message>
    <message>
        <source>Delete persona…</source>
        <translation>Șterge persona…</translation>
    </message>
    <message>
        <source>Manage &amp;Channels…</source>
        <translation>Gestionează &amp;canalele…</translation>
    </message>
    <message>
        <source>Fix Romanian Letters (ş ţ → ș ț)</source>
        <translation>Corectează literele românești (ş ţ → ș ț)</translation>
    </message>
    <message>
        <source>Replace ş/ţ written with a cedilla by ș/ț with a comma below, everywhere</source>
        <translation>Înlocuiește peste tot ş/ţ cu sedilă prin ș/ț cu virgulă dedesubt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>&amp;Quick Start</source>
        <translation>&amp;Pornire rapidă</translation>
    </message>
    <message>
        <source>&amp;About cjdesigner</source>
        <translation>&amp;Despre cjdesigner</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Deschide &amp;recente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Hartă</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bara de instrumente principală</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>title</source>
        <translation>titlu</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nume</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentiment</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emoție</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descriere</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>acțiunea clientului</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>puncte de durere</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>oportunități</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsabil</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>moment-cheie</translation>
    </message>
    <message>
        <source>journey end</source>
        <translation>final de parcurs</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>sursa informației</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>obiectiv de afaceri</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>culoare</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>obiective</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustrări</translation>
    </message>
    <message>
        <source>demographics</source>
        <translation>date demografice</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>imagine</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>language</source>
        <translation>limbă</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versiune</translation>
    </message>
    <message>
        <source>journey state</source>
        <translation>starea parcursului</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>pictogramă</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etichetă</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editează: %1</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Adaugă etapă</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Adaugă persona</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Șterge etapa</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Șterge persona</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Mută etapa</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Mută persona</translation>
    </message>
    <message>
        <source>Connect touchpoints</source>
        <translation>Conectează punctele de contact</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Șterge fluxul</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Adaugă canal</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Șterge canalul</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Change the map&apos;s language</source>
        <translation>Schimbă limba hărții</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>  {field} (“{label}”): {chars}</source>
        <translation>  {field} („{label}”): {chars}</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … și încă {count}</translation>
    </message>
    <message>
        <source>  … and {n} more fields</source>
        <translation>  … și încă {n} câmpuri</translation>
    </message>
    <message>
        <source> (its format marker is {found}, expected {expected}).</source>
        <translation> (marcajul său de format este {found}, era așteptat {expected}).</translation>
    </message>
    <message>
        <source> (the file holds {kind}, not a map).</source>
        <translation> (fișierul conține {kind}, nu o hartă).</translation>
    </message>
    <message>
        <source> (the “format” marker is missing)</source>
        <translation> (lipsește marcajul „format”)</translation>
    </message>
    <message>
        <source> (the “format” marker is missing; it looks like a bare map without the envelope)</source>
        <translation> (lipsește marcajul „format”; pare o hartă fără învelișul fișierului)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> și </translation>
    </message>
    <message>
        <source> at line {line}, column {column}</source>
        <translation> la linia {line}, coloana {column}</translation>
    </message>
    <message>
        <source>--sheet applies to .xlsx workbooks only</source>
        <translation>--sheet se aplică doar registrelor .xlsx</translation>
    </message>
    <message>
        <source>; or say which column it is in a mapping file (--mapping)</source>
        <translation>; sau indicați coloana într-un fișier de corespondență (--mapping)</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: it cannot be read to check for changes ({reason}). The file on disk was not changed.</source>
        <translation>„{file}” nu poate fi salvat: nu poate fi citit pentru a verifica modificările ({reason}). Fișierul de pe disc nu a fost modificat.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: the backup copy “{backup}” cannot be written ({reason}). The file on disk was not changed.</source>
        <translation>„{file}” nu poate fi salvat: copia de rezervă „{backup}” nu poate fi scrisă ({reason}). Fișierul de pe disc nu a fost modificat.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: the written file did not read back ({reason}). The file on disk was not changed.</source>
        <translation>„{file}” nu poate fi salvat: fișierul scris nu a putut fi recitit ({reason}). Fișierul de pe disc nu a fost modificat.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: {reason}. The file on disk was not changed.</source>
        <translation>„{file}” nu poate fi salvat: {reason}. Fișierul de pe disc nu a fost modificat.</translation>
    </message>
    <message>
        <source>It is not a cjdesigner map.</source>
        <translation>Nu este o hartă cjdesigner.</translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation>o secvență cu bară oblică inversă nu este validă</translation>
    </message>
    <message>
        <source>a channel with id {id!r} already exists</source>
        <translation>există deja un canal cu id-ul {id!r}</translation>
    </message>
    <message>
        <source>a colon is missing after the field name</source>
        <translation>lipsesc două puncte după numele câmpului</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>lipsește o virgulă</translation>
    </message>
    <message>
        <source>a connection to remove is not in the map</source>
        <translation>fluxul de eliminat nu se află în hartă</translation>
    </message>
    <message>
        <source>a field name in double quotes was expected (is there a comma too many?)</source>
        <translation>era așteptat un nume de câmp între ghilimele (există o virgulă în plus?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>o listă</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un număr</translation>
    </message>
    <message>
        <source>a number of about {digits} digits</source>
        <translation>un număr de aproximativ {digits} de cifre</translation>
    </message>
    <message>
        <source>a number of {count} characters is too long (a map&apos;s numbers have at most {limit})</source>
        <translation>un număr este prea lung ({count} caractere; numerele dintr-o hartă au cel mult {limit})</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>o singură valoare</translation>
    </message>
    <message>
        <source>a text value holds a raw line break or tab (write it as \n or \t)</source>
        <translation>un text conține o trecere la rând nouă sau un tab direct (scrieți-le ca \n sau \t)</translation>
    </message>
    <message>
        <source>a text value {what}</source>
        <translation>un câmp de text {what}</translation>
    </message>
    <message>
        <source>a touchpoint cannot connect to itself</source>
        <translation>un punct de contact nu se poate conecta cu el însuși</translation>
    </message>
    <message>
        <source>a touchpoint to move is not in the map</source>
        <translation>punctul de contact de mutat nu se află în hartă</translation>
    </message>
    <message>
        <source>a touchpoint to remove is not in the map</source>
        <translation>punctul de contact de eliminat nu se află în hartă</translation>
    </message>
    <message>
        <source>a touchpoint&apos;s id and place change only by moving it</source>
        <translation>id-ul și locul unui punct de contact se schimbă doar prin mutarea lui</translation>
    </message>
    <message>
        <source>a value was expected here</source>
        <translation>aici era așteptată o valoare</translation>
    </message>
    <message>
        <source>an id never changes</source>
        <translation>un id nu se schimbă niciodată</translation>
    </message>
    <message>
        <source>both ends of a connection must be touchpoints of the map</source>
        <translation>ambele capete ale unui flux trebuie să fie puncte de contact ale hărții</translation>
    </message>
    <message>
        <source>cannot read the KPI “{line}”; write one per line as “NPS: 42 (target 50)”</source>
        <translation>KPI-ul „{line}” nu poate fi citit; scrieți câte unul pe rând, de forma „NPS: 42 (țintă 50)”</translation>
    </message>
    <message>
        <source>card text would be {size:.1f} pt on one {paper} page, too small to read even on A0; use --tile for a poster across several pages</source>
        <translation>textul cardurilor ar avea {size:.1f} pt pe o singură pagină {paper}, prea mic pentru citit chiar și pe A0; folosiți --tile pentru un poster pe mai multe pagini</translation>
    </message>
    <message>
        <source>card text would be {size:.1f} pt on one {paper} page, too small to read; use --page {bigger} ({bigger_size:.1f} pt), or --tile for a poster across several pages</source>
        <translation>textul cardurilor ar avea {size:.1f} pt pe o singură pagină {paper}, prea mic pentru citit; folosiți --page {bigger} ({bigger_size:.1f} pt) sau --tile pentru un poster pe mai multe pagini</translation>
    </message>
    <message>
        <source>channels, evidence, milestones and colours are left out</source>
        <translation>canalele, sursa informației, momentele-cheie și culorile sunt omise</translation>
    </message>
    <message>
        <source>channels[{index}]: channel id {id!r} appears twice</source>
        <translation>channels[{index}]: id-ul de canal {id!r} apare de două ori</translation>
    </message>
    <message>
        <source>emotion {text} is not a whole number (−2, −1, 0, +1 or +2)</source>
        <translation>emoția {text} nu este un număr întreg (−2, −1, 0, +1 sau +2)</translation>
    </message>
    <message>
        <source>emotion {text} is outside −2…+2 (a whole number from −2 to +2)</source>
        <translation>emoția {text} este în afara intervalului −2…+2 (un număr întreg de la −2 la +2)</translation>
    </message>
    <message>
        <source>fields separated by {separator}</source>
        <translation>câmpuri separate prin {separator}</translation>
    </message>
    <message>
        <source>file format version {found} is older than any this cjdesigner can read (the oldest it reads is version {oldest}).</source>
        <translation>versiunea de format {found} este mai veche decât orice poate citi acest cjdesigner (cea mai veche citită este versiunea {oldest}).</translation>
    </message>
    <message>
        <source>format_version must be a whole number (found {found}).</source>
        <translation>format_version trebuie să fie un număr întreg (găsit {found}).</translation>
    </message>
    <message>
        <source>has too many items (at most {limit})</source>
        <translation>are prea multe elemente (cel mult {limit})</translation>
    </message>
    <message>
        <source>id {id!r} is already in the map</source>
        <translation>id-ul {id!r} există deja în hartă</translation>
    </message>
    <message>
        <source>is far too long ({size} MB of text)</source>
        <translation>este mult prea lung ({size} MB de text)</translation>
    </message>
    <message>
        <source>is not a known field (unknown fields are not dropped, so the file is refused)</source>
        <translation>nu este un câmp cunoscut (câmpurile necunoscute nu sunt ignorate, deci fișierul este refuzat)</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>este obligatoriu, dar lipsește</translation>
    </message>
    <message>
        <source>is too large ({count} bytes; at most {limit})</source>
        <translation>este prea mare ({count} octeți; cel mult {limit})</translation>
    </message>
    <message>
        <source>is too long ({count} characters; at most {limit})</source>
        <translation>este prea lung ({count} caractere; cel mult {limit})</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>este un dosar</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>nu este un fișier obișnuit (este un dispozitiv, un pipe sau un socket)</translation>
    </message>
    <message>
        <source>it must be a JSON object with “columns” (and “values”)</source>
        <translation>trebuie să fie un obiect JSON cu „columns” (și „values”)</translation>
    </message>
    <message>
        <source>letters seem to have been lost when this file was saved ({examples}): in Excel, save it as “CSV UTF-8” or as .xlsx and import it again</source>
        <translation>se pare că unele litere s-au pierdut când fișierul a fost salvat ({examples}): în Excel, salvați-l ca „CSV UTF-8” sau .xlsx și importați-l din nou</translation>
    </message>
    <message>
        <source>longer than {n} characters</source>
        <translation>mai lung de {n} de caractere</translation>
    </message>
    <message>
        <source>more than {n} items</source>
        <translation>mai mult de {n} de elemente</translation>
    </message>
    <message>
        <source>more than {n} personas</source>
        <translation>mai mult de {n} de persona</translation>
    </message>
    <message>
        <source>more than {n} stages</source>
        <translation>mai mult de {n} de etape</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB (found {found})</source>
        <translation>trebuie să fie o culoare scrisă #RRGGBB (găsit {found})</translation>
    </message>
    <message>
        <source>must be a date and time with a time zone, like 2026-03-01T09:30:00Z (found {found})</source>
        <translation>trebuie să fie o dată și o oră cu fus orar, de ex. 2026-03-01T09:30:00Z (găsit {found})</translation>
    </message>
    <message>
        <source>must be a date between the years {first} and {last} (found {found})</source>
        <translation>trebuie să fie o dată între anii {first} și {last} (găsit {found})</translation>
    </message>
    <message>
        <source>must be a list (found {found})</source>
        <translation>trebuie să fie o listă (găsit {found})</translation>
    </message>
    <message>
        <source>must be a number (found {found})</source>
        <translation>trebuie să fie un număr (găsit {found})</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>trebuie să fie un număr întreg</translation>
    </message>
    <message>
        <source>must be a whole number (found {found})</source>
        <translation>trebuie să fie un număr întreg (găsit {found})</translation>
    </message>
    <message>
        <source>must be an id made of letters, digits and _ . : - (found {found})</source>
        <translation>trebuie să fie un id din litere, cifre și _ . : - (găsit {found})</translation>
    </message>
    <message>
        <source>must be an object {{…}} (found {found})</source>
        <translation>trebuie să fie un obiect {{…}} (găsit {found})</translation>
    </message>
    <message>
        <source>must be an object {…}</source>
        <translation>trebuie să fie un obiect {…}</translation>
    </message>
    <message>
        <source>must be at least {limit} (found {found})</source>
        <translation>trebuie să fie cel puțin {limit} (găsit {found})</translation>
    </message>
    <message>
        <source>must be at most {limit} (found {found})</source>
        <translation>trebuie să fie cel mult {limit} (găsit {found})</translation>
    </message>
    <message>
        <source>must be one of {expected} (found {found})</source>
        <translation>trebuie să fie una dintre valorile {expected} (găsit {found})</translation>
    </message>
    <message>
        <source>must be text (found {found})</source>
        <translation>trebuie să fie text (găsit {found})</translation>
    </message>
    <message>
        <source>must be the name of one of cjdesigner&apos;s icons, like “website” or “email” (found {found})</source>
        <translation>trebuie să fie numele uneia dintre pictogramele cjdesigner, de ex. „website” sau „email” (găsit {found})</translation>
    </message>
    <message>
        <source>must be true or false (found {found})</source>
        <translation>trebuie să fie true sau false (găsit {found})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nu poate fi gol</translation>
    </message>
    <message>
        <source>no permission to read this file.</source>
        <translation>nu există permisiunea de a citi acest fișier.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>not a valid map{where}: {what}.</source>
        <translation>hartă nevalidă{where}: {what}.</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {reason}.</source>
        <translation>JSON nevalid la linia {line}, coloana {column}: {reason}.</translation>
    </message>
    <message>
        <source>only a connection&apos;s label can be changed</source>
        <translation>la un flux se poate schimba doar eticheta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permisiune refuzată</translation>
    </message>
    <message>
        <source>permission denied in the folder “{folder}”: a safe save first writes a temporary file next to the map, and this folder does not allow new files</source>
        <translation>permisiune refuzată în dosarul „{folder}”: o salvare sigură scrie mai întâi un fișier temporar lângă hartă, iar acest dosar nu permite crearea de fișiere noi</translation>
    </message>
    <message>
        <source>personas without touchpoints have no journey: {names}</source>
        <translation>personele fără puncte de contact nu au parcurs: {names}</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>citit ca {encoding}</translation>
    </message>
    <message>
        <source>row {row}, column {column} ({header})</source>
        <translation>rândul {row}, coloana {column} ({header})</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>foaia „{sheet}”</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulatori</translation>
    </message>
    <message>
        <source>templates are not available in language {language!r}; use one of: {codes}</source>
        <translation>șabloanele nu sunt disponibile în limba {language!r}; folosiți una dintre: {codes}</translation>
    </message>
    <message>
        <source>the CSV file cannot be read ({reason})</source>
        <translation>fișierul CSV nu poate fi citit ({reason})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply.</source>
        <translation>JSON-ul este imbricat prea adânc.</translation>
    </message>
    <message>
        <source>the PDF fonts cannot draw some characters of the map (use --allow-missing-glyphs to print each as {mark}):</source>
        <translation>fonturile PDF nu pot desena unele caractere ale hărții (folosiți --allow-missing-glyphs pentru a tipări fiecare ca {mark}):</translation>
    </message>
    <message>
        <source>the PDF fonts cannot draw some characters of the map; each is printed as {mark}:</source>
        <translation>fonturile PDF nu pot desena unele caractere ale hărții; fiecare este tipărit ca {mark}:</translation>
    </message>
    <message>
        <source>the avatar picture of “{name}”: {problem}</source>
        <translation>imaginea avatarului personei „{name}”: {problem}</translation>
    </message>
    <message>
        <source>the cell holds the spreadsheet error {error} (a formula that failed)</source>
        <translation>celula conține eroarea de foaie de calcul {error} (o formulă care a eșuat)</translation>
    </message>
    <message>
        <source>the channel of the touchpoint does not exist</source>
        <translation>canalul punctului de contact nu există</translation>
    </message>
    <message>
        <source>the column of “{field}” must be a header or a letter</source>
        <translation>coloana pentru „{field}” trebuie să fie un antet sau o literă</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>discul este plin</translation>
    </message>
    <message>
        <source>the disk is read-only (its file system is mounted read-only)</source>
        <translation>discul este doar pentru citire (sistemul său de fișiere este montat doar pentru citire)</translation>
    </message>
    <message>
        <source>the file starts as {encoding} but is not valid {encoding} ({reason})</source>
        <translation>fișierul începe ca {encoding}, dar nu este {encoding} valid ({reason})</translation>
    </message>
    <message>
        <source>the folder “{folder}” does not allow new files (a system folder, not one for documents)</source>
        <translation>folderul „{folder}” nu permite fișiere noi (este un folder de sistem, nu unul pentru documente)</translation>
    </message>
    <message>
        <source>the mapping file “{name}”: {message}</source>
        <translation>fișierul de corespondență „{name}”: {message}</translation>
    </message>
    <message>
        <source>the mapping file “{path}” cannot be read ({reason})</source>
        <translation>fișierul de corespondență „{path}” nu poate fi citit ({reason})</translation>
    </message>
    <message>
        <source>the mapping file “{path}” is not valid JSON ({reason})</source>
        <translation>fișierul de corespondență „{path}” nu este JSON valid ({reason})</translation>
    </message>
    <message>
        <source>the mapping file “{path}” is too big</source>
        <translation>fișierul de corespondență „{path}” este prea mare</translation>
    </message>
    <message>
        <source>the mapping names column “{wanted}” for {field}, but the header row (row {row}) has no such column; its headers are: {headers}</source>
        <translation>corespondența indică coloana „{wanted}” pentru {field}, dar rândul de antet (rândul {row}) nu are o astfel de coloană; anteturile sunt: {headers}</translation>
    </message>
    <message>
        <source>the persona is empty</source>
        <translation>persona lipsește</translation>
    </message>
    <message>
        <source>the persona profiles and the stages&apos; descriptions and goals are not in a sheet</source>
        <translation>profilurile personelor și descrierile și obiectivele etapelor nu sunt în foaia de calcul</translation>
    </message>
    <message>
        <source>the sheet does not make a valid map ({reason})</source>
        <translation>foaia nu formează o hartă validă ({reason})</translation>
    </message>
    <message>
        <source>the sheet has no rows</source>
        <translation>foaia nu are rânduri</translation>
    </message>
    <message>
        <source>the sheet has no touchpoint rows below its header</source>
        <translation>foaia nu are rânduri cu puncte de contact sub antet</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>etapă</translation>
    </message>
    <message>
        <source>the stage is empty</source>
        <translation>etapa lipsește</translation>
    </message>
    <message>
        <source>the touchpoint has no title</source>
        <translation>punctul de contact nu are titlu</translation>
    </message>
    <message>
        <source>the touchpoint title</source>
        <translation>titlul punctului de contact</translation>
    </message>
    <message>
        <source>the workbook has no sheet with cells</source>
        <translation>registrul nu are nicio foaie cu celule</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{sheet}”; its sheets are: {names}</source>
        <translation>registrul nu are foaia „{sheet}”; foile lui sunt: {names}</translation>
    </message>
    <message>
        <source>the workbook has other sheets: {names}; choose one with --sheet</source>
        <translation>registrul are și alte foi: {names}; alegeți una cu --sheet</translation>
    </message>
    <message>
        <source>the workbook has {count} sheets; the first was read (choose with --sheet)</source>
        <translation>registrul are {count} foi; s-a citit prima (alegeți cu --sheet)</translation>
    </message>
    <message>
        <source>this is a PDF document, not a cjdesigner map: a PDF is exported from a map and cannot be opened again. Open the .cjm file it was exported from.</source>
        <translation>acesta este un document PDF, nu o hartă cjdesigner: un PDF se exportă dintr-o hartă și nu poate fi redeschis. Deschideți fișierul .cjm din care a fost exportat.</translation>
    </message>
    <message>
        <source>this is a PowerPoint deck, not a cjdesigner map: slides are exported from a map and cannot be opened again. Open the .cjm file they were exported from.</source>
        <translation>aceasta este o prezentare PowerPoint, nu o hartă cjdesigner: diapozitivele se exportă dintr-o hartă și nu pot fi redeschise. Deschideți fișierul .cjm din care au fost exportate.</translation>
    </message>
    <message>
        <source>this is an Excel workbook, not a cjdesigner map: import its touchpoints as a spreadsheet (File &gt; Import Spreadsheet…, or cjdesigner import).</source>
        <translation>acesta este un registru Excel, nu o hartă cjdesigner: importați punctele de contact ca foaie de calcul (Fișier &gt; Importă foaie de calcul… sau cjdesigner import).</translation>
    </message>
    <message>
        <source>this is an old Excel (.xls) or password-protected workbook, which cannot be read; open it in Excel or LibreOffice and save it as .xlsx (without a password) or CSV</source>
        <translation>acesta este un registru Excel vechi (.xls) sau protejat cu parolă, care nu poate fi citit; deschideți-l în Excel sau LibreOffice și salvați-l ca .xlsx (fără parolă) sau CSV</translation>
    </message>
    <message>
        <source>this is not a cjdesigner map</source>
        <translation>acesta nu este o hartă cjdesigner</translation>
    </message>
    <message>
        <source>this is not a cjdesigner map (it is plain text, not a saved map).</source>
        <translation>acesta nu este o hartă cjdesigner (este text simplu, nu o hartă salvată).</translation>
    </message>
    <message>
        <source>this is not a text (CSV) file; save the sheet as CSV or XLSX and try again</source>
        <translation>acesta nu este un fișier text (CSV); salvați foaia ca CSV sau XLSX și încercați din nou</translation>
    </message>
    <message>
        <source>unknown channel icon “{text}”; use one of: {icons}</source>
        <translation>pictogramă de canal necunoscută „{text}”; folosiți una dintre: {icons}</translation>
    </message>
    <message>
        <source>unknown evidence level “{text}”; use {words}</source>
        <translation>nivel de cercetare necunoscut „{text}”; folosiți: {words}</translation>
    </message>
    <message>
        <source>unknown field “{field}”; the fields are: {fields}</source>
        <translation>câmp necunoscut „{field}”; câmpurile sunt: {fields}</translation>
    </message>
    <message>
        <source>unknown language {language!r}; use one of: {codes}</source>
        <translation>limbă necunoscută {language!r}; folosiți una dintre: {codes}</translation>
    </message>
    <message>
        <source>unknown sentiment “{text}”; use {words}</source>
        <translation>sentiment necunoscut „{text}”; folosiți: {words}</translation>
    </message>
    <message>
        <source>“{file}”: {problem}</source>
        <translation>„{file}”: {problem}</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>„{text}”</translation>
    </message>
    <message>
        <source>“{text}” is not a number; emotion is a whole number from −2 to +2 (or leave the cell empty when there is no score)</source>
        <translation>„{text}” nu este un număr; emoția este un număr întreg de la −2 la +2 (sau lăsați celula goală când nu există un scor)</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexiune</numerusform>
            <numerusform>%n conexiuni</numerusform>
            <numerusform>%n de conexiuni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) of column {column} ({header}) took the name from the row above (merged cells saved as CSV are empty below their first row)</source>
        <translation>
            <numerusform>%n celulă goală din coloana {column} ({header}) a preluat numele din rândul de deasupra (celulele îmbinate salvate ca CSV sunt goale sub primul rând)</numerusform>
            <numerusform>%n celule goale din coloana {column} ({header}) au preluat numele din rândul de deasupra (celulele îmbinate salvate ca CSV sunt goale sub primul rând)</numerusform>
            <numerusform>%n de celule goale din coloana {column} ({header}) au preluat numele din rândul de deasupra (celulele îmbinate salvate ca CSV sunt goale sub primul rând)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n câmp</numerusform>
            <numerusform>%n câmpuri</numerusform>
            <numerusform>%n de câmpuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n fluxuri</numerusform>
            <numerusform>%n de fluxuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) between cards on different slides (or from a card to itself) not drawn as connectors; such a card carries a “→ page” tag naming the page its flow leads to, and its speaker notes name the cards</source>
        <translation>
            <numerusform>%n flux între carduri de pe diapozitive diferite (sau de la un card la el însuși) nu este desenat ca un conector; un astfel de card are o etichetă „→ pagina” cu pagina la care duce fluxul, iar notele vorbitorului numesc cardurile</numerusform>
            <numerusform>%n fluxuri între carduri de pe diapozitive diferite (sau de la un card la el însuși) nu sunt desenate ca conectori; un astfel de card are o etichetă „→ pagina” cu pagina la care duce fluxul, iar notele vorbitorului numesc cardurile</numerusform>
            <numerusform>%n de fluxuri între carduri de pe diapozitive diferite (sau de la un card la el însuși) nu sunt desenate ca conectori; un astfel de card are o etichetă „→ pagina” cu pagina la care duce fluxul, iar notele vorbitorului numesc cardurile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) left out (a journey diagram is a straight line)</source>
        <translation>
            <numerusform>%n flux omis (o diagramă de călătorie este o linie dreaptă)</numerusform>
            <numerusform>%n fluxuri omise (o diagramă de călătorie este o linie dreaptă)</numerusform>
            <numerusform>%n de fluxuri omise (o diagramă de călătorie este o linie dreaptă)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n formula cell(s) without a saved value ({cells}); the file was written by a program that does not calculate formulas. Open it in Excel or LibreOffice, save it, and import it again</source>
        <translation>
            <numerusform>%n celulă cu formulă fără valoare salvată ({cells}); fișierul a fost scris de un program care nu calculează formule. Deschideți-l în Excel sau LibreOffice, salvați-l și importați-l din nou</numerusform>
            <numerusform>%n celule cu formulă fără valoare salvată ({cells}); fișierul a fost scris de un program care nu calculează formule. Deschideți-l în Excel sau LibreOffice, salvați-l și importați-l din nou</numerusform>
            <numerusform>%n de celule cu formulă fără valoare salvată ({cells}); fișierul a fost scris de un program care nu calculează formule. Deschideți-l în Excel sau LibreOffice, salvați-l și importați-l din nou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagină</numerusform>
            <numerusform>%n pagini</numerusform>
            <numerusform>%n de pagini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
            <numerusform>%n de persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problemă</numerusform>
            <numerusform>%n probleme</numerusform>
            <numerusform>%n de probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rând</numerusform>
            <numerusform>%n rânduri</numerusform>
            <numerusform>%n de rânduri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapă</numerusform>
            <numerusform>%n etape</numerusform>
            <numerusform>%n de etape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n punct de contact</numerusform>
            <numerusform>%n puncte de contact</numerusform>
            <numerusform>%n de puncte de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without an emotion scored from their sentiment</source>
        <translation>
            <numerusform>%n punct de contact fără emoție punctat după sentiment</numerusform>
            <numerusform>%n puncte de contact fără emoție punctate după sentiment</numerusform>
            <numerusform>%n de puncte de contact fără emoție punctate după sentiment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown key(s): {keys}; use “columns” and “values”</source>
        <translation>
            <numerusform>%n cheie necunoscută: {keys}; folosiți „columns” și „values”</numerusform>
            <numerusform>%n chei necunoscute: {keys}; folosiți „columns” și „values”</numerusform>
            <numerusform>%n de chei necunoscute: {keys}; folosiți „columns” și „values”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV, UTF-8, %n touchpoint row(s)</source>
        <translation>
            <numerusform>CSV, UTF-8, %n rând cu un punct de contact</numerusform>
            <numerusform>CSV, UTF-8, %n rânduri cu puncte de contact</numerusform>
            <numerusform>CSV, UTF-8, %n de rânduri cu puncte de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mermaid, %n journey(s)</source>
        <translation>
            <numerusform>Mermaid, %n parcurs</numerusform>
            <numerusform>Mermaid, %n parcursuri</numerusform>
            <numerusform>Mermaid, %n de parcursuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PowerPoint, %n slide(s), {page}</source>
        <translation>
            <numerusform>PowerPoint, %n diapozitiv, {page}</numerusform>
            <numerusform>PowerPoint, %n diapozitive, {page}</numerusform>
            <numerusform>PowerPoint, %n de diapozitive, {page}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>XLSX, %n touchpoint row(s)</source>
        <translation>
            <numerusform>XLSX, %n rând cu un punct de contact</numerusform>
            <numerusform>XLSX, %n rânduri cu puncte de contact</numerusform>
            <numerusform>XLSX, %n de rânduri cu puncte de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a sheet has one row per touchpoint: it does not hold the %n flow(s) between them</source>
        <translation>
            <numerusform>o foaie de calcul are un rând pentru fiecare punct de contact: nu conține %n flux dintre ele</numerusform>
            <numerusform>o foaie de calcul are un rând pentru fiecare punct de contact: nu conține %n fluxuri dintre ele</numerusform>
            <numerusform>o foaie de calcul are un rând pentru fiecare punct de contact: nu conține %n de fluxuri dintre ele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cjdesigner: skipped %n row(s): {rows}</source>
        <translation>
            <numerusform>cjdesigner: %n rând omis: {rows}</numerusform>
            <numerusform>cjdesigner: %n rânduri omise: {rows}</numerusform>
            <numerusform>cjdesigner: %n de rânduri omise: {rows}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cjdesigner: … and %n more problem(s)</source>
        <translation>
            <numerusform>cjdesigner: … și încă %n problemă</numerusform>
            <numerusform>cjdesigner: … și încă %n probleme</numerusform>
            <numerusform>cjdesigner: … și încă %n de probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>descriptions, customer actions, pain points, opportunities and KPIs left out for %n touchpoint(s) (a journey diagram shows titles and scores only)</source>
        <translation>
            <numerusform>descrierile, acțiunile clientului, punctele de durere, oportunitățile și KPI-urile sunt omise pentru %n punct de contact (o diagramă de călătorie arată doar titluri și scoruri)</numerusform>
            <numerusform>descrierile, acțiunile clientului, punctele de durere, oportunitățile și KPI-urile sunt omise pentru %n puncte de contact (o diagramă de călătorie arată doar titluri și scoruri)</numerusform>
            <numerusform>descrierile, acțiunile clientului, punctele de durere, oportunitățile și KPI-urile sunt omise pentru %n de puncte de contact (o diagramă de călătorie arată doar titluri și scoruri)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>self-test FAILED: %n check(s) failed</source>
        <translation>
            <numerusform>autotestul A EȘUAT: %n verificare nereușită</numerusform>
            <numerusform>autotestul A EȘUAT: %n verificări nereușite</numerusform>
            <numerusform>autotestul A EȘUAT: %n de verificări nereușite</numerusform>
        </translation>
    </message>
    <message>
        <source>the file (format version {found}) could not be upgraded: {reason}.</source>
        <translation>fișierul (versiunea de format {found}) nu a putut fi actualizat: {reason}.</translation>
    </message>
    <message>
        <source>no column for {fields} in the header row (row {row}: {headers}); name it {names}</source>
        <translation>lipsește coloana pentru {fields} din rândul de antet (rândul {row}: {headers}); denumiți-o {names}</translation>
    </message>
    <message>
        <source>no columns for {fields} in the header row (row {row}: {headers}); name them {names}</source>
        <translation>lipsesc coloanele pentru {fields} din rândul de antet (rândul {row}: {headers}); denumiți-le {names}</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason}).</source>
        <translation>fișierul nu poate fi citit ({reason}).</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>fișierul nu există.</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>fișierul se termină prea devreme (poate fi trunchiat)</translation>
    </message>
    <message>
        <source>the file holds {n} journeys, each starting with &apos;journey&apos;; Mermaid renders one diagram at a time, so paste them one by one, or export to .md for fenced blocks that render together</source>
        <translation>fișierul conține mai multe parcursuri ({n}), fiecare începând cu &apos;journey&apos;; Mermaid afișează o singură diagramă odată, așa că lipiți-le pe rând sau exportați în .md pentru blocuri de cod delimitate, afișate împreună</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; cjdesigner maps are UTF-8. Save it as UTF-8 and retry.</source>
        <translation>fișierul este text UTF-16; hărțile cjdesigner sunt UTF-8. Salvați-l ca UTF-8 și încercați din nou.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>fișierul este gol.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x{byte:02X} at line {line}, column {column}).</source>
        <translation>fișierul nu este text UTF-8 valid (octetul 0x{byte:02X} la linia {line}, coloana {column}).</translation>
    </message>
    <message>
        <source>the file is too large to be a journey map ({size} MB; the limit is {limit} MB).</source>
        <translation>fișierul este prea mare pentru o hartă a parcursului ({size} MB; limita este {limit} MB).</translation>
    </message>
    <message>
        <source>the file name is too long for this disk</source>
        <translation>numele fișierului este prea lung pentru acest disc</translation>
    </message>
    <message>
        <source>the file read back differs</source>
        <translation>fișierul recitit diferă</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>dosarul nu există</translation>
    </message>
    <message>
        <source>the persona of the touchpoint does not exist</source>
        <translation>persona punctului de contact nu există</translation>
    </message>
    <message>
        <source>the picture is damaged and cannot be shown</source>
        <translation>imaginea este deteriorată și nu poate fi afișată</translation>
    </message>
    <message>
        <source>the picture is too large to decode</source>
        <translation>imaginea este prea mare pentru a fi decodată</translation>
    </message>
    <message>
        <source>the picture is {width}×{height} pixels (at most {side} on a side)</source>
        <translation>imaginea are {width}×{height} pixeli (cel mult {side} pe latură)</translation>
    </message>
    <message>
        <source>the stage of the touchpoint does not exist</source>
        <translation>etapa punctului de contact nu există</translation>
    </message>
    <message>
        <source>the tile overlap must be between 0 and {max:g} mm, not {value:g}</source>
        <translation>suprapunerea foilor trebuie să fie între 0 și {max:g} mm, nu {value:g}</translation>
    </message>
    <message>
        <source>there is more text after the end of the map</source>
        <translation>după sfârșitul hărții mai există text</translation>
    </message>
    <message>
        <source>there is no such channel</source>
        <translation>nu există un astfel de canal</translation>
    </message>
    <message>
        <source>there is no such persona</source>
        <translation>nu există o astfel de persona</translation>
    </message>
    <message>
        <source>there is no such stage</source>
        <translation>nu există o astfel de etapă</translation>
    </message>
    <message>
        <source>there is no template called {name!r}; the templates are: {names}</source>
        <translation>nu există niciun șablon numit {name!r}; șabloanele sunt: {names}</translation>
    </message>
    <message>
        <source>these two touchpoints are already connected</source>
        <translation>aceste două puncte de contact sunt deja conectate</translation>
    </message>
    <message>
        <source>this file is from a newer cjdesigner (file format version {found}; this version reads up to {current}). Update cjdesigner to open it.</source>
        <translation>acest fișier provine dintr-un cjdesigner mai nou (versiunea de format {found}; această versiune citește până la {current}). Actualizați cjdesigner pentru a-l deschide.</translation>
    </message>
    <message>
        <source>this is a binary file, not a cjdesigner map.</source>
        <translation>acesta este un fișier binar, nu o hartă cjdesigner.</translation>
    </message>
    <message>
        <source>this is a folder, not a map file.</source>
        <translation>acesta este un dosar, nu un fișier de hartă.</translation>
    </message>
    <message>
        <source>this is not a cjdesigner map (a map is UTF-8 text; this file is not).</source>
        <translation>acesta nu este o hartă cjdesigner (o hartă este text UTF-8, iar acest fișier nu este).</translation>
    </message>
    <message>
        <source>this is not a readable XLSX workbook: it may be damaged, or another kind of file with an .xlsx name</source>
        <translation>acesta nu este un registru XLSX care poate fi citit: fișierul poate fi deteriorat sau este alt tip de fișier cu numele .xlsx</translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation>acesta nu este un fișier obișnuit.</translation>
    </message>
    <message>
        <source>unknown field: {names}</source>
        <translation>câmp necunoscut: {names}</translation>
    </message>
    <message>
        <source>unknown page size {page!r}; choose one of {names}</source>
        <translation>dimensiune de pagină necunoscută {page!r}; alegeți una dintre: {names}</translation>
    </message>
    <message>
        <source>{count} problems:</source>
        <translation>probleme ({count}):</translation>
    </message>
    <message>
        <source>{n} touchpoints use the channel {name!r}; change them first</source>
        <translation>canalul {name!r} este folosit de puncte de contact ({n}); schimbați-le mai întâi</translation>
    </message>
    <message>
        <source>{path} (line {line}): {what}</source>
        <translation>{path} (linia {line}): {what}</translation>
    </message>
    <message>
        <source>{path}.channel: there is no channel with id {id!r}</source>
        <translation>{path}.channel: nu există niciun canal cu id-ul {id!r}</translation>
    </message>
    <message>
        <source>{path}.order: another touchpoint of the same cell has order {order}</source>
        <translation>{path}.order: alt punct de contact din aceeași celulă are ordinea {order}</translation>
    </message>
    <message>
        <source>{path}.persona_id: there is no persona with id {id!r}</source>
        <translation>{path}.persona_id: nu există nicio persona cu id-ul {id!r}</translation>
    </message>
    <message>
        <source>{path}.stage_id: there is no stage with id {id!r}</source>
        <translation>{path}.stage_id: nu există nicio etapă cu id-ul {id!r}</translation>
    </message>
    <message>
        <source>{path}.{end}: there is no touchpoint with id {id!r}</source>
        <translation>{path}.{end}: nu există niciun punct de contact cu id-ul {id!r}</translation>
    </message>
    <message>
        <source>{path}: a connection must join two different touchpoints</source>
        <translation>{path}: un flux trebuie să unească două puncte de contact diferite</translation>
    </message>
    <message>
        <source>{path}: id {id!r} is already used by {other}</source>
        <translation>{path}: id-ul {id!r} este deja folosit de {other}</translation>
    </message>
    <message>
        <source>{path}: the same two touchpoints are already connected</source>
        <translation>{path}: aceleași două puncte de contact sunt deja conectate</translation>
    </message>
    <message>
        <source>“columns” must be an object of field: header</source>
        <translation>„columns” trebuie să fie un obiect câmp: antet</translation>
    </message>
    <message>
        <source>“values.{kind}” must be an object of word: meaning</source>
        <translation>„values.{kind}” trebuie să fie un obiect cuvânt: sens</translation>
    </message>
    <message>
        <source>“values” may only hold “sentiment” and “channel” word lists</source>
        <translation>„values” poate conține doar liste de cuvinte „sentiment” și „channel”</translation>
    </message>
    <message>
        <source>“{file}” was changed on disk by another program since it was opened. Saving now would overwrite those changes; choose to overwrite, or save under another name.</source>
        <translation>„{file}” a fost modificat pe disc de alt program de când a fost deschis. Salvarea acum ar suprascrie acele modificări; alegeți să suprascrieți sau salvați sub alt nume.</translation>
    </message>
    <message>
        <source>“{file}” was saved but cannot be checked now ({reason}).</source>
        <translation>„{file}” a fost salvat, dar nu poate fi verificat acum ({reason}).</translation>
    </message>
    <message>
        <source>“{path}” cannot be read ({reason})</source>
        <translation>„{path}” nu poate fi citit ({reason})</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a sheet</source>
        <translation>„{path}” este un dosar, nu o foaie de calcul</translation>
    </message>
    <message>
        <source>“{path}” is empty</source>
        <translation>„{path}” este gol</translation>
    </message>
    <message>
        <source>“{path}” is too big to be a sheet of touchpoints</source>
        <translation>„{path}” este prea mare pentru o foaie cu puncte de contact</translation>
    </message>
    <message>
        <source>“{path}”: only .csv and .xlsx sheets can be imported</source>
        <translation>„{path}”: se pot importa doar foi .csv și .xlsx</translation>
    </message>
    <message>
        <source>“{path}”: {kind} files cannot be read; open it in Excel or LibreOffice and save it as .xlsx or .csv</source>
        <translation>„{path}”: fișierele {kind} nu pot fi citite; deschideți-l în Excel sau LibreOffice și salvați-l ca .xlsx sau .csv</translation>
    </message>
    <message>
        <source>“{text}” is not yes or no; write {yes}, or leave the cell empty</source>
        <translation>„{text}” nu este „da” sau „nu”; scrieți {yes} sau lăsați celula goală</translation>
    </message>
    <message>
        <source>“{word}” is mapped to “{meaning}”, which is not positive, neutral or negative</source>
        <translation>„{word}” corespunde lui „{meaning}”, care nu este positive, neutral sau negative</translation>
    </message>
    <message>
        <source>… and {n} more problems</source>
        <translation>… și încă {n} probleme</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Eroare neașteptată</translation>
    </message>
    <message>
        <source>Your map is still open. Save it (or Save As…) before going on.</source>
        <translation>Harta este încă deschisă. Salvați-o (sau folosiți Salvează ca…) înainte de a continua.</translation>
    </message>
</context>
<context>
    <name>file_lock</name>
    <message>
        <source>in another cjdesigner window on this computer</source>
        <translation>într-o altă fereastră cjdesigner pe acest calculator</translation>
    </message>
    <message>
        <source>by %1 on this computer</source>
        <translation>de %1 pe acest calculator</translation>
    </message>
    <message>
        <source>by another program</source>
        <translation>de alt program</translation>
    </message>
    <message>
        <source>by %1 on the computer “%2”</source>
        <translation>de %1 pe calculatorul „%2”</translation>
    </message>
    <message>
        <source>on the computer “%1”</source>
        <translation>pe calculatorul „%1”</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Nothing moved: “%1” is already in the first stage</source>
        <translation>Nu s-a mutat nimic: „%1” este deja în prima etapă</translation>
    </message>
    <message>
        <source>Nothing moved: “%1” is already in the last stage</source>
        <translation>Nu s-a mutat nimic: „%1” este deja în ultima etapă</translation>
    </message>
    <message>
        <source>Nothing moved: “%1” is already in the first lane</source>
        <translation>Nu s-a mutat nimic: „%1” este deja în primul rând</translation>
    </message>
    <message>
        <source>Nothing moved: “%1” is already in the last lane</source>
        <translation>Nu s-a mutat nimic: „%1” este deja în ultimul rând</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>never saved</source>
        <translation>nesalvată niciodată</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1” (%2)</translation>
    </message>
    <message>
        <source>last autosaved %1</source>
        <translation>ultima salvare automată %1</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperează munca nesalvată</translation>
    </message>
    <message>
        <source>A recovery file could not be read and was kept as %1.</source>
        <translation>Un fișier de recuperare nu a putut fi citit și a fost păstrat ca %1.</translation>
    </message>
</context>
<context>
    <name>romanian</name>
    <message>
        <source>Fix Romanian letters</source>
        <translation>Corectează literele românești</translation>
    </message>
</context>
</TS>
