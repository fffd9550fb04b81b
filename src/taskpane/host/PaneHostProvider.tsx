import { createContext, useContext, type ReactNode } from "react";
import type { PaneHost } from "./PaneHost";

const PaneHostContext = createContext<PaneHost | undefined>(undefined);

export function PaneHostProvider({ host, children }: { host: PaneHost; children: ReactNode }) {
  return <PaneHostContext.Provider value={host}>{children}</PaneHostContext.Provider>;
}

export function usePaneHost(): PaneHost {
  const host = useContext(PaneHostContext);
  if (!host) throw new Error("usePaneHost outside PaneHostProvider");
  return host;
}
