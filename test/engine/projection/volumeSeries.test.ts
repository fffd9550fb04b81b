import { Dec } from "../../../src/engine/decimal";
import { ratToDec } from "../../../src/engine/rational";
import { publishedPrinted } from "../../../src/engine/projection";
import { volumeSeries } from "../../../src/engine/projection/volumeSeries";

const d = (x: string) => new Dec(x);
const series = (...args: Parameters<typeof volumeSeries>) =>
  volumeSeries(...args).map((x) => ratToDec(x, 12).toString());

test.each([
  [{ kind: "values", values: [d("1"), d("2.5"), d("3")] }, 2, ["1", "2.5"]],
  [{ kind: "rate", start: d("100"), rate: d("-0.1") }, 4, ["100", "90", "81", "72.9"]],
  [{ kind: "rate", start: d("10"), rate: d("0.5") }, 3, ["10", "15", "22.5"]],
  [
    { kind: "flow", start: d("100"), inflow: d("10"), outflowRate: d("0.2") },
    3,
    ["100", "90", "82"],
  ],
  [{ kind: "flow", start: d("0"), inflow: d("5"), outflowRate: d("1") }, 3, ["0", "5", "5"]],
] as const)("%j over %i years gives %j", (s, count, expected) => {
  expect(series(s, count)).toEqual(expected);
});

test("the printed PW row is a stock with a constant inflow of 129.1 and 18% leaving a year, to every printed 0.1", () => {
  const flow = volumeSeries(
    { kind: "flow", start: d("337.8"), inflow: d("129.1"), outflowRate: d("0.18") },
    5
  );
  expect(flow.map((x) => ratToDec(x, 1).toNumber())).toEqual(publishedPrinted().pw);
});
