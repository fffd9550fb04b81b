import { controlledRound } from "../../src/engine/controlledRound";
import { EngineError } from "../../src/engine/engineError";
import { rat } from "../../src/engine/rational";

const q = (n: number, d = 1) => rat(BigInt(n), BigInt(d));
const byIndex = (a: number, b: number) => a - b;
const round = (cells: ReturnType<typeof q>[][], grandTarget: bigint) =>
  controlledRound({ cells, grandTarget, rowTieBreak: byIndex });

test("Hamilton rows infeasible: A, B (0.45 each) share column 1, which takes one unit, so C gets the second", () => {
  expect(
    round(
      [
        [q(45, 100), q(0)],
        [q(45, 100), q(0)],
        [q(0), q(4, 10)],
        [q(0), q(4, 10)],
        [q(0), q(4, 10)],
      ],
      2n
    ).cells
  ).toEqual([
    [1n, 0n],
    [0n, 0n],
    [0n, 1n],
    [0n, 0n],
    [0n, 0n],
  ]);
});

test("negative halves: floors below, ties to the first row and column", () => {
  expect(
    round(
      [
        [q(-1, 2), q(-1, 2)],
        [q(-1, 2), q(-1, 2)],
      ],
      -2n
    )
  ).toEqual({
    cells: [
      [0n, -1n],
      [-1n, 0n],
    ],
    rowTotals: [-1n, -1n],
    colTotals: [-1n, -1n],
    total: -2n,
  });
});

test("a negative table rounded up and down in the same column", () => {
  expect(round([[q(-7, 10)], [q(-3, 10)]], -1n).cells).toEqual([[-1n], [0n]]);
});

test("integer cells stay as they are", () => {
  expect(
    round(
      [
        [q(3), q(-2)],
        [q(0), q(7)],
      ],
      8n
    ).cells
  ).toEqual([
    [3n, -2n],
    [0n, 7n],
  ]);
});

test("the other neighbour of the exact total is honoured too", () => {
  expect(round([[q(1, 2)], [q(1, 2)], [q(1, 2)]], 1n).cells).toEqual([[1n], [0n], [0n]]);
  expect(round([[q(1, 2)], [q(1, 2)], [q(1, 2)]], 2n).cells).toEqual([[1n], [1n], [0n]]);
});

test("the tie-break, not the input position, decides equal remainders", () => {
  const cells = [[q(1, 2)], [q(1, 2)]];
  expect(controlledRound({ cells, grandTarget: 1n, rowTieBreak: (a, b) => b - a }).cells).toEqual([
    [0n],
    [1n],
  ]);
});

test("empty tables", () => {
  expect(round([], 0n)).toEqual({ cells: [], rowTotals: [], colTotals: [], total: 0n });
  expect(round([[], []], 0n)).toEqual({
    cells: [[], []],
    rowTotals: [0n, 0n],
    colTotals: [],
    total: 0n,
  });
});

test("a grand target that is not a rounding of the exact total is a broken precondition", () => {
  expect(() => round([[q(1, 2)], [q(1, 2)], [q(1, 2)]], 3n)).toThrow(EngineError);
  expect(() => round([[q(5, 2)]], 1n)).toThrow(/not a rounding/);
});

test("rows of different lengths are a broken precondition", () => {
  expect(() => round([[q(1)], [q(1), q(2)]], 4n)).toThrow(EngineError);
});

test("a tie-break that calls two rows equal is a broken precondition", () => {
  expect(() =>
    controlledRound({ cells: [[q(1, 2)], [q(1, 2)]], grandTarget: 1n, rowTieBreak: () => 0 })
  ).toThrow(EngineError);
});
