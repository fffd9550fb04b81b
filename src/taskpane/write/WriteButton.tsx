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
import { usePaneHost } from "../host/PaneHostProvider";
import { useLang } from "../i18n/LangProvider";
import { usePaneState } from "../state/PaneStateProvider";

/**
 * Writes the tables the user has just seen, and only after they confirm: the dialog names
 * every sheet that will be replaced. The port writes all of them or none.
 */
export function WriteButton({ plan }: { plan: RefreshPlan }) {
  const { t } = useLang();
  const host = usePaneHost();
  const { port } = usePaneState();
  const [open, setOpen] = useState(false);
  const sheets = plan.tables.map((table) => `"${table.sheet}"`).join(", ");
  const write = useAction(async () => {
    setOpen(false);
    await port.write(plan.tables, plan.settings);
  });
  const written = t(host.mode === "file" ? "writeDoneFile" : "writeDone", { sheets });
  return (
    <>
      <Button
        appearance="primary"
        disabled={!plan.ok || write.state.status === "running"}
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
      <ActionStatus action={write} done={written} />
    </>
  );
}
