import { officeHost } from "./host/officeHost";
import { keepOfficeJsLocal } from "./host/keepOfficeJsLocal";
import { paneLang } from "./i18n/paneLang";
import { mountPane } from "./mountPane";

/**
 * The pane page is also the shared runtime's page: Excel loads it (hidden) for the worksheet
 * functions as well. Office.onReady resolves inside Office and, with a null host, in a plain
 * browser, where the pane works on an opened .xlsx file instead (file mode). Opened from disk
 * (file://) it never resolves: office.js loads its helper table as a CORS script, which a browser
 * refuses on file://. Office never serves the pane from disk, so there it is file mode at once.
 */
const ready: Promise<{ host: Office.HostType | null }> =
  location.protocol === "file:" ? Promise.resolve({ host: null }) : Office.onReady();
void ready.then((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  const inExcel = info.host === Office.HostType.Excel;
  if (!inExcel) keepOfficeJsLocal();
  mountPane(
    root,
    paneLang(inExcel ? Office.context.displayLanguage : navigator.language),
    inExcel ? officeHost() : undefined
  );
});
