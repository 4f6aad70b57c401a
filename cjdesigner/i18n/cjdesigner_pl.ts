<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the fonts cannot draw some characters of the map; they show as empty boxes in the image:</source>
        <translation>czcionki nie mają niektórych znaków mapy; na obrazie będą widoczne jako puste prostokąty:</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, platform {platform}</source>
        <translation>Qt {qt}, PySide6 {pyside}, platforma {platform}</translation>
    </message>
    <message>
        <source>SVG and PNG among the formats Qt reads (formats: {n})</source>
        <translation>SVG i PNG wśród formatów czytanych przez Qt (formaty: {n})</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>brak: {names}</translation>
    </message>
    <message>
        <source>Qt loaded the shipped “{family}”</source>
        <translation>Qt wczytało dołączony krój „{family}”</translation>
    </message>
    <message>
        <source>Qt could not load the shipped fonts; the canvas would use {family}</source>
        <translation>Qt nie wczytało dołączonych krojów; obszar roboczy użyłby {family}</translation>
    </message>
    <message>
        <source>every SVG icon draws (icons: {n})</source>
        <translation>każda ikona SVG się rysuje (ikony: {n})</translation>
    </message>
    <message>
        <source>cannot draw: {names}</source>
        <translation>nie da się narysować: {names}</translation>
    </message>
    <message>
        <source>Polish and Romanian words sort by their alphabets</source>
        <translation>słowa polskie i rumuńskie sortują się według swoich alfabetów</translation>
    </message>
    <message>
        <source>wrong order: {pairs}</source>
        <translation>zła kolejność: {pairs}</translation>
    </message>
    <message>
        <source>every .qm catalogue loads (catalogues: {n})</source>
        <translation>każdy katalog .qm się wczytuje (katalogi: {n})</translation>
    </message>
    <message>
        <source>cannot load: {names}</source>
        <translation>nie da się wczytać: {names}</translation>
    </message>
    <message>
        <source>broken output: {kinds}</source>
        <translation>uszkodzony wynik: {kinds}</translation>
    </message>
    <message>
        <source>{languages}: drawn; PDF, PNG and SVG made in memory (PDF pages: {pages})</source>
        <translation>{languages}: narysowany; PDF, PNG i SVG utworzone w pamięci (strony PDF: {pages})</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About cjdesigner</source>
        <translation>O programie cjdesigner</translation>
    </message>
    <message>
        <source>cjdesigner %1</source>
        <translation>cjdesigner %1</translation>
    </message>
    <message>
        <source>Customer journey maps: stages × personas, touchpoints marked positive, neutral or negative, saved as readable files and printed as PDF.</source>
        <translation>Mapy ścieżki klienta: etapy × persony, punkty styku oznaczone jako pozytywne, neutralne lub negatywne, zapisywane w czytelnych plikach i drukowane do PDF.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencja: %1</translation>
    </message>
    <message>
        <source>© the cjdesigner developers. All rights reserved.</source>
        <translation>© twórcy programu cjdesigner. Wszelkie prawa zastrzeżone.</translation>
    </message>
    <message>
        <source>The bundled Noto Sans fonts (© Google) are licensed under the SIL Open Font License, version 1.1.</source>
        <translation>Dołączone kroje Noto Sans (© Google) są udostępniane na licencji SIL Open Font License w wersji 1.1.</translation>
    </message>
    <message>
        <source>Font Licence…</source>
        <translation>Licencja krojów…</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation>Qt %1 · PySide6 %2 · Python %3</translation>
    </message>
    <message>
        <source>SIL Open Font License</source>
        <translation>Licencja SIL Open Font License</translation>
    </message>
</context>
<context>
    <name>ActionStates</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponów: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <source>Move between touchpoints and the stage and persona headers</source>
        <translation>Przechodź między punktami styku oraz nagłówkami etapów i person</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Klawisze strzałek</translation>
    </message>
    <message>
        <source>Move the selected touchpoints, stage or persona</source>
        <translation>Przesuń zaznaczone punkty styku, etap lub personę</translation>
    </message>
    <message>
        <source>Ctrl+Arrow keys</source>
        <translation>Ctrl+klawisze strzałek</translation>
    </message>
    <message>
        <source>Edit the selected touchpoint, stage or persona</source>
        <translation>Edytuj zaznaczony punkt styku, etap lub personę</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter lub F2</translation>
    </message>
    <message>
        <source>Back to the map from the Inspector or the palette</source>
        <translation>Powrót do mapy z Inspektora lub palety</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Mark positive / neutral / negative</source>
        <translation>Oznacz jako pozytywny / neutralny / negatywny</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Usuń zaznaczone elementy</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel a drag or a flow being drawn</source>
        <translation>Anuluj przeciąganie lub rysowanie przejścia</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Przesuń widok mapy</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>Spacja+przeciąganie, środkowy przycisk myszy</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Powiększ lub pomniejsz</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+kółko myszy</translation>
    </message>
    <message>
        <source>Presentation: next / previous lane, one stage, leave</source>
        <translation>Prezentacja: następny / poprzedni tor, jeden etap, wyjście</translation>
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
            <numerusform>Znaleziono ş/ţ z cedyllą w %n polu; Mapa &gt; Popraw rumuńskie litery zamieni je na ș/ț</numerusform>
            <numerusform>Znaleziono ş/ţ z cedyllą w %n polach; Mapa &gt; Popraw rumuńskie litery zamieni je na ș/ț</numerusform>
            <numerusform>Znaleziono ş/ţ z cedyllą w %n polach; Mapa &gt; Popraw rumuńskie litery zamieni je na ș/ț</numerusform>
        </translation>
    </message>
    <message>
        <source>You typed ş/ţ with a cedilla; Romanian writes ș/ț with a comma below (Map &gt; Fix Romanian Letters changes them everywhere)</source>
        <translation>Wpisano ş/ţ z cedyllą; po rumuńsku pisze się ș/ț z przecinkiem (Mapa &gt; Popraw rumuńskie litery zmienia je wszędzie)</translation>
    </message>
    <message>
        <source>No ş or ţ with a cedilla in this map</source>
        <translation>Ta mapa nie zawiera ş ani ţ z cedyllą</translation>
    </message>
    <message numerus="yes">
        <source>Fixed ş/ţ → ș/ț in %n field(s)</source>
        <translation>
            <numerusform>Poprawiono ş/ţ → ș/ț w %n polu</numerusform>
            <numerusform>Poprawiono ş/ţ → ș/ț w %n polach</numerusform>
            <numerusform>Poprawiono ş/ţ → ș/ț w %n polach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>website</source>
        <translation>strona WWW</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>media społecznościowe</translation>
    </message>
    <message>
        <source>advertising</source>
        <translation>reklama</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>app</source>
        <translation>aplikacja</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>czat</translation>
    </message>
    <message>
        <source>store</source>
        <translation>sklep</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>opinie</translation>
    </message>
    <message>
        <source>word of mouth</source>
        <translation>poczta pantoflowa</translation>
    </message>
    <message>
        <source>events</source>
        <translation>wydarzenia</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>rozliczenia</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>Manage Channels</source>
        <translation>Zarządzaj kanałami</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Dodaj kanał</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Ikona:</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Bez kanału</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n touchpoint(s).</source>
        <translation>
            <numerusform>Używany przez %n punkt styku.</numerusform>
            <numerusform>Używany przez %n punkty styku.</numerusform>
            <numerusform>Używany przez %n punktów styku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used by any touchpoint yet.</source>
        <translation>Nie jest jeszcze używany przez żaden punkt styku.</translation>
    </message>
    <message>
        <source>A card with no channel shows none on the map.</source>
        <translation>Karta bez kanału nie pokazuje na mapie żadnego kanału.</translation>
    </message>
    <message>
        <source>Change the channel of its touchpoints first</source>
        <translation>Najpierw zmień kanał jego punktów styku</translation>
    </message>
    <message>
        <source>There is already a channel named “%1”; choose another name.</source>
        <translation>Kanał o nazwie „%1” już istnieje; wybierz inną nazwę.</translation>
    </message>
