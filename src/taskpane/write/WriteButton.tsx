import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import type { RefreshPlan } from "../../app/planRefresh";
import { ActionStatus } from "../common/ActionStatus";
import { useAction } from "../common/useAction";
import { useLang } from "../i18n/LangProvider";
import { usePaneState } from "../state/PaneStateProvider";

/**
 * Writes the tables the user has just seen, and only after they confirm: the dialog names
 * every sheet that will be replaced. The port writes all of them or none; the pane's status
 * says when it did, a refusal is said here, next to the button.
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
  const [open, setOpen] = useState(false);
  const sheets = plan.tables.map((table) => `"${table.sheet}"`).join(", ");
  const write = useAction(async () => {
    setOpen(false);
    onStart?.();
    await port.write(plan.tables, plan.settings);
  });
  return (
    <>
      <Button
        appearance={appearance}
        disabled={!plan.ok || plan.tables.length === 0 || write.state.status === "running"}
        onClick={() => setOpen(true)}
      >
        {t("writeButton", { count: plan.tables.length })}
      </Button>
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("writeConfirmTitle")}</DialogTitle>
            <DialogContent>
              {t("writeConfirm", { count: plan.tables.length, sheets })}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void write.run()}>
                {t("writeConfirmYes")}
              </Button>
              <Button onClick={() => setOpen(false)}>{t("writeConfirmNo")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <ActionStatus action={write} />
    </>
  );
}
