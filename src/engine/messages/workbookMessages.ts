import type { Message } from "./message";

/** Findings of the workbook area: reading the annex layout, cell by cell, and writing it back. */
export const workbookMessages = {
  AMOUNT_BLANK: { nl: "Er staat geen bedrag.", en: "There is no amount." },
  AMOUNT_PLACEHOLDER: {
    nl: '"{value}" is een plaatshouder, geen bedrag; vul het echte bedrag in.',
    en: '"{value}" is a placeholder, not an amount; enter the real amount.',
  },
  CELL_ERROR: {
    nl: "De cel bevat de foutwaarde {value}; herstel de formule of verwijzing.",
    en: "The cell holds the error value {value}; repair the formula or reference.",
  },
  AMOUNT_AMBIGUOUS: {
    nl: '"{value}" is dubbelzinnig: {nl} in Nederlandse notatie, {en} in Engelse; typ het als getal.',
    en: '"{value}" is ambiguous: {nl} in Dutch notation, {en} in English; enter it as a number.',
  },
  AMOUNT_NOT_NUMBER: { nl: '"{value}" is geen bedrag.', en: '"{value}" is not an amount.' },
  AMOUNT_IS_DATE: {
    nl: "Hier staat de datum {value}, geen bedrag; typ het bedrag als getal (zonder datumopmaak).",
    en: "This cell holds the date {value}, not an amount; enter the amount as a number (without a date format).",
  },
  AMOUNT_FORMATTED_TEXT: {
    nl: '"{value}" is gelezen als {read} (scheidingstekens of valutateken geïnterpreteerd).',
    en: '"{value}" was read as {read} (separators or currency sign interpreted).',
  },
  NUMBER_AS_TEXT: {
    nl: 'Getal opgeslagen als tekst: "{value}" is gelezen als {read}; maak er een getal van.',
    en: 'Number stored as text: "{value}" was read as {read}; make it a number.',
  },
  BUDGET_SOURCE_MISSING: {
    nl: 'Geen P-budgetten gevonden: voeg een tabel "PBudget" toe, of een blad "P-budget" met in de eerste rij "Gemeente" en een kolom per jaar.',
    en: 'No P-budgets found: add a table "PBudget", or a sheet "P-budget" whose first row holds "Gemeente" and one column per year.',
  },
  NAME_HEADER_MISSING: {
    nl: 'De eerste kolom moet "Gemeente" (of "Municipality") heten, niet "{value}".',
    en: 'The first column must be headed "Gemeente" (or "Municipality"), not "{value}".',
  },
  YEAR_INVALID: {
    nl: '"{value}" is geen jaartal (vier cijfers, bijv. 2022).',
    en: '"{value}" is not a year (four digits, e.g. 2022).',
  },
  YEAR_DUPLICATE: {
    nl: "Jaar {year} komt meer dan eens voor.",
    en: "Year {year} appears more than once.",
  },
  NO_YEAR_COLUMNS: {
    nl: "Er is geen kolom met een jaartal als kop.",
    en: "There is no column headed with a year.",
  },
  COLUMN_IGNORED: {
    nl: 'Kolom "{value}" is geen jaar en geen uitvoeringsgebied; ze telt niet mee.',
    en: 'Column "{value}" is neither a year nor the execution area; it is not used.',
  },
  TOTALS_ROW_IN_DATA: {
    nl: '"{value}" is een totaalregel tussen de gemeenten en zou dubbel tellen; verwijder hem, zet hem na een lege regel, of gebruik de totaalrij van de tabel.',
    en: '"{value}" is a totals row among the municipalities and would count twice; remove it, put it after a blank row, or use the table\'s totals row.',
  },
  ROWS_AFTER_BLANK_IGNORED: {
    nl: "Rij {row} en verder staan na een lege regel en worden niet gelezen: alleen de regels direct onder de kop tellen.",
    en: "Row {row} onward comes after a blank row and is not read: only the rows right below the header count.",
  },
  ROW_HIDDEN: {
    nl: "Rij {row} ({name}) is verborgen, maar telt mee in de verdeling.",
    en: "Row {row} ({name}) is hidden, but counts in the allocation.",
  },
  DATA_BELOW_TABLE: {
    nl: "Direct onder de tabel {table} staat iets in {cells}; het hoort niet bij de tabel en telt niet mee. Hoort het erbij, vergroot de tabel dan.",
    en: "Just below the table {table} there is data in {cells}; it is not part of the table and does not count. If it belongs to it, extend the table.",
  },
  DATA_BESIDE_TABLE: {
    nl: "Direct rechts van de tabel {table} staat iets in {cells}; het hoort niet bij de tabel en telt niet mee. Hoort het erbij, vergroot de tabel dan.",
    en: "Just right of the table {table} there is data in {cells}; it is not part of the table and does not count. If it belongs to it, extend the table.",
  },
  MERGERS_HEADER_INVALID: {
    nl: 'De tabel Fusies moet de kolommen "Nieuwe gemeente", "Voorganger" en "Ingangsdatum" hebben.',
    en: 'The table Fusies must have the columns "Nieuwe gemeente", "Voorganger" and "Ingangsdatum" (or "New municipality", "Predecessor", "Effective date").',
  },
  SOURCE_FILTERED: {
    nl: "Er staat een filter op {source}; alle rijen tellen mee, ook de weggefilterde.",
    en: "There is a filter on {source}; every row counts, including those filtered out.",
  },
  MERGED_CELLS: {
    nl: "Samengevoegde cellen {range}: alleen de eerste cel heeft een waarde; hef de samenvoeging op.",
    en: "Merged cells {range}: only the first cell holds a value; unmerge them.",
  },
  NAME_UNKNOWN: {
    nl: '"{name}" is geen IBN-gemeente; controleer de spelling, of noem de gemeenten in een tabel "Gemeenten".',
    en: '"{name}" is not an IBN municipality; check the spelling, or list the municipalities in a table "Gemeenten".',
  },
  NAMES_NOT_IBN: {
    nl: '{count} van de {total|# gemeente|# gemeenten} {count|is geen IBN-gemeente|zijn geen IBN-gemeenten}; noem de gemeenten in een tabel "Gemeenten" om hun spelling te laten controleren.',
    en: '{count} of the {total|# municipality|# municipalities} {count|is not an IBN municipality|are not IBN municipalities}; list them in a table "Gemeenten" to have their spelling checked.',
  },
  CELL_TEXT_TOO_LONG: {
    nl: "Deze tekst is {length} tekens lang; een cel in Excel bevat er hoogstens {max}.",
    en: "This text is {length} characters long; an Excel cell holds at most {max}.",
  },
  NAME_UNDECLARED: {
    nl: '"{name}" staat niet in de tabel Gemeenten.',
    en: '"{name}" is not in the table Gemeenten.',
  },
  MUNICIPALITY_ABSENT: {
    nl: 'Gemeente "{name}" staat in de tabel Gemeenten maar heeft geen P-budgetten.',
    en: 'Municipality "{name}" is in the table Gemeenten but has no P-budgets.',
  },
  TOTALS_MISSING: {
    nl: 'Er zijn geen lumpsumtotalen: voeg een tabel "Lumpsum" toe met de kolommen Jaar en Totaal, of een cel met de naam "Scenario" (0, I, II of III) om de totalen uit de projectie te nemen.',
    en: 'There are no lump-sum totals: add a table "Lumpsum" with the columns Jaar and Totaal, or a cell named "Scenario" (0, I, II or III) to take the totals from the projection.',
  },
  TOTALS_HEADER_INVALID: {
    nl: 'De tabel Lumpsum moet de kolommen "Jaar" en "Totaal" hebben.',
    en: 'The table Lumpsum must have the columns "Jaar" and "Totaal".',
  },
  SCENARIO_INVALID: {
    nl: 'Scenario "{value}" bestaat niet; kies 0, I, II of III.',
    en: 'Scenario "{value}" does not exist; choose 0, I, II or III.',
  },
  YEAR_NOT_ALLOCATED: {
    nl: "Er zijn P-budgetten voor {year} maar geen lumpsumtotaal; dat jaar wordt niet verdeeld.",
    en: "There are P-budgets for {year} but no lump-sum total; that year is not allocated.",
  },
  TOTAL_YEAR_UNUSED: {
    nl: "Er is een lumpsumtotaal voor {year} maar geen kolom {year} met P-budgetten.",
    en: "There is a lump-sum total for {year} but no column {year} of P-budgets.",
  },
  NO_YEAR_TO_ALLOCATE: {
    nl: "Geen enkel jaar heeft zowel P-budgetten als een lumpsumtotaal.",
    en: "No year has both P-budgets and a lump-sum total.",
  },
  PERIOD_INCOMPLETE: {
    nl: "Alleen {present} is gegeven; geef PeriodeStart én PeriodeEinde, of geen van beide.",
    en: "Only {present} is given; give both PeriodeStart and PeriodeEinde, or neither.",
  },
  DATE_AS_TEXT: {
    nl: 'Datum als tekst: "{value}" is gelezen als {read}; maak er een datum van.',
    en: 'Date stored as text: "{value}" was read as {read}; make it a date.',
  },
  DATE_NOT_FORMATTED: {
    nl: "Het getal {value} heeft geen datumopmaak; geef de cel een datumopmaak of typ een datum.",
    en: "The number {value} has no date format; give the cell a date format or enter a date.",
  },
  SETTINGS_IGNORED: {
    nl: "De opgeslagen instellingen van een vorige verversing zijn onleesbaar en worden genegeerd.",
    en: "The settings stored by an earlier refresh cannot be read and are ignored.",
  },
  OUTPUT_STALE: {
    nl: "De uitvoer in {table} wijkt af van een nieuwe berekening; ververs de werkmap.",
    en: "The output in {table} differs from a new calculation; refresh the workbook.",
  },
  OUTPUT_ABSENT: {
    nl: "De werkmap is nog niet ververst: tabel {table} ontbreekt.",
    en: "The workbook has not been refreshed yet: table {table} is missing.",
  },
  CAPTION_PER_YEAR: {
    nl: "Lumpsum per gemeente per jaar, verdeeld naar rato van het P-budget",
    en: "Lump sum per municipality and year, in proportion to the P-budget",
  },
  CAPTION_PERIOD: {
    nl: "Lumpsum over de periode {start} t/m {end}: {slices}",
    en: "Lump sum over the period {start} to {end}: {slices}",
  },
  CAPTION_CONTROLE: { nl: "Controle van de lumpsumtabellen", en: "Checks of the lump-sum tables" },
  CAPTION_RULE_ALLOCATION: {
    nl: "Regel: bedrag = totaal × P-budget ÷ som van de P-budgetten, exact gerekend en afgerond op {unit} met de grootste-overschotmethode (Hamilton), zodat de bedragen precies optellen tot het totaal; het totaal is half van nul af afgerond.",
    en: "Rule: amount = total × P-budget ÷ sum of the P-budgets, computed exactly and rounded to {unit} by largest remainder (Hamilton), so that the amounts add up exactly to the total; the total is rounded half away from zero.",
  },
  CAPTION_RULE_PERIOD: {
    nl: "Regel: een heel jaar is precies de tabel per jaar; van een deel van een jaar ({basis}) wordt het jaartotaal × dat deel één keer afgerond op {unit} en verdeeld zoals het jaar. Het periodebedrag is de som van de jaardelen; rijen, kolommen en totaal tellen precies op. Elk bedrag ligt per jaardeel binnen {unit} van exact, een periodebedrag over twee jaardelen dus binnen twee keer {unit}.",
    en: "Rule: a whole year is exactly the per-year table; for part of a year ({basis}) the year's total × that part is rounded once to {unit} and shared out as the year is. The period amount is the sum of its slices; rows, columns and total add up exactly. Each amount is within {unit} of exact per slice, so a period amount over two slices within twice {unit}.",
  },
  CAPTION_RESTATED: {
    nl: "Lumpsum per gemeente zoals die in {year} bestaat: de bedragen van gemeenten die zijn opgegaan in een nieuwe gemeente opgeteld onder die nieuwe naam",
    en: "Lump sum per municipality as it stands in {year}: the amounts of municipalities that became part of a new one added up under the new name",
  },
  CAPTION_RULE_RESTATED: {
    nl: "Regel: de afgeronde bedragen uit de tabellen per jaar en periode opgeteld, niet opnieuw afgerond, zodat de totalen gelijk blijven. Fusies: {mergers}.",
    en: "Rule: the rounded amounts of the per-year and period tables added up, not rounded again, so the totals stay the same. Mergers: {mergers}.",
  },
  CAPTION_SOURCE: {
    nl: "Bron: P-budgetten uit {source} ({address}); totalen uit {totals}.",
    en: "Source: P-budgets from {source} ({address}); totals from {totals}.",
  },
  CAPTION_RUN: {
    nl: "Berekend op {time} met ibn-lumpsum {version}.",
    en: "Computed on {time} with ibn-lumpsum {version}.",
  },
  FOOTER_PAGE: { nl: "Pagina {page} van {pages}", en: "Page {page} of {pages}" },
  BASIS_MONTHS: { nl: "hele kalendermaanden", en: "whole calendar months" },
  BASIS_DAYS: { nl: "dagen", en: "days" },
  TOTALS_FROM_PROJECTION: {
    nl: "de projectie, scenario {scenario}",
    en: "the projection, scenario {scenario}",
  },
  CLI_FILE_REFRESHED: {
    nl: "[{n}/{count}] {file}: ververst, geschreven naar {out} ({warnings|# waarschuwing|# waarschuwingen}).",
    en: "[{n}/{count}] {file}: refreshed, written to {out} ({warnings|# warning|# warnings}).",
  },
  CLI_FILE_NOT_REFRESHED: {
    nl: "[{n}/{count}] {file}: niet ververst ({errors|# fout|# fouten}); er is niets geschreven.",
    en: "[{n}/{count}] {file}: not refreshed ({errors|# error|# errors}); nothing was written.",
  },
  CLI_FORCE_HINT: {
    nl: "[{n}/{count}] {file}: wat hierboven staat houdt alleen tegen wat u kunt bevestigen; met --force gaat de verversing toch door (die verwijzingen tonen dan #VERW!).",
    en: "[{n}/{count}] {file}: what is listed above only stops what you may confirm; with --force the refresh goes ahead (those references then show #REF!).",
  },
  CLI_FILE_CHECKED: {
    nl: "[{n}/{count}] {file}: {errors|# fout|# fouten}, {warnings|# waarschuwing|# waarschuwingen}.",
    en: "[{n}/{count}] {file}: {errors|# error|# errors}, {warnings|# warning|# warnings}.",
  },
  CLI_FILE_STALE: {
    nl: "[{n}/{count}] {file}: verouderd: de uitvoertabellen volgen niet meer uit de invoer of ontbreken; ververs met lumpsum refresh ({errors|# fout|# fouten}, {warnings|# waarschuwing|# waarschuwingen}).",
    en: "[{n}/{count}] {file}: stale: the output tables no longer follow from the inputs, or are missing; refresh with lumpsum refresh ({errors|# error|# errors}, {warnings|# warning|# warnings}).",
  },
  CLI_CHECK_SUMMARY: {
    nl: "{ok} van {count|# bestand|# bestanden} actueel, {stale} verouderd, {failed} met fouten.",
    en: "{ok} of {count|# file|# files} current, {stale} stale, {failed} with errors.",
  },
  CLI_SUMMARY: {
    nl: "{ok} van {count|# bestand|# bestanden} in orde, {failed} met fouten.",
    en: "{ok} of {count|# file|# files} fine, {failed} with errors.",
  },
  CLI_FILE_RENAMED: {
    nl: "[{n}/{count}] {file}: de werkmap is nu {language}; hernoemd (verwijzingen gaan mee): {renames}.",
    en: "[{n}/{count}] {file}: the workbook is now {language}; renamed (references follow): {renames}.",
  },
  RENAMED_SHEET: { nl: "blad '{from}' → '{to}'", en: "sheet '{from}' → '{to}'" },
  RENAMED_TABLE: { nl: "tabel {from} → {to}", en: "table {from} → {to}" },
  RENAMED_COLUMN: { nl: "kolom {table}[{from}] → [{to}]", en: "column {table}[{from}] → [{to}]" },
  LANGUAGE_NL: { nl: "Nederlands", en: "Dutch" },
  LANGUAGE_EN: { nl: "Engels", en: "English" },
  DEMO_WRITTEN: {
    nl: "Voorbeeldbijlage IBN 2021–2022 geschreven en ververst: {file}",
    en: "Example annex IBN 2021–2022 written and refreshed: {file}",
  },
} as const satisfies Record<string, Message>;
