import { officeHost } from "./host/officeHost";
import { keepOfficeJsLocal } from "./host/keepOfficeJsLocal";
import { paneLang } from "./i18n/paneLang";
import { mountPane } from "./mountPane";

/**
 * The pane page is also the shared runtime's page: Excel loads it (hidden) for the worksheet
 * functions as well. Office.onReady resolves inside Office and, with a null host, in a plain
 * browser, where the pane works on an opened .xlsx file instead (file mode).
 */
void Office.onReady((info) => {
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