</context>
<context>
    <name>ClipboardController</name>
    <message numerus="yes">
        <source>Copied %n touchpoint(s)</source>
        <translation>
            <numerusform>Skopiowano %n punkt styku</numerusform>
            <numerusform>Skopiowano %n punkty styku</numerusform>
            <numerusform>Skopiowano %n punktów styku</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Wytnij</translation>
    </message>
    <message>
        <source>The clipboard holds no touchpoints to paste</source>
        <translation>W schowku nie ma punktów styku do wklejenia</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>No colour</source>
        <translation>Bez koloru</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>CommandNames</name>
    <message numerus="yes">
        <source>Add %n touchpoint(s)</source>
        <translation>
            <numerusform>Dodaj %n punkt styku</numerusform>
            <numerusform>Dodaj %n punkty styku</numerusform>
            <numerusform>Dodaj %n punktów styku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>Przesuń %n punkt styku</numerusform>
            <numerusform>Przesuń %n punkty styku</numerusform>
            <numerusform>Przesuń %n punktów styku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touchpoint(s)</source>
        <translation>
            <numerusform>Usuń %n punkt styku</numerusform>
            <numerusform>Usuń %n punkty styku</numerusform>
            <numerusform>Usuń %n punktów styku</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogLaunchers</name>
    <message>
        <source>The new language is used when cjdesigner is started again.</source>
        <translation>Nowy język zostanie użyty po ponownym uruchomieniu programu cjdesigner.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Change the map&apos;s language</source>
        <translation>Zmień język mapy</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still hold the template&apos;s words (stage names and descriptions, persona, channels). Translate them into %1 too?</source>
        <translation>
            <numerusform>%n pole nadal zawiera słowa z szablonu (nazwy i opisy etapów, persona, kanały). Przetłumaczyć je również na język: %1?</numerusform>
            <numerusform>%n pola nadal zawierają słowa z szablonu (nazwy i opisy etapów, persona, kanały). Przetłumaczyć je również na język: %1?</numerusform>
            <numerusform>%n pól nadal zawiera słowa z szablonu (nazwy i opisy etapów, persona, kanały). Przetłumaczyć je również na język: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Text you wrote or changed yourself stays as it is. One undo step.</source>
        <translation>Tekst wpisany lub zmieniony przez Ciebie pozostanie bez zmian. Całość można cofnąć jednym krokiem.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Przetłumacz</translation>
    </message>
    <message>
        <source>Keep as They Are</source>
        <translation>Zostaw bez zmian</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Czy zapisać zmiany w „%1”?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Jeśli nie zapiszesz, zmiany zostaną utracone.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Plik zmieniony na dysku</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>Od chwili otwarcia plik „%1” został zmieniony przez inny program.</translation>
    </message>
    <message>
        <source>Overwrite it with your version (the other changes are lost, the previous file is kept as a .bak copy), or save your version under another name?</source>
        <translation>Nadpisać go Twoją wersją (tamte zmiany przepadną, poprzedni plik zostanie zachowany jako kopia .bak) czy zapisać Twoją wersję pod inną nazwą?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Nadpisz</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Your map is still open and nothing is lost. Save it somewhere else?</source>
        <translation>Mapa jest nadal otwarta i nic nie przepadło. Zapisać ją w innym miejscu?</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Nie zapisuj</translation>
    </message>
    <message>
        <source>Map already open</source>
        <translation>Mapa jest już otwarta</translation>
    </message>
    <message>
        <source>“%1” is already open: %2.</source>
        <translation>Plik „%1” jest już otwarty: %2.</translation>
    </message>
    <message>
        <source>Open it read-only (you can still save your changes under another name), or open a copy as a new, untitled map?</source>
        <translation>Otworzyć go tylko do odczytu (zmiany nadal można zapisać pod inną nazwą) czy otworzyć kopię jako nową mapę bez nazwy?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Otwórz kopię</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>Plik „%1” został zmieniony przez inny program.</translation>
    </message>
    <message>
        <source>You have unsaved changes. When you save, you will be asked whether to overwrite the other version or save yours under another name.</source>
        <translation>Masz niezapisane zmiany. Przy zapisie padnie pytanie, czy nadpisać tamtą wersję, czy zapisać Twoją pod inną nazwą.</translation>
    </message>
    <message>
        <source>You have no unsaved changes. Load the new version?</source>
        <translation>Nie masz niezapisanych zmian. Wczytać nową wersję?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Zachowaj moją</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Odzyskaj niezapisaną pracę</translation>
    </message>
    <message>
        <source>cjdesigner did not close properly last time. Unsaved work was recovered:</source>
        <translation>cjdesigner nie został ostatnio poprawnie zamknięty. Odzyskano niezapisaną pracę:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Zdecyduję później</translation>
    </message>
    <message>
        <source>Open Map</source>
        <translation>Otwórz mapę</translation>
    </message>
    <message>
        <source>cjdesigner maps (*.cjm);;JSON files (*.json);;Spreadsheets to import (*.csv *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>Mapy cjdesigner (*.cjm);;Pliki JSON (*.json);;Arkusze do importu (*.csv *.tsv *.xlsx *.xls);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>cjdesigner maps (*.cjm);;JSON files (*.json);;All files (*)</source>
        <translation>Mapy cjdesigner (*.cjm);;Pliki JSON (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>Zapisz mapę jako</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Eksportuj obraz</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Wybierz zdjęcie</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>EmotionCombo</name>
    <message>
        <source>Not scored</source>
        <translation>Bez oceny</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuj PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Poziomo</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pionowo</translation>
    </message>
    <message>
        <source>Whole map on one page</source>
        <translation>Cała mapa na jednej stronie</translation>
    </message>
    <message>
        <source>Poster: readable size across several pages</source>
        <translation>Plakat: czytelny rozmiar na kilku stronach</translation>
    </message>
    <message>
        <source>Detail pages: personas, touchpoints per stage, insights</source>
        <translation>Strony szczegółów: persony, punkty styku w etapach, wnioski</translation>
    </message>
    <message>
        <source>Same as the map</source>
        <translation>Taki sam jak mapa</translation>
    </message>
    <message>
        <source>e.g. the map on an A1 poster, the detail pages on A4 for reading</source>
        <translation>np. mapa na plakacie A1, strony ze szczegółami na A4 do czytania</translation>
    </message>
    <message>
        <source>Cover page: title, client, consultant, date, version, logo</source>
        <translation>Strona tytułowa: tytuł, klient, konsultant, data, wersja, logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Otwórz PDF, gdy będzie gotowy</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>zakładka</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Mapa:</translation>
    </message>
    <message>
        <source>Detail paper:</source>
        <translation>Papier szczegółów:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Poster of %1 × %2 pages plus an overview page</source>
        <translation>Plakat z %1 × %2 stron oraz strona poglądowa</translation>
    </message>
    <message>
        <source>%1 pages · map at %2 % · card text %3 pt</source>
        <translation>Stron: %1 · mapa w skali %2 % · tekst kart %3 pt</translation>
    </message>
    <message>
        <source>About %1 pages · map at %2 % · card text %3 pt</source>
        <translation>Około %1 stron · mapa w skali %2 % · tekst kart %3 pt</translation>
    </message>
    <message>
        <source>Card text would be too small to read on paper: choose the poster, a larger paper size, or turn the page.</source>
        <translation>Tekst kart byłby na papierze za mały do czytania: wybierz plakat, większy format papieru albo obróć stronę.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the name of the PDF file to write</source>
        <translation>„%1” to folder; podaj nazwę pliku PDF do zapisania</translation>
    </message>
    <message>
        <source>give the name of the PDF file to write</source>
        <translation>podaj nazwę pliku PDF do zapisania</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Nie zapisano pliku PDF: %1</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Untitled</source>
        <translation>Bez nazwy</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Nowa mapa</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Nie można otworzyć mapy</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopia %1</translation>
    </message>
    <message>
        <source>Cannot reload map</source>
        <translation>Nie można ponownie wczytać mapy</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Nie można zapisać</translation>
    </message>
    <message>
        <source>“%1” would be a map file named like a %2 file, which no other program opens. Save the map under a name ending in .cjm; the File menu&apos;s Export commands write PDF files, pictures, sheets and slides.</source>
        <translation>„%1” byłby plikiem mapy nazwanym jak plik %2, którego żaden inny program nie otworzy. Zapisz mapę pod nazwą z rozszerzeniem .cjm; pliki PDF, obrazy, arkusze i slajdy tworzą polecenia eksportu w menu Plik.</translation>
    </message>
    <message>
        <source>“%1” is open %2. Close it there first, or choose another name.</source>
        <translation>Plik „%1” jest otwarty %2. Najpierw go tam zamknij albo wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Cannot save map</source>
        <translation>Nie można zapisać mapy</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>Map saved</source>
        <translation>Mapa zapisana</translation>
    </message>
    <message>
        <source>“%1” also had other names on the disk (hard links). They still show the previous version; the saved map is only under this name.</source>
        <translation>Plik „%1” miał na dysku także inne nazwy (dowiązania twarde). Pod nimi nadal widać poprzednią wersję; zapisana mapa jest dostępna tylko pod tą nazwą.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program; Save writes it again.</source>
        <translation>Plik „%1” został usunięty lub przeniesiony przez inny program; polecenie Zapisz utworzy go ponownie.</translation>
    </message>
    <message>
        <source>“%1” no longer exists; it was removed from the recent files.</source>
        <translation>Plik „%1” już nie istnieje; usunięto go z listy ostatnich plików.</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Opened %1 only: drop one file at a time.</source>
        <translation>Otwarto tylko %1: upuszczaj po jednym pliku.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find cards by any word they hold</source>
        <translation>Znajdź karty po dowolnym słowie z ich treści</translation>
    </message>
    <message>
        <source>Find cards</source>
        <translation>Znajdź karty</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Poprzednie trafienie (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Następne trafienie (Enter)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystkie</translation>
    </message>
    <message>
        <source>Select every card found</source>
        <translation>Zaznacz wszystkie znalezione karty</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Label of the flow (empty: none)</source>
        <translation>Etykieta przejścia (puste: brak)</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <source>The analysis failed (%1). The map itself is not affected.</source>
        <translation>Analiza się nie powiodła (%1). Sama mapa jest nienaruszona.</translation>
    </message>
    <message>
        <source>Analysing the map…</source>
        <translation>Analiza mapy…</translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n wniosek</numerusform>
            <numerusform>%n wnioski</numerusform>
            <numerusform>%n wniosków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n do poprawy</numerusform>
            <numerusform>%n do poprawy</numerusform>
            <numerusform>%n do poprawy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical moment(s)</source>
        <translation>
            <numerusform>%n moment krytyczny</numerusform>
            <numerusform>%n momenty krytyczne</numerusform>
            <numerusform>%n momentów krytycznych</numerusform>
        </translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>aktualizacja…</translation>
    </message>
    <message>
        <source>Dead ends, unreachable touchpoints and gaps are counted as to fix.</source>
        <translation>Do poprawy liczą się ślepe zaułki, nieosiągalne punkty styku i luki.</translation>
    </message>
    <message>
        <source>No flows yet. Drag from a card&apos;s handle to the next card to draw the journey; this panel then shows where it starts, ends and breaks off.</source>
        <translation>Nie ma jeszcze przejść. Przeciągnij od uchwytu karty do następnej karty, aby narysować ścieżkę; ten panel pokaże wtedy, gdzie się ona zaczyna, kończy i urywa.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without a flow yet are not listed as entry, end or dead-end points. Draw their flows to see the whole journey.</source>
        <translation>
            <numerusform>%n punkt styku, który nie ma jeszcze przejść, nie jest uwzględniany jako punkt wejścia, punkt końcowy ani ślepy zaułek. Narysuj jego przejścia, aby zobaczyć całą ścieżkę.</numerusform>
            <numerusform>%n punkty styku, które nie mają jeszcze przejść, nie są uwzględniane jako punkty wejścia, punkty końcowe ani ślepe zaułki. Narysuj ich przejścia, aby zobaczyć całą ścieżkę.</numerusform>
            <numerusform>%n punktów styku, które nie mają jeszcze przejść, nie jest uwzględnianych jako punkty wejścia, punkty końcowe ani ślepe zaułki. Narysuj ich przejścia, aby zobaczyć całą ścieżkę.</numerusform>
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
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Dodaj KPI</translation>
    </message>
    <message>
        <source>Add a KPI</source>
        <translation>Dodaj wskaźnik KPI</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected KPI</source>
        <translation>Usuń zaznaczony KPI</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nowy KPI</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1” nie jest liczbą</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Usuń zaznaczoną pozycję</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Touchpoints</source>
        <translation>Punkty styku</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(tylko do odczytu)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autozapis nie powiódł się: %1</translation>
    </message>
</context>
<context>
    <name>MapExports</name>
    <message>
        <source>Cannot export the image</source>
        <translation>Nie można wyeksportować obrazu</translation>
    </message>
    <message>
        <source>Some characters cannot be drawn</source>
        <translation>Nie można narysować niektórych znaków</translation>
    </message>
</context>
<context>
    <name>MapForm</name>
    <message>
        <source>e.g. Online shop — purchase journey</source>
        <translation>np. Sklep internetowy — ścieżka zakupu</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>Who the map is for</source>
        <translation>Dla kogo jest mapa</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>Who prepared it</source>
        <translation>Kto ją przygotował</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>e.g. v3, workshop draft</source>
        <translation>np. v3, wersja robocza z warsztatu</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Wersja</translation>
    </message>
    <message>
        <source>As-is (the journey today)</source>
        <translation>Obecna (as-is: ścieżka dziś)</translation>
    </message>
    <message>
        <source>To-be (the planned journey)</source>
        <translation>Docelowa (to-be: ścieżka planowana)</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>Ś&amp;cieżka</translation>
    </message>
    <message>
        <source>The language of the map&apos;s content (dates in the PDF)</source>
        <translation>Język treści mapy (słowa i daty w PDF)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>The scope, goals and sources of this map</source>
        <translation>Zakres, cele i źródła tej mapy</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation>Wybierz logo…</translation>
    </message>
    <message>
        <source>The client&apos;s logo for the PDF&apos;s cover page</source>
        <translation>Logo klienta na stronę tytułową PDF</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Client logo</source>
        <translation>Logo klienta</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa ścieżki</translation>
    </message>
    <message>
        <source>Journey map · nothing selected — click a card, stage or persona to edit it</source>
        <translation>Mapa ścieżki · nic nie zaznaczono — kliknij kartę, etap lub personę, aby edytować</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG picture.</source>
        <translation>„%1” nie jest obrazem PNG ani JPEG.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a picture (damaged file?).</source>
        <translation>Nie można odczytać „%1” jako obrazu (uszkodzony plik?).</translation>
    </message>
    <message>
        <source>“%1” is too large even when scaled down (the limit is %2).</source>
        <translation>„%1” jest za duży nawet po pomniejszeniu (limit to %2).</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logo nie zostało użyte</translation>
    </message>
    <message>
        <source>The logo was larger than %1 and was scaled down to fit in the map.</source>
        <translation>Logo było większe niż %1 i zostało pomniejszone, aby zmieściło się w mapie.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Set sentiment</source>
        <translation>Ustaw wydźwięk</translation>
    </message>
    <message>
        <source>Toggle milestone</source>
        <translation>Przełącz kamień milowy</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>A touchpoint cannot connect to itself</source>
        <translation>Punkt styku nie może łączyć się sam ze sobą</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Już połączone</translation>
    </message>
    <message>
        <source>Label flow</source>
        <translation>Opisz przejście</translation>
    </message>
    <message>
        <source>Moment of truth: the lowest emotion of this persona&apos;s journey</source>
        <translation>Moment prawdy: najniższe emocje na ścieżce tej persony</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Pozytywny</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatywny</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Kamień milowy</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Edit Label…</source>
        <translation>Edytuj etykietę…</translation>
    </message>
    <message>
        <source>Drag to another touchpoint to draw a flow (Esc cancels)</source>
        <translation>Przeciągnij do innego punktu styku, aby narysować przejście (Esc anuluje)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>pozytywny</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutralny</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negatywny</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Etap %1 z %2</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment prawdy</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>kamień milowy</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa ścieżki klienta</translation>
    </message>
    <message>
        <source>Arrow keys move between touchpoints, Enter edits, Ctrl+arrows move a touchpoint, 1, 2, 3 mark it positive, neutral or negative, Delete removes it</source>
        <translation>Strzałki przechodzą między punktami styku, Enter edytuje, Ctrl+strzałki przesuwają punkt styku, 1, 2, 3 oznaczają go jako pozytywny, neutralny lub negatywny, Delete go usuwa</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Zamknij ten komunikat</translation>
    </message>
    <message>
        <source>Read-only: this map is open in another window or on another computer. You can look, select and copy; Save As… keeps your changes under another name.</source>
        <translation>Tylko do odczytu: ta mapa jest otwarta w innym oknie lub na innym komputerze. Możesz ją przeglądać, zaznaczać i kopiować; polecenie Zapisz jako… zachowa Twoje zmiany pod inną nazwą.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>Wyeksportowano „%1” do %2.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Pokaż w folderze</translation>
    </message>
</context>
<context>
    <name>MultiForm</name>
    <message>
        <source>Sentiment of all</source>
        <translation>Wydźwięk wszystkich</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected</source>
        <translation>
            <numerusform>Zaznaczono %n punkt styku</numerusform>
            <numerusform>Zaznaczono %n punkty styku</numerusform>
            <numerusform>Zaznaczono %n punktów styku</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag them together on the canvas, or set what they share here.</source>
        <translation>Przeciągnij je razem na mapie albo ustaw tutaj to, co mają wspólne.</translation>
    </message>
    <message>
        <source>Set sentiment</source>
        <translation>Ustaw wydźwięk</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Filter channels…</source>
        <translation>Filtruj kanały…</translation>
    </message>
    <message>
        <source>Drag a channel into a cell of the map to add a touchpoint there</source>
        <translation>Przeciągnij kanał do komórki mapy, aby dodać tam punkt styku</translation>
    </message>
    <message>
        <source>Drag a channel onto the map to add a touchpoint</source>
        <translation>Przeciągnij kanał na mapę, aby dodać punkt styku</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Positive (▲)</source>
        <translation>Pozytywny (▲)</translation>
    </message>
    <message>
        <source>Neutral (●)</source>
        <translation>Neutralny (●)</translation>
    </message>
    <message>
        <source>Negative (▼)</source>
        <translation>Negatywny (▼)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Kamień milowy</translation>
    </message>
    <message>
        <source>Dotted border: partly researched</source>
        <translation>Kropkowana ramka: częściowe badania</translation>
    </message>
    <message>
        <source>Dashed border: assumption</source>
        <translation>Przerywana ramka: założenie</translation>
    </message>
    <message>
        <source>Moment of truth: a persona&apos;s lowest emotion</source>
        <translation>Moment prawdy: najniższe emocje persony</translation>
    </message>
    <message>
        <source>Flow label with no room: point at it to read it</source>
        <translation>Etykieta przejścia bez miejsca: wskaż ją, aby przeczytać</translation>
    </message>
    <message>
        <source>Hollow point: emotion estimated from the sentiment</source>
        <translation>Pusty punkt: emocje oszacowane z wydźwięku</translation>
    </message>
    <message>
        <source>Drag “%1” onto the map, or double-click to add it to the selected cell</source>
        <translation>Przeciągnij „%1” na mapę albo kliknij dwukrotnie, aby dodać do zaznaczonej komórki</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>Choose Picture…</source>
        <translation>Wybierz zdjęcie…</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture; large pictures are scaled down to fit in the map</source>
        <translation>Obraz PNG lub JPEG; duże obrazy są pomniejszane, by zmieściły się w mapie</translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>e.g. Anna, the first-time buyer</source>
        <translation>np. Anna, kupująca po raz pierwszy</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>Something this customer would say</source>
        <translation>Coś, co ten klient mógłby powiedzieć</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Cytat</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Add frustration</source>
        <translation>Dodaj frustrację</translation>
    </message>
    <message>
        <source>New frustration</source>
        <translation>Nowa frustracja</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustracje</translation>
    </message>
    <message>
        <source>Age, location, income, habits…</source>
        <translation>Wiek, miejsce zamieszkania, dochód, zwyczaje…</translation>
    </message>
    <message>
        <source>&amp;Demographics</source>
        <translation>&amp;Demografia</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Kolor persony</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message numerus="yes">
        <source>Persona · %n touchpoint(s)</source>
        <translation>
            <numerusform>Persona · %n punkt styku</numerusform>
            <numerusform>Persona · %n punkty styku</numerusform>
            <numerusform>Persona · %n punktów styku</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG picture.</source>
        <translation>„%1” nie jest obrazem PNG ani JPEG.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a picture (damaged file?).</source>
        <translation>Nie udało się odczytać „%1” jako obrazu (uszkodzony plik?).</translation>
    </message>
    <message>
        <source>“%1” is too large even when scaled down (the limit is %2).</source>
        <translation>„%1” jest za duży nawet po pomniejszeniu (limit to %2).</translation>
    </message>
    <message>
        <source>Picture not used</source>
        <translation>Zdjęcie nie zostało użyte</translation>
    </message>
    <message>
        <source>The picture was larger than %1 and was scaled down to fit in the map.</source>
        <translation>Zdjęcie było większe niż %1 i zostało pomniejszone, aby zmieściło się w mapie.</translation>
    </message>
</context>
<context>
    <name>PictureError</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>Plik „%1” nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a picture.</source>
        <translation>„%1” to folder, a nie obraz.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: you are not allowed to read it.</source>
        <translation>Nie można otworzyć „%1”: brak uprawnień do odczytu.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2).</source>
        <translation>Nie można odczytać „%1” (%2).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <source>The new language is used when cjdesigner is started again. The language a map prints in (PDF, labels on the canvas) is set per map in Map Properties.</source>
        <translation>Nowy język zostanie użyty po ponownym uruchomieniu programu cjdesigner. Język, w którym drukuje się mapa (PDF, opisy na mapie), ustawia się osobno dla każdej mapy we Właściwościach mapy.</translation>
    </message>
    <message>
        <source>Language of the program:</source>
        <translation>Język programu:</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Zaznacz wszystko</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Zwiększ</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Z&amp;mniejsz</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Odepnij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Odpina i ponownie przypina panel</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Zamyka panel</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Pokaż szczegóły...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ukryj szczegóły...</translation>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Nie zapisuj</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Zamknij bez zapisywania</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Tak dla &amp;wszystkich</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ni&amp;e dla wszystkich</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoruj</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <source>Quick Start</source>
        <translation>Szybki start</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name the stages and personas&lt;/b&gt;: double-click a header (or select it and press Enter) and type.</source>
        <translation>&lt;b&gt;Nazwij etapy i persony&lt;/b&gt;: kliknij dwukrotnie nagłówek (albo zaznacz go i naciśnij Enter) i wpisz nazwę.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add touchpoints&lt;/b&gt;: drag a channel from the Touchpoints panel into a cell, or double-click the channel.</source>
        <translation>&lt;b&gt;Dodaj punkty styku&lt;/b&gt;: przeciągnij kanał z panelu Punkty styku do komórki albo kliknij kanał dwukrotnie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark how each feels&lt;/b&gt;: select a card and press 1, 2 or 3 (positive, neutral, negative); fill in the rest in the Inspector.</source>
        <translation>&lt;b&gt;Oznacz wydźwięk każdej karty&lt;/b&gt;: zaznacz kartę i naciśnij 1, 2 lub 3 (pozytywny, neutralny, negatywny); resztę uzupełnij w Inspektorze.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draw the flows&lt;/b&gt;: drag from the round handle on a card&apos;s edge to the next card. View &amp;gt; Insights then says where the journey breaks off.</source>
        <translation>&lt;b&gt;Narysuj przejścia&lt;/b&gt;: przeciągnij od okrągłego uchwytu na krawędzi karty do następnej karty. Widok &amp;gt; Wnioski pokaże wtedy, gdzie ścieżka się urywa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show and hand over&lt;/b&gt;: View &amp;gt; Presentation (F5) for the projector, File &amp;gt; Export PDF… for the client.</source>
        <translation>&lt;b&gt;Pokaż i przekaż&lt;/b&gt;: Widok &amp;gt; Prezentacja (F5) na rzutnik, Plik &amp;gt; Eksportuj do PDF… dla klienta.</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard Shortcuts lists every key; Ctrl+Z undoes anything.</source>
        <translation>Pomoc &gt; Skróty klawiaturowe zawiera listę wszystkich klawiszy; Ctrl+Z cofa każdą zmianę.</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>No recent maps</source>
        <translation>Brak ostatnich map</translation>
    </message>
    <message>
        <source>Clear Recent Maps</source>
        <translation>Wyczyść listę ostatnich map</translation>
    </message>
</context>
<context>
    <name>SentimentButtons</name>
    <message>
        <source>Positive</source>
        <translation>Pozytywny</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatywny</translation>
    </message>
    <message>
        <source>%1 (key %2 on the canvas)</source>
        <translation>%1 (klawisz %2 na mapie)</translation>
    </message>
</context>
<context>
    <name>SheetFormats</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>Importuj arkusz kalkulacyjny</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>What File &gt; Export Sheet, Slides or Mermaid… writes, by file dialog filter.</extracomment>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>Slajdy PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Mermaid journeys (*.mmd)</source>
        <translation>Ścieżki Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>Markdown with Mermaid journeys (*.md)</source>
        <translation>Markdown ze ścieżkami Mermaid (*.md)</translation>
    </message>
    <message>
        <source>Export Sheet, Slides or Mermaid</source>
        <translation>Eksportuj arkusz, slajdy lub Mermaid</translation>
    </message>
    <message>
        <source>Slide Size</source>
        <translation>Rozmiar slajdu</translation>
    </message>
    <message>
        <source>Slide size:</source>
        <translation>Rozmiar slajdu:</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Nie można wyeksportować</translation>
    </message>
    <message>
        <source>Name the file .xlsx, .csv, .pptx, .mmd or .md to choose the format.</source>
        <translation>Nadaj plikowi rozszerzenie .xlsx, .csv, .pptx, .mmd lub .md, aby wybrać format.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Wyeksportowano %1</translation>
    </message>
    <message>
        <source>Left Out of the Sheet</source>
        <translation>Czego nie ma w arkuszu</translation>
    </message>
    <message>
        <source>Left Out of the Mermaid Export</source>
        <translation>Czego brakuje w eksporcie Mermaid</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>Importuj arkusz kalkulacyjny</translation>
    </message>
    <message>
        <source>From the headers</source>
        <translation>Z nagłówków kolumn</translation>
    </message>
    <message>
        <source>Leave out the rows with problems</source>
        <translation>Pomiń wiersze z problemami</translation>
    </message>
    <message>
        <source>Write Romanian ş/ţ as ș/ț (comma below)</source>
        <translation>Zapisz rumuńskie ş/ţ jako ș/ț (z przecinkiem pod spodem)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Sheet in the workbook:</source>
        <translation>Arkusz skoroszytu:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>Map language:</source>
        <translation>Język mapy:</translation>
    </message>
    <message>
        <source>Map title:</source>
        <translation>Tytuł mapy:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Arkusz: %1</translation>
    </message>
    <message>
        <source>This sheet cannot be imported: %1</source>
        <translation>Tego arkusza nie można zaimportować: %1</translation>
    </message>
    <message>
        <source>Stages of the rows without problems: %1</source>
        <translation>Etapy wierszy bez problemów: %1</translation>
    </message>
    <message>
        <source>Personas of the rows without problems: %1</source>
        <translation>Persony wierszy bez problemów: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint row(s) found</source>
        <translation>
            <numerusform>Znaleziono %n wiersz z punktem styku</numerusform>
            <numerusform>Znaleziono %n wiersze z punktami styku</numerusform>
            <numerusform>Znaleziono %n wierszy z punktami styku</numerusform>
        </translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Etapy: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Persony: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Kolumny: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>Not imported (unknown headers): %1</source>
        <translation>Nie zaimportowano (nieznane nagłówki): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problemy:</numerusform>
            <numerusform>%n problemów:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) write ş/ţ with a cedilla</source>
        <translation>
            <numerusform>%n pole zawiera ş/ţ z cedyllą</numerusform>
            <numerusform>%n pola zawierają ş/ţ z cedyllą</numerusform>
            <numerusform>%n pól zawiera ş/ţ z cedyllą</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>wiersz %1, kolumna %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n touchpoint(s)</source>
        <translation>
            <numerusform>Zaimportowano %n punkt styku</numerusform>
            <numerusform>Zaimportowano %n punkty styku</numerusform>
            <numerusform>Zaimportowano %n punktów styku</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <source>e.g. Awareness</source>
        <translation>np. Świadomość</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>What happens for the customer in this stage</source>
        <translation>Co dzieje się z klientem na tym etapie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>What the business wants to achieve here</source>
        <translation>Co firma chce tu osiągnąć</translation>
    </message>
    <message>
        <source>Business &amp;goal</source>
        <translation>&amp;Cel biznesowy</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>Kolor etapu</translation>
    </message>
    <message>
        <source>Header colour</source>
        <translation>Kolor nagłówka</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message numerus="yes">
        <source>Stage %1 of %2 · %n touchpoint(s)</source>
        <translation>
            <numerusform>Etap %1 z %2 · %n punkt styku</numerusform>
            <numerusform>Etap %1 z %2 · %n punkty styku</numerusform>
            <numerusform>Etap %1 z %2 · %n punktów styku</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>Click to list them (View &gt; Insights)</source>
        <translation>Kliknij, aby wyświetlić listę (Widok &gt; Wnioski)</translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n wniosek</numerusform>
            <numerusform>%n wnioski</numerusform>
            <numerusform>%n wniosków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persony</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etap</numerusform>
            <numerusform>%n etapy</numerusform>
            <numerusform>%n etapów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n punkt styku</numerusform>
            <numerusform>%n punkty styku</numerusform>
            <numerusform>%n punktów styku</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <source>Delete stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>A map needs at least one stage.</source>
        <translation>Mapa musi mieć co najmniej jeden etap.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n touchpoint(s)?</source>
        <translation>
            <numerusform>Usunąć etap „%1” i jego %n punkt styku?</numerusform>
            <numerusform>Usunąć etap „%1” i jego %n punkty styku?</numerusform>
            <numerusform>Usunąć etap „%1” i jego %n punktów styku?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Możesz to cofnąć poleceniem Edycja &gt; Cofnij.</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Usuń personę</translation>
    </message>
    <message>
        <source>A map needs at least one persona.</source>
        <translation>Mapa musi mieć co najmniej jedną personę.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the persona “%1” and their %n touchpoint(s)?</source>
        <translation>
            <numerusform>Usunąć personę „%1” i jej %n punkt styku?</numerusform>
            <numerusform>Usunąć personę „%1” i jej %n punkty styku?</numerusform>
            <numerusform>Usunąć personę „%1” i jej %n punktów styku?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>Usuń personę</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) deleted — Undo (%1) brings them back</source>
        <translation>
            <numerusform>Usunięto %n punkt styku — Cofnij (%1) go przywraca</numerusform>
            <numerusform>Usunięto %n punkty styku — Cofnij (%1) je przywraca</numerusform>
            <numerusform>Usunięto %n punktów styku — Cofnij (%1) je przywraca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New Map from Template</source>
        <translation>Nowa mapa z szablonu</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Language of the map:</source>
        <translation>Język mapy:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>What happens, e.g. “Sees an Instagram ad”</source>
        <translation>Co się dzieje, np. „Widzi reklamę na Instagramie”</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanał</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <source>&amp;Emotion</source>
        <translation>&amp;Emocje</translation>
    </message>
    <message>
        <source>What the customer meets here</source>
        <translation>Z czym klient się tu styka</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Co robi klient</translation>
    </message>
    <message>
        <source>Customer &amp;action</source>
        <translation>&amp;Działanie klienta</translation>
    </message>
    <message>
        <source>Add pain point</source>
        <translation>Dodaj problem</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Nowy problem</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Problemy (punkty bólu)</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Dodaj szansę</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nowa szansa</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Team or person responsible</source>
        <translation>Odpowiedzialny zespół lub osoba</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Właściciel</translation>
    </message>
    <message>
        <source>Not stated yet</source>
        <translation>Jeszcze nie określono</translation>
    </message>
    <message>
        <source>Research-based</source>
        <translation>Na podstawie badań</translation>
    </message>
    <message>
        <source>Partly researched</source>
        <translation>Częściowo na podstawie badań</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Założenie</translation>
    </message>
    <message>
        <source>Assumptions are drawn with a dashed border, research with a solid one</source>
        <translation>Założenia mają przerywaną ramkę, wyniki badań — ciągłą</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Ź&amp;ródło wiedzy</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>Kamień &amp;milowy</translation>
    </message>
    <message>
        <source>A key moment such as sign-up or first purchase</source>
        <translation>Kluczowy moment, np. rejestracja lub pierwszy zakup</translation>
    </message>
    <message>
        <source>&amp;Journey ends here</source>
        <translation>Tu kończy się ś&amp;cieżka</translation>
    </message>
    <message>
        <source>The customer&apos;s journey may end at this touchpoint (not a dead end)</source>
        <translation>Ścieżka klienta może zakończyć się w tym punkcie styku (to nie ślepy zaułek)</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Oznaczenia</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punkt styku</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Bez kanału</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nowa z szablonu…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz j&amp;ako…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj do &amp;PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuj PDF</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>Eksportuj o&amp;braz…</translation>
    </message>
    <message>
        <source>The map as a PNG picture or an SVG drawing</source>
        <translation>Mapa jako obraz PNG lub rysunek SVG</translation>
    </message>
    <message>
        <source>Export S&amp;heet, Slides or Mermaid…</source>
        <translation>Eksportuj arkusz, &amp;slajdy lub Mermaid…</translation>
    </message>
    <message>
        <source>Excel or CSV, editable PowerPoint, Mermaid</source>
        <translation>Excel lub CSV, edytowalny PowerPoint, Mermaid</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>No&amp;we okno</translation>
    </message>
    <message>
        <source>Another window, to work on two maps side by side</source>
        <translation>Drugie okno, by pracować na dwóch mapach obok siebie</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Za&amp;mknij okno</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Zaznacz wszystko</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Zn&amp;ajdź…</translation>
    </message>
    <message>
        <source>Find cards by any word in their texts</source>
        <translation>Znajdź karty po dowolnym słowie w ich tekstach</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Znajdź &amp;następny</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Znajdź p&amp;oprzedni</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencje…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>P&amp;owiększ</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Po&amp;mniejsz</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>&amp;Dopasuj mapę</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Rzeczywisty rozmiar (100%)</translation>
    </message>
    <message>
        <source>&amp;Emotion Curves</source>
        <translation>Krzywe &amp;emocji</translation>
    </message>
    <message>
        <source>Each persona&apos;s emotion curve beneath its lane (hidden: a more compact map)</source>
        <translation>Krzywa emocji każdej persony pod jej torem (ukryte: bardziej zwarta mapa)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Prezentacja</translation>
    </message>
    <message>
        <source>The map alone, full screen; Page Down steps through the lanes, Esc returns</source>
        <translation>Sama mapa na pełnym ekranie; Page Down przechodzi przez kolejne tory, Esc wraca</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>I&amp;mport Spreadsheet…</source>
        <translation>&amp;Importuj arkusz kalkulacyjny…</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Pow&amp;iel</translation>
    </message>
    <message>
        <source>&amp;Map Properties</source>
        <translation>&amp;Właściwości mapy</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Dodaj &amp;etap</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>Dodaj &amp;personę</translation>
    </message>
    <message>
        <source>+ Stage</source>
        <translation>+ Etap</translation>
    </message>
    <message>
        <source>+ Persona</source>
        <translation>+ Persona</translation>
    </message>
    <message>
        <source>Delete Stage…</source>
        <translation>Usuń etap…</translation>
    </message>
    <message>
        <source>Delete Persona…</source>
        <translation>Usuń personę…</translation>
    </message>
    <message>
        <source>Move Stage &amp;Left</source>
        <translation>Przesuń etap w &amp;lewo</translation>
    </message>
    <message>
        <source>Move Stage &amp;Right</source>
        <translation>Przesuń etap w p&amp;rawo</translation>
    </message>
    <message>
        <source>Move Persona &amp;Up</source>
        <translation>Przesuń personę w &amp;górę</translation>
    </message>
    <message>
        <source>Move Persona &amp;Down</source>
        <translation>Przesuń personę w &amp;dół</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ W lewo</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>W prawo ▶</translation>
    </message>
    <message>
        <source>▲ Move up</source>
        <translation>▲ W górę</translation>
    </message>
    <message>
        <source>▼ Move down</source>
        <translation>▼ W dół</translation>
    </message>
    <message>
        <source>Delete stage…</source>
        <translation>Usuń etap…</translation>
    </message>
    <message>
        <source>Delete persona…</source>
        <translation>Usuń personę…</translation>
    </message>
    <message>
        <source>Manage &amp;Channels…</source>
        <translation>Zarządzaj &amp;kanałami…</translation>
    </message>
    <message>
        <source>Fix Romanian Letters (ş ţ → ș ț)</source>
        <translation>Popraw rumuńskie litery (ş ţ → ș ț)</translation>
    </message>
    <message>
        <source>Replace ş/ţ written with a cedilla by ș/ț with a comma below, everywhere</source>
        <translation>Zamień wszędzie ş/ţ z cedyllą na ș/ț z przecinkiem pod spodem</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Skróty &amp;klawiaturowe</translation>
    </message>
    <message>
        <source>&amp;Quick Start</source>
        <translation>&amp;Szybki start</translation>
    </message>
    <message>
        <source>&amp;About cjdesigner</source>
        <translation>&amp;O programie cjdesigner</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz os&amp;tatnie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanał</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>wydźwięk</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emocje</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>działanie klienta</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>problemy</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>szanse</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>kamień milowy</translation>
    </message>
    <message>
        <source>journey end</source>
        <translation>koniec ścieżki</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>źródło wiedzy</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>cel biznesowy</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>kolor</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cytat</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>cele</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustracje</translation>
    </message>
    <message>
        <source>demographics</source>
        <translation>demografia</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>zdjęcie</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>version</source>
        <translation>wersja</translation>
    </message>
    <message>
        <source>journey state</source>
        <translation>stan ścieżki</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>ikona</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etykieta</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edytuj: %1</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Dodaj personę</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Usuń personę</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Przesuń etap</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Przesuń personę</translation>
    </message>
    <message>
        <source>Connect touchpoints</source>
        <translation>Połącz punkty styku</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Usuń przejście</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Dodaj kanał</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Usuń kanał</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Change the map&apos;s language</source>
        <translation>Zmień język mapy</translation>
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
        <translation>  … oraz {count} kolejnych</translation>
    </message>
    <message>
        <source>  … and {n} more fields</source>
        <translation>  … oraz {n} kolejnych pól</translation>
    </message>
    <message>
        <source> (its format marker is {found}, expected {expected}).</source>
        <translation> (jego znacznik formatu to {found}, oczekiwano {expected}).</translation>
    </message>
    <message>
        <source> (the file holds {kind}, not a map).</source>
        <translation> (plik zawiera {kind}, a nie mapę).</translation>
    </message>
    <message>
        <source> (the “format” marker is missing)</source>
        <translation> (brak znacznika „format”)</translation>
    </message>
    <message>
        <source> (the “format” marker is missing; it looks like a bare map without the envelope)</source>
        <translation> (brak znacznika „format”; wygląda to na samą mapę bez koperty pliku)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source> at line {line}, column {column}</source>
        <translation> w wierszu {line}, kolumnie {column}</translation>
    </message>
    <message>
        <source>--sheet applies to .xlsx workbooks only</source>
        <translation>--sheet dotyczy tylko skoroszytów .xlsx</translation>
    </message>
    <message>
        <source>; or say which column it is in a mapping file (--mapping)</source>
        <translation>; albo wskaż kolumnę w pliku mapowania (--mapping)</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: it cannot be read to check for changes ({reason}). The file on disk was not changed.</source>
        <translation>Nie można zapisać „{file}”: nie da się go odczytać, by sprawdzić zmiany ({reason}). Plik na dysku nie został zmieniony.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: the backup copy “{backup}” cannot be written ({reason}). The file on disk was not changed.</source>
        <translation>Nie można zapisać „{file}”: nie da się zapisać kopii zapasowej „{backup}” ({reason}). Plik na dysku nie został zmieniony.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: the written file did not read back ({reason}). The file on disk was not changed.</source>
        <translation>Nie można zapisać „{file}”: zapisanego pliku nie udało się odczytać ponownie ({reason}). Plik na dysku nie został zmieniony.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: {reason}. The file on disk was not changed.</source>
        <translation>Nie można zapisać „{file}”: {reason}. Plik na dysku nie został zmieniony.</translation>
    </message>
    <message>
        <source>It is not a cjdesigner map.</source>
        <translation>To nie jest mapa cjdesigner.</translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation>nieprawidłowa sekwencja z ukośnikiem wstecznym</translation>
    </message>
    <message>
        <source>a channel with id {id!r} already exists</source>
        <translation>kanał o identyfikatorze {id!r} już istnieje</translation>
    </message>
    <message>
        <source>a colon is missing after the field name</source>
        <translation>brakuje dwukropka po nazwie pola</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>brakuje przecinka</translation>
    </message>
    <message>
        <source>a connection to remove is not in the map</source>
        <translation>usuwanego przejścia nie ma na mapie</translation>
    </message>
    <message>
        <source>a field name in double quotes was expected (is there a comma too many?)</source>
        <translation>oczekiwano nazwy pola w cudzysłowie (czy nie ma o jeden przecinek za dużo?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>listę</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczbę</translation>
    </message>
    <message>
        <source>a number of about {digits} digits</source>
        <translation>liczba o około {digits} cyfrach</translation>
    </message>
    <message>
        <source>a number of {count} characters is too long (a map&apos;s numbers have at most {limit})</source>
        <translation>liczba jest za długa ({count} znaków; liczby w mapie mogą mieć najwyżej {limit})</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>pojedynczą wartość</translation>
    </message>
    <message>
        <source>a text value holds a raw line break or tab (write it as \n or \t)</source>
        <translation>tekst zawiera zwykły znak nowej linii lub tabulacji (zapisz go jako \n lub \t)</translation>
    </message>
    <message>
        <source>a text value {what}</source>
        <translation>pole tekstowe {what}</translation>
    </message>
    <message>
        <source>a touchpoint cannot connect to itself</source>
        <translation>punkt styku nie może łączyć się sam ze sobą</translation>
    </message>
    <message>
        <source>a touchpoint to move is not in the map</source>
        <translation>przesuwanego punktu styku nie ma na mapie</translation>
    </message>
    <message>
        <source>a touchpoint to remove is not in the map</source>
        <translation>usuwanego punktu styku nie ma na mapie</translation>
    </message>
    <message>
        <source>a touchpoint&apos;s id and place change only by moving it</source>
        <translation>identyfikator i miejsce punktu styku zmienia się tylko przez jego przesunięcie</translation>
    </message>
    <message>
        <source>a value was expected here</source>
        <translation>oczekiwano tu wartości</translation>
    </message>
    <message>
        <source>an id never changes</source>
        <translation>identyfikator nigdy się nie zmienia</translation>
    </message>
    <message>
        <source>both ends of a connection must be touchpoints of the map</source>
        <translation>oba końce przejścia muszą być punktami styku tej mapy</translation>
    </message>
    <message>
        <source>cannot read the KPI “{line}”; write one per line as “NPS: 42 (target 50)”</source>
        <translation>nie można odczytać KPI „{line}”; wpisz jeden w wierszu, np. „NPS: 42 (cel 50)”</translation>
    </message>
    <message>
        <source>card text would be {size:.1f} pt on one {paper} page, too small to read even on A0; use --tile for a poster across several pages</source>
        <translation>tekst kart miałby {size:.1f} pt na jednej stronie {paper}, za mało do czytania nawet na A0; użyj --tile, aby wydrukować plakat na kilku stronach</translation>
    </message>
    <message>
        <source>card text would be {size:.1f} pt on one {paper} page, too small to read; use --page {bigger} ({bigger_size:.1f} pt), or --tile for a poster across several pages</source>
        <translation>tekst kart miałby {size:.1f} pt na jednej stronie {paper}, za mało do czytania; użyj --page {bigger} ({bigger_size:.1f} pt) albo --tile, aby wydrukować plakat na kilku stronach</translation>
    </message>
    <message>
        <source>channels, evidence, milestones and colours are left out</source>
        <translation>kanały, źródła wiedzy, kamienie milowe i kolory są pomijane</translation>
    </message>
    <message>
        <source>channels[{index}]: channel id {id!r} appears twice</source>
        <translation>channels[{index}]: identyfikator kanału {id!r} występuje dwukrotnie</translation>
    </message>
    <message>
        <source>emotion {text} is not a whole number (−2, −1, 0, +1 or +2)</source>
        <translation>emocje {text} to nie liczba całkowita (−2, −1, 0, +1 lub +2)</translation>
    </message>
    <message>
        <source>emotion {text} is outside −2…+2 (a whole number from −2 to +2)</source>
        <translation>wartość emocji {text} jest poza zakresem −2…+2 (liczba całkowita od −2 do +2)</translation>
    </message>
    <message>
        <source>fields separated by {separator}</source>
        <translation>pola rozdzielone przez {separator}</translation>
    </message>
    <message>
        <source>file format version {found} is older than any this cjdesigner can read (the oldest it reads is version {oldest}).</source>
        <translation>wersja formatu pliku {found} jest starsza niż wszystkie, które ten cjdesigner potrafi odczytać (najstarsza obsługiwana to {oldest}).</translation>
    </message>
    <message>
        <source>format_version must be a whole number (found {found}).</source>
        <translation>format_version musi być liczbą całkowitą (jest {found}).</translation>
    </message>
    <message>
        <source>has too many items (at most {limit})</source>
        <translation>ma za dużo pozycji (najwyżej {limit})</translation>
    </message>
    <message>
        <source>id {id!r} is already in the map</source>
        <translation>identyfikator {id!r} już jest na mapie</translation>
    </message>
    <message>
        <source>is far too long ({size} MB of text)</source>
        <translation>jest o wiele za długie ({size} MB tekstu)</translation>
    </message>
    <message>
        <source>is not a known field (unknown fields are not dropped, so the file is refused)</source>
        <translation>to nieznane pole (nieznanych pól się nie pomija, więc plik zostaje odrzucony)</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>jest wymagane, ale go brakuje</translation>
    </message>
    <message>
        <source>is too large ({count} bytes; at most {limit})</source>
        <translation>jest za duże ({count} bajtów; najwyżej {limit})</translation>
    </message>
    <message>
        <source>is too long ({count} characters; at most {limit})</source>
        <translation>jest za długie ({count} znaków; najwyżej {limit})</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>to nie jest zwykły plik (to urządzenie, potok lub gniazdo)</translation>
    </message>
    <message>
        <source>it must be a JSON object with “columns” (and “values”)</source>
        <translation>musi to być obiekt JSON z „columns” (i „values”)</translation>
    </message>
    <message>
        <source>letters seem to have been lost when this file was saved ({examples}): in Excel, save it as “CSV UTF-8” or as .xlsx and import it again</source>
        <translation>wygląda na to, że przy zapisie tego pliku zginęły litery ({examples}): w Excelu zapisz go jako „CSV UTF-8” lub .xlsx i zaimportuj ponownie</translation>
    </message>
    <message>
        <source>longer than {n} characters</source>
        <translation>dłuższe niż {n} znaków</translation>
    </message>
    <message>
        <source>more than {n} items</source>
        <translation>więcej niż {n} pozycji</translation>
    </message>
    <message>
        <source>more than {n} personas</source>
        <translation>więcej niż {n} person</translation>
    </message>
    <message>
        <source>more than {n} stages</source>
        <translation>więcej niż {n} etapów</translation>
    </message>
    <message>
        <source>must be a colour written #RRGGBB (found {found})</source>
        <translation>musi być kolorem w zapisie #RRGGBB (jest {found})</translation>
    </message>
    <message>
        <source>must be a date and time with a time zone, like 2026-03-01T09:30:00Z (found {found})</source>
        <translation>musi być datą i godziną ze strefą czasową, np. 2026-03-01T09:30:00Z (jest {found})</translation>
    </message>
    <message>
        <source>must be a date between the years {first} and {last} (found {found})</source>
        <translation>musi być datą między rokiem {first} a {last} (jest {found})</translation>
    </message>
    <message>
        <source>must be a list (found {found})</source>
        <translation>musi być listą (jest {found})</translation>
    </message>
    <message>
        <source>must be a number (found {found})</source>
        <translation>musi być liczbą (jest {found})</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>musi być liczbą całkowitą</translation>
    </message>
    <message>
        <source>must be a whole number (found {found})</source>
        <translation>musi być liczbą całkowitą (jest {found})</translation>
    </message>
    <message>
        <source>must be an id made of letters, digits and _ . : - (found {found})</source>
        <translation>musi być identyfikatorem z liter, cyfr i znaków _ . : - (jest {found})</translation>
    </message>
    <message>
        <source>must be an object {{…}} (found {found})</source>
        <translation>musi być obiektem {{…}} (jest {found})</translation>
    </message>
    <message>
        <source>must be an object {…}</source>
        <translation>musi być obiektem {…}</translation>
    </message>
    <message>
        <source>must be at least {limit} (found {found})</source>
        <translation>musi wynosić co najmniej {limit} (jest {found})</translation>
    </message>
    <message>
        <source>must be at most {limit} (found {found})</source>
        <translation>musi wynosić najwyżej {limit} (jest {found})</translation>
    </message>
    <message>
        <source>must be one of {expected} (found {found})</source>
        <translation>musi być jedną z wartości {expected} (jest {found})</translation>
    </message>
    <message>
        <source>must be text (found {found})</source>
        <translation>musi być tekstem (jest {found})</translation>
    </message>
    <message>
        <source>must be the name of one of cjdesigner&apos;s icons, like “website” or “email” (found {found})</source>
        <translation>musi być nazwą jednej z ikon cjdesigner, np. „website” lub „email” (jest {found})</translation>
    </message>
    <message>
        <source>must be true or false (found {found})</source>
        <translation>musi mieć wartość true lub false (jest {found})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <source>no permission to read this file.</source>
        <translation>brak uprawnień do odczytu tego pliku.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>not a valid map{where}: {what}.</source>
        <translation>nieprawidłowa mapa{where}: {what}.</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {reason}.</source>
        <translation>nieprawidłowy JSON w wierszu {line}, kolumnie {column}: {reason}.</translation>
    </message>
    <message>
        <source>only a connection&apos;s label can be changed</source>
        <translation>w przejściu można zmienić tylko etykietę</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>permission denied in the folder “{folder}”: a safe save first writes a temporary file next to the map, and this folder does not allow new files</source>
        <translation>brak uprawnień w folderze „{folder}”: bezpieczny zapis najpierw tworzy plik tymczasowy obok mapy, a ten folder nie pozwala na tworzenie nowych plików</translation>
    </message>
    <message>
        <source>personas without touchpoints have no journey: {names}</source>
        <translation>persony bez punktów styku nie mają ścieżki: {names}</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>odczytany jako {encoding}</translation>
    </message>
    <message>
        <source>row {row}, column {column} ({header})</source>
        <translation>wiersz {row}, kolumna {column} ({header})</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>arkusz „{sheet}”</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulatory</translation>
    </message>
    <message>
        <source>templates are not available in language {language!r}; use one of: {codes}</source>
        <translation>szablony nie są dostępne w języku {language!r}; użyj jednego z: {codes}</translation>
    </message>
    <message>
        <source>the CSV file cannot be read ({reason})</source>
        <translation>nie można odczytać pliku CSV ({reason})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply.</source>
        <translation>JSON jest zagnieżdżony zbyt głęboko.</translation>
    </message>
    <message>
        <source>the PDF fonts cannot draw some characters of the map (use --allow-missing-glyphs to print each as {mark}):</source>
        <translation>czcionki PDF nie mają niektórych znaków mapy (użyj --allow-missing-glyphs, aby wydrukować każdy jako {mark}):</translation>
    </message>
    <message>
        <source>the PDF fonts cannot draw some characters of the map; each is printed as {mark}:</source>
        <translation>czcionki PDF nie mają niektórych znaków mapy; każdy jest drukowany jako {mark}:</translation>
    </message>
    <message>
        <source>the avatar picture of “{name}”: {problem}</source>
        <translation>zdjęcie (awatar) persony „{name}”: {problem}</translation>
    </message>
    <message>
        <source>the cell holds the spreadsheet error {error} (a formula that failed)</source>
        <translation>komórka zawiera błąd arkusza {error} (formuła, która się nie powiodła)</translation>
    </message>
    <message>
        <source>the channel of the touchpoint does not exist</source>
        <translation>kanał punktu styku nie istnieje</translation>
    </message>
    <message>
        <source>the column of “{field}” must be a header or a letter</source>
        <translation>kolumna pola „{field}” musi być nagłówkiem lub literą</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>the disk is read-only (its file system is mounted read-only)</source>
        <translation>dysk jest tylko do odczytu (jego system plików jest zamontowany tylko do odczytu)</translation>
    </message>
    <message>
        <source>the file starts as {encoding} but is not valid {encoding} ({reason})</source>
        <translation>plik zaczyna się jak {encoding}, ale nie jest poprawnym {encoding} ({reason})</translation>
    </message>
    <message>
        <source>the folder “{folder}” does not allow new files (a system folder, not one for documents)</source>
        <translation>folder „{folder}” nie pozwala tworzyć nowych plików (to folder systemowy, nie na dokumenty)</translation>
    </message>
    <message>
        <source>the mapping file “{name}”: {message}</source>
        <translation>plik mapowania „{name}”: {message}</translation>
    </message>
    <message>
        <source>the mapping file “{path}” cannot be read ({reason})</source>
        <translation>nie można odczytać pliku mapowania „{path}” ({reason})</translation>
    </message>
    <message>
        <source>the mapping file “{path}” is not valid JSON ({reason})</source>
        <translation>plik mapowania „{path}” nie jest poprawnym JSON-em ({reason})</translation>
    </message>
    <message>
        <source>the mapping file “{path}” is too big</source>
        <translation>plik mapowania „{path}” jest za duży</translation>
    </message>
    <message>
        <source>the mapping names column “{wanted}” for {field}, but the header row (row {row}) has no such column; its headers are: {headers}</source>
        <translation>mapowanie wskazuje kolumnę „{wanted}” dla {field}, ale w wierszu nagłówków (wiersz {row}) nie ma takiej kolumny; nagłówki to: {headers}</translation>
    </message>
    <message>
        <source>the persona is empty</source>
        <translation>persona jest pusta</translation>
    </message>
    <message>
        <source>the persona profiles and the stages&apos; descriptions and goals are not in a sheet</source>
        <translation>profili person ani opisów i celów etapów nie ma w arkuszu</translation>
    </message>
    <message>
        <source>the sheet does not make a valid map ({reason})</source>
        <translation>z arkusza nie powstaje poprawna mapa ({reason})</translation>
    </message>
    <message>
        <source>the sheet has no rows</source>
        <translation>arkusz nie ma wierszy</translation>
    </message>
    <message>
        <source>the sheet has no touchpoint rows below its header</source>
        <translation>pod nagłówkiem arkusza nie ma wierszy z punktami styku</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>etapu</translation>
    </message>
    <message>
        <source>the stage is empty</source>
        <translation>etap jest pusty</translation>
    </message>
    <message>
        <source>the touchpoint has no title</source>
        <translation>punkt styku nie ma tytułu</translation>
    </message>
    <message>
        <source>the touchpoint title</source>
        <translation>tytułu punktu styku</translation>
    </message>
    <message>
        <source>the workbook has no sheet with cells</source>
        <translation>skoroszyt nie ma arkusza z komórkami</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{sheet}”; its sheets are: {names}</source>
        <translation>skoroszyt nie ma arkusza „{sheet}”; jego arkusze to: {names}</translation>
    </message>
    <message>
        <source>the workbook has other sheets: {names}; choose one with --sheet</source>
        <translation>skoroszyt ma też inne arkusze: {names}; wybierz jeden opcją --sheet</translation>
    </message>
    <message>
        <source>the workbook has {count} sheets; the first was read (choose with --sheet)</source>
        <translation>skoroszyt ma arkusze: {count}; odczytano pierwszy (wybierz innym --sheet)</translation>
    </message>
    <message>
        <source>this is a PDF document, not a cjdesigner map: a PDF is exported from a map and cannot be opened again. Open the .cjm file it was exported from.</source>
        <translation>to jest dokument PDF, a nie mapa cjdesigner: PDF eksportuje się z mapy i nie można go otworzyć z powrotem. Otwórz plik .cjm, z którego go wyeksportowano.</translation>
    </message>
    <message>
        <source>this is a PowerPoint deck, not a cjdesigner map: slides are exported from a map and cannot be opened again. Open the .cjm file they were exported from.</source>
        <translation>to jest prezentacja PowerPoint, a nie mapa cjdesigner: slajdy eksportuje się z mapy i nie można ich otworzyć z powrotem. Otwórz plik .cjm, z którego je wyeksportowano.</translation>
    </message>
    <message>
        <source>this is an Excel workbook, not a cjdesigner map: import its touchpoints as a spreadsheet (File &gt; Import Spreadsheet…, or cjdesigner import).</source>
        <translation>to jest skoroszyt Excela, a nie mapa cjdesigner: zaimportuj jego punkty styku jako arkusz kalkulacyjny (Plik &gt; Importuj arkusz kalkulacyjny… lub cjdesigner import).</translation>
    </message>
    <message>
        <source>this is an old Excel (.xls) or password-protected workbook, which cannot be read; open it in Excel or LibreOffice and save it as .xlsx (without a password) or CSV</source>
        <translation>to stary skoroszyt Excela (.xls) lub chroniony hasłem, którego nie można odczytać; otwórz go w Excelu lub LibreOffice i zapisz jako .xlsx (bez hasła) albo CSV</translation>
    </message>
    <message>
        <source>this is not a cjdesigner map</source>
        <translation>to nie jest mapa cjdesigner</translation>
    </message>
    <message>
        <source>this is not a cjdesigner map (it is plain text, not a saved map).</source>
        <translation>to nie jest mapa cjdesigner (to zwykły tekst, a nie zapisana mapa).</translation>
    </message>
    <message>
        <source>this is not a text (CSV) file; save the sheet as CSV or XLSX and try again</source>
        <translation>to nie jest plik tekstowy (CSV); zapisz arkusz jako CSV lub XLSX i spróbuj ponownie</translation>
    </message>
    <message>
        <source>unknown channel icon “{text}”; use one of: {icons}</source>
        <translation>nieznana ikona kanału „{text}”; użyj jednej z: {icons}</translation>
    </message>
    <message>
        <source>unknown evidence level “{text}”; use {words}</source>
        <translation>nieznany poziom zbadania „{text}”; użyj: {words}</translation>
    </message>
    <message>
        <source>unknown field “{field}”; the fields are: {fields}</source>
        <translation>nieznane pole „{field}”; pola to: {fields}</translation>
    </message>
    <message>
        <source>unknown language {language!r}; use one of: {codes}</source>
        <translation>nieznany język {language!r}; użyj jednego z: {codes}</translation>
    </message>
    <message>
        <source>unknown sentiment “{text}”; use {words}</source>
        <translation>nieznany sentyment „{text}”; użyj: {words}</translation>
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
        <translation>„{text}” to nie liczba; emocje to liczba całkowita od −2 do +2 (albo zostaw komórkę pustą, gdy nie ma oceny)</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n połączenie</numerusform>
            <numerusform>%n połączenia</numerusform>
            <numerusform>%n połączeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) of column {column} ({header}) took the name from the row above (merged cells saved as CSV are empty below their first row)</source>
        <translation>
            <numerusform>%n pusta komórka kolumny {column} ({header}) przyjęła nazwę z wiersza powyżej (scalone komórki zapisane jako CSV są puste poniżej pierwszego wiersza)</numerusform>
            <numerusform>%n puste komórki kolumny {column} ({header}) przyjęły nazwę z wiersza powyżej (scalone komórki zapisane jako CSV są puste poniżej pierwszego wiersza)</numerusform>
            <numerusform>%n pustych komórek kolumny {column} ({header}) przyjęło nazwę z wiersza powyżej (scalone komórki zapisane jako CSV są puste poniżej pierwszego wiersza)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n pole</numerusform>
            <numerusform>%n pola</numerusform>
            <numerusform>%n pól</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n przejście</numerusform>
            <numerusform>%n przejścia</numerusform>
            <numerusform>%n przejść</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) between cards on different slides (or from a card to itself) not drawn as connectors; such a card carries a “→ page” tag naming the page its flow leads to, and its speaker notes name the cards</source>
        <translation>
            <numerusform>%n przejście między kartami na różnych slajdach (lub z karty do niej samej) nie jest narysowane jako łącznik; taka karta ma znacznik „→ strona” z numerem strony, do której prowadzi przejście, a jej notatki prelegenta wymieniają karty</numerusform>
            <numerusform>%n przejścia między kartami na różnych slajdach (lub z karty do niej samej) nie są narysowane jako łączniki; taka karta ma znacznik „→ strona” z numerem strony, do której prowadzi przejście, a jej notatki prelegenta wymieniają karty</numerusform>
            <numerusform>%n przejść między kartami na różnych slajdach (lub z karty do niej samej) nie zostało narysowanych jako łączniki; taka karta ma znacznik „→ strona” z numerem strony, do której prowadzi przejście, a jej notatki prelegenta wymieniają karty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) left out (a journey diagram is a straight line)</source>
        <translation>
            <numerusform>pominięto %n przejście (diagram ścieżki Mermaid to linia prosta)</numerusform>
            <numerusform>pominięto %n przejścia (diagram ścieżki Mermaid to linia prosta)</numerusform>
            <numerusform>pominięto %n przejść (diagram ścieżki Mermaid to linia prosta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n formula cell(s) without a saved value ({cells}); the file was written by a program that does not calculate formulas. Open it in Excel or LibreOffice, save it, and import it again</source>
        <translation>
            <numerusform>%n komórka z formułą bez zapisanej wartości ({cells}); plik zapisał program, który nie oblicza formuł. Otwórz go w Excelu lub LibreOffice, zapisz i zaimportuj ponownie</numerusform>
            <numerusform>%n komórki z formułą bez zapisanej wartości ({cells}); plik zapisał program, który nie oblicza formuł. Otwórz go w Excelu lub LibreOffice, zapisz i zaimportuj ponownie</numerusform>
            <numerusform>%n komórek z formułą bez zapisanej wartości ({cells}); plik zapisał program, który nie oblicza formuł. Otwórz go w Excelu lub LibreOffice, zapisz i zaimportuj ponownie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persony</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etap</numerusform>
            <numerusform>%n etapy</numerusform>
            <numerusform>%n etapów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n punkt styku</numerusform>
            <numerusform>%n punkty styku</numerusform>
            <numerusform>%n punktów styku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without an emotion scored from their sentiment</source>
        <translation>
            <numerusform>%n punkt styku bez emocji oceniono według sentymentu</numerusform>
            <numerusform>%n punkty styku bez emocji oceniono według sentymentu</numerusform>
            <numerusform>%n punktów styku bez emocji oceniono według sentymentu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown key(s): {keys}; use “columns” and “values”</source>
        <translation>
            <numerusform>%n nieznany klucz: {keys}; użyj „columns” i „values”</numerusform>
            <numerusform>%n nieznane klucze: {keys}; użyj „columns” i „values”</numerusform>
            <numerusform>%n nieznanych kluczy: {keys}; użyj „columns” i „values”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV, UTF-8, %n touchpoint row(s)</source>
        <translation>
            <numerusform>CSV, UTF-8, %n wiersz z punktem styku</numerusform>
            <numerusform>CSV, UTF-8, %n wiersze z punktami styku</numerusform>
            <numerusform>CSV, UTF-8, %n wierszy z punktami styku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mermaid, %n journey(s)</source>
        <translation>
            <numerusform>Mermaid, %n ścieżka</numerusform>
            <numerusform>Mermaid, %n ścieżki</numerusform>
            <numerusform>Mermaid, %n ścieżek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PowerPoint, %n slide(s), {page}</source>
        <translation>
            <numerusform>PowerPoint, %n slajd, {page}</numerusform>
            <numerusform>PowerPoint, %n slajdy, {page}</numerusform>
            <numerusform>PowerPoint, %n slajdów, {page}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>XLSX, %n touchpoint row(s)</source>
        <translation>
            <numerusform>XLSX, %n wiersz z punktem styku</numerusform>
            <numerusform>XLSX, %n wiersze z punktami styku</numerusform>
            <numerusform>XLSX, %n wierszy z punktami styku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a sheet has one row per touchpoint: it does not hold the %n flow(s) between them</source>
        <translation>
            <numerusform>arkusz ma jeden wiersz na punkt styku: nie ma w nim %n przejścia między nimi</numerusform>
            <numerusform>arkusz ma jeden wiersz na punkt styku: nie ma w nim %n przejść między nimi</numerusform>
            <numerusform>arkusz ma jeden wiersz na punkt styku: nie ma w nim %n przejść między nimi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cjdesigner: skipped %n row(s): {rows}</source>
        <translation>
            <numerusform>cjdesigner: pominięto %n wiersz: {rows}</numerusform>
            <numerusform>cjdesigner: pominięto %n wiersze: {rows}</numerusform>
            <numerusform>cjdesigner: pominięto %n wierszy: {rows}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cjdesigner: … and %n more problem(s)</source>
        <translation>
            <numerusform>cjdesigner: … i jeszcze %n problem</numerusform>
            <numerusform>cjdesigner: … i jeszcze %n problemy</numerusform>
            <numerusform>cjdesigner: … i jeszcze %n problemów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>descriptions, customer actions, pain points, opportunities and KPIs left out for %n touchpoint(s) (a journey diagram shows titles and scores only)</source>
        <translation>
            <numerusform>opisy, działania klienta, problemy, szanse i KPI pominięto dla %n punktu styku (diagram ścieżki Mermaid pokazuje tylko tytuły i oceny)</numerusform>
            <numerusform>opisy, działania klienta, problemy, szanse i KPI pominięto dla %n punktów styku (diagram ścieżki Mermaid pokazuje tylko tytuły i oceny)</numerusform>
            <numerusform>opisy, działania klienta, problemy, szanse i KPI pominięto dla %n punktów styku (diagram ścieżki Mermaid pokazuje tylko tytuły i oceny)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>self-test FAILED: %n check(s) failed</source>
        <translation>
            <numerusform>autotest NIEUDANY: %n sprawdzenie nie powiodło się</numerusform>
            <numerusform>autotest NIEUDANY: %n sprawdzenia nie powiodły się</numerusform>
            <numerusform>autotest NIEUDANY: %n sprawdzeń nie powiodło się</numerusform>
        </translation>
    </message>
    <message>
        <source>the file (format version {found}) could not be upgraded: {reason}.</source>
        <translation>nie udało się zaktualizować pliku (wersja formatu {found}): {reason}.</translation>
    </message>
    <message>
        <source>no column for {fields} in the header row (row {row}: {headers}); name it {names}</source>
        <translation>brak kolumny {fields} w wierszu nagłówków (wiersz {row}: {headers}); nazwij ją {names}</translation>
    </message>
    <message>
        <source>no columns for {fields} in the header row (row {row}: {headers}); name them {names}</source>
        <translation>brak kolumn {fields} w wierszu nagłówków (wiersz {row}: {headers}); nazwij je {names}</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason}).</source>
        <translation>nie można odczytać pliku ({reason}).</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>plik nie istnieje.</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>plik kończy się za wcześnie (może być ucięty)</translation>
    </message>
    <message>
        <source>the file holds {n} journeys, each starting with &apos;journey&apos;; Mermaid renders one diagram at a time, so paste them one by one, or export to .md for fenced blocks that render together</source>
        <translation>plik zawiera kilka ścieżek ({n}), każda zaczyna się od &apos;journey&apos;; Mermaid renderuje jeden diagram naraz, więc wklejaj je po kolei albo wyeksportuj do .md, aby otrzymać bloki kodu renderowane razem</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; cjdesigner maps are UTF-8. Save it as UTF-8 and retry.</source>
        <translation>plik jest tekstem UTF-16, a mapy cjdesigner są w UTF-8. Zapisz go jako UTF-8 i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>plik jest pusty.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x{byte:02X} at line {line}, column {column}).</source>
        <translation>plik nie jest prawidłowym tekstem UTF-8 (bajt 0x{byte:02X} w wierszu {line}, kolumnie {column}).</translation>
    </message>
    <message>
        <source>the file is too large to be a journey map ({size} MB; the limit is {limit} MB).</source>
        <translation>plik jest za duży jak na mapę ścieżki klienta ({size} MB; limit to {limit} MB).</translation>
    </message>
    <message>
        <source>the file name is too long for this disk</source>
        <translation>nazwa pliku jest za długa dla tego dysku</translation>
    </message>
    <message>
        <source>the file read back differs</source>
        <translation>odczytany ponownie plik się różni</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>folder nie istnieje</translation>
    </message>
    <message>
        <source>the persona of the touchpoint does not exist</source>
        <translation>persona punktu styku nie istnieje</translation>
    </message>
    <message>
        <source>the picture is damaged and cannot be shown</source>
        <translation>obraz jest uszkodzony i nie można go wyświetlić</translation>
    </message>
    <message>
        <source>the picture is too large to decode</source>
        <translation>obraz jest za duży, aby go zdekodować</translation>
    </message>
    <message>
        <source>the picture is {width}×{height} pixels (at most {side} on a side)</source>
        <translation>obraz ma {width}×{height} pikseli (bok może mieć najwyżej {side})</translation>
    </message>
    <message>
        <source>the stage of the touchpoint does not exist</source>
        <translation>etap punktu styku nie istnieje</translation>
    </message>
    <message>
        <source>the tile overlap must be between 0 and {max:g} mm, not {value:g}</source>
        <translation>zakładka arkuszy musi wynosić od 0 do {max:g} mm, a nie {value:g}</translation>
    </message>
    <message>
        <source>there is more text after the end of the map</source>
        <translation>po końcu mapy jest jeszcze tekst</translation>
    </message>
    <message>
        <source>there is no such channel</source>
        <translation>nie ma takiego kanału</translation>
    </message>
    <message>
        <source>there is no such persona</source>
        <translation>nie ma takiej persony</translation>
    </message>
    <message>
        <source>there is no such stage</source>
        <translation>nie ma takiego etapu</translation>
    </message>
    <message>
        <source>there is no template called {name!r}; the templates are: {names}</source>
        <translation>nie ma szablonu o nazwie {name!r}; dostępne szablony: {names}</translation>
    </message>
    <message>
        <source>these two touchpoints are already connected</source>
        <translation>te dwa punkty styku są już połączone</translation>
    </message>
    <message>
        <source>this file is from a newer cjdesigner (file format version {found}; this version reads up to {current}). Update cjdesigner to open it.</source>
        <translation>ten plik pochodzi z nowszej wersji cjdesigner (wersja formatu {found}; ta wersja odczytuje do {current}). Zaktualizuj cjdesigner, aby go otworzyć.</translation>
    </message>
    <message>
        <source>this is a binary file, not a cjdesigner map.</source>
        <translation>to plik binarny, a nie mapa cjdesigner.</translation>
    </message>
    <message>
        <source>this is a folder, not a map file.</source>
        <translation>to folder, a nie plik mapy.</translation>
    </message>
    <message>
        <source>this is not a cjdesigner map (a map is UTF-8 text; this file is not).</source>
        <translation>to nie jest mapa cjdesigner (mapa to tekst w UTF-8, a ten plik nim nie jest).</translation>
    </message>
    <message>
        <source>this is not a readable XLSX workbook: it may be damaged, or another kind of file with an .xlsx name</source>
        <translation>to nie jest czytelny skoroszyt XLSX: plik może być uszkodzony albo jest innym plikiem o nazwie .xlsx</translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation>to nie jest zwykły plik.</translation>
    </message>
    <message>
        <source>unknown field: {names}</source>
        <translation>nieznane pole: {names}</translation>
    </message>
    <message>
        <source>unknown page size {page!r}; choose one of {names}</source>
        <translation>nieznany format strony {page!r}; wybierz jeden z: {names}</translation>
    </message>
    <message>
        <source>{count} problems:</source>
        <translation>problemy ({count}):</translation>
    </message>
    <message>
        <source>{n} touchpoints use the channel {name!r}; change them first</source>
        <translation>kanału {name!r} używają punkty styku ({n}); najpierw je zmień</translation>
    </message>
    <message>
        <source>{path} (line {line}): {what}</source>
        <translation>{path} (wiersz {line}): {what}</translation>
    </message>
    <message>
        <source>{path}.channel: there is no channel with id {id!r}</source>
        <translation>{path}.channel: nie ma kanału o identyfikatorze {id!r}</translation>
    </message>
    <message>
        <source>{path}.order: another touchpoint of the same cell has order {order}</source>
        <translation>{path}.order: inny punkt styku w tej samej komórce ma kolejność {order}</translation>
    </message>
    <message>
        <source>{path}.persona_id: there is no persona with id {id!r}</source>
        <translation>{path}.persona_id: nie ma persony o identyfikatorze {id!r}</translation>
    </message>
    <message>
        <source>{path}.stage_id: there is no stage with id {id!r}</source>
        <translation>{path}.stage_id: nie ma etapu o identyfikatorze {id!r}</translation>
    </message>
    <message>
        <source>{path}.{end}: there is no touchpoint with id {id!r}</source>
        <translation>{path}.{end}: nie ma punktu styku o identyfikatorze {id!r}</translation>
    </message>
    <message>
        <source>{path}: a connection must join two different touchpoints</source>
        <translation>{path}: przejście musi łączyć dwa różne punkty styku</translation>
    </message>
    <message>
        <source>{path}: id {id!r} is already used by {other}</source>
        <translation>{path}: identyfikator {id!r} jest już używany przez {other}</translation>
    </message>
    <message>
        <source>{path}: the same two touchpoints are already connected</source>
        <translation>{path}: te same dwa punkty styku są już połączone</translation>
    </message>
    <message>
        <source>“columns” must be an object of field: header</source>
        <translation>„columns” musi być obiektem pole: nagłówek</translation>
    </message>
    <message>
        <source>“values.{kind}” must be an object of word: meaning</source>
        <translation>„values.{kind}” musi być obiektem słowo: znaczenie</translation>
    </message>
    <message>
        <source>“values” may only hold “sentiment” and “channel” word lists</source>
        <translation>„values” może zawierać tylko listy słów „sentiment” i „channel”</translation>
    </message>
    <message>
        <source>“{file}” was changed on disk by another program since it was opened. Saving now would overwrite those changes; choose to overwrite, or save under another name.</source>
        <translation>Od chwili otwarcia plik „{file}” został zmieniony na dysku przez inny program. Zapis nadpisałby te zmiany; wybierz nadpisanie albo zapisz pod inną nazwą.</translation>
    </message>
    <message>
        <source>“{file}” was saved but cannot be checked now ({reason}).</source>
        <translation>Plik „{file}” został zapisany, ale nie można go teraz sprawdzić ({reason}).</translation>
    </message>
    <message>
        <source>“{path}” cannot be read ({reason})</source>
        <translation>nie można odczytać „{path}” ({reason})</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a sheet</source>
        <translation>„{path}” to folder, a nie arkusz</translation>
    </message>
    <message>
        <source>“{path}” is empty</source>
        <translation>„{path}” jest pusty</translation>
    </message>
    <message>
        <source>“{path}” is too big to be a sheet of touchpoints</source>
        <translation>„{path}” jest za duży jak na arkusz punktów styku</translation>
    </message>
    <message>
        <source>“{path}”: only .csv and .xlsx sheets can be imported</source>
        <translation>„{path}”: można importować tylko arkusze .csv i .xlsx</translation>
    </message>
    <message>
        <source>“{path}”: {kind} files cannot be read; open it in Excel or LibreOffice and save it as .xlsx or .csv</source>
        <translation>„{path}”: nie można odczytać plików {kind}; otwórz go w Excelu lub LibreOffice i zapisz jako .xlsx lub .csv</translation>
    </message>
    <message>
        <source>“{text}” is not yes or no; write {yes}, or leave the cell empty</source>
        <translation>„{text}” to nie „tak” ani „nie”; wpisz {yes} albo zostaw komórkę pustą</translation>
    </message>
    <message>
        <source>“{word}” is mapped to “{meaning}”, which is not positive, neutral or negative</source>
        <translation>„{word}” jest mapowane na „{meaning}”, co nie jest wartością positive, neutral ani negative</translation>
    </message>
    <message>
        <source>… and {n} more problems</source>
        <translation>… oraz {n} kolejnych problemów</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>Your map is still open. Save it (or Save As…) before going on.</source>
        <translation>Mapa jest nadal otwarta. Zapisz ją (lub użyj polecenia Zapisz jako…), zanim przejdziesz dalej.</translation>
    </message>
