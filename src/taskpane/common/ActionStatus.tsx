import { MessageBar, MessageBarBody, ProgressBar, Spinner } from "@fluentui/react-components";
import { formatIssue } from "../../engine/formatIssue";
import { useLang } from "../i18n/LangProvider";
import type { ActionState } from "./useAction";

/**
 * What an action is doing, announced politely to screen readers: a spinner at once, a
 * progress bar for long work, and a failure as a sentence that says what to do.
 */
export function ActionStatus({
  action,
  done,
}: {
  action: { state: ActionState<unknown> };
  done?: string;
}) {
  const { lang, t } = useLang();
  const s = action.state;
  return (
    <div role="status" aria-live="polite">
      {s.status === "running" &&
        (s.progress ? (
          <ProgressBar thickness="large" aria-label={s.progress.label} />
        ) : (
          <Spinner size="tiny" label={t("busy")} />
        ))}
      {s.status === "running" && s.progress && <span>{s.progress.label}</span>}
      {s.status === "done" && done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {s.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {s.issue ? formatIssue(s.issue, lang) : t("unexpected", { detail: s.detail })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
