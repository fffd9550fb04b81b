import { issue, type Issue } from "../engine/issue";
import type { Merger } from "../engine/structure/merger";
import type { CliIo } from "./cliIo";
import { readInput } from "./commonArgs";

const isText = (x: unknown): x is string => typeof x === "string";

/**
 * A `--mergers` file (none: no mergers beyond the built-in ones): JSON, a list of mergers in the engine's own shape, e.g.
 * [{"name": "Land van Cuijk", "from": ["Boxmeer", "Cuijk"], "effective": "2022-01-01"}].
 * Its shape is checked here (the entry that is wrong is named); names and dates are checked
 * with the built-in mergers by mergersInForce.
 */
export function readMergersFile(
  io: CliIo,
  file: string | undefined
): { mergers?: Merger[]; issues: Issue[] } {
  if (file === undefined) return { mergers: [], issues: [] };
  const { bytes, issues } = readInput(io, file);
  if (!bytes) return { issues };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { issues: [issue("MERGERS_FILE_INVALID", "error", { file }, { entry: 0 })] };
  }
  const list = Array.isArray(json) ? json : [json];
  const bad = list.findIndex((m: unknown) => {
    const x = m as Partial<Record<keyof Merger, unknown>> | null;
    return (
      !x ||
      !isText(x.name) ||
      !isText(x.effective) ||
      !Array.isArray(x.from) ||
      !x.from.every(isText)
    );
  });
  if (!Array.isArray(json) || bad >= 0)
    return {
      issues: [
        issue(
          "MERGERS_FILE_INVALID",
          "error",
          { file },
          { entry: Array.isArray(json) ? bad + 1 : 0 }
        ),
      ],
    };
  return { mergers: json as Merger[], issues: [] };
}
