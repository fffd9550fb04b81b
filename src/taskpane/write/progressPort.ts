import type { SourceRef, WorkbookPort } from "../../ports/workbookPort";

export type RefreshStep =
  | { readonly kind: "read"; readonly ref: SourceRef }
  | { readonly kind: "snapshot"; readonly sources: number }
  | { readonly kind: "settings" }
  | { readonly kind: "write"; readonly tables: number };

/**
 * The port, reporting each round trip before it starts: inside Excel every read and the write
 * is a wait the user should see named, not a frozen pane.
 */
export function progressPort(
  port: WorkbookPort,
  report: (step: RefreshStep) => void
): WorkbookPort {
  const { snapshot } = port;
  return {
    // Passed on so a refresh in Excel still reads everything in one batch (two syncs).
    ...(snapshot && {
      snapshot: async (refs: ReadonlyArray<SourceRef>) => {
        report({ kind: "snapshot", sources: refs.length });
        return progressPort(await snapshot.call(port, refs), report);
      },
    }),
    read: (ref) => {
      report({ kind: "read", ref });
      return port.read(ref);
    },
    readName: (name) => {
      report({ kind: "read", ref: { kind: "name", name } });
      return port.readName(name);
    },
    readSettings: () => {
      report({ kind: "settings" });
      return port.readSettings();
    },
    write: (outputs, settings, options) => {
      report({ kind: "write", tables: outputs.length });
      return port.write(outputs, settings, options);
    },
  };
}
