import { Button } from "@fluentui/react-components";
import { ActionStatus } from "../common/ActionStatus";
import { useAction } from "../common/useAction";
import { usePaneHost, useWriteStatus } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";

/**
 * File mode: puts the workbook as it is now on the user's computer. Only once something has been
 * written, and not while errors stand; the primary action until the written file is downloaded.
 */
export function DownloadButton({ blocked }: { blocked: boolean }) {
  const { t } = useLang();
  const host = usePaneHost();
  const { status, markDownloaded } = useWriteStatus();
  const download = useAction(async () => {
    if (!host.file) return;
    const bytes = await host.file.save();
    const url = URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      })
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = host.file.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    markDownloaded();
  });
  if (!host.file) return null;
  const nothing = status.writes === 0;
  return (
    <>
      <Button
        appearance={status.state === "written" && !blocked ? "primary" : "secondary"}
        disabled={nothing || blocked || download.state.status === "running"}
        onClick={() => void download.run()}
      >
        {t("fileDownload")}
      </Button>
      {(nothing || blocked) && <p>{t(nothing ? "downloadNothing" : "downloadBlocked")}</p>}
      <ActionStatus action={download} />
    </>
  );
}
