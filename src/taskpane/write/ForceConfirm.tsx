import type { Issue } from "../../engine/issue";
import { onlyConfirmable } from "../../ports/confirmable";
import { ConfirmButton } from "../common/ConfirmButton";
import { FindingList } from "../common/FindingList";
import { useLang } from "../i18n/LangProvider";

/**
 * After a write was refused only for what a confirmation may override (references to what goes,
 * a person's cells in the way): the places, each with its cell, and a button that asks once more
 * — saying what happens to them — before writing anyway.
 */
export function ForceConfirm({
  issues,
  onConfirm,
}: {
  issues: ReadonlyArray<Issue>;
  onConfirm: () => void;
}) {
  const { t } = useLang();
  if (!onlyConfirmable(issues)) return null;
  return (
    <>
      <FindingList issues={issues} label={t("forceFindings")} />
      <ConfirmButton
        label={t("forceButton")}
        title={t("forceTitle")}
        message={t("forceConfirm", { count: issues.length })}
        confirm={t("forceYes")}
        onConfirm={onConfirm}
      />
    </>
  );
}
