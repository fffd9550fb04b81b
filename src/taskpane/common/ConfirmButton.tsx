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
import { useLang } from "../i18n/LangProvider";

/**
 * A button for something that changes the workbook, which asks first: the dialog says what will
 * happen, and only its own button goes ahead. Focus goes back to this button when it closes.
 */
export function ConfirmButton({
  label,
  title,
  message,
  confirm,
  onConfirm,
  appearance = "secondary",
  disabled = false,
}: {
  label: string;
  title: string;
  message: string;
  confirm: string;
  onConfirm: () => void;
  appearance?: "primary" | "secondary";
  disabled?: boolean;
}) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button appearance={appearance} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>{message}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setOpen(false);
                  onConfirm();
                }}
              >
                {confirm}
              </Button>
              <Button onClick={() => setOpen(false)}>{t("writeConfirmNo")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
