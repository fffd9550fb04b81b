import type { Message } from '../engine/messages';

/**
 * Every word the task pane shows, in Dutch and English: one module, so a missing translation
 * does not compile. Findings about data come from the engine's catalogue (formatIssue), not
 * from here. `{name}` takes a parameter.
 */
export const STRINGS = {
  appTitle: { nl: 'IBN-lumpsum', en: 'IBN lump sum' },
  language: { nl: 'Taal', en: 'Language' },
  languageDutch: { nl: 'Nederlands', en: 'Nederlands (Dutch)' },
  languageEnglish: { nl: 'English (Engels)', en: 'English' },
  flows: { nl: 'Stappen', en: 'Steps' },
  busy: { nl: 'Bezig…', en: 'Working…' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  year: { nl: 'Jaar', en: 'Year' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  total: { nl: 'Totaal', en: 'Total' },
  severityError: { nl: 'Fout', en: 'Error' },
  severityWarning: { nl: 'Waarschuwing', en: 'Warning' },
  severityInfo: { nl: 'Opmerking', en: 'Note' },
  findings: { nl: 'Bevindingen', en: 'Findings' },
  noFindings: { nl: 'Geen bevindingen.', en: 'No findings.' },
  showCell: { nl: 'Ga naar {cell}', en: 'Go to {cell}' },
  unexpected: {
    nl: 'Er ging iets mis dat de add-in niet verwachtte ({detail}). Er is niets geschreven. Probeer het opnieuw; blijft het gebeuren, sluit dan het deelvenster en open het opnieuw.',
    en: 'Something went wrong that the add-in did not expect ({detail}). Nothing was written. Try again; if it keeps happening, close the pane and open it again.',
  },

  // File mode
  fileModeIntro: {
    nl: 'Geen Excel gevonden: u werkt met een bestand. Open een werkmap (.xlsx) met een tabel PBudget of een blad P-budget; de werkmap blijft op deze computer.',
    en: 'No Excel found: you are working on a file. Open a workbook (.xlsx) with a PBudget table or a P-budget sheet; the workbook stays on this computer.',
  },
  fileOpen: { nl: 'Werkmap openen', en: 'Open workbook' },
  fileDrop: { nl: 'of sleep een .xlsx-bestand hierheen', en: 'or drop an .xlsx file here' },
  fileOpening: { nl: '{name} openen…', en: 'Opening {name}…' },
  fileOpened: { nl: 'Werkmap: {name}', en: 'Workbook: {name}' },
  fileOther: { nl: 'Andere werkmap openen', en: 'Open another workbook' },
  fileDownload: { nl: 'Bijgewerkte werkmap downloaden', en: 'Download the updated workbook' },
  fileNotXlsx: {
    nl: '"{name}" is geen .xlsx-werkmap. Sla het bestand in Excel op als Excel-werkmap (.xlsx) en open het opnieuw.',
    en: '"{name}" is not an .xlsx workbook. Save it from Excel as an Excel Workbook (.xlsx) and open it again.',
  },
  cellPeekTitle: { nl: 'Cel {cell} en omgeving', en: 'Cell {cell} and around it' },
  cellPeekClose: { nl: 'Sluiten', en: 'Close' },
  cellPeekMissing: { nl: 'Blad "{sheet}" staat niet in de werkmap.', en: 'Sheet "{sheet}" is not in the workbook.' },

  // Flow tabs
  tabSource: { nl: 'Bron', en: 'Source' },
  tabTotals: { nl: 'Totalen en periode', en: 'Totals and period' },
  tabProjection: { nl: 'Projectie', en: 'Projection' },
  tabPreview: { nl: 'Voorbeeld', en: 'Preview' },
  tabWrite: { nl: 'Schrijven', en: 'Write' },
  tabAudit: { nl: 'Controle', en: 'Audit' },
  tabStructure: { nl: 'Structuur en verdeling', en: 'Structure and fairness' },

  // Projection
  projectionTitle: { nl: 'Projectie en scenario’s', en: 'Projection and scenarios' },
  projectionScenario: { nl: 'Scenario', en: 'Scenario' },
  projectionScenarioOption: { nl: 'Scenario {id}', en: 'Scenario {id}' },
  projectionStatusPublished: { nl: 'gepubliceerd', en: 'published' },
  projectionStatusAssumption: { nl: 'aanname', en: 'assumption' },
  projectionStatusCustom: { nl: 'aangepast', en: 'edited' },
  projectionReset: { nl: 'Terug naar scenario {id} zoals vooraf ingesteld', en: 'Back to scenario {id} as preset' },
  projectionParameters: { nl: 'Parameters van scenario {id}', en: 'Parameters of scenario {id}' },
  projectionPerYear: { nl: 'Per jaar', en: 'Per year' },
  projectionDerivedNote: {
    nl: 'Scenario {id} is afgeleid van scenario II; pas II aan en dit scenario verandert mee, of pas hier iets aan om het los te maken.',
    en: 'Scenario {id} is derived from scenario II; edit II and this scenario follows, or edit something here to make it stand on its own.',
  },
  projectionNeedsBase: {
    nl: 'Scenario {id} wordt afgeleid van scenario II; herstel eerst de parameters van scenario II.',
    en: 'Scenario {id} is derived from scenario II; correct the parameters of scenario II first.',
  },
  paramWsw: { nl: 'Wsw-volume', en: 'Wsw volume' },
  paramPw: { nl: 'PW-volume', en: 'PW volume' },
  paramVolumeForm: { nl: 'Hoe opgegeven', en: 'Given as' },
  volumeValues: { nl: 'per jaar', en: 'per year' },
  volumeRate: { nl: 'beginwaarde en groei per jaar', en: 'start and yearly growth' },
  volumeFlow: { nl: 'beginwaarde, instroom en uitstroom', en: 'start, inflow and outflow' },
  paramStart: { nl: '{name}: beginwaarde {year}', en: '{name}: start value {year}' },
  paramRate: { nl: '{name}: groei per jaar', en: '{name}: growth per year' },
  paramInflow: { nl: '{name}: instroom per jaar', en: '{name}: inflow per year' },
  paramOutflow: { nl: '{name}: uitstroom per jaar', en: '{name}: outflow per year' },
  paramValueYear: { nl: '{name} {year}', en: '{name} {year}' },
  paramMeerkosten: { nl: 'Meerkosten', en: 'Extra costs' },
  paramKostenParticipatie: { nl: 'Kosten participatie', en: 'Participation costs' },
  paramPBudget: { nl: 'P-budget', en: 'P-budget' },
  paramDemandDrivenShare: { nl: 'Aandeel vraaggestuurde instroom', en: 'Demand-driven share of inflow' },
  paramAddedValueUplift: { nl: 'Hogere toegevoegde waarde vraaggestuurd', en: 'Higher added value, demand-driven' },
  paramAddedValuePerUnit: { nl: 'Toegevoegde waarde per eenheid', en: 'Added value per unit' },
  paramBaseYear: { nl: 'Basisjaar', en: 'Base year' },
  paramDecimals: { nl: 'Afronding', en: 'Rounding' },
  decimalsEuros: { nl: 'hele euro’s', en: 'whole euros' },
  decimalsCents: { nl: 'centen', en: 'cents' },
  projectionOverrides: { nl: 'Vastgezette waarden', en: 'Fixed values' },
  projectionOverride: { nl: '{row} {year} (berekend: {computed})', en: '{row} {year} (computed: {computed})' },
  projectionOverrideRemove: { nl: '{row} {year} weer laten berekenen', en: 'Compute {row} {year} again' },
  projectionComparison: { nl: 'Scenario’s naast elkaar', en: 'Scenarios side by side' },
  projectionTotalRow: { nl: 'Totaal lumpsum, scenario {id}', en: 'Total lump sum, scenario {id}' },
  projectionPctRow: { nl: '% van P-budget, scenario {id}', en: '% of P-budget, scenario {id}' },
  projectionNoResult: { nl: 'geen uitkomst', en: 'no result' },
  chartTotalTitle: { nl: 'Totale lumpsum per jaar', en: 'Total lump sum per year' },
  chartPctTitle: { nl: 'Lumpsum als % van het P-budget', en: 'Lump sum as % of the P-budget' },
  chartSummary: {
    nl: '{title}, {first} tot {last}, scenario’s {ids}. {details}',
    en: '{title}, {first} to {last}, scenarios {ids}. {details}',
  },
  chartSeriesSummary: { nl: 'Scenario {id}: van {from} naar {to}.', en: 'Scenario {id}: from {from} to {to}.' },
  projectionTable: { nl: 'Projectie scenario {id}, alle rijen', en: 'Projection scenario {id}, all rows' },
  projectionUseForTotals: {
    nl: 'Scenario {id} wordt gebruikt als de totalen uit de projectie komen.',
    en: 'Scenario {id} is used when the totals come from the projection.',
  },
} as const satisfies Record<string, Message>;

export type StringKey = keyof typeof STRINGS;
