import { createContext, useContext, useMemo, useReducer, type ReactNode } from "react";
import { statusHost } from "../status/statusHost";
import { nextStatus, UNWRITTEN, type WriteStatus } from "../status/writeStatus";
import type { PaneHost } from "./PaneHost";

interface HostValue {
  readonly host: PaneHost;
  readonly status: WriteStatus;
  /** File mode: the user took the workbook as it is now. */
  readonly markDownloaded: () => void;
}

const PaneHostContext = createContext<HostValue | undefined>(undefined);

/**
 * Gives every screen the host, and the one write status that follows what is done through it.
 * A new host (another file opened) starts over: give the provider a new key with it.
 */
export function PaneHostProvider({ host, children }: { host: PaneHost; children: ReactNode }) {
  const [status, dispatch] = useReducer(nextStatus, UNWRITTEN);
  const value = useMemo<Omit<HostValue, "status">>(
    () => ({ host: statusHost(host, dispatch), markDownloaded: () => dispatch("downloaded") }),
    [host]
  );
  const withStatus = useMemo(() => ({ ...value, status }), [value, status]);
  return <PaneHostContext.Provider value={withStatus}>{children}</PaneHostContext.Provider>;
}

function useHostValue(): HostValue {
  const value = useContext(PaneHostContext);
  if (!value) throw new Error("usePaneHost outside PaneHostProvider");
  return value;
}

export const usePaneHost = (): PaneHost => useHostValue().host;

export function useWriteStatus(): Pick<HostValue, "status" | "markDownloaded"> {
  const { status, markDownloaded } = useHostValue();
  return { status, markDownloaded };
}