</context>
<context>
    <name>file_lock</name>
    <message>
        <source>in another cjdesigner window on this computer</source>
        <translation>w innym oknie cjdesigner na tym komputerze</translation>
    </message>
    <message>
        <source>by %1 on this computer</source>
        <translation>przez użytkownika %1 na tym komputerze</translation>
    </message>
    <message>
        <source>by another program</source>
        <translation>przez inny program</translation>
    </message>
    <message>
        <source>by %1 on the computer “%2”</source>
        <translation>przez użytkownika %1 na komputerze „%2”</translation>
    </message>
    <message>
        <source>on the computer “%1”</source>
        <translation>na komputerze „%1”</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Nothing moved: “%1” is already in the first stage</source>
        <translation>Nic nie przesunięto: „%1” jest już w pierwszym etapie</translation>
    </message>
    <message>
        <source>Nothing moved: “%1” is already in the last stage</source>
        <translation>Nic nie przesunięto: „%1” jest już w ostatnim etapie</translation>
    </message>
    <message>
        <source>Nothing moved: “%1” is already in the first lane</source>
        <translation>Nic nie przesunięto: „%1” jest już w pierwszym torze</translation>
    </message>
    <message>
        <source>Nothing moved: “%1” is already in the last lane</source>
        <translation>Nic nie przesunięto: „%1” jest już w ostatnim torze</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>never saved</source>
        <translation>nigdy nie zapisano</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1” (%2)</translation>
    </message>
    <message>
        <source>last autosaved %1</source>
        <translation>ostatni autozapis %1</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Odzyskaj niezapisaną pracę</translation>
    </message>
    <message>
        <source>A recovery file could not be read and was kept as %1.</source>
        <translation>Nie udało się odczytać pliku odzyskiwania; zachowano go jako %1.</translation>
    </message>
</context>
<context>
    <name>romanian</name>
    <message>
        <source>Fix Romanian letters</source>
        <translation>Popraw rumuńskie litery</translation>
    </message>
</context>
</TS>
