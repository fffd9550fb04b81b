import type { WorkbookPort } from "../../ports/workbookPort";
import type { PaneHost } from "../host/PaneHost";
import type { WriteEvent } from "./writeStatus";

/** The port, saying when a write went through, also when it comes through a snapshot. */
function reportingPort(port: WorkbookPort, report: (e: WriteEvent) => void): WorkbookPort {
  const { snapshot } = port;
  return {
    read: (ref) => port.read(ref),
    readName: (name) => port.readName(name),
    readSettings: () => port.readSettings(),
    write: async (...args: Parameters<WorkbookPort["write"]>) => {
      await port.write(...args);
      report("written");
    },
    ...(snapshot && {
      snapshot: async (refs) => reportingPort(await snapshot.call(port, refs), report),
    }),
  };
}

/**
 * The host every screen works through: a write (from the Write step, the preview or refresh
 * all) and an undo that succeed are reported, so the one status the pane shows follows them.
 */
export function statusHost(host: PaneHost, report: (e: WriteEvent) => void): PaneHost {
  return {
    ...host,
    port: reportingPort(host.port, report),
    undoLastRefresh: async (options) => {
      await host.undoLastRefresh(options);
      report("undone");
    },
  };
}
