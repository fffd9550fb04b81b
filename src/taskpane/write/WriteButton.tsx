import type { RefreshPlan } from "../../app/planRefresh";
import { ActionStatus } from "../common/ActionStatus";
import { ConfirmButton } from "../common/ConfirmButton";
import { useAction } from "../common/useAction";
import { useLang } from "../i18n/LangProvider";
import { usePaneState } from "../state/PaneStateProvider";
import { ForceConfirm } from "./ForceConfirm";

/**
 * Writes the tables the user has just seen, and only after they confirm: the dialog names
 * every sheet that will be written. The port writes all of them or none; the pane's status
 * says when it did, a refusal is said here, next to the button. When it refuses only for what
 * a confirmation may override (a formula reading a column that goes), the places are listed and
 * the user may confirm once more to write anyway (WriteOptions.force).
 */
export function WriteButton({
  plan,
  appearance = "primary",
  onStart,
}: {
  plan: RefreshPlan;
  appearance?: "primary" | "secondary";
  onStart?: () => void;
}) {
  const { t } = useLang();
  const { port } = usePaneState();
  const sheets = plan.tables.map((table) => `"${table.sheet}"`).join(", ");
  const write = useAction(async (force: boolean) => {
    onStart?.();
    await port.write(plan.tables, plan.settings, force ? { force } : {});
  });
  const refused = write.state.status === "failed" ? (write.state.issues ?? []) : [];
  return (
    <>
      <ConfirmButton
        appearance={appearance}
        // Not disabled while writing: the dialog gives focus back to the button as it closes.
        disabled={!plan.ok || plan.tables.length === 0}
        label={t("writeButton", { count: plan.tables.length })}
        title={t("writeConfirmTitle")}
        message={t("writeConfirm", { count: plan.tables.length, sheets })}
        confirm={t("writeConfirmYes")}
        onConfirm={() => void write.run(false)}
      />
      <ActionStatus action={write} />
      <ForceConfirm issues={refused} onConfirm={() => void write.run(true)} />
    </>
  );
}
