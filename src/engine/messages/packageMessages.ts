import type { Message } from "./message";

/** Findings about a workbook file as a package (format, size, locks, ownership). */
export const packageMessages = {
  PKG_FILE_UNREADABLE: {
    nl: "Het bestand kan niet worden gelezen: {reason:term}.",
    en: "The file cannot be read: {reason:term}.",
  },
  PKG_FILE_TOO_LARGE: {
    nl: "Het bestand is te groot ({size} bytes; de grens is {max} bytes) voor een bijlage.",
    en: "The file is too large ({size} bytes; the limit is {max} bytes) for an annex.",
  },
  PKG_NOT_ZIP: {
    nl: "Dit is geen Excel-werkmap (.xlsx): het bestand is geen zip-pakket.",
    en: "This is not an Excel workbook (.xlsx): the file is not a zip package.",
  },
  PKG_NOT_XLSX: {
    nl: "Dit zip-bestand is geen Excel-werkmap (.xlsx): er zit geen werkmapdeel in.",
    en: "This zip file is not an Excel workbook (.xlsx): it has no workbook part.",
  },
  PKG_XLS: {
    nl: "Dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) en probeer het opnieuw.",
    en: "This is an old Excel file (.xls). Save it in Excel as an Excel Workbook (.xlsx) and try again.",
  },
  PKG_ENCRYPTED: {
    nl: "De werkmap is met een wachtwoord beveiligd. Verwijder in Excel het wachtwoord (Bestand > Info > Werkmap beveiligen) en probeer het opnieuw.",
    en: "The workbook is password-protected. Remove the password in Excel (File > Info > Protect Workbook) and try again.",
  },
  PKG_XLS_OR_ENCRYPTED: {
    nl: "Dit is een oud Excel-bestand (.xls) of een met een wachtwoord beveiligde werkmap. Sla het in Excel op als .xlsx zonder wachtwoord en probeer het opnieuw.",
    en: "This is an old Excel file (.xls) or a password-protected workbook. Save it in Excel as .xlsx without a password and try again.",
  },
  PKG_XLSB: {
    nl: "Dit is een binaire Excel-werkmap (.xlsb). Sla het in Excel op als Excel-werkmap (.xlsx) en probeer het opnieuw.",
    en: "This is an Excel binary workbook (.xlsb). Save it in Excel as an Excel Workbook (.xlsx) and try again.",
  },
  PKG_ODS: {
    nl: "Dit is een OpenDocument-rekenblad (.ods). Sla het op als Excel-werkmap (.xlsx) en probeer het opnieuw.",
    en: "This is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) and try again.",
  },
  PKG_ZIP_BOMB: {
    nl: "Het pakket zou uitgepakt {size} bytes worden (of pakt verdacht sterk uit, deel {part}); dat is geen gewone werkmap en wordt niet gelezen.",
    en: "The package would unpack to {size} bytes (or unpacks suspiciously far, part {part}); that is not an ordinary workbook and is not read.",
  },
  PKG_TOO_MANY_PARTS: {
    nl: "Het pakket bevat {count|# deel|# delen} (de grens is {max}); dat is geen gewone werkmap.",
    en: "The package holds {count|# part|# parts} (the limit is {max}); that is not an ordinary workbook.",
  },
  PKG_ZIP_UNSUPPORTED: {
    nl: "Deel {part} gebruikt een zip-functie die niet wordt ondersteund (versleuteling of compressiemethode {method}).",
    en: "Part {part} uses a zip feature that is not supported (encryption or compression method {method}).",
  },
  PKG_ZIP_CORRUPT: {
    nl: "Het zip-pakket is beschadigd ({detail}). Open en bewaar het opnieuw in Excel.",
    en: "The zip package is damaged ({detail}). Open and save it again in Excel.",
  },
  PKG_PART_CORRUPT: {
    nl: "Deel {part} van de werkmap is beschadigd of onleesbaar. Open en bewaar het opnieuw in Excel.",
    en: "Part {part} of the workbook is damaged or unreadable. Open and save it again in Excel.",
  },
  PKG_DUPLICATE_PART: {
    nl: "Het pakket bevat deel {part} twee keer (ook als {other}; Windows en Excel zien geen verschil tussen hoofd- en kleine letters), dus programma's kunnen er verschillende inhoud uit lezen. Open en bewaar het opnieuw in Excel.",
    en: "The package holds part {part} twice (also as {other}; Windows and Excel do not tell upper from lower case), so programs may read different content from it. Open and save it again in Excel.",
  },
  PKG_SHEET_SHARED: {
    nl: "De bladen {sheet} en {other} wijzen naar hetzelfde deel {part}; zo'n werkmap kan op twee manieren worden gelezen. Open en bewaar het opnieuw in Excel.",
    en: "Sheets {sheet} and {other} point at the same part {part}; such a workbook can be read in two ways. Open and save it again in Excel.",
  },
  PKG_SHEET_UNREFERENCED: {
    nl: "Deel {part} is een werkblad waar de werkmap niet naar verwijst; een ander programma zou het wel kunnen tonen. Open en bewaar het opnieuw in Excel.",
    en: "Part {part} is a worksheet the workbook does not refer to; another program might still show it. Open and save it again in Excel.",
  },
  PKG_SHEET_NAME_TWICE: {
    nl: "Twee bladen heten {name} (Excel let bij namen niet op hoofdletters); welk blad bedoeld is, is niet te zeggen. Open en bewaar het opnieuw in Excel.",
    en: "Two sheets are called {name} (Excel ignores case in names); which one is meant cannot be told. Open and save it again in Excel.",
  },
  PKG_TABLE_NAME_TWICE: {
    nl: "Twee tabellen heten {name} (Excel let bij namen niet op hoofdletters); welke bedoeld is, is niet te zeggen. Open en bewaar het opnieuw in Excel.",
    en: "Two tables are called {name} (Excel ignores case in names); which one is meant cannot be told. Open and save it again in Excel.",
  },
  PKG_DEFINED_NAME_TWICE: {
    nl: "De gedefinieerde naam {name} staat twee keer in de werkmap (Excel let niet op hoofdletters); welke bedoeld is, is niet te zeggen. Open en bewaar het opnieuw in Excel.",
    en: "The defined name {name} occurs twice in the workbook (Excel ignores case); which one is meant cannot be told. Open and save it again in Excel.",
  },
  PKG_TOO_MANY_ROWS: {
    nl: "Het blad verwijst naar rij {row}, voorbij de laatste rij van Excel ({max}).",
    en: "The sheet refers to row {row}, beyond Excel’s last row ({max}).",
  },
  PKG_TOO_MANY_COLUMNS: {
    nl: "Het blad verwijst naar kolom {column}, voorbij de laatste kolom van Excel ({max}).",
    en: "The sheet refers to column {column}, beyond Excel’s last column ({max}).",
  },
  PKG_RANGE_TOO_LARGE: {
    nl: "Het bereik {range} is te groot om te lezen ({cells} cellen; de grens is {max}).",
    en: "The range {range} is too large to read ({cells} cells; the limit is {max}).",
  },
  PKG_LOCKED: {
    nl: "De werkmap is geopend (vergrendelbestand {lockFile} staat ernaast). Sluit de werkmap en probeer het opnieuw.",
    en: "The workbook is open (lock file {lockFile} is next to it). Close the workbook and try again.",
  },
  PKG_READ_ONLY: {
    nl: "Het bestand is alleen-lezen (of u mag er niet in schrijven); het wordt niet vervangen. Maak het schrijfbaar, of schrijf met --out naar een ander bestand.",
    en: "The file is read-only (or you may not write to it); it is not replaced. Make it writable, or write to another file with --out.",
  },
  PKG_OWNER_NOT_KEPT: {
    nl: "Het bestand is van een andere gebruiker of groep; vervangen zou het van u maken. Het wordt niet vervangen: laat de eigenaar het vernieuwen, of schrijf met --out naar een ander bestand.",
    en: "The file belongs to another user or group; replacing it would make it yours. It is not replaced: have its owner refresh it, or write to another file with --out.",
  },
  PKG_LINK_BROKEN: {
    nl: "Het bestand is een koppeling (symbolische link) naar {target}, dat niet bestaat; er wordt niets geschreven.",
    en: "The file is a link (symbolic link) to {target}, which does not exist; nothing is written.",
  },
  PKG_HARD_LINKED: {
    nl: "Het bestand heeft {links} namen (harde koppelingen); vervangen zou de andere namen bij de oude inhoud laten. Het wordt niet vervangen: schrijf met --out naar een ander bestand.",
    en: "The file has {links} names (hard links); replacing it would leave the other names with the old content. It is not replaced: write to another file with --out.",
  },
  PKG_NOT_REGULAR_FILE: {
    nl: "Dit is geen gewoon bestand (maar een map, apparaat of pijp); er wordt niets geschreven.",
    en: "This is not a regular file (but a folder, device or pipe); nothing is written.",
  },
  PKG_OUT_EXISTS: {
    nl: "Het bestand bestaat al en is geen bijlage die lumpsum heeft geschreven; het wordt niet overschreven. Kies een ander bestand, of geef --force om het toch te vervangen.",
    en: "The file already exists and is not an annex lumpsum wrote; it is not overwritten. Choose another file, or give --force to replace it anyway.",
  },
  PKG_SHEET_NOT_OWNED: {
    nl: "Er is al een blad met deze naam dat niet door het hulpmiddel is gemaakt; het wordt niet overschreven. Hernoem of verwijder het blad en probeer het opnieuw.",
    en: "A sheet with this name already exists and was not made by the tool; it is not overwritten. Rename or remove the sheet and try again.",
  },
  PKG_NAME_TAKEN: {
    nl: "De naam {name} wordt in de werkmap al gebruikt door een tabel of gedefinieerde naam die niet van het hulpmiddel is. Hernoem die en probeer het opnieuw.",
    en: "The name {name} is already used in the workbook by a table or defined name the tool does not own. Rename it and try again.",
  },
  PKG_WRITE_FAILED: {
    nl: "De werkmap kon niet worden opgeslagen ({reason:term}); het bestand is ongewijzigd.",
    en: "The workbook could not be saved ({reason:term}); the file is unchanged.",
  },
  PKG_LEFTOVER_REMOVED: {
    nl: "Tijdelijk bestand {name} van een afgebroken eerdere run is opgeruimd.",
    en: "Temporary file {name} left by an interrupted earlier run was removed.",
  },
} as const satisfies Record<string, Message>;
