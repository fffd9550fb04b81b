import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { PACKAGE_LIMITS } from "../../adapters/xlsx/packageLimits";
import { issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import { ActionStatus } from "../common/ActionStatus";
import { useAction } from "../common/useAction";
import type { PaneHost } from "../host/PaneHost";
import { PaneHostProvider } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import { LangSwitch } from "../i18n/LangSwitch";
import { Pane } from "../Pane";
import { PaneStateProvider } from "../state/PaneStateProvider";
import { CellPeek } from "./CellPeek";
import { fileHost } from "./fileHost";

const useStyles = makeStyles({
  start: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere", minWidth: 0 },
  hidden: { display: "none" },
});

/**
 * The pane outside Excel: the user opens an .xlsx file (button or drag and drop), works
 * through the same flows, and downloads the result (in the Write step, once written). The xlsx code is the command line's,
 * fetched from the add-in's own server only now, so the add-in's first load stays small.
 */
export function FileMode() {
  const { t } = useLang();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [host, setHost] = useState<PaneHost | undefined>(undefined);
  const [peek, setPeek] = useState<{ sheet: string; cell: string } | undefined>(undefined);
  // A new host for every opened file: every flow starts over on the new workbook.
  const [opened, setOpened] = useState(0);

  const open = useAction(async (file: File) => {
    // The command line's cap, checked before a byte of the file is read.
    const max = PACKAGE_LIMITS.maxFileBytes;
    if (file.size > max) {
      throw new PortError(
        issue("PKG_FILE_TOO_LARGE", "error", { file: file.name }, { size: file.size, max })
      );
    }
    const [{ XlsxWorkbook }, buffer] = await Promise.all([
      import(/* webpackChunkName: "xlsx" */ "../../adapters/xlsx/xlsxWorkbook"),
      file.arrayBuffer(),
    ]);
    const next = fileHost({
      name: file.name,
      bytes: new Uint8Array(buffer),
      open: (b, n) => XlsxWorkbook.fromBytes(b, n),
      peek: (sheet, cell) => setPeek({ sheet, cell }),
    });
    setPeek(undefined);
    setHost(next);
    setOpened((n) => n + 1);
  });
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void open.run(file);
  };

  const picker = (
    <>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t("fileOpen")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void open.run(file);
        }}
      />
      <Button
        appearance={host ? "subtle" : "primary"}
        size={host ? "small" : "medium"}
        onClick={() => input.current?.click()}
      >
        {t(host ? "fileOther" : "fileOpen")}
      </Button>
    </>
  );

  if (!host?.file) {
    return (
      <main className={styles.start}>
        <div className={styles.bar}>
          <h1>{t("appTitle")}</h1>
          <LangSwitch />
        </div>
        <p>{t("fileModeIntro")}</p>
        <div className={styles.drop} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          {picker}
          <span>{t("fileDrop")}</span>
        </div>
        <ActionStatus action={open} />
      </main>
    );
  }
  const header = (
    <div onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <div className={styles.bar}>
        <strong className={styles.name}>{t("fileOpened", { name: host.file.name })}</strong>
        {picker}
      </div>
      <ActionStatus action={open} />
    </div>
  );
  const shown = peek && (
    <CellPeek sheet={peek.sheet} cell={peek.cell} onClose={() => setPeek(undefined)} />
  );
  return (
    <PaneHostProvider host={host} key={opened}>
      <PaneStateProvider>
        <Pane header={header} notice={shown} />
      </PaneStateProvider>
    </PaneHostProvider>
  );
}
