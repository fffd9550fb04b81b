import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../engine/messages";
import { FileMode } from "./file/FileMode";
import type { PaneHost } from "./host/PaneHost";
import { PaneHostProvider } from "./host/PaneHostProvider";
import { LangProvider } from "./i18n/LangProvider";
import { Pane } from "./Pane";
import { PaneStateProvider } from "./state/PaneStateProvider";

/** Marks the moment the first screen is on the page and answers input (read by the end-to-end test). */
function MarkInteractive() {
  useEffect(() => void performance.mark("pane-interactive"), []);
  return null;
}

/**
 * Renders the pane into `root`: on the workbook Excel has open when there is an Office host,
 * else in file mode, where the user opens an .xlsx file.
 */
export function mountPane(root: HTMLElement, lang: Lang, host: PaneHost | undefined): void {
  document.documentElement.lang = lang;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial={lang}>
        <MarkInteractive />
        {host ? (
          <PaneHostProvider host={host}>
            <PaneStateProvider>
              <Pane />
            </PaneStateProvider>
          </PaneHostProvider>
        ) : (
          <FileMode />
        )}
      </LangProvider>
    </FluentProvider>
  );
}
