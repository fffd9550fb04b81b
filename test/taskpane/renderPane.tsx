import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactNode } from "react";
import { TextDecoder, TextEncoder } from "util";
import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import type { Lang } from "../../src/engine/messages";
import type { WorkbookSpec } from "../../src/ports/workbookSpec";
import type { PaneHost } from "../../src/taskpane/host/PaneHost";
import { PaneHostProvider } from "../../src/taskpane/host/PaneHostProvider";
import { LangProvider } from "../../src/taskpane/i18n/LangProvider";
import { PaneStateProvider } from "../../src/taskpane/state/PaneStateProvider";

// jsdom lacks what every browser the pane runs in has: the text codecs (the xlsx adapter uses them).
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});
// jsdom's File cannot give its bytes as a promise; browsers' can (Blob.arrayBuffer).
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
};
// jsdom has no ResizeObserver; Fluent's message bars ask for one to reflow, which a test does not need.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

export interface TestHost extends PaneHost {
  readonly shown: Array<{ sheet: string; cell: string }>;
}

/** A pane host over an in-memory workbook that records which cells the pane asked to show. */
export function memoryHost(spec: WorkbookSpec = { sheets: [] }): TestHost {
  const shown: Array<{ sheet: string; cell: string }> = [];
  return {
    mode: "office",
    port: MemoryWorkbook.fromSpec(spec),
    shown,
    showCell: async (sheet, cell) => void shown.push({ sheet, cell }),
    undoLastRefresh: async () => undefined,
  };
}

export function renderPane(
  ui: ReactNode,
  { lang = "en", host = memoryHost() }: { lang?: Lang; host?: PaneHost } = {}
): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial={lang}>
        <PaneHostProvider host={host}>
          <PaneStateProvider>{ui}</PaneStateProvider>
        </PaneHostProvider>
      </LangProvider>
    </FluentProvider>
  );
}
