/**
 * Stands in for `office-addin-manifest` under jest: office-addin-mock only needs its OfficeApp
 * enum, and the real package pulls ESM-only dependencies jest 30 cannot load in CommonJS.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
