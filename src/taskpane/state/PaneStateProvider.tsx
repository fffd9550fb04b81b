import { createContext, useContext, type ReactNode } from 'react';
import { useScenarios, type Scenarios } from '../projection/useScenarios';

/** What the flows share and keep while the user moves between them. */
export interface PaneState {
  readonly scenarios: Scenarios;
}

const PaneStateContext = createContext<PaneState | undefined>(undefined);

export function PaneStateProvider({ children }: { children: ReactNode }) {
  const scenarios = useScenarios();
  return <PaneStateContext.Provider value={{ scenarios }}>{children}</PaneStateContext.Provider>;
}

export function usePaneState(): PaneState {
  const state = useContext(PaneStateContext);
  if (!state) throw new Error('usePaneState outside PaneStateProvider');
  return state;
}
