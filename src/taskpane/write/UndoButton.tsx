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
import type { Action } from "../common/useAction";
import { useLang } from "../i18n/LangProvider";

/** Undo asks first: it replaces the output tables with those of the refresh before. */
export function UndoButton({ undo }: { undo: Action<[], void> }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* Never disabled: the dialog gives focus back to this button when it closes, and a
          disabled one would leave the rest of the pane hidden from screen readers. */}
      <Button onClick={() => setOpen(true)}>{t("undoButton")}</Button>
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("undoConfirmTitle")}</DialogTitle>
            <DialogContent>{t("undoConfirm")}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setOpen(false);
                  void undo.run();
                }}
              >
                {t("undoConfirmYes")}
              </Button>
              <Button onClick={() => setOpen(false)}>{t("writeConfirmNo")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
