import { useMemo, useState } from "react";
import type { Issue } from "../../engine/issue";
import { compareScenarios } from "../../engine/projection/compareScenarios";
import { decodeProjectionParams } from "../../engine/projection/decodeProjectionParams";
import { safeProject } from "../../engine/projection/project";
import {
  SCENARIO_IDS,
  type ProjectionParams,
  type ScenarioId,
} from "../../engine/projection/projectionParams";
import type { Projection } from "../../engine/projection/projectionRows";
import { publishedParams } from "../../engine/projection/publishedParams";
import { scenarioParams } from "../../engine/projection/scenarioParams";
import type { Result } from "../../engine/result";
import { draftFromParams, paramFile, type ParamDraft } from "./paramDraft";

export interface ScenarioOutcome {
  readonly id: ScenarioId;
  /** The parameters as edited, or the preset derived from scenario II when not edited. */
  readonly draft: ParamDraft | undefined;
  readonly edited: boolean;
  readonly projection: Result<Projection>;
}

export interface Scenarios {
  readonly selected: ScenarioId;
  readonly select: (id: ScenarioId) => void;
  readonly outcomes: Readonly<Record<ScenarioId, ScenarioOutcome>>;
  /** Replaces the parameters of one scenario; editing II changes the presets derived from it. */
  readonly edit: (id: ScenarioId, draft: ParamDraft) => void;
  /** Back to the preset: the published figures for II, derived from II for the others. */
  readonly reset: (id: ScenarioId) => void;
}

const decode = (draft: ParamDraft): Result<ProjectionParams> =>
  decodeProjectionParams(paramFile(draft));
const failed = (issues: ReadonlyArray<Issue>): Result<Projection> => ({ ok: false, issues });

/**
 * The four scenarios, live: scenario II is the base the others are derived from (as the engine
 * derives them), and a scenario the user edits stands on its own from then on. Every figure
 * comes from the engine on every change; nothing here computes an amount.
 */
export function useScenarios(): Scenarios {
  const [selected, select] = useState<ScenarioId>("II");
  const [base, setBase] = useState<ParamDraft>(() => draftFromParams(publishedParams()));
  const [edited, setEdited] = useState<Partial<Record<ScenarioId, ParamDraft>>>({});

  const outcomes = useMemo(() => {
    const baseParams = decode(base);
    const derivedIds = SCENARIO_IDS.filter((id) => id !== "II" && !edited[id]);
    const compared = baseParams.ok
      ? compareScenarios(baseParams.value, ["II", ...derivedIds])
      : undefined;
    const entry = (id: ScenarioId): ScenarioOutcome => {
      const own = id === "II" ? base : edited[id];
      if (own) {
        const params = decode(own);
        const projection = params.ok
          ? withWarnings(safeProject(params.value), params.issues)
          : failed(params.issues);
        return { id, draft: own, edited: id !== "II" || base.status === "custom", projection };
      }
      const column = compared?.ok
        ? compared.value.scenarios.find((c) => c.scenario === id)
        : undefined;
      return {
        id,
        draft:
          column && baseParams.ok
            ? draftFromParams(scenarioParams(id, baseParams.value))
            : undefined,
        edited: false,
        projection: column
          ? { ok: true, value: column.projection, issues: [] }
          : failed(compared?.issues ?? (baseParams.ok ? [] : baseParams.issues)),
      };
    };
    return Object.fromEntries(SCENARIO_IDS.map((id) => [id, entry(id)])) as Record<
      ScenarioId,
      ScenarioOutcome
    >;
  }, [base, edited]);

  return {
    selected,
    select,
    outcomes,
    edit: (id, draft) => {
      const custom = { ...draft, status: "custom" as const };
      if (id === "II") setBase(custom);
      else setEdited((e) => ({ ...e, [id]: custom }));
    },
    reset: (id) => {
      if (id === "II") setBase(draftFromParams(publishedParams()));
      else setEdited(({ [id]: _dropped, ...rest }) => rest);
    },
  };
}

/** Warnings found while decoding (unknown keys) belong with the projection's own. */
function withWarnings(r: Result<Projection>, decoded: ReadonlyArray<Issue>): Result<Projection> {
  return r.ok && decoded.length > 0 ? { ...r, issues: [...decoded, ...r.issues] } : r;
}
