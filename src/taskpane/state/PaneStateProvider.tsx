import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { WorkbookPort } from "../../ports/workbookPort";
import { usePaneHost } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import { useScenarios, type Scenarios } from "../projection/useScenarios";
import { choicePort, type ProjectionTotals } from "./choicePort";
import { DEFAULT_CHOICES, type PaneChoices } from "./paneChoices";

/** What the flows share and keep while the user moves between them. */
export interface PaneState {
  readonly scenarios: Scenarios;
  readonly choices: PaneChoices;
  readonly choose: (patch: Partial<PaneChoices>) => void;
  /** The workbook with the user's choices laid over it: what every flow reads and writes through. */
  readonly port: WorkbookPort;
}

const PaneStateContext = createContext<PaneState | undefined>(undefined);

export function PaneStateProvider({ children }: { children: ReactNode }) {
  const host = usePaneHost();
  const { t } = useLang();
  const scenarios = useScenarios();
  const [choices, setChoices] = useState<PaneChoices>(DEFAULT_CHOICES);
  const paneSheet = t("paneSheet");
  const selected = scenarios.outcomes[scenarios.selected];
  const fromProjection = choices.totals.kind === "projection";
  const projection = useMemo<ProjectionTotals | undefined>(() => {
    const r = selected.projection;
    if (!fromProjection) return undefined;
    const row = r.ok ? r.value.rows.find((x) => x.key === "totaalLumpsum") : undefined;
    if (!r.ok || !row) return undefined;
    return {
      scenario: selected.id,
      edited: selected.edited,
      totals: r.value.years.map((year, i) => ({ year, total: row.values[i]!.toFixed() })),
    };
  }, [selected, fromProjection]);
  const port = useMemo(
    () => choicePort(host.port, choices, projection, paneSheet),
    [host.port, choices, projection, paneSheet]
  );
  const value = useMemo<PaneState>(
    () => ({
      scenarios,
      choices,
      choose: (patch) => setChoices((c) => ({ ...c, ...patch })),
      port,
    }),
    [scenarios, choices, port]
  );
  return <PaneStateContext.Provider value={value}>{children}</PaneStateContext.Provider>;
}

export function usePaneState(): PaneState {
  const state = useContext(PaneStateContext);
  if (!state) throw new Error("usePaneState outside PaneStateProvider");
  return state;
}
