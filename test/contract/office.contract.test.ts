import { OfficeWorkbook } from "../../src/adapters/office/officeWorkbook";
import { ExcelMock } from "../adapters/office/excelMock";
import { MockWorkbook } from "../adapters/office/mockWorkbook";
import { runWorkbookPortContract } from "./workbookPortContract";

// A host that has ExcelApi 1.16, so the adapter asks the workbook for its date system.
Object.assign(globalThis, {
  Office: { context: { requirements: { isSetSupported: () => true } } },
});

// Reopening makes a new adapter over the same workbook: nothing may live in the adapter itself.
const mocks = new WeakMap<OfficeWorkbook, ExcelMock>();
const adapter = (mock: ExcelMock) => {
  const port = new OfficeWorkbook(mock.run);
  mocks.set(port, mock);
  return port;
};

runWorkbookPortContract(
  "Office.js under office-addin-mock",
  async (spec) => adapter(new ExcelMock(MockWorkbook.fromSpec(spec))),
  {
    reopen: async (port) => adapter(mocks.get(port as OfficeWorkbook)!),
  }
);
