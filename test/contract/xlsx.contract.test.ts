import { buildXlsx } from '../../src/adapters/xlsx/buildXlsx';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { runWorkbookPortContract } from './workbookPortContract';

// Reopening from the saved bytes proves that writes persist in the file, not just in memory.
runWorkbookPortContract('xlsx', async (spec) => XlsxWorkbook.fromBytes(buildXlsx(spec), 'contract.xlsx'), {
  reopen: async (port) => XlsxWorkbook.fromBytes((port as XlsxWorkbook).toBytes(), 'contract.xlsx'),
});
