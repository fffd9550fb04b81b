import { MessageBar, MessageBarBody, ProgressBar, Spinner } from "@fluentui/react-components";
import { formatIssue } from "../../engine/formatIssue";
import { useLang } from "../i18n/LangProvider";
import type { ActionState } from "./useAction";

/**
 * What an action is doing, announced politely to screen readers: a spinner at once, a
 * progress bar for long work, and a failure as sentences that say what to do, one per finding.
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
            {!s.issues ? (
              t("unexpected", { detail: s.detail })
            ) : s.issues.length === 1 ? (
              formatIssue(s.issues[0]!, lang)
            ) : (
              <ul>
                {s.issues.map((i, k) => (
                  <li key={k}>{formatIssue(i, lang)}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
