import fc from "fast-check";
import { selectCell } from "../../src/adapters/office/selectCell";
import { niceTicks } from "../../src/taskpane/chart/niceTicks";
import { keepOfficeJsLocal } from "../../src/taskpane/host/keepOfficeJsLocal";
import { officeHost } from "../../src/taskpane/host/officeHost";
import { paneLang } from "../../src/taskpane/i18n/paneLang";

/** Enough of Excel's request context to see what a batch asked for and how often it synced. */
function fakeExcel() {
  const calls: string[] = [];
  const context = {
    workbook: {
      worksheets: {
        getItem: (sheet: string) => ({
          activate: () => calls.push(`activate ${sheet}`),
          getRange: (cell: string) => ({ select: () => calls.push(`select ${sheet}!${cell}`) }),
        }),
      },
    },
    sync: async () => void calls.push("sync"),
  };
  const run = <T>(
    options: { delayForCellEdit: boolean },
    batch: (c: Excel.RequestContext) => Promise<T>
  ) => {
    calls.push(`run delayForCellEdit=${options.delayForCellEdit}`);
    return batch(context as unknown as Excel.RequestContext);
  };
  return { calls, run };
}

describe("hosts and small helpers", () => {
  test.each([
    ["nl-NL", "nl"],
    ["nl-BE", "nl"],
    ["NL", "nl"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    [undefined, "en"],
  ] as const)("display language %s gives a pane in %s", (display, lang) => {
    expect(paneLang(display)).toBe(lang);
  });

  test("a finding’s cell is selected in Excel in one sync, its sheet activated first, waiting for cell editing", async () => {
    const excel = fakeExcel();
    await selectCell(excel.run, "P-budget", "B5");
    expect(excel.calls).toEqual([
      "run delayForCellEdit=true",
      "activate P-budget",
      "select P-budget!B5",
      "sync",
    ]);
    await officeHost(excel.run).showCell("Gepubliceerd", "C13");
    expect(excel.calls.slice(4)).toEqual([
      "run delayForCellEdit=true",
      "activate Gepubliceerd",
      "select Gepubliceerd!C13",
      "sync",
    ]);
  });

  test("in file mode office.js never loads its telemetry frame", () => {
    let loaded = 0;
    const globals = { OSF: { Logger: { ulsEndpoint: { loadProxyFrame: () => void loaded++ } } } };
    keepOfficeJsLocal(globals);
    globals.OSF.Logger.ulsEndpoint.loadProxyFrame();
    expect(loaded).toBe(0);
    expect(() => keepOfficeJsLocal({})).not.toThrow();
  });

  test.each([
    [0, 2246325, [0, 1000000, 2000000, 3000000]],
    [0, 0.5081023202, [0, 0.2, 0.4, 0.6]],
    [2246325, 2905014, [2200000, 2400000, 2600000, 2800000, 3000000]],
    [5, 5, [4, 6]],
  ])("axis ticks from %p to %p", (min, max, ticks) => {
    expect(niceTicks(min, max)).toEqual(ticks);
  });

  test("ticks cover the values with a round, even step", () => {
    // What the charts plot: euro amounts and shares of the P-budget, never below a millionth.
    const value = fc
      .double({ min: -1e9, max: 1e9, noNaN: true })
      .filter((x) => x === 0 || Math.abs(x) >= 1e-6);
    fc.assert(
      fc.property(value, value, (a, b) => {
        const ticks = niceTicks(a, b);
        const step = ticks[1]! - ticks[0]!;
        expect(ticks[0]!).toBeLessThanOrEqual(Math.min(a, b));
        expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(Math.max(a, b));
        expect(ticks.length).toBeLessThanOrEqual(12);
        const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
        expect([1, 2, 5, 10]).toContain(mantissa);
      })
    );
  });
});
