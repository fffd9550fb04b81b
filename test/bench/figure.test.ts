import { figure } from "../../bench/figure";

describe("a benchmark figure is judged on every limit it has", () => {
  test.each([
    [15, 5, { max: 20, maxRatio: 10 }, true],
    [25, 5, { max: 20, maxRatio: 10 }, false],
    [15, 1, { max: 20, maxRatio: 10 }, false],
    [3, null, { max: 2 }, false],
    [2, null, { max: 2 }, true],
  ] as const)("%d against baseline %s with %j: ok %s", (value, baseline, limits, ok) => {
    expect(figure("x", value, "ms", baseline, limits).ok).toBe(ok);
  });

  test("without limits a figure is reported, not judged", () => {
    expect(figure("x", 7, "rows", null)).toEqual({
      name: "x",
      value: 7,
      unit: "rows",
      baseline: null,
      ratio: null,
      goal: null,
      ok: null,
    });
  });

  test("the goal reads as the limits, and the ratio is value over baseline", () => {
    expect(figure("x", 30, "ms", 10, { max: 1000, maxRatio: 1.3 })).toMatchObject({
      goal: "≤ 1000 ms, ≤ 1.3× baseline",
      ratio: 3,
      ok: false,
    });
  });
});
