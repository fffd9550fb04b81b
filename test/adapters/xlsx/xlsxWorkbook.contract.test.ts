import { buildXlsx } from "../../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { runWorkbookPortContract } from "../../contract/workbookPortContract";

// Every reopen goes through bytes, so what the contract reads back is what the file holds.
runWorkbookPortContract(
  "xlsx",
  async (spec) => XlsxWorkbook.fromBytes(buildXlsx(spec), "contract.xlsx"),
  {
    reopen: async (port) =>
      XlsxWorkbook.fromBytes((port as XlsxWorkbook).toBytes(), "contract.xlsx"),
  }
);
