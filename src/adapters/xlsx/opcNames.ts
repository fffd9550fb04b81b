/** Relationship types and content types of the parts this adapter reads or adds. */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: REL,
  packageRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
} as const;

export const REL_TYPE = {
  officeDocument: `${REL}/officeDocument`,
  worksheet: `${REL}/worksheet`,
  table: `${REL}/table`,
  styles: `${REL}/styles`,
  sharedStrings: `${REL}/sharedStrings`,
  customXml: `${REL}/customXml`,
  customXmlProps: `${REL}/customXmlProps`,
  chartsheet: `${REL}/chartsheet`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
  pivotTable: `${REL}/pivotTable`,
  pivotCacheDefinition: `${REL}/pivotCacheDefinition`,
  calcChain: `${REL}/calcChain`,
} as const;

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export const CONTENT_TYPE = {
  workbook: `${SML}.sheet.main+xml`,
  worksheet: `${SML}.worksheet+xml`,
  table: `${SML}.table+xml`,
  styles: `${SML}.styles+xml`,
  sharedStrings: `${SML}.sharedStrings+xml`,
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
} as const;
