import { ConfirmButton } from "../common/ConfirmButton";
import type { Action } from "../common/useAction";
import { useLang } from "../i18n/LangProvider";

/**
 * Undo asks first: it replaces the output tables with those of the refresh before. Never
 * disabled: the dialog gives focus back to the button when it closes, and a disabled one would
 * leave the rest of the pane hidden from screen readers.
 */
export function UndoButton({ undo }: { undo: Action<[], void> }) {
  const { t } = useLang();
  return (
    <ConfirmButton
      label={t("undoButton")}
      title={t("undoConfirmTitle")}
      message={t("undoConfirm")}
      confirm={t("undoConfirmYes")}
      onConfirm={() => void undo.run()}
    />
  );
}
