import type { Message } from "../engine/messages";

/**
 * Every word the task pane shows, in Dutch and English: one module, so a missing translation
 * does not compile. Findings about data come from the engine's catalogue (formatIssue), not
 * from here. Parameters are filled in as the catalogue's are (fillMessage): numbers in the
 * reader's convention, `{count|one|other}` for the right plural.
 */
export const STRINGS = {
  appTitle: { nl: "IBN-lumpsum", en: "IBN lump sum" },
  language: { nl: "Taal", en: "Language" },
  languageDutch: { nl: "Nederlands", en: "Nederlands (Dutch)" },
  languageEnglish: { nl: "English (Engels)", en: "English" },
  help: { nl: "Hulp", en: "Help" },
  flows: { nl: "Stappen", en: "Steps" },
  step: { nl: "Stap", en: "Step" },
  stepOption: { nl: "{n}/{count} {step}", en: "{n}/{count} {step}" },
  stepPrevious: { nl: "Vorige stap: {step}", en: "Previous step: {step}" },
  stepNext: { nl: "Volgende stap: {step}", en: "Next step: {step}" },
  stepFirst: { nl: "Dit is de eerste stap", en: "This is the first step" },
  stepLast: { nl: "Dit is de laatste stap", en: "This is the last step" },
  tableColumn: { nl: "Kolom", en: "Column" },
  tableColumnOf: { nl: "Kolom van {table}", en: "Column of {table}" },
  tableWholeShow: {
    nl: "Hele tabel tonen ({count|# kolom|# kolommen})",
    en: "Show the whole table ({count|# column|# columns})",
  },
  tableWholeHide: { nl: "Hele tabel verbergen", en: "Hide the whole table" },
  tableWhole: { nl: "{table}, hele tabel", en: "{table}, whole table" },
  busy: { nl: "Bezig…", en: "Working…" },
  year: { nl: "Jaar", en: "Year" },
  municipality: { nl: "Gemeente", en: "Municipality" },
  total: { nl: "Totaal", en: "Total" },
  severityError: { nl: "Fout", en: "Error" },
  severityWarning: { nl: "Waarschuwing", en: "Warning" },
  severityInfo: { nl: "Opmerking", en: "Note" },
  findings: { nl: "Bevindingen", en: "Findings" },
  noFindings: { nl: "Geen bevindingen.", en: "No findings." },
  paneSheet: { nl: "Deelvenster", en: "Task pane" },
  showCell: { nl: "Ga naar {cell}", en: "Go to {cell}" },
  unexpected: {
    nl: "Er ging iets mis dat de add-in niet verwachtte ({detail}). Er is niets geschreven. Probeer het opnieuw; blijft het gebeuren, sluit dan het deelvenster en open het opnieuw.",
    en: "Something went wrong that the add-in did not expect ({detail}). Nothing was written. Try again; if it keeps happening, close the pane and open it again.",
  },

  // File mode
  fileModeIntro: {
    nl: "Geen Excel gevonden: u werkt met een bestand. Open een werkmap (.xlsx) met een tabel PBudget of een blad P-budget; de werkmap blijft op deze computer.",
    en: "No Excel found: you are working on a file. Open a workbook (.xlsx) with a PBudget table or a P-budget sheet; the workbook stays on this computer.",
  },
  fileOpen: { nl: "Werkmap openen", en: "Open workbook" },
  fileDrop: { nl: "of sleep een .xlsx-bestand hierheen", en: "or drop an .xlsx file here" },
  fileOpened: { nl: "Werkmap: {name}", en: "Workbook: {name}" },
  fileOther: { nl: "Andere werkmap openen", en: "Open another workbook" },
  fileDownload: { nl: "Bijgewerkte werkmap downloaden", en: "Download the updated workbook" },
  downloadNothing: {
    nl: "Er is nog niets geschreven om te downloaden: schrijf eerst de tabellen.",
    en: "Nothing has been written to download yet: write the tables first.",
  },
  downloadBlocked: {
    nl: "Niet te downloaden zolang er fouten zijn: los ze eerst op (stap Voorbeeld).",
    en: "Not to be downloaded while there are errors: fix them first (step Preview).",
  },

  // Where the output stands (one status for the whole pane)
  statusLabel: { nl: "Stand van de uitvoer", en: "State of the output" },
  statusUnwritten: { nl: "Nog niets geschreven", en: "Nothing written yet" },
  statusWrittenFile: { nl: "Geschreven, nog niet gedownload", en: "Written, not yet downloaded" },
  statusWrittenOffice: { nl: "Geschreven in de werkmap", en: "Written to the workbook" },
  statusDownloaded: { nl: "Geschreven en gedownload", en: "Written and downloaded" },
  statusUndone: { nl: "Laatste schrijven ongedaan gemaakt", en: "Last write undone" },
  staleTitle: { nl: "Uitvoer verouderd", en: "Output out of date" },
  staleBody: {
    nl: "De invoer is veranderd sinds de laatste verversing: {tables} volgen er niet meer uit.",
    en: "The inputs changed since the last refresh: {tables} no longer follow from them.",
  },
  staleRefresh: { nl: "Nu verversen", en: "Refresh now" },
  cellPeekTitle: { nl: "Cel {cell} en omgeving", en: "Cell {cell} and around it" },
  cellPeekGrid: { nl: "Cellen van blad {sheet}", en: "Cells of sheet {sheet}" },
  cellPeekClose: { nl: "Sluiten", en: "Close" },
  cellPeekMissing: {
    nl: 'Blad "{sheet}" staat niet in de werkmap.',
    en: 'Sheet "{sheet}" is not in the workbook.',
  },

  // Flow tabs
  tabSource: { nl: "Bron", en: "Source" },
  tabTotals: { nl: "Totalen en periode", en: "Totals and period" },
  tabProjection: { nl: "Projectie", en: "Projection" },
  tabPreview: { nl: "Voorbeeld", en: "Preview" },
  tabWrite: { nl: "Schrijven", en: "Write" },
  tabAudit: { nl: "Controle", en: "Audit" },
  tabStructure: { nl: "Structuur en verdeling", en: "Structure and fairness" },

  // Source
  executionArea: { nl: "Uitvoeringsgebied", en: "Execution area" },
  sourceChoice: { nl: "Waar staan de P-budgetten?", en: "Where are the P-budgets?" },
  sourceWorkbook: {
    nl: "Tabel PBudget (of blad P-budget), vanzelf gevonden",
    en: "Table PBudget (or sheet P-budget), found by itself",
  },
  sourceSelection: { nl: "De huidige selectie", en: "The current selection" },
  sourceSelectionFile: {
    nl: "De huidige selectie (alleen in Excel)",
    en: "The current selection (only in Excel)",
  },
  sourceSelectionEmpty: {
    nl: "Er is niets geselecteerd. Selecteer in Excel de kop en de rijen met de P-budgetten en klik op Opnieuw lezen.",
    en: "Nothing is selected. Select the header and the rows with the P-budgets in Excel and click Read again.",
  },
  sourceSelectionHint: {
    nl: "De selectie moet beginnen met de kop: Gemeente en een kolom per jaar.",
    en: "The selection must start with the header: Gemeente (Municipality) and one column per year.",
  },
  readAgain: { nl: "Opnieuw lezen", en: "Read again" },
  sourceRead: {
    nl: "Gelezen uit {address}: {count|# gemeente|# gemeenten}, jaren {years}.",
    en: "Read from {address}: {count|# municipality|# municipalities}, years {years}.",
  },
  sourceTable: { nl: "P-budgetten uit {source}", en: "P-budgets from {source}" },
  sourceFindings: { nl: "Bevindingen over de P-budgetten", en: "Findings about the P-budgets" },

  // Totals and period
  totalsHeading: { nl: "Totale lumpsum per jaar", en: "Total lump sum per year" },
  totalsWorkbook: {
    nl: "Uit de tabel Lumpsum in de werkmap",
    en: "From the Lumpsum table in the workbook",
  },
  totalsTyped: { nl: "Hier ingetypt", en: "Typed in here" },
  totalsProjection: {
    nl: "Uit de projectie (scenario {id})",
    en: "From the projection (scenario {id})",
  },
  totalsYear: { nl: "Totaal {year}", en: "Total {year}" },
  totalEuro: { nl: "Totaal (€)", en: "Total (€)" },
  totalsRead: { nl: "Totalen die gebruikt worden", en: "Totals that will be used" },
  totalsNoYears: {
    nl: "Er zijn nog geen jaren: lees eerst de P-budgetten (stap Bron).",
    en: "There are no years yet: read the P-budgets first (step Source).",
  },
  totalsNoTable: {
    nl: "De werkmap heeft geen tabel Lumpsum; dan komen de totalen uit de projectie van het scenario in de cel met de naam Scenario, of van de vorige verversing.",
    en: "The workbook has no Lumpsum table; the totals then come from the projection of the scenario in the cell named Scenario, or of the previous refresh.",
  },
  totalsFromProjection: {
    nl: "De totalen zijn de totale lumpsum van scenario {id} in de stap Projectie, voor de jaren met P-budgetten.",
    en: "The totals are the total lump sum of scenario {id} in the Projection step, for the years that have P-budgets.",
  },
  totalsFindings: { nl: "Bevindingen over de totalen", en: "Findings about the totals" },
  periodHeading: { nl: "Periode", en: "Period" },
  periodWorkbook: {
    nl: "Uit de namen PeriodeStart en PeriodeEinde in de werkmap",
    en: "From the names PeriodeStart and PeriodeEinde in the workbook",
  },
  periodTyped: { nl: "Hier ingevuld", en: "Entered here" },
  periodNone: { nl: "Geen periode, alleen per jaar", en: "No period, per year only" },
  periodStart: { nl: "Van", en: "From" },
  periodEnd: { nl: "Tot en met", en: "To (inclusive)" },
  periodRead: {
    nl: "Periode: {start} tot en met {end}.",
    en: "Period: {start} to {end} inclusive.",
  },
  periodAbsent: { nl: "De werkmap noemt geen periode.", en: "The workbook names no period." },
  periodFindings: { nl: "Bevindingen over de periode", en: "Findings about the period" },
  basis: { nl: "Delen van een jaar", en: "Parts of a year" },
  basisMonths: { nl: "in hele maanden (zoals gepubliceerd)", en: "in whole months (as published)" },
  basisDays: { nl: "in dagen", en: "in days" },
  roundingHeading: { nl: "Afronding van de bedragen", en: "Rounding of the amounts" },

  // Preview
  previewAgain: { nl: "Opnieuw berekenen", en: "Compute again" },
  previewReady: {
    nl: "Alle controles kloppen. {count|# tabel staat|# tabellen staan} klaar om te schrijven.",
    en: "Every check holds. {count|# table is|# tables are} ready to be written.",
  },
  previewBlocked: {
    nl: "Deze tabellen kunnen niet worden geschreven: los eerst de fouten hieronder op.",
    en: "These tables cannot be written: fix the errors below first.",
  },
  previewChecks: { nl: "Controles", en: "Checks" },
  previewTables: { nl: "Tabellen die geschreven worden", en: "Tables to be written" },
  previewSheet: { nl: 'Blad "{sheet}", tabel {table}', en: 'Sheet "{sheet}", table {table}' },
  checkHolds: { nl: "klopt", en: "holds" },
  checkFails: { nl: "klopt niet", en: "fails" },

  // Write, undo, refresh all
  writeHeading: { nl: "Tabellen schrijven", en: "Write the tables" },
  writeButton: {
    nl: "{count|# tabel|# tabellen} schrijven…",
    en: "Write {count|# table|# tables}…",
  },
  writeConfirmTitle: { nl: "Tabellen schrijven?", en: "Write the tables?" },
  writeConfirm: {
    nl: "{count|De tabel komt op het blad|De # tabellen komen op de bladen} {sheets}, in de tabellen die er al staan: formules, namen en grafieken die ernaar verwijzen, lezen daarna de nieuwe cijfers. De rest van de werkmap blijft zoals het is, en de vorige uitvoer kan worden teruggezet.",
    en: "{count|The table goes on the sheet|The # tables go on the sheets} {sheets}, into the tables already there: formulas, names and charts that refer to them read the new figures afterwards. The rest of the workbook stays as it is, and the previous output can be put back.",
  },
  writeConfirmYes: { nl: "Schrijven", en: "Write" },
  sheetLangHeading: { nl: "Taal van de bladen", en: "Language of the sheets" },
  sheetLangExplain: {
    nl: "De bladen, tabellen en kolommen die lumpsum schrijft, en alle teksten erop, staan in de taal van de werkmap, welke taal dit deelvenster ook spreekt. Een andere taal kiezen hernoemt ze.",
    en: "The sheets, tables and columns lumpsum writes, and every text on them, are in the workbook's language, whatever language this pane speaks. Choosing another renames them.",
  },
  sheetLangRenames: {
    nl: "Bij het schrijven wordt de werkmap {language}. Hernoemd worden: {renames}. Formules, namen en grafieken die ernaar verwijzen gaan mee, zoals in Excel; een verwijzing in tekst (INDIRECT, een hyperlink) niet.",
    en: "Writing makes the workbook {language}. Renamed: {renames}. Formulas, names and charts that refer to them follow, as in Excel; a reference in text (INDIRECT, a hyperlink) does not.",
  },
  writeConfirmNo: { nl: "Annuleren", en: "Cancel" },
  writeStatusUnwritten: {
    nl: "In deze sessie is nog niets geschreven.",
    en: "Nothing has been written in this session yet.",
  },
  writeStatusWrittenFile: {
    nl: "De tabellen staan in de werkmap in deze browser, maar nog niet op uw computer: download de bijgewerkte werkmap.",
    en: "The tables are in the workbook in this browser, but not yet on your computer: download the updated workbook.",
  },
  writeStatusWrittenOffice: {
    nl: "De tabellen staan in de werkmap; Excel bewaart ze met de werkmap.",
    en: "The tables are in the workbook; Excel saves them with it.",
  },
  writeStatusDownloaded: {
    nl: "De bijgewerkte werkmap is gedownload.",
    en: "The updated workbook has been downloaded.",
  },
  writeStatusUndone: {
    nl: "Het laatste schrijven is ongedaan gemaakt: de vorige uitvoer staat terug.",
    en: "The last write was undone: the previous output is back.",
  },
  forceFindings: { nl: "Wat de verversing tegenhoudt", en: "What stops the refresh" },
  forceButton: { nl: "Toch schrijven…", en: "Write anyway…" },
  forceTitle: { nl: "Toch schrijven?", en: "Write anyway?" },
  forceConfirm: {
    nl: "{count|Op de plaats|Op de # plaatsen} hierboven verdwijnt waar ze naar verwijzen: een formule, naam, regel of grafiekreeks toont dan #VERW!, en cellen waar de nieuwe tabel moet komen worden overschreven. Ongedaan maken zet de tabellen terug, maar niet die verwijzingen.",
    en: "{count|At the place|At the # places} above, what they refer to goes: a formula, name, rule or chart series then shows #REF!, and cells where the new table must go are overwritten. Undo puts the tables back, but not those references.",
  },
  forceYes: { nl: "Toch schrijven", en: "Write anyway" },
  undoHeading: { nl: "Laatste verversing ongedaan maken", en: "Undo the last refresh" },
  undoExplain: {
    nl: "Zet de uitvoertabellen en instellingen terug zoals ze vóór de laatste verversing waren, zolang niemand die tabellen sindsdien heeft veranderd.",
    en: "Puts the output tables and settings back as they were before the last refresh, as long as nobody has changed those tables since.",
  },
  undoButton: { nl: "Ongedaan maken…", en: "Undo…" },
  undoConfirmTitle: { nl: "Laatste schrijven ongedaan maken?", en: "Undo the last write?" },
  undoConfirm: {
    nl: "De uitvoertabellen gaan terug naar hoe ze vóór het laatste schrijven of verversen waren. De rest van de werkmap blijft zoals het is.",
    en: "The output tables go back to what they were before the last write or refresh. The rest of the workbook stays as it is.",
  },
  undoConfirmYes: { nl: "Ongedaan maken", en: "Undo" },
  refreshHeading: { nl: "Alles verversen", en: "Refresh all" },
  refreshExplain: {
    nl: "Berekent elke uitvoertabel opnieuw met de instellingen die de werkmap van de vorige verversing bewaart, bijvoorbeeld na nieuwe P-budgetten uit de septembercirculaire.",
    en: "Recomputes every output table with the settings the workbook keeps from the previous refresh, for instance after new P-budgets from the September circular.",
  },
  refreshButton: { nl: "Alles verversen", en: "Refresh all" },
  refreshStepRead: { nl: "{name} lezen…", en: "Reading {name}…" },
  refreshStepSettings: { nl: "Opgeslagen instellingen lezen…", en: "Reading the stored settings…" },
  refreshStepSnapshot: {
    nl: "Werkmap lezen ({count|# bron|# bronnen} in één keer)…",
    en: "Reading the workbook ({count|# source|# sources} at once)…",
  },
  refreshStepWrite: {
    nl: "{count|# tabel|# tabellen} schrijven…",
    en: "Writing {count|# table|# tables}…",
  },
  refreshDone: {
    nl: "{count|# tabel|# tabellen} ververst; alle controles kloppen.",
    en: "{count|# table|# tables} refreshed; every check holds.",
  },
  refreshBlocked: {
    nl: "Er is niets geschreven: los eerst de fouten hieronder op.",
    en: "Nothing was written: fix the errors below first.",
  },
  refreshNeedsConfirm: {
    nl: "Er is niets geschreven: wat deze verversing weghaalt of overschrijft, wordt gebruikt op de plaatsen hieronder. Pas die aan, of schrijf toch.",
    en: "Nothing was written: what this refresh removes or overwrites is used at the places below. Change them, or write anyway.",
  },
  refreshFindings: { nl: "Bevindingen bij het verversen", en: "Findings of the refresh" },

  // Audit
  auditTableHeading: { nl: "Een gepubliceerde tabel narekenen", en: "Recompute a published table" },
  auditTableExplain: {
    nl: "Een tabel zoals die in een raadsvoorstel staat: Gemeente en een kolom per jaar (of één bedragkolom voor de periode), met het afgedrukte totaal. Elk bedrag wordt nagerekend uit de P-budgetten en totalen van deze werkmap.",
    en: "A table as printed in a council proposal: Gemeente (Municipality) and one column per year (or one amount column for the period), with the printed total. Every amount is recomputed from this workbook’s P-budgets and totals.",
  },
  auditTableBy: { nl: "Welke tabel?", en: "Which table?" },
  auditTableByName: { nl: "Op naam", en: "By name" },
  auditTableName: { nl: "Naam van de tabel of het blad", en: "Name of the table or sheet" },
  auditTableButton: { nl: "Narekenen", en: "Recompute" },
  auditTableResult: {
    nl: "{table}: {figures|# afgedrukt bedrag|# afgedrukte bedragen} nagerekend; bevindingen: {count}.",
    en: "{table}: {figures|# printed figure|# printed figures} recomputed; findings: {count}.",
  },
  auditTableFindings: { nl: "Wat niet volgt in {table}", en: "What does not follow in {table}" },
  auditOutputHeading: {
    nl: "Zijn de uitvoertabellen actueel?",
    en: "Are the output tables current?",
  },
  auditOutputExplain: {
    nl: "Vergelijkt de tabellen die de tool eerder schreef met een nieuwe berekening, zonder iets te schrijven.",
    en: "Compares the tables the tool wrote earlier with a new calculation, without writing anything.",
  },
  auditOutputButton: { nl: "Vergelijken", en: "Compare" },
  auditOutputCurrent: {
    nl: "Alle uitvoertabellen zijn actueel.",
    en: "Every output table is current.",
  },
  auditProjectionHeading: {
    nl: "De gepubliceerde projectie 2021–2025",
    en: "The published projection 2021–2025",
  },
  auditProjectionExplain: {
    nl: "Rekent de laatste tabel van het raadsvoorstel van 23 februari 2021 na, rij voor rij en jaar voor jaar, binnen de afronding van de afgedrukte cijfers.",
    en: "Recomputes the last table of the council proposal of 23 February 2021, row by row and year by year, within the rounding of the printed figures.",
  },
  auditProjectionButton: { nl: "Projectie narekenen", en: "Recompute the projection" },

  // Structure and fairness
  pBudgetYear: { nl: "P-budget {year}", en: "P-budget {year}" },
  lumpsumYear: { nl: "Lumpsum {year}", en: "Lump sum {year}" },
  shareOfTotal: { nl: "Aandeel", en: "Share" },
  structureMergersHeading: { nl: "Gefuseerde gemeenten", en: "Merged municipalities" },
  structureMergersExplain: {
    nl: "Op 1 januari 2022 werden Boxmeer, Cuijk, Grave, Mill en Sint Hubert en Sint Anthonis samen Land van Cuijk, en Landerd en Uden samen Maashorst. Een gefuseerde gemeente betaalt de som van de bedragen van haar voorgangers.",
    en: "On 1 January 2022 Boxmeer, Cuijk, Grave, Mill en Sint Hubert and Sint Anthonis became Land van Cuijk, and Landerd and Uden became Maashorst. A merged municipality pays the sum of its predecessors’ amounts.",
  },
  structureMergers: {
    nl: "Lumpsum {year} zoals de gemeenten er in {year} bij staan",
    en: "Lump sum {year} as the municipalities stand in {year}",
  },
  structureMergedName: {
    nl: "{name} (uit {count|# gemeente|# gemeenten})",
    en: "{name} (from {count|# municipality|# municipalities})",
  },
  structureAreasHeading: {
    nl: "Subtotalen per uitvoeringsgebied",
    en: "Subtotals per execution area",
  },
  structureAreas: {
    nl: "Lumpsum {year} per uitvoeringsgebied",
    en: "Lump sum {year} per execution area",
  },
  areaUnassigned: { nl: "niet ingedeeld", en: "unassigned" },
  fairnessHeading: { nl: "Bijdrage en gebruik", en: "Contribution and use" },
  fairnessExplain: {
    nl: "Elke gemeente betaalt hetzelfde percentage van haar P-budget, wat ze ook gebruikt. Vul per gemeente de plaatsingen in (fte in het jaar) om de bijdrage te zien naast wat die plaatsingen volgens de oude tarieven per persoon zouden kosten.",
    en: "Every municipality pays the same percentage of its P-budget, whatever it uses. Enter each municipality’s placements (FTE in the year) to see its contribution beside what those placements would cost at the old per-person tariffs.",
  },
  tariffOf: { nl: "Tarief per fte: {category}", en: "Tariff per FTE: {category}" },
  fairnessPlacements: { nl: "Plaatsingen in {year} (fte)", en: "Placements in {year} (FTE)" },
  fairnessCount: { nl: "{name}: {category}", en: "{name}: {category}" },
  fairnessCategory: { nl: "Plaatsingen in de categorie", en: "Placements in the category" },
  fairnessResult: { nl: "Bijdrage en gebruik in {year}", en: "Contribution and use in {year}" },
  fairnessContribution: { nl: "Bijdrage (lumpsum)", en: "Contribution (lump sum)" },
  fairnessUse: { nl: "Gebruik volgens oude tarieven", en: "Use at the old tariffs" },
  fairnessDifference: { nl: "Verschil", en: "Difference" },
  fairnessRatio: { nl: "Bijdrage ÷ gebruik", en: "Contribution ÷ use" },

  // Projection
  projectionScenario: { nl: "Scenario", en: "Scenario" },
  projectionScenarioOption: { nl: "Scenario {id}", en: "Scenario {id}" },
  projectionStatusPublished: { nl: "gepubliceerd", en: "published" },
  projectionStatusAssumption: { nl: "aanname", en: "assumption" },
  projectionStatusCustom: { nl: "aangepast", en: "edited" },
  projectionReset: {
    nl: "Terug naar scenario {id} zoals vooraf ingesteld",
    en: "Back to scenario {id} as preset",
  },
  projectionParameters: { nl: "Parameters van scenario {id}", en: "Parameters of scenario {id}" },
  projectionPerYear: { nl: "Per jaar", en: "Per year" },
  paramPerYear: { nl: "Parameter", en: "Parameter" },
  paramWithError: { nl: "{name} (met een fout)", en: "{name} (with an error)" },
  projectionDerivedNote: {
    nl: "Scenario {id} is afgeleid van scenario II; pas II aan en dit scenario verandert mee, of pas hier iets aan om het los te maken.",
    en: "Scenario {id} is derived from scenario II; edit II and this scenario follows, or edit something here to make it stand on its own.",
  },
  projectionNeedsBase: {
    nl: "Scenario {id} wordt afgeleid van scenario II; herstel eerst de parameters van scenario II.",
    en: "Scenario {id} is derived from scenario II; correct the parameters of scenario II first.",
  },
  paramVolumeForm: { nl: "Hoe opgegeven", en: "Given as" },
  volumeValues: { nl: "per jaar", en: "per year" },
  volumeRate: { nl: "beginwaarde en groei per jaar", en: "start and yearly growth" },
  volumeFlow: { nl: "beginwaarde, instroom en uitstroom", en: "start, inflow and outflow" },
  paramStart: { nl: "{name}: beginwaarde {year}", en: "{name}: start value {year}" },
  paramRate: { nl: "{name}: groei per jaar", en: "{name}: growth per year" },
  paramInflow: { nl: "{name}: instroom per jaar", en: "{name}: inflow per year" },
  paramOutflow: { nl: "{name}: uitstroom per jaar", en: "{name}: outflow per year" },
  paramValueYear: { nl: "{name} {year}", en: "{name} {year}" },
  paramBaseYear: { nl: "Basisjaar", en: "Base year" },
  paramDecimals: { nl: "Afronding", en: "Rounding" },
  decimalsEuros: { nl: "hele euro’s", en: "whole euros" },
  decimalsCents: { nl: "centen", en: "cents" },
  projectionOverrides: { nl: "Vastgezette waarden", en: "Fixed values" },
  projectionOverrideRemove: {
    nl: "{row} {year} weer laten berekenen",
    en: "Compute {row} {year} again",
  },
  projectionComparison: { nl: "Scenario’s naast elkaar", en: "Scenarios side by side" },
  chartTotalTitle: { nl: "Totale lumpsum per jaar", en: "Total lump sum per year" },
  chartPctTitle: { nl: "Lumpsum als % van het P-budget", en: "Lump sum as % of the P-budget" },
  chartSummary: {
    nl: "{title}, {firstYear} tot {lastYear}, scenario’s {ids}. {details}",
    en: "{title}, {firstYear} to {lastYear}, scenarios {ids}. {details}",
  },
  chartSeriesSummary: {
    nl: "Scenario {id}: van {from} naar {to}.",
    en: "Scenario {id}: from {from} to {to}.",
  },
  projectionRow: { nl: "Rij", en: "Row" },
  projectionTable: {
    nl: "Projectie scenario {id}, alle rijen",
    en: "Projection scenario {id}, all rows",
  },
  projectionUseForTotals: {
    nl: "Scenario {id} wordt gebruikt als de totalen uit de projectie komen.",
    en: "Scenario {id} is used when the totals come from the projection.",
  },
} as const satisfies Record<string, Message>;

export type StringKey = keyof typeof STRINGS;
