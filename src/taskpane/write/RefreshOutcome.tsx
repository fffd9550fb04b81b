import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { RefreshResult } from "../../app/refreshWorkbook";
import { onlyConfirmable } from "../../ports/confirmable";
import { FindingList } from "../common/FindingList";
import { useLang } from "../i18n/LangProvider";
import { ForceConfirm } from "./ForceConfirm";

/**
 * What a refresh of every output came to, wherever it was started (the Write step, the
 * out-of-date banner): written, or refused with its findings — and, when only a confirmation
 * stands in the way (references to what goes, a person's cells), the way to write anyway.
 */
export function RefreshOutcome({
  result,
  onForce,
}: {
  result: RefreshResult;
  onForce: () => void;
}) {
  const { t } = useLang();
  // Refused only for what a confirmation may override: not an error to fix, a choice to make.
  const confirmable = !result.written && onlyConfirmable(result.issues);
  return (
    <>
      <MessageBar
        intent={result.written ? "success" : confirmable ? "warning" : "error"}
        layout="multiline"
      >
        <MessageBarBody>
          {result.written
            ? t("refreshDone", { count: result.tables.length })
            : t(confirmable ? "refreshNeedsConfirm" : "refreshBlocked")}
        </MessageBarBody>
      </MessageBar>
      {confirmable ? (
        <ForceConfirm issues={result.issues} onConfirm={onForce} />
      ) : (
        <FindingList issues={result.issues} label={t("refreshFindings")} />
      )}
    </>
  );
}
