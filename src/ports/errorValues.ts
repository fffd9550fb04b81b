/**
 * Excel's error values in English and Dutch Excel. They arrive as error cells, but also as
 * text when a sheet was pasted as values or exported and re-imported, so both are checked.
 */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#LEEG!",
  "#DEEL/0!",
  "#WAARDE!",
  "#VERW!",
  "#NAAM?",
  "#GETAL!",
  "#N/B",
  "#GEGEVENS_OPHALEN",
  "#OVERLOOP!",
  "#BEREKENEN!",
  "#VELD!",
  "#GEBLOKKEERD!",
  "#VERBINDEN!",
  "#BEZET!",
  "#ONBEKEND!",
]);

export const isErrorValue = (text: string): boolean => ERROR_VALUES.has(text.trim().toUpperCase());
