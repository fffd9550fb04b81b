import { Dec } from "../../src/engine/decimal";
import { euroText, unitText } from "../../src/app/euroText";
import { runDateText } from "../../src/app/runDateText";

describe("runDateText: the run as the clocks in the Netherlands show it", () => {
  it.each([
    ["2026-12-05T22:38:40Z", "nl", "5 december 2026, 23:38"],
    ["2026-12-05T22:38:40Z", "en", "5 December 2026, 23:38"],
    // Summer time: two hours ahead of UTC, and past midnight into the next day.
    ["2026-07-04T22:05:00Z", "nl", "5 juli 2026, 00:05"],
    ["2026-03-29T00:59:00Z", "nl", "29 maart 2026, 01:59"],
    ["2026-03-29T01:00:00Z", "nl", "29 maart 2026, 03:00"],
  ] as const)("%s in %s → %s", (iso, lang, text) => expect(runDateText(iso, lang)).toBe(text));
});

describe("euroText", () => {
  it("keeps the euro sign with its amount: a no-break space between them", () => {
    expect(euroText(new Dec("-1234567.5"), 2, "nl")).toBe("€\u00a0-1.234.567,50");
    expect(unitText(0, "en")).toBe("€\u00a01");
  });
});
