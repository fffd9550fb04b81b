import { Badge } from "@fluentui/react-components";
import { usePaneHost, useWriteStatus } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import type { StringKey } from "../strings";
import type { WriteStatus } from "./writeStatus";

const LABEL: Readonly<Record<WriteStatus["state"], { file: StringKey; office: StringKey }>> = {
  unwritten: { file: "statusUnwritten", office: "statusUnwritten" },
  written: { file: "statusWrittenFile", office: "statusWrittenOffice" },
  downloaded: { file: "statusDownloaded", office: "statusDownloaded" },
  undone: { file: "statusUndone", office: "statusUndone" },
};

const COLOR = {
  unwritten: "informative",
  written: "warning",
  downloaded: "success",
  undone: "informative",
} as const;

/** Where the output stands, always in view; a file written but not downloaded is a warning. */
export function StatusBadge() {
  const { t } = useLang();
  const host = usePaneHost();
  const { status } = useWriteStatus();
  const written = status.state === "written" && host.mode === "office";
  return (
    <div role="status" aria-live="polite" aria-label={t("statusLabel")}>
      <Badge appearance="tint" color={written ? "success" : COLOR[status.state]}>
        {t(LABEL[status.state][host.mode])}
      </Badge>
    </div>
  );
}
